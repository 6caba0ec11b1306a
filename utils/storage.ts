import { storage } from '#imports';
import type { LastKeyTest } from '@/utils/api-key/last-test';
import type { GuideState } from '@/utils/guide/state';

/**
 * Every storage item the extension uses, in one place. The API key is only ever kept in
 * storage.session (memory, not disk, not exposed to content scripts), and only when the user
 * ticks "remember for this browser session".
 */
export const rememberedApiKey = storage.defineItem<string>('session:rememberedApiKey');

/**
 * The popup's last verdict (utils/api-key/last-test.ts), masked, for the rest of the browser
 * session; removed by "Change key". storage.session: memory only, not readable by content scripts.
 */
export const lastKeyTest = storage.defineItem<LastKeyTest>('session:lastKeyTest', { version: 1 });

/**
 * The click coach's place in each tab (utils/guide/state.ts), under `session:guide:<tabId>`:
 * written only by the background, for the console content script of that tab; removed when the
 * tab closes. Plain get/set by key: a defined item per tab would cost a storage read each.
 */
export const guideStates = {
  key: (tabId: number) => `session:guide:${tabId}` as const,
  get: (tabId: number) => storage.getItem<GuideState>(guideStates.key(tabId)),
  set: (tabId: number, state: GuideState) => storage.setItem(guideStates.key(tabId), state),
  remove: (tabId: number) => storage.removeItem(guideStates.key(tabId)),
};

/** Guide offers the user turned down for good ("Don't offer again"), by offer id. */
export const dismissedGuideOffers = storage.defineItem<string[]>('local:dismissedGuideOffers', { fallback: [] });
