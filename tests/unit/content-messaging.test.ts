/**
 * The AI Studio content script answers the popup without the messaging library: the popup's real
 * sender (contentMessaging, @webext-core/messaging) must read its answers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerContentMessages, contentMessaging, type ContentHandlers, type MessageEvent } from '@/utils/content-messaging';

type Listener = Parameters<MessageEvent['addListener']>[0];

/** One tab: chrome.tabs.sendMessage delivers to the listeners registered on its onMessage. */
function tabWith(handlers: ContentHandlers) {
  const listeners = new Set<Listener>();
  const onMessage: MessageEvent = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
  const stop = answerContentMessages(onMessage, handlers);
  vi.stubGlobal('chrome', {
    runtime: {},
    tabs: {
      // As Chrome does: the first listener that returns a promise answers; none → undefined.
      sendMessage(_tabId: number, message: unknown, _options: unknown, respond: (response: unknown) => void) {
        for (const listener of listeners) {
          const answer = listener(structuredClone(message));
          if (answer) return void answer.then(respond, () => respond(undefined));
        }
        respond(undefined);
      },
    },
  });
  return { listeners, stop };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('answerContentMessages', () => {
  it('answers the popup’s canScanPage and scanPage as the library sends them', async () => {
    const scanPage = vi.fn(() => ({ found: true, ruleId: 'ai-studio/generate-key-failed', diagnosisId: 'key-creation-denied' }));
    tabWith({ canScanPage: () => true, scanPage });
    await expect(contentMessaging.sendMessage('canScanPage', undefined, 7)).resolves.toBe(true);
    await expect(contentMessaging.sendMessage('scanPage', undefined, 7)).resolves.toEqual({
      found: true,
      ruleId: 'ai-studio/generate-key-failed',
      diagnosisId: 'key-creation-denied',
    });
    expect(scanPage).toHaveBeenCalledTimes(1);
  });

  it('leaves other messages unanswered, and stops answering when the script is invalidated', async () => {
    const { listeners, stop } = tabWith({ canScanPage: () => true, scanPage: () => ({ found: false }) });
    const [listener] = [...listeners];
    expect(listener!({ type: 'testApiKey', timestamp: 1, data: {} })).toBeUndefined();
    expect(listener!({ type: 'toString', timestamp: 1 })).toBeUndefined();
    expect(listener!({ type: 'canScanPage' })).toBeUndefined();
    expect(listener!('canScanPage')).toBeUndefined();
    stop();
    expect(listeners.size).toBe(0);
    await expect(contentMessaging.sendMessage('canScanPage', undefined, 7)).rejects.toThrow();
  });
});
