// The check-role guide's texts (ja), loaded by the console coach while that guide runs (utils/guide/step-texts.ts).
import { defineUnlistedScript } from '#imports';
import { registerGuideTexts } from '@/utils/guide/step-texts';
import texts from '@/utils/guide/texts/check-role';

export default defineUnlistedScript(() => registerGuideTexts('check-role', texts));
