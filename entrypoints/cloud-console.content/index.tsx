import './style.css';
import { browser, defineContentScript } from '#imports';
import { abortableTimeout } from '@/utils/abortable';
import { startFrameAgent } from '@/utils/guide/frame-agent';
import { createGuideSession } from '@/utils/guide/session';
import { pickLocale } from '@/utils/i18n';
import { backgroundMessaging } from '@/utils/messaging';
import { createGuideUi } from './guide-ui';

export default defineContentScript({
  matches: ['https://console.cloud.google.com/*'],
  // Parts of the console render in iframes (console-dom-evidence D1): there a small agent reports
  // to the top frame, which keeps the one card and draws the rings (utils/guide/frames.ts).
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window !== window.top) {
      startFrameAgent({ window, document, signal: ctx.signal });
      return;
    }
    const locale = pickLocale(browser.i18n.getUILanguage());
    // The session (utils/guide/session.ts) holds the logic; here only the extension's wiring.
    const ui = createGuideUi(ctx, locale, {
      onEvent: (event) => session.dispatch(event),
      onOpenKeyTester: () => void backgroundMessaging.sendMessage('openKeyTester').catch(() => undefined),
      onCopy: (text) => navigator.clipboard.writeText(text),
      onOfferStart: (offer) => void session.startOffer(offer),
      onOfferLater: (offer) => session.laterOffer(offer),
      onOfferNever: (offer) => session.neverOffer(offer),
    });
    const session = createGuideSession({
      window,
      document,
      signal: ctx.signal,
      ui,
      // Not ctx.setTimeout: it leaves an abort listener on ctx.signal per call (utils/abortable.ts).
      // ctx.isValid still notices an extension reload, as ctx.setTimeout's check did.
      setTimeout: (callback, ms) => abortableTimeout(ctx.signal, ms, () => {
        if (ctx.isValid) callback();
      }),
      // Asked of the background: importing utils/storage.ts here would touch storage.session.
      background: {
        getState: () => backgroundMessaging.sendMessage('getGuideState'),
        setState: (state) => backgroundMessaging.sendMessage('setGuideState', state),
        startGuide: (request) => backgroundMessaging.sendMessage('startGuide', request),
        getDismissedOffers: () => backgroundMessaging.sendMessage('getDismissedGuideOffers'),
        dismissOffer: (offerId) => backgroundMessaging.sendMessage('dismissGuideOffer', { offerId }),
      },
    });
    await session.init();
    if (ctx.isInvalid) return;
    ctx.addEventListener(window, 'wxt:locationchange', () => session.locationChanged());
  },
});
