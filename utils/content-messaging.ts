import { defineExtensionMessaging } from '@webext-core/messaging';
import { silentLogger } from '@/utils/messaging';

/** What "Scan this page" found. The overlay is shown either way (full checklist when not found). */
export interface ScanPageResult {
  found: boolean;
  /** The detection rule, e.g. `ai-studio/generate-key-permission-denied`. */
  ruleId?: string;
  /** The shared diagnosis id, when the rule maps to one (else the overlay ranks by ruleId). */
  diagnosisId?: string;
}

/**
 * Messages the popup sends to a tab's content script (browser.tabs.sendMessage). The background
 * protocol lives in utils/messaging.ts; one protocol per receiver.
 */
interface ContentProtocol {
  /** Answered only by the AI Studio content script: the popup offers a scan where this succeeds. */
  canScanPage(): boolean;
  scanPage(): ScanPageResult;
}

// silentLogger: the default logger would print every message into the page's console.
export const contentMessaging = defineExtensionMessaging<ContentProtocol>({ logger: silentLogger });
