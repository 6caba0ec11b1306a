/**
 * The contract between the Cloud Console startup script and its lazy modules. The startup script
 * (on every console page, in every console frame) only decides: a deep link, a running guide (its
 * state asked of the background), an offer page. The coach, its card and Preact load after that
 * decision, as one web-accessible module per language (entrypoints/cloud-console-coach-*.ts),
 * imported through its runtime URL, and the running guide's texts as one small module per guide
 * and language (entrypoints/cloud-console-guide-*.ts, step-texts.ts); a console iframe loads
 * its agent (entrypoints/cloud-console-frame.ts) only when the top frame asks it to look for
 * something. Types only from the rest of the guide code.
 */
import type { ContentScriptContext } from '#imports';
import type { Locale } from '@/utils/i18n';
import type { GuideFlowId } from './flow-ids';
import type { GuideBackground } from './session';
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

export interface FrameAgentModule {
  /** Starts the agent with the query that woke it (a MessageEvent the startup script checked loosely). */
  start: (options: { window: Window; document: Document; signal: AbortSignal; first: MessageEvent }) => void;
}

/** The lazy modules are classic script bundles: each leaves its API on the content script's global. */
export const COACH_MODULE_GLOBAL = '__keyDoctorConsoleCoach';
export const FRAME_AGENT_GLOBAL = '__keyDoctorConsoleFrameAgent';

/** Public paths of the unlisted scripts, listed in web_accessible_resources (wxt.config.ts). */
export const COACH_MODULE_PATHS: Record<Locale, string> = {
  en: '/cloud-console-coach-en.js',
  'zh-CN': '/cloud-console-coach-zh-cn.js',
  ja: '/cloud-console-coach-ja.js',
};
export const FRAME_AGENT_PATH = '/cloud-console-frame.js';

/** Imports a lazy module once; `getUrl` is browser.runtime.getURL. */
export function lazyModule<T>(path: string, global: string, getUrl: (path: string) => string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ getUrl(path)).then(() => {
      const loaded = (globalThis as Record<string, unknown>)[global] as T | undefined;
      if (!loaded) throw new Error(`${path} did not register`);
      return loaded;
    }));
}
