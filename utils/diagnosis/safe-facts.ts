/**
 * The boundary every DiagnosisFacts crosses before anything shows, copies or links it: keys masked
 * in every string field (Google echoes keys in `message`, `reason`, metadata and help links), then
 * each value checked against Google's grammar (utils/page-values.ts). A field that fails is
 * dropped, so a masked key (`AIza…abcd`) or a hostile "project" never reaches a URL or a command.
 * Run by classify (facts leaving the engine) and by describe (facts arriving over messaging).
 */
import { pageValue, projectValue } from '@/utils/page-values';
import { redactKeys } from '@/utils/redact';
import { DIAGNOSIS_IDS, type DiagnosisFacts } from './types';

/** Google's messages are short; a longer one is a whole pasted log, kept to what a popup can show. */
export const MAX_MESSAGE = 2000;
/** Longer retry hints are not Google's (its longest is a day). */
const MAX_RETRY_SECONDS = 7 * 24 * 3600;

export function safeFacts(facts: DiagnosisFacts, secrets: readonly string[] = []): DiagnosisFacts {
  const masked = (value: unknown) => (typeof value === 'string' ? redactKeys(value, secrets) : undefined);
  const safe: DiagnosisFacts = { id: (DIAGNOSIS_IDS as readonly string[]).includes(facts.id) ? facts.id : 'unknown' };
  const httpStatus = facts.httpStatus;
  if (typeof httpStatus === 'number' && Number.isInteger(httpStatus) && httpStatus >= 100 && httpStatus <= 599) safe.httpStatus = httpStatus;
  const message = masked(facts.message)?.slice(0, MAX_MESSAGE);
  if (message) safe.message = message;
  const checked = {
    googleStatus: pageValue('googleStatus', masked(facts.googleStatus)),
    reason: pageValue('reason', masked(facts.reason)),
    project: projectValue(masked(facts.project)),
    service: pageValue('service', masked(facts.service)),
    model: pageValue('model', masked(facts.model)),
    quotaId: pageValue('quotaId', masked(facts.quotaId)),
  };
  for (const [name, value] of Object.entries(checked) as [keyof typeof checked, string | undefined][]) {
    if (value !== undefined) safe[name] = value;
  }
  const retry = facts.retryAfterSeconds;
  if (typeof retry === 'number' && Number.isFinite(retry) && retry >= 0 && retry <= MAX_RETRY_SECONDS) safe.retryAfterSeconds = retry;
  const cutAt = facts.truncatedAt;
  if (typeof cutAt === 'number' && Number.isInteger(cutAt) && cutAt > 0) safe.truncatedAt = cutAt;
  return safe;
}
