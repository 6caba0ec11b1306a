/**
 * PURE: a failed key-creation request's summary → the exact cause when the body names one, else
 * the checklist narrowed by the gRPC code. What a real failure body holds for each cause is not
 * public (research ai-studio-rpc.md §2.2, §3.2), so this keys on Google's general vocabulary
 * (ErrorInfo reasons, permission names, constraints/…, PreconditionFailure types) and on a few
 * message words, and says nothing exact for the bare "The caller does not have permission".
 */
import { CAUSE_IDS, KEY_CREATION_PERMISSIONS, type CauseId } from '@/utils/detection/cause-ids';
import type { RpcFailureSummary } from './parse';

export interface ExactCause {
  id: CauseId;
  /** Missing IAM permissions: the ones the body named, else Google's list for key creation. */
  permissions?: readonly string[];
  /** Org policy: the constraint the body named. */
  constraint?: string;
}

interface ExactRule {
  cause: CauseId;
  reasons?: RegExp;
  violationTypes?: RegExp;
  message?: RegExp;
  /** Structured fields that are enough on their own. */
  when?: (summary: RpcFailureSummary) => boolean;
}

/**
 * First match wins. Structured evidence (a constraint, a permission) outranks words in a reason,
 * and those outrank words in the message. Reasons are Google's ErrorInfo vocabulary
 * (cloud.google.com/apis/design/errors; Gemini API corpus: SERVICE_DISABLED, BILLING_DISABLED,
 * USER_LOCATION…); "suspicious" is the AI Studio toast's wording (research §3).
 */
const EXACT_RULES: readonly ExactRule[] = [
  { cause: 'org-policy', when: (s) => s.constraints.length > 0, reasons: /ORG_POLICY|CONSTRAINT/ },
  { cause: 'missing-iam-permissions', when: (s) => s.permissions.length > 0, reasons: /IAM_PERMISSION_DENIED|MISSING_PERMISSION/ },
  { cause: 'api-not-enabled', reasons: /SERVICE_DISABLED|API_DISABLED|SERVICE_NOT_ENABLED/, message: /has not been used in project|API (?:is )?(?:not enabled|disabled)/i },
  { cause: 'terms-not-accepted', reasons: /\bTOS\b|TOS_|TERMS/, violationTypes: /\bTOS\b|TOS_|TERMS/, message: /terms of service|accept (?:the )?terms/i },
  {
    cause: 'billing-or-region',
    reasons: /BILLING|LOCATION|REGION|COUNTRY/,
    violationTypes: /BILLING|LOCATION|REGION/,
    message: /billing|location is not supported|not (?:available|supported) in your (?:country|region)/i,
  },
  { cause: 'suspicious-request', reasons: /SUSPICIOUS|ABUSE|UNUSUAL|RECAPTCHA|BOTGUARD/, message: /suspicious|unusual activity/i },
];

/** The exact cause this body names, or undefined when it names none. */
export function exactCauseOf(summary: RpcFailureSummary): ExactCause | undefined {
  const reasons = summary.reasons.join(' ');
  const types = summary.violationTypes.join(' ');
  for (const rule of EXACT_RULES) {
    const hit =
      rule.when?.(summary) ||
      (rule.reasons?.test(reasons) ?? false) ||
      (rule.violationTypes?.test(types) ?? false) ||
      (summary.message !== undefined && (rule.message?.test(summary.message) ?? false));
    if (!hit) continue;
    const cause: ExactCause = { id: rule.cause };
    if (rule.cause === 'missing-iam-permissions') cause.permissions = summary.permissions.length > 0 ? summary.permissions : KEY_CREATION_PERMISSIONS;
    if (rule.cause === 'org-policy' && summary.constraints[0]) cause.constraint = summary.constraints[0];
    return cause;
  }
  return undefined;
}

/**
 * Without an exact cause: the causes that fit the code, most likely first (research §3.2). Codes
 * not listed keep the whole checklist.
 */
const BY_CODE: Partial<Record<number, readonly CauseId[]>> = {
  // PERMISSION_DENIED: every cause fits; a deleted key has produced the bare message (2024).
  7: ['restore-deleted-key', 'missing-iam-permissions', 'api-not-enabled', 'org-policy', 'wrong-account', 'suspicious-request', 'terms-not-accepted', 'billing-or-region', 'create-in-cloud-console'],
  // UNAUTHENTICATED: the session or the account (the anti-abuse token is bound to authuser).
  16: ['wrong-account', 'suspicious-request', 'create-in-cloud-console'],
  // FAILED_PRECONDITION: something the project or account must have first.
  9: ['org-policy', 'terms-not-accepted', 'billing-or-region', 'api-not-enabled', 'create-in-cloud-console'],
  // RESOURCE_EXHAUSTED: a project or key limit, or too many attempts.
  8: ['restore-deleted-key', 'suspicious-request', 'create-in-cloud-console'],
  // INVALID_ARGUMENT / NOT_FOUND: the project picked is not what the backend expects.
  3: ['wrong-account', 'create-in-cloud-console'],
  5: ['wrong-account', 'create-in-cloud-console'],
};

const BY_HTTP_STATUS: Partial<Record<number, number>> = { 400: 3, 401: 16, 403: 7, 404: 5, 429: 8 };

export function checklistForRequest(summary: RpcFailureSummary): readonly CauseId[] {
  const code = summary.code ?? BY_HTTP_STATUS[summary.httpStatus];
  return (code !== undefined && BY_CODE[code]) || CAUSE_IDS;
}
