// The restore-deleted-key guide's texts (zh-cn), loaded by the console coach while that guide runs (utils/guide/step-texts.ts).
import { defineUnlistedScript } from '#imports';
import { registerGuideTexts } from '@/utils/guide/step-texts';
import texts from '@/utils/guide/texts/restore-deleted-key';

export default defineUnlistedScript(() => registerGuideTexts('restore-deleted-key', texts));
