/**
 * Google's answer → DiagnosisFacts. The decisions are one ordered rule table: the first rule that
 * matches names the diagnosis. Reasons and wordings come from the real error corpus in
 * ../shared/research/gemini-api-errors (dates per file there); Google's behaviour wins over blogs.
 */
import { redactKeys } from '@/utils/redact';
import type { DiagnosisFacts, DiagnosisId } from './types';
import { extractErrorFromText } from './extract';
import { cutTo, MAX_BODY_CHARS, MAX_MESSAGE_SCAN } from './bounds';
import { safeFacts } from './safe-facts';
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

/** Could not connect at all: Node, undici, gRPC, Dio, Python and translated application logs. */
const CONNECT_FAILURE =
  /ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN|getaddrinfo|fetch failed|Failed to fetch|NetworkError|socket hang up|failed to connect to all addresses|Failed to connect to remote host|DNS resolution failed|Failed host lookup|The connection errored|DioException \[connection error\]|Cannot connect to API: (?!Connect Timeout)|Connection refused|积极拒绝|网络错误|无法连接|连接失败|ネットワークエラー|接続できません|接続に失敗/i;
/** Connected (or tried to) but no answer in time. */
const TIMED_OUT =
  /ETIMEDOUT|timed out|timeout of \d+ ?ms exceeded|aborted due to timeout|Connect ?Timeout|DioException \[(?:connection|send|receive) timeout\]|took longer than|Deadline of [\d.]+s exceeded|Connection timeout to host|请求超时|连接超时|超时|タイムアウト/i;
const BAD_REQUEST_WORDING =
  /Invalid JSON payload received|GenerateContentRequest(?:\.[\w[\]]+)+: |The GenerateContentRequest proto is invalid|\bcontents is not specified|contents\.parts must not be empty|Invalid function name\. Must start with|element predicate failed|at least one contents field is required|required oneof field '\w+' must have one initialized field/i;

const isQuotaError = (error: GoogleError) =>
  error.googleStatus === 'RESOURCE_EXHAUSTED' || error.httpStatus === 429 || error.reason === 'RATE_LIMIT_EXCEEDED';

/**
 * Ordered: specific before general. Notable orderings: prepay before billing (prepay bodies may
 * carry BILLING_DISABLED); "limit: 0" and billing before the location rule (the 2024
 * "location … without a billing account" wording needs billing, not a move); the Vertex and
 * Firebase cases before api-disabled; the account-level Terms of Service refusal first; client-side
 * connection failures before the 5xx catch-all; every message rule before the status catch-alls.
 */
