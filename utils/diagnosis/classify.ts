/**
 * Google's answer → DiagnosisFacts. The decisions are one ordered rule table: the first rule that
 * matches names the diagnosis. Reasons and wordings come from the real error corpus in
 * ../shared/research/gemini-api-errors (dates per file there); Google's behaviour wins over blogs.
 */
import { redactKeys } from '@/utils/redact';
import type { DiagnosisFacts, DiagnosisId } from './types';
import { extractErrorFromText } from './extract';
import { cutTo, MAX_BODY_CHARS, MAX_MESSAGE_SCAN } from './bounds';
import {
  errorFromJson,
  GOOGLE_REASON,
  HTTP_STATUS_OF_GOOGLE_STATUS,
  isRecord,
  parseJson,
  TUI_BORDERS,
  validHttpStatus,
  type GoogleError,
} from './normalize';

interface Rule {
  id: DiagnosisId;
  /** ErrorInfo reasons (or legacy `errors[].reason`) that mean this diagnosis. */
  reasons?: readonly string[];
  /** Google's own wording. Also what makes a pasted text recognisably Google's. */
  wording?: RegExp;
  /** Catch-all by google.rpc status name or HTTP status, for bodies without reason or wording. */
  statuses?: readonly (string | number)[];
  /** Anything the fields above cannot say. */
  test?: (error: GoogleError) => boolean;
  /** The HTTP status Google sends with it, for pasted text that does not say. */
  httpStatus?: number;
}

const isQuotaError = (error: GoogleError) =>
  error.googleStatus === 'RESOURCE_EXHAUSTED' || error.httpStatus === 429 || error.reason === 'RATE_LIMIT_EXCEEDED';

/**
 * Ordered: specific before general. Notable orderings: prepay before billing (prepay bodies may
 * carry BILLING_DISABLED); "limit: 0" and billing before the location rule (the 2024
 * "location … without a billing account" wording needs billing, not a move); the Vertex cases
 * before api-disabled; every message rule before the status catch-alls.
 */
