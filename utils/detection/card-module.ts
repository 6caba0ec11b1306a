/**
 * The contract between the AI Studio startup script and its lazy card module: the startup script
 * (watcher, rules, request reader) decides; the card's view, its texts and Preact load only after
 * a detection, as one web-accessible module per language (entrypoints/ai-studio-card-*.ts),
 * imported through its runtime URL. No Preact and no texts here.
 */
import type { RpcFailureSummary } from '@/utils/ai-studio-rpc/parse';
import type { LinkContext } from '@/utils/console-links';
import type { RequestCauses } from '@/utils/detection/card-plan';
import type { Locale } from '@/utils/i18n';

/** What the startup script passes to the view (the view adds its language's strings). */
export interface CardViewProps {
  ruleId: string;
  message?: string;
  request?: RpcFailureSummary;
  context: LinkContext;
  minimised: boolean;
  onToggleMinimised: () => void;
  onDismiss: () => void;
}

export interface CardView {
  /** The card's stylesheet, put into the shadow root the startup script prepared. */
  css: string;
  /**
   * The gate for the MAIN-world reader's event detail (utils/ai-studio-rpc/validate.ts) and the
   * request → cause tables: needed only once a request failed, so they load with the view.
   */
  readRpcFailure: (detail: unknown) => RpcFailureSummary | undefined;
  requestCauses: RequestCauses;
  render: (container: Element, props: CardViewProps) => void;
  clear: (container: Element) => void;
}

/** The lazy module is a classic script bundle: it leaves its view on the content script's global. */
export const CARD_VIEW_GLOBAL = '__keyDoctorAiStudioCard';

/** The module of one language (public paths of the unlisted scripts, listed in web_accessible_resources). */
export const CARD_MODULE_PATHS: Record<Locale, string> = {
  en: '/ai-studio-card-en.js',
  'zh-CN': '/ai-studio-card-zh-cn.js',
  ja: '/ai-studio-card-ja.js',
};

/** Imports the language's card module once; `getUrl` is browser.runtime.getURL. */
export function cardViewLoader(locale: Locale, getUrl: (path: string) => string): () => Promise<CardView> {
  let loading: Promise<CardView> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ getUrl(CARD_MODULE_PATHS[locale])).then(() => {
      const view = (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] as CardView | undefined;
      if (!view) throw new Error('card module did not register');
      return view;
    }));
}
