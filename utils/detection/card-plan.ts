/**
 * PURE: what the AI Studio card shows for a finding: the exact cause when AI Studio's failed
 * request named one, else the ranked checklist (the toast rule's, or the request's code-narrowed
 * one); and how a toast and a request about the same failure become one finding. The startup
 * script uses this to set the card host's attributes before the view has loaded.
 */
import { checklistForRequest, exactCauseOf, type ExactCause } from '@/utils/ai-studio-rpc/cause';
import type { CauseId } from '@/utils/detection/cause-ids';
import {
  AI_STUDIO_RULES,
  cardOf,
  hintIdOf,
  NOTHING_FOUND,
  REQUEST_FAILED,
  ruleById,
  UNREADABLE_CREATE_FAILURE,
  type CardKind,
} from '@/utils/detection/rules/ai-studio';
import type { Finding } from '@/utils/detection/watch';

export interface CardPlan {
  ruleId: string;
  /** data-card: the key-creation checklist, or a short card for another situation (no causes). */
  card: CardKind;
  /** data-diagnosis: the shared diagnosis id, else the rule id. */
  diagnosisId: string;
  /** data-cause: only when the request named the cause. */
  exact?: ExactCause;
  /** The checklist, most likely first; the exact cause (if any) first of all. */
  causes: readonly CauseId[];
}

const isTextRule = (ruleId: string) => AI_STUDIO_RULES.some((rule) => rule.id === ruleId);

/**
 * How a request's summary becomes a cause (utils/ai-studio-rpc/cause.ts). It ships in the lazy card
 * module with the validator: a finding carries a request only once that module has read it, so
 * the startup script plans with the module's copy and never carries these tables itself.
 */
export interface RequestCauses {
  exactCauseOf: typeof exactCauseOf;
  checklistForRequest: typeof checklistForRequest;
}
export const REQUEST_CAUSES: RequestCauses = { exactCauseOf, checklistForRequest };

export function planCard(finding: Finding): CardPlan {
  return planCardWith(finding, REQUEST_CAUSES);
}

/** planCard with the request reader passed in; without one a request adds no cause (the rule's checklist stays). */
export function planCardWith(finding: Finding, requestCauses: RequestCauses | undefined): CardPlan {
  const rule = ruleById(finding.ruleId) ?? NOTHING_FOUND;
  const card = cardOf(rule);
  // A short card is about another situation: no key-creation causes, exact or ranked.
  if (card !== 'checklist') return { ruleId: rule.id, card, diagnosisId: hintIdOf(rule), causes: [] };
  const request = requestCauses && finding.request;
  const exact = request ? requestCauses.exactCauseOf(request) : undefined;
  // A readable toast ranks better than a bare code; an unreadable one or none does not.
  const ranked = request && !isTextRule(rule.id) ? requestCauses.checklistForRequest(request) : rule.causes;
  const causes = exact ? [exact.id, ...ranked.filter((id) => id !== exact.id)] : ranked;
  let diagnosisId = hintIdOf(rule);
  if (finding.request && rule.id === UNREADABLE_CREATE_FAILURE.id) diagnosisId = hintIdOf(REQUEST_FAILED);
  if (exact?.id === 'suspicious-request') diagnosisId = 'key-creation-flagged';
  const plan: CardPlan = { ruleId: rule.id, card, diagnosisId, causes };
  if (exact) plan.exact = exact;
  return plan;
}

/**
 * One failure, two signals: the toast (what the page said) and the request (why). When the card
 * shows one and the other arrives, they merge; anything else replaces the card's finding.
 */
export function mergeFindings(current: Finding | undefined, next: Finding): Finding {
  if (!current) return next;
  if (next.request && !current.request && current.ruleId !== REQUEST_FAILED.id && current.ruleId !== NOTHING_FOUND.id) {
    return { ...current, request: next.request };
  }
  if (!next.request && current.request) {
    const merged: Finding = { ...next, request: current.request };
    return merged;
  }
  return next;
}

/** "Copy details": the redacted summary for a bug report (plain text; keys were masked at the source). */
export function detailsText(finding: Finding, plan: CardPlan = planCard(finding)): string {
  const lines = [`Key Doctor: ${plan.diagnosisId} (${plan.ruleId})`];
  if (plan.exact) lines.push(`cause: ${plan.exact.id}`);
  if (finding.message) lines.push(`toast: ${finding.message}`);
  const request = finding.request;
  if (request) {
    lines.push(`request: ${request.rpc} HTTP ${request.httpStatus}${request.code !== undefined ? `, code ${request.code} ${request.status ?? ''}`.trimEnd() : ''}`);
    if (request.message) lines.push(`message: ${request.message}`);
    for (const key of ['reasons', 'permissions', 'constraints', 'violationTypes'] as const) {
      if (request[key].length > 0) lines.push(`${key}: ${request[key].join(', ')}`);
    }
  }
  if (finding.context.project) lines.push(`project: ${finding.context.project}`);
  return lines.join('\n');
}
