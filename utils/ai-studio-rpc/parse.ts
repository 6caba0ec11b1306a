/**
 * PURE: the body of a failed AI Studio key-creation RPC → a small summary of plain, bounded,
 * masked strings. This is the only product module the MAIN-world script imports
 * (entrypoints/ai-studio-rpc.content.ts), so it imports nothing but the key masker and touches no
 * DOM or extension API. It never sees a success body: the caller reads a body only for a non-2xx
 * status.
 *
 * Shapes (research: /work/shared/research/ai-studio-rpc.md §2.1): JSPB google.rpc.Status
 * `[code, "message", [details…]]`, streamed/wrapped `[,[code, "message", details]]` and
 * `[[null,[code, …]]]`, an optional `)]}'` prefix, and the JSON `{error:{code,message,status,details}}`
 * form. Each JSPB detail is `[typeUrl, payload]` with the fields of google/rpc/error_details.proto
 * in order: ErrorInfo `[reason, domain, [[key, value]…]]`, PreconditionFailure
 * `[[[type, subject, description]…]]`.
 */
import { redactKeys } from '@/utils/redact';
import { parseUrl } from '@/utils/parse-url';

/** The two RPCs behind "Create API key" / "Create project" (research §1.2, HAR 2026-03). */
export const KEY_CREATION_RPCS = ['GenerateCloudApiKey', 'CreateCloudProject'] as const;
export type KeyCreationRpc = (typeof KEY_CREATION_RPCS)[number];

const RPC_PATH = /^\/\$rpc\/google\.internal\.alkali\.applications\.makersuite\.v1\.MakerSuiteService\/(GenerateCloudApiKey|CreateCloudProject)$/;

/** Bounds on everything the summary carries: a faked body cannot make it large. */
export const SUMMARY_LIMITS = {
  /** Characters of a failure body we parse at most (real ones are well under 2 KB). */
  bodyChars: 32_000,
  message: 300,
  item: 120,
  items: 8,
  /** How deep we look for the status inside wrappers. */
  depth: 4,
} as const;

/** What crosses from the page's world to the extension: plain strings and numbers only. */
export interface RpcFailureSummary {
  rpc: KeyCreationRpc;
  httpStatus: number;
  /** gRPC code 0–16, when the body has one. */
  code?: number;
  /** gRPC status name (PERMISSION_DENIED…), from the body or from the code. */
  status?: string;
  /** The server's message, key-like strings masked. */
  message?: string;
  /** ErrorInfo reasons (IAM_PERMISSION_DENIED, SERVICE_DISABLED…). */
  reasons: string[];
  /** IAM permission names the body says are missing. */
  permissions: string[];
  /** Org-policy constraint names (constraints/…). */
  constraints: string[];
  /** PreconditionFailure violation types other than constraints (TOS…). */
  violationTypes: string[];
}

/** google.rpc.Code → name, index = code. */
export const STATUS_NAMES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE',
  'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
] as const;

/** The key-creation RPC this URL calls, or undefined for every other request. */
export function keyCreationRpcOf(url: string): KeyCreationRpc | undefined {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || !/(?:^|\.)google(?:apis)?\.com$/.test(parsed.hostname)) return undefined;
  return RPC_PATH.exec(parsed.pathname)?.[1] as KeyCreationRpc | undefined;
}

// A token from Google's vocabulary (reason, permission, constraint, type): nothing else survives.
const TOKEN = /^[A-Za-z0-9_./:-]+$/;
const PERMISSION = /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*){2,3}$/;
const PERMISSION_IN_TEXT = /[Pp]ermissions? ['"‘“]?([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*){2,3})['"’”]? (?:is )?(?:denied|required|missing)/g;
const MISSING_LIST = /[Mm]issing permissions?:?\s*([a-zA-Z0-9., ]{5,400})/;
const CONSTRAINT_IN_TEXT = /constraints\/[A-Za-z0-9_.]+/g;

/** Plain text: no control characters, one line, keys masked, bounded. */
function plainText(value: string, max: number): string {
  const cleaned = redactKeys(value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}

function addToken(list: string[], value: unknown): void {
  if (typeof value !== 'string' || list.length >= SUMMARY_LIMITS.items) return;
  const token = value.trim();
  if (token === '' || token.length > SUMMARY_LIMITS.item || !TOKEN.test(token) || list.includes(token)) return;
  list.push(token);
}

/** JSPB elides nulls (`[,[7,"…"]]`): put them back so JSON.parse accepts it. Strings are kept as is. */
export function restoreElisions(text: string): string {
  let out = '';
  let inString = false;
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if ((char === ',' || char === ']') && (previous === '[' || previous === ',')) {
      if (!(char === ']' && previous === '[')) out += 'null';
    }
    out += char;
    if (!/\s/.test(char)) previous = char;
  }
  return out;
}

function parseBody(text: string): unknown {
  const trimmed = text.slice(0, SUMMARY_LIMITS.bodyChars).replace(/^\)\]\}'\s*/, '').trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(restoreElisions(trimmed));
    } catch {
      return undefined;
    }
  }
}

const isStatusCode = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 16;

/** The `[code, message, details]` array inside a body, looking through wrappers breadth-first. */
function findJspbStatus(value: unknown): unknown[] | undefined {
  let level: unknown[] = [value];
  for (let depth = 0; depth <= SUMMARY_LIMITS.depth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const candidate of level) {
      if (!Array.isArray(candidate)) continue;
      if (isStatusCode(candidate[0]) && (typeof candidate[1] === 'string' || candidate[1] == null) && candidate.length <= 4) return candidate;
      for (const item of candidate.slice(0, 4)) if (Array.isArray(item)) next.push(item);
    }
    level = next;
  }
  return undefined;
}

