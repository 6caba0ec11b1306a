/**
 * The Cloud Console offer module's body (entrypoints/cloud-console-offer-*.ts): what an offer page
 * with no guide running needs, the offer card and its checks (offer-session.ts, the same code the
 * coach shows offers with), without the coach. Registered on the content script's global for the
 * startup script (utils/guide/coach-module.ts), which loads the coach once the guide starts.
 */
import { abortableTimeout } from '@/utils/abortable';
import { OFFER_MODULE_GLOBAL, type OfferModule } from '@/utils/guide/coach-module';
import { createOfferShower, OFFER_RECHECK_MS, startOfferedGuide } from '@/utils/guide/offer-session';
import { createOfferUi } from './offer-ui';

export function registerOffer(): void {
  const module: OfferModule = {
    start({ ctx, locale, background, onGuideStarted }) {
      let stopped = false;
      const ui = createOfferUi(ctx, locale, {
        onStart: (offer) => {
          stopped = true;
          ui.showOffer(null);
          void startOfferedGuide(background, offer, location.href, ctx.signal).then(async (state) => {
            if (!state || !ctx.isValid || (await onGuideStarted(state)) || !ctx.isValid) return;
            // The coach's module did not load (a failed import): the offer comes back, so "Guide me"
            // can try again, instead of the card just vanishing.
            stopped = false;
            check();
          });
        },
        onLater: (offer) => offers.later(offer),
        onNever: (offer) => offers.never(offer),
      });
      const offers = createOfferShower({ document, url: () => location.href, signal: ctx.signal, background, showOffer: ui.showOffer, quiet: () => stopped });
      const check = () => void offers.check();
      check();
      // As the coach does at load: a late page (is the API enabled?) gets a second look.
      abortableTimeout(ctx.signal, OFFER_RECHECK_MS, () => {
        if (ctx.isValid) check();
      });
      return {
        check,
        stop() {
          stopped = true;
          ui.showOffer(null);
        },
      };
    },
  };
  (globalThis as Record<string, unknown>)[OFFER_MODULE_GLOBAL] = module;
}
