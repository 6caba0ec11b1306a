/**
 * The offer part of the console's guide session, shared by the coach (session.ts) and the small
 * offer module an offer page loads on its own (components/console-offer.tsx): whether to show an
 * offer, "Not now" / "Don't offer again", and starting the offered guide. No extension API here.
 */
import { contextFromUrl } from '@/utils/console-links';
import { offerFor, type GuideOffer } from './offers';
import type { GuideBackground } from './session';
import { newGuideState, type GuideState } from './state';

/** The offer waits this long for a late page before deciding (e.g. whether the API is enabled). */
export const OFFER_RECHECK_MS = 2_000;

export interface OfferShowerOptions {
  document: Document;
  url: () => string;
  signal: AbortSignal;
  background: Pick<GuideBackground, 'getDismissedOffers' | 'dismissOffer'>;
  showOffer: (offer: GuideOffer | null) => void;
  /** No offer now (a guide runs or ran on this page). */
  quiet: () => boolean;
}

export function createOfferShower(options: OfferShowerOptions) {
  const { document, url, signal, background, showOffer, quiet } = options;
  /**
   * Offers answered "Not now" or "Don't offer again", for the tab's life (in-console navigations
   * keep this script): "Not now" must not come back on the next page, and "Don't offer again"
   * holds at once, before its save to storage lands.
   */
  const quietOffers = new Set<string>();
  const silent = () => quiet() || signal.aborted;
  return {
    async check() {
      if (silent()) return;
      const dismissed = await background.getDismissedOffers().catch(() => [] as string[]);
      // Read after the wait: a "Don't offer again" clicked meanwhile counts (quietOffers).
      if (silent()) return;
      showOffer(offerFor(document, url(), [...dismissed, ...quietOffers]) ?? null);
    },
    later(offer: GuideOffer) {
      quietOffers.add(offer.id);
      showOffer(null);
    },
    never(offer: GuideOffer) {
      quietOffers.add(offer.id);
      showOffer(null);
      void background.dismissOffer(offer.id).catch(() => undefined);
    },
  };
}

/**
 * The offered guide's first state: the background seeds this tab's state and leaves the tab where
 * it is; if it fails us, the state starts here (as a deep link's does), stored if we can.
 * Undefined once `signal` ended.
 */
export async function startOfferedGuide(background: GuideBackground, offer: GuideOffer, url: string, signal: AbortSignal): Promise<GuideState | undefined> {
  const context = contextFromUrl(url);
  const started = await background.startGuide({ flowId: offer.flowId, context }).catch(() => ({ ok: false }));
  const state = started.ok ? await background.getState().catch(() => null) : null;
  if (signal.aborted) return undefined;
  if (state) return state;
  const fresh = newGuideState(offer.flowId, context);
  void background.setState(fresh).catch(() => undefined);
  return fresh;
}