const RULES: readonly Rule[] = [
  // 2026 prepaid billing: Google's table says 402, live reports show 429. Either way a billing stop.
  { id: 'prepay-depleted', wording: /prepay(?:ment)? credits? (?:are|is|balance is) depleted|prepay credit balance/i, statuses: [402], httpStatus: 429 },
  // API_KEY_INVALID also covers expired and not-found keys; only the message tells them apart.
  { id: 'key-expired', reasons: ['API_KEY_EXPIRED', 'keyExpired'], wording: /API key expired/i, httpStatus: 400 },
  { id: 'key-invalid', reasons: ['API_KEY_INVALID'], wording: /API key not (?:valid|found)/i, httpStatus: 400 },
  { id: 'key-leaked', wording: /reported as leaked/i, httpStatus: 403 },
  { id: 'key-suspended', reasons: ['CONSUMER_SUSPENDED'], wording: /Consumer '[^']*' has been suspended/i, httpStatus: 403 },
  { id: 'project-denied', wording: /project has been denied access/i, httpStatus: 403 },
  {
    id: 'key-missing',
    wording: /unregistered callers|missing a valid API key|missing required authentication credential/i,
    httpStatus: 403,
  },
  // Vertex AI (aiplatform) answers: the key was sent to the wrong API for an AI Studio key.
  {
    id: 'wrong-endpoint',
    reasons: ['CREDENTIALS_MISSING'],
    wording: /API keys are not supported by this API|Vertex AI API has not been used/i,
    test: (error) => error.reason === 'SERVICE_DISABLED' && /aiplatform/.test(error.metadata.service ?? ''),
    httpStatus: 401,
  },
  { id: 'api-disabled', reasons: ['SERVICE_DISABLED'], wording: /API has not been used in project|it is disabled\. Enable it/i, httpStatus: 403 },
  { id: 'key-api-restricted', reasons: ['API_KEY_SERVICE_BLOCKED'], wording: /Requests to this API \S+ method \S+ are blocked/i, httpStatus: 403 },
  {
    id: 'key-referrer-restricted',
    reasons: ['API_KEY_HTTP_REFERRER_BLOCKED'],
    wording: /Requests from referer \S* ?are blocked|did not specify any referer/i,
    httpStatus: 403,
  },
  {
    id: 'key-ip-restricted',
    reasons: ['API_KEY_IP_ADDRESS_BLOCKED'],
    wording: /API key has an IP address restriction|from this IP address are blocked|IP address \S+ is blocked/i,
    httpStatus: 403,
  },
  {
    id: 'key-app-restricted',
    reasons: ['API_KEY_ANDROID_APP_BLOCKED', 'API_KEY_IOS_APP_BLOCKED'],
    wording: /Requests from this (?:Android|iOS) client application \S* ?are blocked/i,
    httpStatus: 403,
  },
  // "limit: 0" (or, in 2025 wording, "doesn't have a free quota tier"): no free quota for this
  // model, whatever the retry hint says.
  {
    id: 'free-tier-limit-zero',
    wording: /Quota exceeded for metric: \S+, limit: 0\b|doesn't have a free quota tier/i,
    test: (error) => isQuotaError(error) && error.quotaViolations.some((violation) => violation.quotaValue === '0'),
    httpStatus: 429,
  },
  {
    id: 'billing-required',
    reasons: ['BILLING_DISABLED'],
    wording: /only accessible to billed users|requires billing to be enabled|without a billing account|free tier is not available in your country|billing account for the owning project is disabled/i,
    httpStatus: 400,
  },
  { id: 'location-unsupported', wording: /User location is not supported/i, httpStatus: 400 },
  {
    id: 'daily-quota-exceeded',
    reasons: ['dailyLimitExceeded'],
    test: (error) =>
      isQuotaError(error) &&
      [...error.quotaViolations.map((violation) => violation.quotaId), error.metadata.quota_limit].some((id) => /PerDay/i.test(id ?? '')),
    // The per-day part sits in the metric name (Generative Language) or the limit name (Code Assist).
    wording: /Quota exceeded for quota metric '(?:[^']*per day|[^']*' and limit '[^']*per day)/i,
    httpStatus: 429,
  },
  {
    id: 'quota-exceeded',
    reasons: ['RATE_LIMIT_EXCEEDED'],
    // "Resource exhausted. Please try again later." is the Vertex AI wording of the same 429.
    wording: /Resource (?:has been )?exhausted|exceeded your current quota|Quota exceeded for\b/i,
    statuses: ['RESOURCE_EXHAUSTED', 429],
    httpStatus: 429,
  },
  { id: 'oauth-scope-insufficient', reasons: ['ACCESS_TOKEN_SCOPE_INSUFFICIENT'], wording: /insufficient authentication scopes/i, httpStatus: 403 },
  { id: 'key-type-unsupported', reasons: ['ACCESS_TOKEN_TYPE_UNSUPPORTED'], httpStatus: 401 },
  // Same wording for a key sent as "Authorization: Bearer" and for the June-2026 rejection of
  // unrestricted standard keys; without the ACCESS_TOKEN_TYPE_UNSUPPORTED reason we cannot tell.
  { id: 'bearer-auth-used', wording: /Expected OAuth 2 access token|invalid authentication credentials/i, statuses: ['UNAUTHENTICATED', 401], httpStatus: 401 },
  {
    id: 'permission-denied',
    reasons: ['IAM_PERMISSION_DENIED', 'CONSUMER_INVALID'],
    wording: /caller does not have permission|Permission denied on resource/i,
    statuses: ['PERMISSION_DENIED', 403],
    httpStatus: 403,
  },
  {
    id: 'model-not-found',
    wording: /is not found for API version|is no longer available to new users|models\/\S+ is not found/i,
    statuses: ['NOT_FOUND', 404],
    httpStatus: 404,
  },
  // 499 CANCELLED and 504 DEADLINE_EXCEEDED: cut short before an answer; not the key's fault.
  {
    id: 'server-error',
    wording: /model is overloaded|An internal error has occurred|Internal error encountered|service is currently unavailable/i,
    statuses: ['INTERNAL', 'UNAVAILABLE', 'DEADLINE_EXCEEDED', 'CANCELLED', 'UNKNOWN', 'DATA_LOSS', 499],
    test: (error) => (error.httpStatus ?? 0) >= 500,
    httpStatus: 503,
  },
  // Pasted client-side failures that still carry a Google marker (SDK name, API host).
  { id: 'timeout', test: (error) => /ETIMEDOUT|timed out|timeout of \d+ ?ms exceeded|aborted due to timeout/i.test(error.message) },
  {
    id: 'network-error',
    test: (error) => /ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN|getaddrinfo|fetch failed|Failed to fetch|NetworkError|socket hang up/i.test(error.message),
  },
  {
    id: 'bad-request',
    wording: /Invalid JSON payload received/i,
    statuses: ['INVALID_ARGUMENT', 'OUT_OF_RANGE'],
    test: (error) => error.hasFieldViolations || (error.httpStatus === 400 && !error.googleStatus),
    httpStatus: 400,
  },
];

