/** The popup's services as the unit tests give them: a remembered key, no network, no storage. */
import { BUSY_AFTER_MS, type PopupServices } from '@/entrypoints/popup/App';
import { precheckView } from '@/utils/api-key/precheck-words';
import type { KeyTestResult } from '@/utils/messaging';

export const KEY = 'AIzaSyDk3vTq9Xw2Lm8Rb7Nc4Hf6Jp0Gs1Ye5Uq';

/** Google's 400 API_KEY_INVALID as the background reports it. */
export const INVALID_KEY_RESULT: KeyTestResult = { outcome: 'tested', facts: { id: 'key-invalid' }, probes: [{ name: 'listModels', httpStatus: 400, facts: { id: 'key-invalid' }, elapsedMs: 12 }] };

export function popupServices(overrides: Partial<PopupServices> = {}): PopupServices {
  return {
    locale: 'en',
    rememberedKey: KEY,
    saveLastTest: async () => {},
    precheck: precheckView,
    testKey: async () => INVALID_KEY_RESULT,
    cancelTest: async () => {},
    remember: async () => {},
    copy: async () => {},
    startGuide: async () => true,
    ...overrides,
  };
}

/** Until a test still unanswered shows as busy: its timer was set first, so it fires first. */
export const untilBusy = () => new Promise((resolve) => setTimeout(resolve, BUSY_AFTER_MS + 1));

/** Until the timers and microtasks queued so far have run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Submits the key form under `root`, as Enter or the Test button does. */
export const submitKeyForm = (root: ParentNode) => root.querySelector<HTMLFormElement>('form.key-test')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
