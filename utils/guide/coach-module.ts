/**
 * The contract between the Cloud Console startup script and its lazy modules. The startup script
 * (on every console page, in every console frame) only decides: a deep link, a running guide (its
 * state asked of the background), an offer page. The coach, its card and Preact load after that
 * decision, as one web-accessible module per language (entrypoints/cloud-console-coach-*.ts); an
 * offer page with no guide running loads only the offer card (entrypoints/cloud-console-offer-*.ts),
 * imported through its runtime URL, and the running guide's texts as one small module per guide
 * and language (entrypoints/cloud-console-guide-*.ts, step-texts.ts); a console iframe loads
 * its agent (entrypoints/cloud-console-frame.ts) only when the top frame asks it to look for
 * something. Types only from the rest of the guide code.
 */
import type { ContentScriptContext } from '#imports';
import type { Locale } from '@/utils/i18n';
import type { GuideFlowId } from './flow-ids';
import type { GuideBackground } from './session';
import type { GuideState } from './state';
import type { FlowTexts } from './step-texts';

export interface CoachModuleStart {
  ctx: ContentScriptContext;
  locale: Locale;
  background: GuideBackground;
  openKeyTester: () => void;
  /** One guide's texts in `locale`, prefetched by the startup script once it knows the guide (step-texts.ts). */
  loadTexts: (flowId: GuideFlowId) => Promise<FlowTexts>;
}

export interface CoachHandle {
  /** An in-console navigation (wxt:locationchange, which only the startup script's ctx starts). */
  locationChanged: () => void;
}

export interface CoachModule {
  start: (options: CoachModuleStart) => Promise<CoachHandle>;
}

/**
 * The offer module (entrypoints/cloud-console-offer-*.ts): an offer page with no guide running
 * loads only this, the offer card and its checks; the coach loads once the user starts the guide.
 */
export interface OfferModuleStart {
  ctx: ContentScriptContext;
  locale: Locale;
  background: GuideBackground;
  /**
   * The user started the offered guide: its first state, for the coach to begin with. Resolves
   * whether the coach took over; false when its module did not load (the offer shows again).
   */
  onGuideStarted: (state: GuideState) => Promise<boolean>;
}

export interface OfferHandle {
  /** Looks again (an in-console navigation, a page back from the cache). */
  check: () => void;
  /** A guide runs now: the card goes (it comes back only when the coach's module did not load). */
  stop: () => void;
}

export interface OfferModule {
  start: (options: OfferModuleStart) => OfferHandle;
}

export interface FrameAgentModule {
  /** Starts the agent with the query that woke it (a MessageEvent the startup script checked loosely). */
  start: (options: { window: Window; document: Document; signal: AbortSignal; first: MessageEvent }) => void;
}

/** The lazy modules are classic script bundles: each leaves its API on the content script's global. */
export const COACH_MODULE_GLOBAL = '__keyDoctorConsoleCoach';
export const OFFER_MODULE_GLOBAL = '__keyDoctorConsoleOffer';
export const FRAME_AGENT_GLOBAL = '__keyDoctorConsoleFrameAgent';

/** Public paths of the unlisted scripts, listed in web_accessible_resources (wxt.config.ts). */
export const COACH_MODULE_PATHS: Record<Locale, string> = {
  en: '/cloud-console-coach-en.js',
  'zh-CN': '/cloud-console-coach-zh-cn.js',
  ja: '/cloud-console-coach-ja.js',
};
export const OFFER_MODULE_PATHS: Record<Locale, string> = {
  en: '/cloud-console-offer-en.js',
  'zh-CN': '/cloud-console-offer-zh-cn.js',
  ja: '/cloud-console-offer-ja.js',
};
export const FRAME_AGENT_PATH = '/cloud-console-frame.js';

/** Imports a lazy module once; `getUrl` is browser.runtime.getURL. */
export function lazyModule<T>(path: string, global: string, getUrl: (path: string) => string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ getUrl(path)).then(
      () => {
        const loaded = (globalThis as Record<string, unknown>)[global] as T | undefined;
        if (!loaded) throw new Error(`${path} did not register`);
        return loaded;
      },
      (error: unknown) => {
        loading = undefined; // the next need imports again
        throw error;
      },
    ));
}
