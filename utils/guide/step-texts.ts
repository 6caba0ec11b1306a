/**
 * What the coach's card says at each step, kept apart from the steps (flows.ts) so that a console
 * page loads one guide's texts in one language (issue 11): texts/<flow id>.ts holds every language
 * side by side; the build makes one web-accessible module per guide and language
 * (cloud-console-guide-<flow id>-<lang>.js, entrypoints/cloud-console-guide-*.ts), each keeping only
 * its language (build/locale-only.ts). The startup script prefetches the running guide's module
 * and hands the coach a loader (coach-module.ts).
 */
import type { Locale } from '@/utils/i18n';
import { GUIDE_FLOW_IDS, type GuideFlowId } from './flow-ids';

export interface StepText {
  title: string;
  /** What to do. `{name}` is the chosen key's name. */
  body: string;
  /** The step in words, for when its element cannot be found on the page. */
  missing: string;
  /** Finish steps: said instead of `body` when no step needed the user (all were already done). */
  alreadyDone?: string;
  /** Finish steps: said while the result is not seen yet (a finish card never claims it early). */
  checking?: string;
  /** Finish steps: the title that goes with `missing` when it reports a failure, not a result. */
  missingTitle?: string;
  /** Finish steps outlining a key row: said instead of `body` when several rows carry the key's name. */
  several?: string;
  /** Click steps: the likely cause when a click of the target did not take effect. */
  notTaken?: string;
  /** Click steps whose control can be greyed out: why, and what makes it usable. */
  disabled?: string;
}

/** Said when a choice step's list has rendered with nothing to choose. */
export interface NothingText {
  title: string;
  body: string;
  /** What to do instead; the card adds a link that starts the flow `nothingToChoose.instead`. */
  advice: string;
}

/** Step id → its text in every language (one language left in a built module). */
export type StepTexts = Record<string, Record<Locale, StepText>>;

export interface FlowTexts {
  steps: StepTexts;
  /** Flows with `nothingToChoose`: the card for a list with no row to choose. */
  nothingToChoose?: Record<Locale, NothingText>;
}

/** The built module's entry name: `cloud-console-guide-<flow id>-<lang>` (lang as in the coach modules: zh-cn). */
export function guideTextsEntryName(flowId: GuideFlowId, locale: Locale): string {
  return `cloud-console-guide-${flowId}-${locale.toLowerCase()}`;
}

/** Its public path, listed in web_accessible_resources (wxt.config.ts). */
export function guideTextsPath(flowId: GuideFlowId, locale: Locale): string {
  return `/${guideTextsEntryName(flowId, locale)}.js`;
}

/** The flow and language a built entry's name stands for, or undefined for any other entry. */
export function guideTextsEntry(entryName: string | undefined): { flowId: GuideFlowId; locale: Locale } | undefined {
  const match = /^cloud-console-guide-(.+)-(en|zh-cn|ja)$/.exec(entryName ?? '');
  const flowId = GUIDE_FLOW_IDS.find((id) => id === match?.[1]);
  if (!match || !flowId) return undefined;
  return { flowId, locale: match[2] === 'zh-cn' ? 'zh-CN' : (match[2] as Locale) };
}

/** The modules leave their texts here, by flow id (classic script bundles, like the coach module). */
export const GUIDE_TEXTS_GLOBAL = '__keyDoctorGuideTexts';

/** Called by each cloud-console-guide-*.js when it runs. */
export function registerGuideTexts(flowId: GuideFlowId, texts: FlowTexts): void {
  const global = globalThis as Record<string, unknown>;
  const registry = (global[GUIDE_TEXTS_GLOBAL] ??= {}) as Partial<Record<GuideFlowId, FlowTexts>>;
  registry[flowId] = texts;
}

/**
 * Loads a guide's texts once per flow; `importModule` imports a public path (the startup script
 * passes import() of browser.runtime.getURL). A failed load may be tried again.
 */
export function guideTextsLoader(locale: Locale, importModule: (path: string) => Promise<unknown>): (flowId: GuideFlowId) => Promise<FlowTexts> {
  const loading = new Map<GuideFlowId, Promise<FlowTexts>>();
  return (flowId) => {
    let texts = loading.get(flowId);
    if (!texts) {
      texts = importModule(guideTextsPath(flowId, locale)).then(() => {
        const registry = (globalThis as Record<string, unknown>)[GUIDE_TEXTS_GLOBAL] as Partial<Record<GuideFlowId, FlowTexts>> | undefined;
        const loaded = registry?.[flowId];
        if (!loaded) throw new Error(`${guideTextsPath(flowId, locale)} did not register`);
        return loaded;
      });
      texts.catch(() => loading.delete(flowId));
      loading.set(flowId, texts);
    }
    return texts;
  };
}

/** A step's text in the loaded language (the card's words). */
export function stepText(texts: FlowTexts, stepId: string, locale: Locale): StepText | undefined {
  return texts.steps[stepId]?.[locale];
}
