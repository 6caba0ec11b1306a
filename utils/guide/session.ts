/**
 * The console content script's guide session: starts or resumes the coach, shows the offers, and
 * keeps the stored state right across in-console navigations and the back/forward cache. No
 * extension API here (the background and UI are injected), so it is unit-tested in happy-dom.
 */
import { contextFromUrl } from '@/utils/console-links';
import { startCoach, type Coach, type CoachView } from './coach';
import { createFrameHub } from './frames';
import { resumeAfterLoad, type CoachEvent } from './machine';
import { createOfferShower, OFFER_RECHECK_MS, startOfferedGuide } from './offer-session';
import type { GuideOffer } from './offers';
import { newGuideState, type GuideState } from './state';
import { readGuideParam } from './url';

export { OFFER_RECHECK_MS } from './offer-session';

/** The background's answers; each may reject (extension reloaded…). */
export interface GuideBackground {
  getState(): Promise<GuideState | null>;
  setState(state: GuideState | null): Promise<unknown>;
  startGuide(request: { flowId: string; context: ReturnType<typeof contextFromUrl> }): Promise<{ ok: boolean }>;
  getDismissedOffers(): Promise<string[]>;
  dismissOffer(offerId: string): Promise<unknown>;
}

export interface GuideSessionOptions {
  window: Window;
  document: Document;
  /** Bound to the content script's life. */
  signal: AbortSignal;
  background: GuideBackground;
  ui: { showGuide(view: CoachView | null): void; showOffer(offer: GuideOffer | null): void };
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** The frame batch shared with the rings (frame-batch.ts); absent: the coach's timer. */
  requestFrame?: (callback: () => void) => unknown;
}

export function createGuideSession(options: GuideSessionOptions) {
  const { window, document, signal, background, ui } = options;
  const location = () => window.location.href;
  let coach: Coach | undefined;
  /** A guide ran on this page: no offer after it. */
  let guideRan = false;
  const offers = createOfferShower({ document, url: location, signal, background, showOffer: (offer) => ui.showOffer(offer), quiet: () => coach !== undefined || guideRan });
  /** Bumped by each (re)load of the state: an older answer that arrives late is dropped. */
  let generation = 0;

  // The console's iframes report what they see of the running flow (frames.ts); one hub for the tab.
  const frames = createFrameHub({
    window,
    document,
    signal,
    onChange: () => coach?.refresh(),
    onClick: (target) => coach?.frameClicked(target),
  });

  const saveState = (state: GuideState | null) => background.setState(state).catch(() => undefined);
  const loadState = () => background.getState().catch(() => null);

  function begin(state: GuideState) {
    coach?.stop();
    guideRan = true;
    ui.showOffer(null);
    let self: Coach | undefined;
    let ended = false;
    self = startCoach({
      document,
      // Read at check time, not from the navigation event: the Navigation API announces a URL
      // before the page (and its DOM) has changed.
      getUrl: location,
      signal,
      initial: state,
      onState: (next) => {
        void saveState(next);
        if (next) return;
        ended = true;
        if (coach === self) coach = undefined;
      },
      onView: (view) => ui.showGuide(view),
      frames,
      ...(options.requestFrame ? { requestFrame: options.requestFrame } : {}),
    });
    // startCoach may end the flow at once (a finish card left behind): keep no dead coach.
    coach = ended ? undefined : self;
  }

  const maybeOffer = () => offers.check();

  /** The stored guide, resumed; else the offer. */
  async function resume() {
    const mine = ++generation;
    const stored = await loadState();
    if (signal.aborted || mine !== generation) return;
    if (stored) {
      const resumed = resumeAfterLoad(stored);
      if (resumed !== stored) void saveState(resumed);
      begin(resumed);
    } else {
      void maybeOffer();
      options.setTimeout(() => void maybeOffer(), OFFER_RECHECK_MS);
    }
  }

  return {
    /** Runs once at load: a deep link (`keyDoctorGuide=<flow>`) starts a flow, else resume. */
    async init() {
      const param = readGuideParam(location());
      if (param) {
        window.history.replaceState(window.history.state, '', param.cleanUrl);
        if (param.flowId) {
          const state = newGuideState(param.flowId, contextFromUrl(param.cleanUrl));
          await saveState(state);
          begin(state);
        }
      }
      if (!coach) await resume();
      // Back/forward cache: the page comes back with the coach it had then, while the stored
      // state may have moved on (or ended) in later pages. Silence it at once, before any of its
      // timers writes the old state over the new one, and resume from the background.
      window.addEventListener('pageshow', (event) => {
        if (!(event as PageTransitionEvent).persisted) return;
        coach?.stop();
        coach = undefined;
        ui.showGuide(null);
        ui.showOffer(null);
        void resume();
      }, { signal });
    },
    /** An in-console navigation (WXT's wxt:locationchange, which only ctx.addEventListener starts). */
    locationChanged() {
      if (coach) coach.refresh();
      else void maybeOffer();
    },
    dispatch(event: CoachEvent) {
      coach?.dispatch(event);
    },
    async startOffer(offer: GuideOffer) {
      ui.showOffer(null);
      const state = await startOfferedGuide(background, offer, location(), signal);
      if (state) begin(state);
    },
    laterOffer: (offer: GuideOffer) => offers.later(offer),
    neverOffer: (offer: GuideOffer) => offers.never(offer),
    /** The running coach (tests). */
    get coach() {
      return coach;
    },
  };
}
