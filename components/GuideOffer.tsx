import { flowById } from '@/utils/guide/flows';
import type { GuideOffer as Offer } from '@/utils/guide/offers';
import { guideStrings } from '@/utils/guide/strings';
import type { Locale } from '@/utils/i18n';

export interface GuideOfferProps {
  offer: Offer;
  locale: Locale;
  onStart: () => void;
  onLater: () => void;
  onNever: () => void;
}

/** A small corner note on a page where a fix starts; never in the way, gone for good on request. */
export function GuideOffer({ offer, locale, onStart, onLater, onNever }: GuideOfferProps) {
  const strings = guideStrings[locale];
  return (
    <aside class="kd-card kd-offer" lang={locale} aria-label={strings.offerLabel} data-offer={offer.id}>
      <p class="kd-offer-text">
        <span class="kd-product">{strings.product}</span> {offer.question[locale]} {strings.offer}: <strong>{flowById(offer.flowId).title[locale]}</strong>
      </p>
      <p class="kd-actions">
        <button type="button" class="kd-button kd-primary" onClick={onStart}>
          {strings.offerStart}
        </button>
        <button type="button" class="kd-button kd-quiet" onClick={onLater}>
          {strings.offerLater}
        </button>
        <button type="button" class="kd-button kd-quiet" onClick={onNever}>
          {strings.offerNever}
        </button>
      </p>
    </aside>
  );
}
