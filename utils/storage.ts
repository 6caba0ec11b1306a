import { storage } from '#imports';
import type { GuideState } from '@/utils/guide/state';

/**
 * Every storage item the extension uses, in one place. The API key is only ever kept in
 * storage.session (memory, not disk, not exposed to content scripts), and only when the user
 * ticks "remember for this browser session".
 */
export const rememberedApiKey = storage.defineItem<string>('session:rememberedApiKey');

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
