/**
 * The console content script's guide session: starts or resumes the coach, shows the offers, and
 * keeps the stored state right across in-console navigations and the back/forward cache. No
 * extension API here (the background and UI are injected), so it is unit-tested in happy-dom.
 */
import { contextFromUrl } from '@/utils/console-links';
import { startCoach, type Coach, type CoachView } from './coach';
import { createFrameHub } from './frames';
import { resumeAfterLoad, type CoachEvent } from './machine';
import { offerFor, type GuideOffer } from './offers';
import { newGuideState, type GuideState } from './state';
import { readGuideParam } from './url';

/** The offer waits this long for a late page before deciding (e.g. whether the API is enabled). */
export const OFFER_RECHECK_MS = 2_000;

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
  /**
   * Offers answered "Not now" or "Don't offer again", for the tab's life (in-console navigations
   * keep this script): "Not now" must not come back on the next page, and "Don't offer again"
   * holds at once, before its save to storage lands.
   */
  const quietOffers = new Set<string>();
  /** A guide ran on this page: no offer after it. */
  let guideRan = false;
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

  async function maybeOffer() {
    if (coach || guideRan || signal.aborted) return;
    const dismissed = await background.getDismissedOffers().catch(() => [] as string[]);
    // Read after the wait: a "Don't offer again" clicked meanwhile counts (quietOffers).
    if (coach || guideRan || signal.aborted) return;
    ui.showOffer(offerFor(document, location(), [...dismissed, ...quietOffers]) ?? null);
  }

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
      const context = contextFromUrl(location());
      // The background seeds this tab's state and leaves the tab where it is.
      const started = await background.startGuide({ flowId: offer.flowId, context }).catch(() => ({ ok: false }));
      let state = started.ok ? await loadState() : null;
      if (signal.aborted) return;
      if (!state) {
        // The background failed us: start here, as the deep link does, and store it if we can.
        state = newGuideState(offer.flowId, context);
        void saveState(state);
      }
      begin(state);
    },
    laterOffer(offer: GuideOffer) {
      quietOffers.add(offer.id);
      ui.showOffer(null);
    },
    neverOffer(offer: GuideOffer) {
      quietOffers.add(offer.id);
      ui.showOffer(null);
      void background.dismissOffer(offer.id).catch(() => undefined);
    },
    /** The running coach (tests). */
    get coach() {
      return coach;
    },
  };
}
