/**
 * The isolated world's gate for summaries from the page's world. Anything the page can run can
 * dispatch the same event, so the detail is untrusted: it must be a JSON string of exactly the
 * summary's shape, within the parser's bounds, with plain tokens; otherwise it is dropped. A page
 * that fakes a valid one can at most show our card.
 */
import { redactKeys } from '@/utils/redact';
import { KEY_CREATION_RPCS, STATUS_NAMES, SUMMARY_LIMITS, type KeyCreationRpc, type RpcFailureSummary } from './parse';

const MAX_DETAIL_CHARS = 8_000;
const TOKEN = /^[A-Za-z0-9_./:-]+$/;
const KEYS = new Set(['rpc', 'httpStatus', 'code', 'status', 'message', 'reasons', 'permissions', 'constraints', 'violationTypes']);
const LIST_KEYS = ['reasons', 'permissions', 'constraints', 'violationTypes'] as const;

function tokenList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > SUMMARY_LIMITS.items) return undefined;
  const ok = value.every((item) => typeof item === 'string' && item.length > 0 && item.length <= SUMMARY_LIMITS.item && TOKEN.test(item));
  return ok ? [...(value as string[])] : undefined;
}

export function readRpcFailure(detail: unknown): RpcFailureSummary | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL_CHARS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => !KEYS.has(key))) return undefined;
  const { rpc, httpStatus, code, status, message } = record;
  if (!KEY_CREATION_RPCS.includes(rpc as KeyCreationRpc)) return undefined;
  if (typeof httpStatus !== 'number' || !Number.isInteger(httpStatus) || httpStatus < 100 || httpStatus > 599 || (httpStatus >= 200 && httpStatus < 300)) return undefined;
  const summary: RpcFailureSummary = { rpc: rpc as KeyCreationRpc, httpStatus, reasons: [], permissions: [], constraints: [], violationTypes: [] };
  if (code !== undefined) {
    if (typeof code !== 'number' || !Number.isInteger(code) || code < 0 || code >= STATUS_NAMES.length) return undefined;
    summary.code = code;
  }
  if (status !== undefined) {
    if (!STATUS_NAMES.includes(status as (typeof STATUS_NAMES)[number])) return undefined;
    summary.status = status as string;
  }
  if (message !== undefined) {
    if (typeof message !== 'string' || message.length > SUMMARY_LIMITS.message || /[\u0000-\u001f\u007f]/.test(message)) return undefined;
    summary.message = redactKeys(message);
  }
  for (const key of LIST_KEYS) {
    const list = tokenList(record[key]);
    if (!list) return undefined;
    summary[key] = list;
  }
  return summary;
}
