import { browser, defineContentScript } from '#imports';
import { COACH_MODULE_GLOBAL, COACH_MODULE_PATHS, FRAME_AGENT_GLOBAL, FRAME_AGENT_PATH, lazyModule, OFFER_MODULE_GLOBAL, OFFER_MODULE_PATHS, type CoachHandle, type CoachModule, type FrameAgentModule, type OfferHandle, type OfferModule } from '@/utils/guide/coach-module';
import { CONSOLE_FRAME_ORIGINS, envelope, looksLikeQuery } from '@/utils/guide/frame-wire';
import { mayOffer } from '@/utils/guide/offer-pages';
import type { GuideFlowId } from '@/utils/guide/flow-ids';
import { handedOnce } from '@/utils/guide/handed-once';
import { readGuideParam } from '@/utils/guide/param';
import type { GuideBackground } from '@/utils/guide/session';
import { guideTextsLoader } from '@/utils/guide/step-texts';
import { pickLocale } from '@/utils/i18n';
import { backgroundMessaging } from '@/utils/messaging';

// The startup script, on every console page and in every console frame: it only decides whether
// anything is needed (a deep link, a running guide, an offer page). The coach, its card, Preact and
// the texts load after that, as a web-accessible module (utils/guide/coach-module.ts); an offer
// page loads only the offer card's module, and the coach once the user starts the guide.
const getUrl = (path: string) => browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);

export default defineContentScript({
  matches: ['https://console.cloud.google.com/*'],
  // Parts of the console render in iframes (console-dom-evidence D1): there a small agent reports
  // to the top frame, which keeps the one card and draws the rings (utils/guide/frames.ts).
  allFrames: true,
  runAt: 'document_idle',
  // The card's sheet ships inside the coach module (no stylesheet fetch before the first ring).
  cssInjectionMode: 'manual',
  main(ctx) {
    if (window !== window.top) {
      // Tiny until asked: the agent loads when the top frame's first query arrives.
      const parent = window.parent;
      if (!parent || !CONSOLE_FRAME_ORIGINS.has(location.origin)) return;
      const loadAgent = lazyModule<FrameAgentModule>(FRAME_AGENT_PATH, FRAME_AGENT_GLOBAL, getUrl);
      const wake = new AbortController();
      ctx.signal.addEventListener('abort', () => wake.abort(), { once: true, signal: wake.signal });
      window.addEventListener(
        'message',
        (event: MessageEvent) => {
          if (event.source !== parent || !CONSOLE_FRAME_ORIGINS.has(event.origin) || !looksLikeQuery(event.data)) return;
          wake.abort();
          loadAgent().then(
            (agent) => ctx.isValid && agent.start({ window, document, signal: ctx.signal, first: event }),
            () => undefined,
          );
        },
        { signal: wake.signal },
      );
      // The top frame may have a flow running already: ask for it.
      for (const origin of CONSOLE_FRAME_ORIGINS) parent.postMessage(envelope({ type: 'hello' }), origin);
      return;
    }

    const locale = pickLocale(browser.i18n.getUILanguage());
    const loadCoach = lazyModule<CoachModule>(COACH_MODULE_PATHS[locale], COACH_MODULE_GLOBAL, getUrl);
    const loadOffer = lazyModule<OfferModule>(OFFER_MODULE_PATHS[locale], OFFER_MODULE_GLOBAL, getUrl);
    const loadTexts = guideTextsLoader(locale, (path) => import(/* @vite-ignore */ getUrl(path)));
    /** A guide is known to run: fetch its texts beside the coach, not after it. */
    const prefetchTexts = (flowId: GuideFlowId | undefined) => {
      if (flowId) loadTexts(flowId).catch(() => undefined);
    };
    // What was read to decide (the guide's state, the offers turned down) is handed to the coach's
    // or the offer card's first read of it, not asked of the background twice.
    const guideState = handedOnce(() => backgroundMessaging.sendMessage('getGuideState'));
    const dismissedOffers = handedOnce(() => backgroundMessaging.sendMessage('getDismissedGuideOffers'));
    // Asked of the background: importing utils/storage.ts here would touch storage.session.
    const background: GuideBackground = {
      getState: guideState.read,
      setState: (state) => backgroundMessaging.sendMessage('setGuideState', state),
      startGuide: (request) => backgroundMessaging.sendMessage('startGuide', request),
      getDismissedOffers: dismissedOffers.read,
      dismissOffer: (offerId) => backgroundMessaging.sendMessage('dismissGuideOffer', { offerId }),
    };

    let coach: Promise<CoachHandle | undefined> | undefined;
    let offer: Promise<OfferHandle | undefined> | undefined;
    const startCoach = () => {
      // The coach shows the offers from now on, if any (none while its guide runs).
      void offer?.then((shown) => shown?.stop());
      return (coach ??= loadCoach()
        .then((module) => (ctx.isValid ? module.start({ ctx, locale, background, loadTexts, openKeyTester: () => void backgroundMessaging.sendMessage('openKeyTester').catch(() => undefined) }) : undefined))
        .catch(() => {
          coach = undefined; // not loaded: the next page change or reload tries again
          return undefined;
        }));
    };
    const startOffer = () =>
      (offer ??= loadOffer()
        .then((module) =>
          ctx.isValid
            ? module.start({
                ctx,
                locale,
                background,
                onGuideStarted: (state) => {
                  // Handed to the coach's first read of the state, which begins the guide.
                  guideState.hand(Promise.resolve(state));
                  prefetchTexts(state.flowId);
                  return startCoach().then((started) => {
                    if (started) return true;
                    // No coach: the guide is not running after all. Ended, so a later page does
                    // not start a guide the user may turn down now that the offer shows again.
                    guideState.drop();
                    void background.setState(null).catch(() => undefined);
                    return false;
                  });
                },
              })
            : undefined,
        )
        .catch(() => undefined)
        // The module's start read the offers turned down (or never will): nothing stale is left for a later read.
        .finally(() => dismissedOffers.drop()));

    /** A running guide: load the coach; else an offer not turned down on this page: the offer card. */
    const decide = async () => {
      if (coach) return;
      const running = await guideState.decide().catch(() => null);
      if (running) {
        prefetchTexts(running.flowId);
        return void startCoach();
      }
      guideState.drop();
      if (offer) return void offer.then((shown) => shown?.check());
      if (!mayOffer(location.href, [])) return;
      const dismissed = await dismissedOffers.decide().catch(() => [] as string[]);
      if (ctx.isValid && !coach && mayOffer(location.href, dismissed)) void startOffer();
      else dismissedOffers.drop();
    };

    // A deep link: the guide is known to run, load the coach at once (it reads and strips the link).
    const link = readGuideParam(location.href);
    if (link) {
      prefetchTexts(link.flowId);
      void startCoach();
    } else void decide();

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (coach) void coach.then((started) => started?.locationChanged());
      else void decide();
    });
    // Back/forward cache before the coach loaded: a guide may have started since.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted && !coach) void decide();
    });
  },
});
