// The create-and-restrict-key guide's texts (en), loaded by the console coach while that guide runs (utils/guide/step-texts.ts).
import { defineUnlistedScript } from '#imports';
import { registerGuideTexts } from '@/utils/guide/step-texts';
import texts from '@/utils/guide/texts/create-and-restrict-key';

export default defineUnlistedScript(() => registerGuideTexts('create-and-restrict-key', texts));
