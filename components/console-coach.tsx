/**
 * The Cloud Console coach module's body (entrypoints/cloud-console-coach-*.ts): the session, the
 * coach, the card and Preact, registered on the content script's global for the startup script
 * (utils/guide/coach-module.ts), which passes its context and the background's messages.
 */
import { abortableTimeout } from '@/utils/abortable';
import { COACH_MODULE_GLOBAL, type CoachModule } from '@/utils/guide/coach-module';
import { createGuideSession } from '@/utils/guide/session';
import { createGuideUi } from './guide-ui';

export function registerCoach(): void {
  const module: CoachModule = {
    async start({ ctx, locale, background, openKeyTester, loadTexts }) {
      // The session (utils/guide/session.ts) holds the logic; here only the wiring.
      const ui = createGuideUi(ctx, locale, {
        onEvent: (event) => session.dispatch(event),
        onOpenKeyTester: openKeyTester,
        onCopy: (text) => navigator.clipboard.writeText(text),
        onOfferStart: (offer) => void session.startOffer(offer),
        onOfferLater: (offer) => session.laterOffer(offer),
        onOfferNever: (offer) => session.neverOffer(offer),
        loadTexts,
      });
      const session = createGuideSession({
        window,
        document,
        signal: ctx.signal,
        ui,
        // Not ctx.setTimeout: it leaves an abort listener on ctx.signal per call (utils/abortable.ts).
        // ctx.isValid still notices an extension reload, as ctx.setTimeout's check did.
        setTimeout: (callback, ms) =>
          abortableTimeout(ctx.signal, ms, () => {
            if (ctx.isValid) callback();
          }),
        background,
        // The coach checks the page in the rings' frame: target found → ring drawn, same frame.
        requestFrame: ui.requestFrame,
      });
      await session.init();
      return { locationChanged: () => session.locationChanged() };
    },
  };
  (globalThis as Record<string, unknown>)[COACH_MODULE_GLOBAL] = module;
}