type Collected = Pick<RpcFailureSummary, 'reasons' | 'permissions' | 'constraints' | 'violationTypes'>;

function scanText(text: string, into: Collected): void {
  for (const match of text.matchAll(PERMISSION_IN_TEXT)) addToken(into.permissions, match[1]);
  const list = MISSING_LIST.exec(text)?.[1];
  if (list) for (const item of list.split(/[,\s]+/)) if (PERMISSION.test(item.replace(/\.$/, ''))) addToken(into.permissions, item.replace(/\.$/, ''));
  for (const match of text.matchAll(CONSTRAINT_IN_TEXT)) addToken(into.constraints, match[0]);
}

function noteMetadata(key: unknown, value: unknown, into: Collected): void {
  if (typeof key !== 'string' || typeof value !== 'string') return;
  if (/^permissions?$/i.test(key)) for (const item of value.split(/[,\s]+/)) if (PERMISSION.test(item)) addToken(into.permissions, item);
  if (value.startsWith('constraints/')) addToken(into.constraints, value);
}

function noteViolation(type: unknown, subject: unknown, description: unknown, into: Collected): void {
  if (typeof type === 'string') addToken(type.startsWith('constraints/') ? into.constraints : into.violationTypes, type);
  if (typeof subject === 'string' && subject.startsWith('constraints/')) addToken(into.constraints, subject);
  if (typeof description === 'string') scanText(description.slice(0, 1_000), into);
}

const typeName = (typeUrl: unknown) => (typeof typeUrl === 'string' ? typeUrl.slice(typeUrl.lastIndexOf('/') + 1) : '');

/** One JSPB Any: `[typeUrl, payload]`. */
function readJspbDetail(detail: unknown, into: Collected): void {
  if (!Array.isArray(detail)) return;
  const [typeUrl, payload] = detail;
  if (!Array.isArray(payload)) return;
  switch (typeName(typeUrl)) {
    case 'google.rpc.ErrorInfo': {
      addToken(into.reasons, payload[0]);
      const metadata = payload[2];
      if (Array.isArray(metadata)) for (const pair of metadata.slice(0, 20)) if (Array.isArray(pair)) noteMetadata(pair[0], pair[1], into);
      break;
    }
    case 'google.rpc.PreconditionFailure': {
      const violations = payload[0];
      if (Array.isArray(violations)) for (const v of violations.slice(0, 20)) if (Array.isArray(v)) noteViolation(v[0], v[1], v[2], into);
      break;
    }
    default:
    // BadRequest, RetryInfo, QuotaFailure, AiStudioErrorDetails: nothing that names a cause.
  }
}

/** One JSON-form detail: `{"@type": …, reason, metadata, violations}`. */
function readJsonDetail(detail: unknown, into: Collected): void {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return;
  const record = detail as Record<string, unknown>;
  switch (typeName(record['@type'])) {
    case 'google.rpc.ErrorInfo': {
      addToken(into.reasons, record.reason);
      const metadata = record.metadata;
      if (metadata && typeof metadata === 'object') for (const [key, value] of Object.entries(metadata).slice(0, 20)) noteMetadata(key, value, into);
      break;
    }
    case 'google.rpc.PreconditionFailure': {
      const violations = record.violations;
      if (Array.isArray(violations))
        for (const v of violations.slice(0, 20)) if (v && typeof v === 'object') noteViolation((v as Record<string, unknown>).type, (v as Record<string, unknown>).subject, (v as Record<string, unknown>).description, into);
      break;
    }
    default:
  }
}

/** Truncated or odd bodies: `[7,"message"` at the start still gives the code and message. */
const LOOSE_STATUS = /^[[,\s]*(?:null\s*,\s*)?\[?\s*(\d{1,2})\s*,\s*"((?:[^"\\]|\\.){0,400})"/;

/**
 * The summary of one failed key-creation response. Never throws; anything unreadable leaves the
 * field out, so a garbled body still yields the RPC and the HTTP status.
 */
export function summarizeRpcFailure(rpc: KeyCreationRpc, httpStatus: number, bodyText: string): RpcFailureSummary {
  const summary: RpcFailureSummary = { rpc, httpStatus, reasons: [], permissions: [], constraints: [], violationTypes: [] };
  let code: unknown;
  let message: unknown;
  let status: unknown;
  const body = typeof bodyText === 'string' ? parseBody(bodyText) : undefined;
  const jspb = findJspbStatus(body);
  if (jspb) {
    [code, message] = jspb;
    const details = jspb[2];
    if (Array.isArray(details)) for (const detail of details.slice(0, 20)) readJspbDetail(detail, summary);
  } else if (body && typeof body === 'object' && !Array.isArray(body) && typeof (body as { error?: unknown }).error === 'object') {
    const error = (body as { error: Record<string, unknown> | null }).error ?? {};
    ({ message, status } = error);
    if (typeof status === 'string') code = STATUS_NAMES.indexOf(status as (typeof STATUS_NAMES)[number]);
    if (Array.isArray(error.details)) for (const detail of error.details.slice(0, 20)) readJsonDetail(detail, summary);
  } else if (body === undefined && typeof bodyText === 'string') {
    const loose = LOOSE_STATUS.exec(bodyText.slice(0, 1_000));
    if (loose) {
      code = Number(loose[1]);
      try {
        message = JSON.parse(`"${loose[2]}"`);
      } catch {
        message = undefined;
      }
    }
  }
  if (isStatusCode(code)) {
    summary.code = code;
    summary.status = STATUS_NAMES[code];
  }
  if (typeof message === 'string' && message.trim() !== '') {
    scanText(message.slice(0, 2_000), summary);
    summary.message = plainText(message, SUMMARY_LIMITS.message);
  }
  return summary;
}