const WRAP = new RegExp(`[\\s${TUI_BORDERS}]+`, 'g');

/**
 * The message as one line for the wording tests: terminals and TUIs wrap long messages, with or
 * without box borders ("is not\nfound for API version", "Please try \n  again later"), and
 * Markdown quotes put "> " before every line of a pasted log.
 */
function unwrapped(message: string): string {
  return message.replace(/^[ \t]*>+[ \t]?/gm, '').replace(WRAP, ' ');
}

function ruleMatches(rule: Rule, error: GoogleError, wordingText: string): boolean {
  return Boolean(
    (error.reason && rule.reasons?.includes(error.reason)) ||
      rule.wording?.test(wordingText) ||
      rule.statuses?.some((status) => status === error.googleStatus || status === error.httpStatus) ||
      rule.test?.(error),
  );
}

function firstMatch(patterns: readonly RegExp[], ...sources: (string | undefined)[]): string | undefined {
  for (const source of sources) {
    for (const pattern of patterns) {
      const found = source && pattern.exec(source)?.[1];
      if (found) return found;
    }
  }
  return undefined;
}

/** Project number or id: consumer metadata, activation/Help links, then the message. */
const PROJECT_PATTERNS = [
  /^projects\/(\d+|[a-z][a-z0-9-]{4,})$/,
  /project_number:(\d+)/,
  /^(\d{5,})$/,
  /[?&]project=([\w-]+)/,
  /\bproject #?(\d{5,})\b/i,
  /\bresource project ([a-z][a-z0-9-]{4,})\b/,
];
const MODEL_PATTERNS = [/\bmodel: ([\w.-]*\w)/, /\bmodels\/([\w.-]*\w)/];
// Dotted hosts too: "staging-generativelanguage.sandbox.googleapis.com" is one service, not "sandbox".
const SERVICE_PATTERNS = [/\b((?!type\.)[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*\.googleapis\.com)\b/];

/** Google's messages are short; a longer one is a whole pasted log, kept to what a popup can show. */
const MAX_MESSAGE = 2000;

function factsOf(id: DiagnosisId, error: GoogleError, httpStatus: number | undefined): DiagnosisFacts {
  const { metadata, quotaViolations } = error;
  const quotaIds = [...quotaViolations.map((violation) => violation.quotaId), metadata.quota_limit].filter(
    (quotaId): quotaId is string => Boolean(quotaId),
  );
  const facts: DiagnosisFacts = {
    id,
    httpStatus,
    googleStatus: error.googleStatus,
    reason: error.reason,
    message: error.message ? redactKeys(error.message.trim()).slice(0, MAX_MESSAGE) : undefined,
    project: firstMatch(PROJECT_PATTERNS, metadata.consumer, metadata.containerInfo, metadata.activationUrl, ...error.helpUrls, error.message),
    service: metadata.service ?? metadata.apiName ?? firstMatch(SERVICE_PATTERNS, error.message),
    model: quotaViolations.find((violation) => violation.model)?.model ?? metadata.model ?? firstMatch(MODEL_PATTERNS, error.message),
    retryAfterSeconds: error.retryDelaySeconds ?? retryHintSeconds(error.message),
    quotaId: quotaIds.find((quotaId) => /PerDay/i.test(quotaId)) ?? quotaIds[0],
  };
  // Absent facts stay absent: the popup and messaging compare and serialise these objects.
  for (const key of Object.keys(facts) as (keyof DiagnosisFacts)[]) {
    if (facts[key] === undefined) delete facts[key];
  }
  return facts;
}

/** "Please retry in 45.578569677s." / "retry in 800ms" in 2025+ quota messages. */
function retryHintSeconds(message: string): number | undefined {
  const match = /retry in (\d+(?:\.\d+)?)\s*(ms|s)\b/i.exec(message);
  if (!match?.[1]) return undefined;
  const seconds = Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  return Math.ceil(seconds);
}

function factsWithStatus(id: DiagnosisId, httpStatus: number | undefined): DiagnosisFacts {
  return httpStatus === undefined ? { id } : { id, httpStatus };
}

/** The diagnosis for an already-normalized Google error. */
function classifyGoogleError(error: GoogleError, unwrappedMessage?: string): DiagnosisFacts {
  // A message as long as a whole body is not Google's: the wording and fact patterns read its start only.
  error.message = error.message.slice(0, MAX_MESSAGE_SCAN);
  const wordingText = (unwrappedMessage ?? unwrapped(error.message)).slice(0, MAX_MESSAGE_SCAN);
  const rule = RULES.find((candidate) => ruleMatches(candidate, error, wordingText));
  const httpStatus =
    error.httpStatus ?? (error.googleStatus ? HTTP_STATUS_OF_GOOGLE_STATUS[error.googleStatus] : undefined) ?? rule?.httpStatus;
  return factsOf(rule?.id ?? 'unknown', error, httpStatus);
}

/**
 * An HTTP answer from the Gemini API → facts. The status the caller saw is the truth; wrappers
 * inside the body only fill in what it cannot say.
 */
export function classifyResponse(status: number, bodyText: string): DiagnosisFacts {
  const httpStatus = validHttpStatus(status);
  const { text, cut } = cutTo(bodyText, MAX_BODY_CHARS);
  if (!cut) return classifyBody(httpStatus, text);
  // A cut body no longer parses: read it the way a pasted, truncated body is read.
  const salvaged = recognisedError(text);
  if (salvaged && httpStatus !== undefined) salvaged.error.httpStatus = httpStatus;
  const facts = salvaged ? classifyGoogleError(salvaged.error, salvaged.wordingText) : factsWithStatus('not-google-json', httpStatus);
  return { ...facts, truncatedAt: MAX_BODY_CHARS };
}

function classifyBody(httpStatus: number | undefined, bodyText: string): DiagnosisFacts {
  const body = parseJson(bodyText);
  const error = errorFromJson(body);
  if (!error) {
    const answered = httpStatus !== undefined && httpStatus >= 200 && httpStatus < 300;
    // A 2xx JSON body (a models list, generated content) means the key was accepted.
    return factsWithStatus(answered && (isRecord(body) || Array.isArray(body)) ? 'key-ok' : 'not-google-json', httpStatus);
  }
  if (httpStatus !== undefined) error.httpStatus = httpStatus;
  return classifyGoogleError(error);
}

/**
 * Signs that a text came from Google's API or its SDKs, besides a rule's own wording. The legacy
 * `errors[]` entry ("domain": "global" / "usageLimits") is Google's own envelope, and often all
 * that is left of a body cut before its `status`.
 */
const GOOGLE_MARKERS =
  /googleapis\.com|GoogleGenerativeAI|google\.api_core|google\.genai|@google\/gen|grpc_status|generativelanguage|["']domain["']\s*:\s*["'](?:global|usageLimits)["']|\b(?:INVALID_ARGUMENT|FAILED_PRECONDITION|PERMISSION_DENIED|UNAUTHENTICATED|RESOURCE_EXHAUSTED|DEADLINE_EXCEEDED|NOT_FOUND|OUT_OF_RANGE)\b/;

/** Google's front-end HTML error page ("Error 403 (Forbidden)!!1"), sent before the API layer. */
const GOOGLE_HTML_PAGE = /<title>Error (\d{3}) \([^)]*\)!!1<\/title>|google\.com\/images\/errors\//i;

/**
 * Pasted text → facts, or null when nothing in it is recognisably a Google API error (plain
 * prose, an unrelated stack trace). Never executes the text.
 */
export function classifyErrorText(pasted: string): DiagnosisFacts | null {
  // Checked first: wrappers also carry Google's HTML page inside their JSON message.
  const page = GOOGLE_HTML_PAGE.exec(pasted);
  if (page) return factsWithStatus('not-google-json', validHttpStatus(page[1]));
  const found = recognisedError(pasted);
  return found ? classifyGoogleError(found.error, found.wordingText) : null;
}

/** The Google error in a text, when something in the text is recognisably Google's. */
function recognisedError(pasted: string): { error: GoogleError; wordingText: string } | null {
  if (/^\s*<(?:!doctype|html)/i.test(pasted)) return null;
  const error = extractErrorFromText(pasted);
  if (!error) return null;
  // Unwrapped once: the recognition test and the classification read the same text.
  const wordingText = unwrapped(error.message.slice(0, MAX_MESSAGE_SCAN));
  const recognised = GOOGLE_MARKERS.test(pasted) || GOOGLE_REASON.test(pasted) || RULES.some((rule) => rule.wording?.test(wordingText));
  return recognised ? { error, wordingText } : null;
}
