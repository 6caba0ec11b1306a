import './style.css';
import { browser, defineContentScript } from '#imports';
import { contextFromUrl } from '@/utils/console-links';
import { startCoach, type Coach } from '@/utils/guide/coach';
import { resumeAfterLoad } from '@/utils/guide/machine';
import { offerFor } from '@/utils/guide/offers';
import { newGuideState, type GuideState } from '@/utils/guide/state';
import { readGuideParam } from '@/utils/guide/url';
import { pickLocale } from '@/utils/i18n';
import { backgroundMessaging } from '@/utils/messaging';
import { createGuideUi } from './guide-ui';

/** The offer waits this long for a late page before deciding (e.g. whether the API is enabled). */
const OFFER_RECHECK_MS = 2_000;

export default defineContentScript({
  matches: ['https://console.cloud.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const locale = pickLocale(browser.i18n.getUILanguage());
    let coach: Coach | undefined;
    /** Offers answered "Not now", and any offer once a guide ran on this page. */
    const quietOffers = new Set<string>();
    let guideRan = false;

    const saveState = (state: GuideState | null) => backgroundMessaging.sendMessage('setGuideState', state).catch(() => undefined);
    const loadState = () => backgroundMessaging.sendMessage('getGuideState').catch(() => null);

    const ui = createGuideUi(ctx, locale, {
      onEvent: (event) => coach?.dispatch(event),
      onOpenKeyTester: () => void backgroundMessaging.sendMessage('openKeyTester').catch(() => undefined),
      onCopy: (text) => navigator.clipboard.writeText(text),
      async onOfferStart(offer) {
        ui.showOffer(null);
        // The background seeds this tab's state and leaves the tab where it is.
        const started = await backgroundMessaging.sendMessage('startGuide', { flowId: offer.flowId, context: contextFromUrl(location.href) }).catch(() => ({ ok: false }));
        const state = started.ok ? await loadState() : null;
        if (state && ctx.isValid) begin(state);
      },
      onOfferLater(offer) {
        quietOffers.add(offer.id);
        ui.showOffer(null);
      },
      onOfferNever(offer) {
        ui.showOffer(null);
        void backgroundMessaging.sendMessage('dismissGuideOffer', { offerId: offer.id }).catch(() => undefined);
      },
    });

    function begin(state: GuideState) {
      coach?.stop();
      guideRan = true;
      ui.showOffer(null);
      coach = startCoach({
        document,
        // Read at check time, not from the navigation event: the Navigation API announces a URL
        // before the page (and its DOM) has changed.
        getUrl: () => location.href,
        signal: ctx.signal,
        initial: state,
        onState: (next) => {
          void saveState(next);
          if (!next) coach = undefined;
        },
        onView: (view) => ui.showGuide(view),
      });
    }

    async function maybeOffer() {
      if (coach || guideRan || ctx.isInvalid) return;
      // Asked of the background: importing utils/storage.ts here would touch storage.session.
      const dismissed = await backgroundMessaging.sendMessage('getDismissedGuideOffers').catch(() => [] as string[]);
      if (coach || guideRan) return;
      ui.showOffer(offerFor(document, location.href, [...dismissed, ...quietOffers]) ?? null);
    }

    // A deep link (`keyDoctorGuide=<flow>`, utils/guide/url.ts) starts a flow in this tab.
    const param = readGuideParam(location.href);
    if (param) {
      history.replaceState(history.state, '', param.cleanUrl);
      if (param.flowId) {
        const state = newGuideState(param.flowId, contextFromUrl(param.cleanUrl));
        await saveState(state);
        begin(state);
      }
    }
    if (!coach) {
      const stored = await loadState();
      if (ctx.isInvalid) return;
      if (stored) {
        const resumed = resumeAfterLoad(stored);
        if (resumed !== stored) void saveState(resumed);
        begin(resumed);
      } else {
        void maybeOffer();
        ctx.setTimeout(() => void maybeOffer(), OFFER_RECHECK_MS);
      }
    }

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (coach) coach.refresh();
      else {
        quietOffers.clear();
        void maybeOffer();
      }
    });
  },
});
