// The AI Studio card, Japanese: loaded by the AI Studio content script after a detection.
import { defineUnlistedScript } from '#imports';
import { registerCardView } from '@/components/ai-studio-card';
import { ja } from '@/utils/detection/card-strings/ja';

export default defineUnlistedScript(() => registerCardView(ja, 'ja'));
