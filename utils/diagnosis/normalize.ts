/**
 * One shape for Google's error, whatever envelope it arrived in. Both the HTTP response path
 * (classify.ts) and the pasted-text path (extract.ts) end here, so the rules see one thing.
 * Envelopes seen in the wild are listed in ../shared/research/gemini-api-errors/README.md.
 */
import { MAX_JSON_DEPTH, MAX_LIST_ITEMS, MAX_WRAPPED_ERRORS, nestsDeeperThan } from './bounds';

export interface QuotaViolation {
  quotaId?: string;
  quotaMetric?: string;
  quotaValue?: string;
  model?: string;
}

export interface GoogleError {
  httpStatus?: number;
  /** google.rpc code name (PERMISSION_DENIED), never an HTTP reason phrase. */
  googleStatus?: string;
  /** Google's message, not yet redacted. */
  message: string;
  /** ErrorInfo reason, a client-flattened `reason`, or a legacy `errors[].reason`. */
  reason?: string;
  /** ErrorInfo metadata (consumer, service, activationUrl, quota_limit…). */
  metadata: Record<string, string>;
  quotaViolations: QuotaViolation[];
  retryDelaySeconds?: number;
  helpUrls: string[];
  /** BadRequest details: the request body, not the key, is wrong. */
  hasFieldViolations: boolean;
}

/** google.rpc.Code names in code order (grpc_status:9 → FAILED_PRECONDITION). */
export const GRPC_CODE_NAMES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE',
  'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
] as const;

/** The HTTP status Google's JSON/REST mapping gives each google.rpc code. */
export const HTTP_STATUS_OF_GOOGLE_STATUS: Readonly<Record<string, number>> = {
  OK: 200, CANCELLED: 499, UNKNOWN: 500, INVALID_ARGUMENT: 400, DEADLINE_EXCEEDED: 504, NOT_FOUND: 404,
  ALREADY_EXISTS: 409, PERMISSION_DENIED: 403, RESOURCE_EXHAUSTED: 429, FAILED_PRECONDITION: 400,
  ABORTED: 409, OUT_OF_RANGE: 400, UNIMPLEMENTED: 501, INTERNAL: 500, UNAVAILABLE: 503, DATA_LOSS: 500,
  UNAUTHENTICATED: 401,
};

/** Reason phrases that wrappers put in `status` ("Too Many Requests") or in SDK strings. */
export const HTTP_STATUS_OF_PHRASE: Readonly<Record<string, number>> = {
  'bad request': 400, unauthorized: 401, 'payment required': 402, forbidden: 403, 'not found': 404,
  'request timeout': 408, conflict: 409, 'too many requests': 429, 'client closed request': 499,
  'internal server error': 500, 'not implemented': 501, 'bad gateway': 502, 'service unavailable': 503,
  'gateway timeout': 504,
};

/** ErrorInfo reasons that only Google sends; finding one in text is enough to recognise it. */
export const GOOGLE_REASON =
  /\b(API_KEY_[A-Z_]+|ACCESS_TOKEN_[A-Z_]+|CONSUMER_[A-Z_]+|SERVICE_DISABLED|BILLING_DISABLED|CREDENTIALS_MISSING|RATE_LIMIT_EXCEEDED|IAM_PERMISSION_DENIED)\b/;

/**
 * Characters terminal UIs draw around or beside wrapped lines: box sides (Ink, rich) and the
 * gemini-cli scrollbar thumb. They are never part of Google's text.
 */
export const TUI_BORDERS = '│┃█';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function validHttpStatus(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

export function isGoogleStatusName(value: string): boolean {
  return value in HTTP_STATUS_OF_GOOGLE_STATUS;
}

/** "51s", "51.6s", 51, or protobuf `{seconds: 51}` → whole seconds, rounded up. */
export function durationSeconds(value: unknown): number | undefined {
  const seconds = isRecord(value) ? value.seconds : value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(text(seconds) ?? '');
  return match?.[1] ? Math.ceil(Number(match[1])) : undefined;
}

export function emptyError(message = ''): GoogleError {
  return { message, metadata: {}, quotaViolations: [], helpUrls: [], hasFieldViolations: false };
}

/**
 * Reads a google.rpc details list into the error. Duck-typed rather than keyed on `@type`,
 * because some clients strip `@type` when they re-serialise details.
 */
export function absorbDetails(details: unknown, into: GoogleError): void {
  for (const detail of firstItems(details)) {
    if (!isRecord(detail)) continue;
    const reason = text(detail.reason);
    if (reason && /^[A-Z][A-Z0-9_]+$/.test(reason)) into.reason ??= reason;
    if (isRecord(detail.metadata)) {
      let entries = 0;
      for (const key in detail.metadata) {
        if (++entries > MAX_LIST_ITEMS) break;
        const string = text(detail.metadata[key]);
        if (string !== undefined && Object.hasOwn(detail.metadata, key)) into.metadata[key] ??= string;
      }
    }
    if (Array.isArray(detail.violations)) {
      for (const violation of firstItems(detail.violations)) {
        if (!isRecord(violation) || into.quotaViolations.length >= MAX_LIST_ITEMS) continue;
        const dimensions = isRecord(violation.quotaDimensions) ? violation.quotaDimensions : {};
        into.quotaViolations.push({
          quotaId: text(violation.quotaId),
          quotaMetric: text(violation.quotaMetric),
          quotaValue: text(violation.quotaValue),
          model: text(dimensions.model),
        });
      }
    }
    if ('retryDelay' in detail) into.retryDelaySeconds ??= durationSeconds(detail.retryDelay);
    if (Array.isArray(detail.links)) {
      for (const link of firstItems(detail.links)) {
        const url = isRecord(link) ? text(link.url) : undefined;
        if (url && into.helpUrls.length < MAX_LIST_ITEMS) into.helpUrls.push(url);
      }
    }
    if (Array.isArray(detail.fieldViolations)) into.hasFieldViolations = true;
  }
}

/** The first MAX_LIST_ITEMS items of a list (nothing for a non-list): a 130,000-link body reads like a short one. */
export function firstItems(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_LIST_ITEMS) : [];
}