const RULES: readonly Rule[] = [
  // Code Assist (Gemini CLI sign-in) switched off for the account: no key, model or quota advice
  // applies. Seen 2026 in gemini-cli, opencode and proxy logs; the message wraps as "of\n\t\tService".
  { id: 'account-tos-disabled', wording: /disabled in this account for violation of\s+Terms\s+of(?:\s|\\+[nt]?)+Service/i, httpStatus: 403 },
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
    // The last one is Firebase AI Logic's own sentence for an empty apiKey in the app's config.
    wording: /unregistered callers|missing a valid API key|missing required authentication credential|"apiKey" field is empty in the local Firebase config/i,
    httpStatus: 403,
  },
  // Vertex AI named as the disabled service: its own API and project, not the Generative Language API.
  {
    id: 'vertex-api-disabled',
    wording: /Vertex AI API has not been used in project/i,
    test: (error) => error.reason === 'SERVICE_DISABLED' && /aiplatform/.test(error.metadata.service ?? ''),
    httpStatus: 403,
  },
  // Firebase AI Logic: the SDKs rewrite Google's SERVICE_DISABLED and "genai config not found"
  // into their own sentences (firebase-js-sdk, firebase_ai for Flutter, firebase-android-sdk).
  {
    id: 'firebase-ai-not-enabled',
    wording:
      /requires the (?:Firebase AI|Vertex AI in Firebase) API|Firebase AI Logic is missing a configured Gemini Developer API key|Gemini Developer API not enabled in Firebase|genai config not found|\(AI\/api-not-enabled\)|Firebase (?:AI Logic|Vertex AI) API has not been used in project/i,
    test: (error) => error.reason === 'SERVICE_DISABLED' && /firebasevertexai|firebaseml/.test(error.metadata.service ?? ''),
    httpStatus: 403,
  },
  // An AI Studio key sent to Vertex AI (aiplatform) or to an OAuth-only method.
  {
    id: 'wrong-endpoint',
    reasons: ['CREDENTIALS_MISSING'],
    wording: /API keys are not supported by this API/i,
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
    // The per-day part sits in the metric name (Generative Language) or the limit name (Code Assist);
    // Gemini CLI's own sentences say it in words.
    wording:
      /Quota exceeded for quota metric '(?:[^']*per day|[^']*' and limit '[^']*per day)|exhausted your daily quota|reached your daily (?:[\w.-]+ )?quota limit|hit your daily limit of requests/i,
    httpStatus: 429,
  },
  {
    id: 'quota-exceeded',
    // QUOTA_EXHAUSTED: Code Assist (cloudcode-pa), with "Your quota will reset after …".
    reasons: ['RATE_LIMIT_EXCEEDED', 'QUOTA_EXHAUSTED'],
    // "Resource exhausted. Please try again later." is the Vertex AI wording of the same 429; the
    // capacity, individual-quota and usage-limit sentences are Code Assist's and Gemini CLI's.
    wording:
      /Resource (?:has been )?exhausted|exceeded your current quota|Quota exceeded for\b|exhausted your capacity on this model|Individual quota reached|Usage limit reached for gemini/i,
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
    // Vertex AI IAM: "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform…'".
    wording: /caller does not have permission|Permission denied on resource|Permission '[\w.]+' denied on resource/i,
    statuses: ['PERMISSION_DENIED', 403],
    httpStatus: 403,
  },
  {
    id: 'model-not-found',
    // Vertex AI says "Publisher Model `projects/…/models/…` was not found"; Live API closes (1008)
    // say "Requested entity was not found" or that the operation is not supported for the model.
    wording:
      /is not found for API version|is no longer available to new users|models\/\S+ is not found|Publisher Model `?[^`\s]*`? (?:was )?not found|Requested entity was not found|Operation is not implemented, or supported, or enabled/i,
    statuses: ['NOT_FOUND', 404],
    httpStatus: 404,
  },
  // Client-side failures in any stack's words, before the 5xx catch-all: gRPC prints its connect
  // failures as "503 failed to connect to all addresses", Dio and undici have their own sentences,
  // and Chinese and Japanese apps log them translated. Tested on the message only (never used to
  // recognise a text: other providers fail the same way).
  { id: 'network-error', test: (error) => CONNECT_FAILURE.test(error.message) },
  { id: 'timeout', test: (error) => TIMED_OUT.test(error.message) },
  // 499 CANCELLED and 504 DEADLINE_EXCEEDED: cut short before an answer; not the key's fault.
  {
    id: 'server-error',
    wording:
      /model is overloaded|An internal error has occurred|Internal error (?:encountered|occurred)|service is currently unavailable|Deadline expired before operation could complete/i,
    statuses: ['INTERNAL', 'UNAVAILABLE', 'DEADLINE_EXCEEDED', 'CANCELLED', 'UNKNOWN', 'DATA_LOSS', 499],
    test: (error) => (error.httpStatus ?? 0) >= 500,
    httpStatus: 503,
  },
  {
    id: 'bad-request',
    // The request body named as wrong, with or without INVALID_ARGUMENT nearby: field paths
    // ("GenerateContentRequest.contents: contents is not specified"), tool names, safety settings.
    wording: BAD_REQUEST_WORDING,
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
  // Vertex AI resource names and Firebase console / API paths.
  /\bprojects\/([a-z][a-z0-9-]{4,}[a-z0-9]|\d{5,})\/(?:locations|models)\//,
  /console\.firebase\.google\.com\/(?:u\/\d+\/)?project\/([a-z][a-z0-9-]{4,}[a-z0-9])\//,
  /\bproject ([a-z][a-z0-9-]{4,}[a-z0-9]) before or it is disabled/,
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
  // Keys masked in every field and each value in Google's grammar; absent facts stay absent (the
  // popup and messaging compare and serialise these objects).
  return safeFacts(facts);
}

/**
 * "Please retry in 45.578569677s." / "retry in 800ms" in 2025+ quota messages; Code Assist's
 * "Your quota will reset after 4h28m20s." / "Resets in 157h".
 */
function retryHintSeconds(message: string): number | undefined {
  const reset = /\breset(?:s| after)? (?:in |after )?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?/i.exec(message);
  if (reset && (reset[1] ?? reset[2] ?? reset[3]) !== undefined) {
    return Math.ceil(Number(reset[1] ?? 0) * 3600 + Number(reset[2] ?? 0) * 60 + Number(reset[3] ?? 0));
  }
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

/** Response headers only Google's front end sends: a status printed with its headers and no body. */
const GOOGLE_FRONTEND_HEADERS = /scaffolding on HTTPServer2|\bserver["']?\s*[:=]\s*["']?ESF\b|\bx-goog-[a-z-]+["']?\s*[:=]|\bx-gfe-[a-z-]+/i;

/**
 * Weak evidence: text that names Gemini and shows only a transport-level failure (a bare status
 * line, a connection failure in any stack's words, a Live API websocket close). Enough when no
 * other provider is named; a gateway's or another provider's own error stays unrecognised.
 */
const GEMINI_MENTION = /gemini|\bgenai\b|generativelanguage|aistudio|\bvertex ?ai\b|google[._]adk/i;
const OTHER_PROVIDER = /\bopenai\b|anthropic|\bclaude\b|openrouter|deepseek|mistral|\bgroq\b|"type"\s*:\s*"(?:invalid_request_error|rate_limit_error|authentication_error)"/i;
/** Status lines, Dio's status sentence and Live API closes; group 1 is the HTTP status or close code. */
const STATUS_EVIDENCE = [
  /\b(?:HTTP(?:\/[\d.]+)?|Error|status(?: code)?)\s*[:=]?\s*\(?(429|500|502|503|504)\)?[\s,.:]+(?:Too Many Requests|Service Unavailable|Internal Server Error|Bad Gateway|Gateway Timeout|RESOURCE_EXHAUSTED|UNAVAILABLE|INTERNAL|DEADLINE_EXCEEDED)\b/i,
  // Dart Dio: "the response has a status code of 503 and RequestOptions.validateStatus …".
  /response has a status code of (429|50[0-4])\b/i,
  /\b(10(?:07|08|11)) \((?:invalid frame payload data|policy violation|internal error)\)|socket closed code=(10(?:07|08|11))|closed during setup: (10(?:07|08|11))/i,
];
/** Live API close codes → the HTTP status of the same refusal (1008 has none: its reason decides). */
const HTTP_STATUS_OF_CLOSE: Readonly<Record<string, number>> = { 1007: 400, 1011: 500 };

/** The status a transport-level text shows, read on the unwrapped text (terminals split these lines). */
function transportStatus(text: string): number | undefined {
  for (const pattern of STATUS_EVIDENCE) {
    const match = pattern.exec(text);
    const code = match?.slice(1).find(Boolean);
    if (code) return HTTP_STATUS_OF_CLOSE[code] ?? (code.startsWith('10') ? undefined : validHttpStatus(code));
  }
  return undefined;
}

function isGeminiTransportFailure(text: string): boolean {
  return (
    GEMINI_MENTION.test(text) &&
    !OTHER_PROVIDER.test(text) &&
    [...STATUS_EVIDENCE, CONNECT_FAILURE, TIMED_OUT].some((pattern) => pattern.test(text))
  );
}

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
  const pastedLine = unwrapped(pasted);
  const recognised =
    GOOGLE_MARKERS.test(pasted) ||
    GOOGLE_REASON.test(pasted) ||
    GOOGLE_FRONTEND_HEADERS.test(pasted) ||
    RULES.some((rule) => rule.wording?.test(wordingText)) ||
    isGeminiTransportFailure(pastedLine);
  if (!recognised) return null;
  error.httpStatus ??= transportStatus(pastedLine);
  return { error, wordingText };
}
