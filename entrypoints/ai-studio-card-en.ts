// The AI Studio card, English: loaded by the AI Studio content script after a detection.
import { defineUnlistedScript } from '#imports';
import { registerCardView } from '@/components/ai-studio-card';
import { en } from '@/utils/detection/card-strings/en';

export default defineUnlistedScript(() => registerCardView(en, 'en'));
