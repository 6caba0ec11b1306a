/**
 * DATA: the pages where each guide offer (offers.ts) can appear. Apart from the offers' texts and
 * checks, so the console's startup script can tell, from the URL and the offers turned down, whether
 * the coach module is needed on this page at all.
 */
import { pageOf, type ConsolePageId } from './page-paths';

export const OFFER_PAGES = {
  'restore-deleted-key': ['credentials', 'deleted-credentials'],
  'enable-gemini-api': ['gemini-library', 'gemini-marketplace'],
} as const satisfies Record<string, readonly ConsolePageId[]>;

export type OfferId = keyof typeof OFFER_PAGES;

/** An offer not turned down may show on this URL (its own checks run later, in the coach module). */
export function mayOffer(url: string, dismissed: readonly string[]): boolean {
  const page = pageOf(url);
  if (!page) return false;
  return Object.entries(OFFER_PAGES).some(([id, pages]) => !dismissed.includes(id) && (pages as readonly string[]).includes(page));
}
