import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { GuideOffer } from '@/components/GuideOffer';
import type { GuideOffer as Offer } from '@/utils/guide/offers';
import type { Locale } from '@/utils/i18n';
import offerCss from './offer-card.css?inline';
import { lazyShadowUi } from './shadow-ui';

export interface OfferUiHandlers {
  onStart: (offer: Offer) => void;
  onLater: (offer: Offer) => void;
  onNever: (offer: Offer) => void;
}

/** The offer card's host (`<key-doctor-offer>`), shared by the coach and the offer module (console-offer.tsx). */
export function createOfferUi(ctx: ContentScriptContext, locale: Locale, handlers: OfferUiHandlers) {
  let offer: Offer | null = null;
  const ui = lazyShadowUi(
    ctx,
    'key-doctor-offer',
    offerCss,
    (container) => {
      if (!offer) return render(null, container);
      const shown = offer;
      render(<GuideOffer offer={shown} locale={locale} onStart={() => handlers.onStart(shown)} onLater={() => handlers.onLater(shown)} onNever={() => handlers.onNever(shown)} />, container);
    },
    (container) => render(null, container),
  );
  return {
    showOffer(next: Offer | null) {
      offer = next;
      if (next) ui.show();
      else ui.hide();
    },
  };
}