/** Bounds the bracket scan: pathological pastes (thousands of unclosed brackets) stay cheap. */
const SCAN_BUDGET = 400_000;

/**
 * Balanced `{…}` / `[…]` substrings that could be JSON or a Python repr, by start position, aware
 * of both quote styles (Python reprs use single quotes). Nested spans are yielded too: a span that
 * does not parse may hide a real one inside ("[API Error: {…}]").
 */
export function* bracketSpans(source: string): Generator<{ start: number; end: number }> {
  let budget = SCAN_BUDGET;
  for (let start = 0; start < source.length && budget > 0; start++) {
    const opener = source[start];
    if (opener !== '{' && opener !== '[') continue;
    // Only openers that can start a JSON or repr container: skips "[400 Bad Request]", "[reason: …".
    if (!/^[{[]\s*["'{[\]}]/.test(source.slice(start, start + 16))) continue;
    let depth = 0;
    let quote: string | undefined;
    for (let index = start; index < source.length && budget-- > 0; index++) {
      const char = source[index];
      if (quote) {
        if (char === '\\') index++;
        else if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") {
        quote = char;
      } else if (char === '{' || char === '[') {
        depth++;
      } else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) {
          yield { start, end: index + 1 };
          break;
        }
      }
    }
  }
}

/**
 * JSON.parse that returns undefined instead of throwing, and drops Google's `)]}'` XSSI prefix.
 * Text nested deeper than MAX_JSON_DEPTH is not parsed: every walk over the value stays shallow.
 */
export function parseJson(source: string): unknown {
  const trimmed = source.trim().replace(/^\)\]\}'[^\n]*\n/, '');
  if (!trimmed || nestsDeeperThan(trimmed, MAX_JSON_DEPTH)) return undefined;
  try {
    // Still guarded: a RangeError (stack or memory) is an unreadable body, not our failure.
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** The first JSON value embedded in a string ("Error from provider: {…}"), if any. */
function embeddedJson(source: string): unknown {
  for (const { start, end } of bracketSpans(source)) {
    const value = parseJson(source.slice(start, end));
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Legacy v1 `errors[].reason` names that carry the same meaning as a modern ErrorInfo reason.
 * Others (ipRefererBlocked, forbidden…) are kept as they are and left to the message rules.
 */
const MODERN_REASON_OF_LEGACY: Readonly<Record<string, string>> = {
  keyInvalid: 'API_KEY_INVALID',
  accessNotConfigured: 'SERVICE_DISABLED',
  rateLimitExceeded: 'RATE_LIMIT_EXCEEDED',
  userRateLimitExceeded: 'RATE_LIMIT_EXCEEDED',
};

function errorObjectOf(value: unknown, depth = 0): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    // Envelopes wrap the error in an array or two, never deeper.
    if (depth >= MAX_WRAPPED_ERRORS) return undefined;
    for (const item of firstItems(value)) {
      const found = errorObjectOf(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (isRecord(value.error)) return value.error;
  // Some SDKs print the inner error object on its own: {code, message, status}.
  if (typeof value.message === 'string' && ('status' in value || 'code' in value)) return value;
  return undefined;
}

/**
 * A Google error from parsed JSON in any envelope: bare `{error}`, one-element arrays, the
 * @google/genai / Continue / Cline wrapper whose `message` is the whole body as a string,
 * client-flattened `reason`, legacy `errors` arrays. Undefined when there is no error object.
 */
export function errorFromJson(value: unknown, wrapped = 0): GoogleError | undefined {
  const object = errorObjectOf(value);
  if (!object) return undefined;
  const message = text(object.message) ?? '';
  const status = text(object.status);
  const httpStatus =
    validHttpStatus(object.code) ?? (status ? HTTP_STATUS_OF_PHRASE[status.toLowerCase()] : undefined);

  const inner = message.includes('{') && wrapped < MAX_WRAPPED_ERRORS ? errorFromJson(embeddedJson(message), wrapped + 1) : undefined;
  if (inner) {
    inner.httpStatus ??= httpStatus;
    return inner;
  }

  const error = emptyError(message);
  error.httpStatus = httpStatus;
  if (status && isGoogleStatusName(status)) error.googleStatus = status;
  absorbDetails(object.details, error);
  if (isRecord(object.metadata)) absorbDetails([{ metadata: object.metadata }], error);
  error.reason ??= text(object.reason);
  if (Array.isArray(object.errors)) {
    for (const legacy of firstItems(object.errors)) {
      if (!isRecord(legacy)) continue;
      const reason = text(legacy.reason);
      if (reason) error.reason ??= MODERN_REASON_OF_LEGACY[reason] ?? reason;
      error.message ||= text(legacy.message) ?? '';
    }
  }
  error.httpStatus ??= error.googleStatus ? HTTP_STATUS_OF_GOOGLE_STATUS[error.googleStatus] : undefined;
  return error;
}
