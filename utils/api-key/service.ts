import type { KeyTestResult, TestApiKeyRequest } from '@/utils/messaging';
import { MAX_KEY_LENGTH } from './limits';
import { runKeyTest } from './probe';

/**
 * The background side of the key test, without browser APIs so it can be tested in Node. The key
 * is only passed to runKeyTest: never logged, stored or returned.
 */
export interface KeyTestServiceDeps {
  fetch: typeof fetch;
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL('/popup.html') */
  popupUrl: string;
  timeoutMs?: number;
}

export interface MessageSenderLike {
  id?: string;
  url?: string;
}

export interface IncomingMessage<Data> {
  data: Data;
  sender: MessageSenderLike;
}

const MAX_TEST_ID_LENGTH = 128;
// Header values must be visible ASCII; anything else makes fetch throw, which would read as a network error.
const SENDABLE_KEY = /^[\x21-\x7e]+$/;

type Validated<T> = { ok: true; value: T } | { ok: false };

function validTestId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEST_ID_LENGTH;
}

function validateRequest(data: unknown): Validated<TestApiKeyRequest> {
  if (typeof data !== 'object' || data === null) return { ok: false };
  const { testId, key, generate } = data as Record<string, unknown>;
  const valid =
    validTestId(testId) &&
    typeof key === 'string' &&
    key.length <= MAX_KEY_LENGTH &&
    SENDABLE_KEY.test(key) &&
    typeof generate === 'boolean';
  return valid ? { ok: true, value: { testId, key, generate } } : { ok: false };
}

export function createKeyTestService(deps: KeyTestServiceDeps) {
  const running = new Map<string, AbortController>();

  // Only our popup page may send a key out. Content scripts share our runtime id but carry the host
  // page's URL; the popup may also be open in a tab, so sender.tab is not a reason to refuse.
  const fromPopup = ({ id, url }: MessageSenderLike) =>
    id === deps.runtimeId &&
    typeof url === 'string' &&
    (url === deps.popupUrl || url.startsWith(`${deps.popupUrl}?`) || url.startsWith(`${deps.popupUrl}#`));

  async function testApiKey(message: IncomingMessage<TestApiKeyRequest>): Promise<KeyTestResult> {
    if (!fromPopup(message.sender)) return { outcome: 'refused', why: 'sender' };
    const request = validateRequest(message.data);
    if (!request.ok) return { outcome: 'refused', why: 'input' };
    const { testId, key, generate } = request.value;

    running.get(testId)?.abort();
    const controller = new AbortController();
    running.set(testId, controller);
    try {
      return await runKeyTest(
        { key, generate },
        { fetch: deps.fetch, signal: controller.signal, ...(deps.timeoutMs !== undefined && { timeoutMs: deps.timeoutMs }) },
      );
    } finally {
      if (running.get(testId) === controller) running.delete(testId);
    }
  }

  function cancelKeyTest(message: IncomingMessage<{ testId: string }>): boolean {
    if (!fromPopup(message.sender)) return false;
    const testId: unknown = (message.data as { testId?: unknown } | null)?.testId;
    if (!validTestId(testId)) return false;
    const controller = running.get(testId);
    if (!controller) return false;
    controller.abort();
    running.delete(testId);
    return true;
  }

  return { testApiKey, cancelKeyTest };
}
