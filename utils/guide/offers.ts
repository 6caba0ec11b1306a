/**
 * DATA: the small "Key Doctor can guide you" offers shown on the pages where a fix starts, when no
 * guide runs in the tab. The user can turn each one down for good (storage: dismissedGuideOffers).
 */
import type { Locale } from '@/utils/i18n';
import type { GuideFlowId } from './flows';
import { OFFER_PAGES, type OfferId } from './offer-pages';
import { pageOf, type ConsolePageId } from './pages';
import { CHECKS, type CheckId } from './targets';

export interface GuideOffer {
  id: OfferId;
  flowId: GuideFlowId;
  pages: readonly ConsolePageId[];
  /** Not offered when this holds (the fix is already in place). */
  unless?: CheckId;
  question: Record<Locale, string>;
}

export const GUIDE_OFFERS: readonly GuideOffer[] = [
  {
    id: 'restore-deleted-key',
    flowId: 'restore-deleted-key',
    pages: OFFER_PAGES['restore-deleted-key'],
    question: { en: 'Restoring a Gemini key?', 'zh-CN': '要恢复 Gemini 密钥吗？', ja: 'Gemini のキーを復元しますか？' },
  },
  {
    id: 'enable-gemini-api',
    flowId: 'enable-gemini-api',
    pages: OFFER_PAGES['enable-gemini-api'],
    unless: 'apiEnabled',
    question: { en: 'Enabling the Gemini API?', 'zh-CN': '要启用 Gemini API 吗？', ja: 'Gemini API を有効にしますか？' },
  },
];

/** The offer for this page, if any and not turned down. */
export function offerFor(root: ParentNode, url: string, dismissed: readonly string[]): GuideOffer | undefined {
  const page = pageOf(url);
  if (!page) return undefined;
  return GUIDE_OFFERS.find((offer) => offer.pages.includes(page) && !dismissed.includes(offer.id) && !(offer.unless && CHECKS[offer.unless](root, { page })));
}
