/** Popup helpers shared by the popup e2e files. */
import type { Page } from 'puppeteer-core';

/**
 * Reloads the popup as a first-time open: the verdict kept for the session (`session:lastKeyTest`
 * in utils/storage.ts) would otherwise come back with the form folded away.
 */
export async function reloadFresh(popup: Page): Promise<void> {
  await popup.evaluate(() => chrome.storage.session.remove('lastKeyTest'));
  await popup.reload();
  await popup.waitForSelector('input[name="api-key"]');
}
