import { storage } from '#imports';

/**
 * Every storage item the extension uses, in one place. The API key is only ever kept in
 * storage.session (memory, not disk, not exposed to content scripts), and only when the user
 * ticks "remember for this browser session".
 */
export const rememberedApiKey = storage.defineItem<string>('session:rememberedApiKey');
