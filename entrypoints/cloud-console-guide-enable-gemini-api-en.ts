// The enable-gemini-api guide's texts (en), loaded by the console coach while that guide runs (utils/guide/step-texts.ts).
import { defineUnlistedScript } from '#imports';
import { registerGuideTexts } from '@/utils/guide/step-texts';
import texts from '@/utils/guide/texts/enable-gemini-api';

export default defineUnlistedScript(() => registerGuideTexts('enable-gemini-api', texts));
