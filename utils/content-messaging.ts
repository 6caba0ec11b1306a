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
// Pure: the AI Studio content script only answers (answerContentMessages) and must not carry the library.
export const contentMessaging = /* @__PURE__ */ defineExtensionMessaging<ContentProtocol>({ logger: silentLogger });

/** Every message of ContentProtocol, answered synchronously by the content script. */
export type ContentHandlers = { [Type in keyof ContentProtocol]: () => ReturnType<ContentProtocol[Type]> };

/** browser.runtime.onMessage (the polyfill's: a listener's promise is the response). */
export interface MessageEvent {
  addListener: (listener: (message: unknown) => Promise<unknown> | undefined) => void;
  removeListener: (listener: (message: unknown) => Promise<unknown> | undefined) => void;
}

/**
 * The content script's side of ContentProtocol without the messaging library, which would weigh
 * about a tenth of the AI Studio startup script (issue 10, "a lean start"). It answers
 * @webext-core/messaging's wire format (a `{ type, timestamp, … }` message, a `{ res }` answer), so
 * the popup's contentMessaging.sendMessage reads these answers; a unit test sends through the
 * library to prove it. Other messages get no answer from here.
 */
export function answerContentMessages(onMessage: MessageEvent, handlers: ContentHandlers): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, timestamp } = message as { type?: unknown; timestamp?: unknown };
    if (typeof type !== 'string' || typeof timestamp !== 'number' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof ContentHandlers];
    return new Promise((resolve) => resolve({ res: handler() }));
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
