/**
 * The per-tab guide state: what the background keeps in storage.session and what the content
 * script resumes from after a navigation or reload. Plain JSON, versioned.
 */
import type { LinkContext } from '@/utils/console-links';
import { pageContext, pageValue } from '@/utils/page-values';
import { flowById, type GuideFlowId } from './flows';
import { isGuideFlowId } from './flow-ids';
import { parseUrl } from '@/utils/parse-url';

export { isGuideFlowId };

/** The deleted row the user picked when several match. */
export interface RowChoice {
  /** "Generative Language API Key", or the row's first cell for a renamed key. */
  name: string;
  /** The rest of the row (deletion date…), to tell rows of the same name apart. */
  detail: string;
  /** The row's text in matching form: finds the same row again after a reload. */
  signature: string;
  /** The key's uid, when the row links its edit page. */
  keyId?: string;
  index: number;
}

export interface GuideState {
  version: 1;
  flowId: GuideFlowId;
  stepId: string;
  context: LinkContext;
  choice?: RowChoice;
  /** Steps passed because they were already done when reached (the API was already enabled…). */
  foundDone: string[];
  /** Click steps the card has shown the user (machine.ts): they keep their number in "Step n of m". */
  shown?: string[];
  /**
   * The click step that led to the finish step (clicked, "I did it" or skipped) and whose
   * done-check has not held yet: until it does, the finish card says "Checking…", not success.
   * Stored, so a reload on the unchanged page does not turn into a false success.
   */
  confirming?: string;
  /**
   * The page path (no query) where the finish card was first shown as a result. Leaving that page
   * ends the flow: a finish card belongs to its page, not to every console page of the tab.
   */
  finishedOn?: string;
  /** When finishedOn was set (ms epoch). */
  finishedAt?: number;
  startedAt: number;
}

/** A guide older than this is taken as abandoned: it does not come back hours later. */
export const GUIDE_MAX_AGE_MS = 2 * 60 * 60 * 1000;

/** Started more than GUIDE_MAX_AGE_MS ago, or at an unknown time (a state stored without it). */
export function guideExpired(state: GuideState, now: number): boolean {
  return !(state.startedAt > 0) || now - state.startedAt > GUIDE_MAX_AGE_MS;
}

/** The path a finish card is tied to: matrix parameters (`;x=…`) and trailing slash dropped. */
export function pagePath(href: string): string {
  const url = parseUrl(href);
  return url ? url.pathname.replace(/;.*$/, '').replace(/\/+$/, '') || '/' : '';
}

export function newGuideState(flowId: GuideFlowId, context: LinkContext = {}, now = Date.now()): GuideState {
  const first = flowById(flowId).steps[0]!;
  return { version: 1, flowId, stepId: first.id, context: pickContext(context), foundDone: [], startedAt: now };
}

/** Project and account from untrusted input (storage, messages): each in Google's grammar, or dropped. */
export function pickContext(value: unknown): LinkContext {
  return pageContext(value);
}

/** A picked row from untrusted input (storage, another frame's message), checked field by field. */
export function pickChoice(value: unknown): RowChoice | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { name, detail, signature, keyId, index } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof signature !== 'string' || !Number.isSafeInteger(index) || (index as number) < 0) return undefined;
  const choice: RowChoice = { name: name.slice(0, 300), detail: typeof detail === 'string' ? detail.slice(0, 300) : '', signature: signature.slice(0, 2000), index: index as number };
  const uid = pageValue('keyId', keyId);
  if (uid) choice.keyId = uid;
  return choice;
}

/** The same deleted row: by key id when known, else by its text. */
export function sameRow(a: RowChoice, b: RowChoice): boolean {
  return a.keyId || b.keyId ? a.keyId === b.keyId : a.signature === b.signature;
}

/** A stored or received state, checked field by field; anything unknown gives null. */
export function parseGuideState(value: unknown): GuideState | null {
  if (!value || typeof value !== 'object') return null;
  const raw = value as Record<string, unknown>;
  if (raw.version !== 1 || !isGuideFlowId(raw.flowId)) return null;
  const flow = flowById(raw.flowId);
  if (typeof raw.stepId !== 'string' || !flow.steps.some((step) => step.id === raw.stepId)) return null;
  const stepIds = new Set(flow.steps.map((step) => step.id));
  const state: GuideState = {
    version: 1,
    flowId: raw.flowId,
    stepId: raw.stepId,
    context: pickContext(raw.context),
    foundDone: Array.isArray(raw.foundDone) ? raw.foundDone.filter((id): id is string => typeof id === 'string' && stepIds.has(id)) : [],
    startedAt: typeof raw.startedAt === 'number' ? raw.startedAt : 0,
  };
  if (Array.isArray(raw.shown)) state.shown = raw.shown.filter((id): id is string => typeof id === 'string' && stepIds.has(id));
  const choice = pickChoice(raw.choice);
  if (choice) state.choice = choice;
  if (typeof raw.confirming === 'string' && stepIds.has(raw.confirming)) state.confirming = raw.confirming;
  if (typeof raw.finishedOn === 'string' && raw.finishedOn.length <= 2000) {
    state.finishedOn = raw.finishedOn;
    state.finishedAt = typeof raw.finishedAt === 'number' ? raw.finishedAt : 0;
  }
  return state;
}
