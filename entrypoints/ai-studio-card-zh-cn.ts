// The AI Studio card, Simplified Chinese: loaded by the AI Studio content script after a detection.
import { defineUnlistedScript } from '#imports';
import { registerCardView } from '@/components/ai-studio-card';
import { zhCN } from '@/utils/detection/card-strings/zh-CN';

export default defineUnlistedScript(() => registerCardView(zhCN, 'zh-CN'));
