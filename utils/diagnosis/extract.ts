/**
 * Whatever a user pastes (a raw body, an SDK exception, a log line, a cut-off excerpt) → the same
 * GoogleError the HTTP path produces. Pure string work: nothing is evaluated or executed.
 * Shapes handled, each seen in public reports (see ../shared/research/gemini-api-errors):
 * JSON in any envelope, Python reprs, protobuf text, grpc_status lines, the @google/generative-ai
 * "[429 Too Many Requests] message [details]" string, "got status: 429 … {json}", api_core
 * exceptions (with or without the module path, with or without "POST <url>:"), truncated JSON,
 * websocket close reasons, text wrapped or boxed by terminal UIs, and bare messages.
 */
import {
  absorbDetails,
  bracketSpans,
  durationSeconds,
  emptyError,
  errorFromJson,
  GOOGLE_REASON,
  GRPC_CODE_NAMES,
  HTTP_STATUS_OF_GOOGLE_STATUS,
  isGoogleStatusName,
  HTTP_STATUS_OF_PHRASE,
  isRecord,
  parseJson,
  TUI_BORDERS,
  validHttpStatus,
  type GoogleError,
} from './normalize';
import { MAX_LIST_ITEMS } from './bounds';

/** Long pastes (whole logs) are cut to a window so the scan stays cheap. */
const MAX_TEXT = 20_000;
/** Where a Google error starts in a long log; the window opens a little before the first one. */
const GOOGLE_ERROR_START = /["']error["']\s*:|googleapis\.com|GoogleGenerativeAI|API[_ ]key|RESOURCE_EXHAUSTED|PERMISSION_DENIED|INVALID_ARGUMENT|FAILED_PRECONDITION|UNAVAILABLE|UNAUTHENTICATED/i;
const WINDOW_LEAD = 2_000;

/** The part of a paste worth scanning: all of it when short, else from just before the error. */
function scanWindow(pasted: string): string {
  const text = pasted.trim();
  if (text.length <= MAX_TEXT) return text;
  const at = text.search(GOOGLE_ERROR_START);
  const start = at < 0 ? 0 : Math.max(0, at - WINDOW_LEAD);
  return text.slice(start, start + MAX_TEXT);
}
/** Bounds parse attempts on logs full of bracketed text that is not JSON. */
const MAX_PARSE_ATTEMPTS = 100;

/**
 * A Python repr (`{'error': {'code': 400, 'ok': True}}`) rewritten as JSON. Only quoting and the
 * three constants change; anything else that is not JSON makes the caller's parse fail.
 */
export function pythonReprToJson(source: string): string {
  let out = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    const previous = source[index - 1] ?? '';
    if (char === "'" || char === '"') {
      let value = '';
      for (index++; index < source.length && source[index] !== char; index++) {
        if (source[index] === '\\') {
          const escape = pythonEscape(source, index + 1);
          value += escape.char;
          index += escape.length;
        } else {
          value += source[index];
        }
      }
      out += JSON.stringify(value);
    } else if (/[ub]/.test(char) && /['"]/.test(source[index + 1] ?? '') && !/\w/.test(previous)) {
      // Python 2 u'…' and b'…' prefixes: drop the letter, keep the string.
    } else {
      const word = /^(True|False|None)\b/.exec(source.slice(index, index + 6))?.[1];
      if (word && !/\w/.test(previous)) {
        out += { True: 'true', False: 'false', None: 'null' }[word];
        index += word.length - 1;
      } else {
        out += char;
      }
    }
  }
  return out;
}

const PYTHON_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/** The character a Python escape stands for; `at` is just after the backslash. */
function pythonEscape(source: string, at: number): { char: string; length: number } {
  const letter = source[at] ?? '';
  const hexLength = letter === 'x' ? 2 : letter === 'u' ? 4 : 0;
  const hex = source.slice(at + 1, at + 1 + hexLength);
  if (hexLength && new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
    return { char: String.fromCharCode(parseInt(hex, 16)), length: 1 + hexLength };
  }
  return { char: PYTHON_ESCAPES[letter] ?? letter, length: 1 };
}

function parseJsonOrRepr(source: string): unknown {
  return parseJson(source) ?? (/'|\b(?:True|False|None)\b/.test(source) ? parseJson(pythonReprToJson(source)) : undefined);
}

/** Details lists printed on their own, as the JS SDK does after its message. */
function looksLikeDetails(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.some((item) => isRecord(item) && ('@type' in item || 'reason' in item));
}

const GOOGLE_STATUS_NAMES = Object.keys(HTTP_STATUS_OF_GOOGLE_STATUS).filter((name) => name !== 'OK').join('|');
const GOOGLE_STATUS_WORD = new RegExp(`\\b(${GOOGLE_STATUS_NAMES})\\b`);
const HTTP_PHRASES = Object.keys(HTTP_STATUS_OF_PHRASE).join('|');

/** Python api_core exception classes → HTTP status (google.api_core.exceptions.ResourceExhausted). */
const HTTP_STATUS_OF_EXCEPTION: Readonly<Record<string, number>> = {
  InvalidArgument: 400, FailedPrecondition: 400, BadRequest: 400, Unauthenticated: 401, Unauthorized: 401,
  PermissionDenied: 403, Forbidden: 403, NotFound: 404, ResourceExhausted: 429, TooManyRequests: 429,
  InternalServerError: 500, ServiceUnavailable: 503, DeadlineExceeded: 504, GatewayTimeout: 504,
};

/**
 * api_core class names as printed: "exceptions.ResourceExhausted: 429 …", or without the module
 * path in retry logs and wrappers ("as it raised ResourceExhausted: 429 …", "Forbidden: [{…}]").
 * Bare names need the colon, so prose such as "403 Forbidden" is not read as a class.
 */
const EXCEPTION_NAMES = Object.keys(HTTP_STATUS_OF_EXCEPTION).join('|');
const EXCEPTION_PRINT = `(?:exceptions\\.\\w+|\\b(?:${EXCEPTION_NAMES})):`;
const EXCEPTION_NAME = new RegExp(`exceptions\\.(\\w+)|\\b(${EXCEPTION_NAMES}):`);

/** Where an HTTP status hides in text, most explicit first. */
const HTTP_STATUS_PATTERNS: readonly RegExp[] = [
  /["']code["']\s*:\s*(\d{3})\b/,
  new RegExp(`\\b([1-5]\\d{2})\\s+(?:${GOOGLE_STATUS_NAMES}|${HTTP_PHRASES})\\b`, 'i'),
  new RegExp(`${EXCEPTION_PRINT}\\s*(\\d{3})\\b`),
  // "status code: 400", "HTTP/1.1 429", Dio's "the response has a status code of 503".
  /\b(?:status(?:\s*code)?(?:\s+of)?|HTTP\/[\d.]+)\s*[:=]?\s*(\d{3})\b/i,
];

/**
 * Live API websocket closes → the HTTP status of the same refusal: 1007 (invalid frame payload
 * data) carries INVALID_ARGUMENT and FAILED_PRECONDITION reasons, 1011 internal errors. 1008
 * (policy violation) has no single status; its reason text decides.
 */
const HTTP_STATUS_OF_CLOSE_CODE: Readonly<Record<string, number>> = { 1007: 400, 1011: 500 };
const WEBSOCKET_CLOSE = /\b(10(?:07|08|11))\s*\((?:invalid frame payload data|policy violation|internal error)\)|\b(?:code=|setup:\s*)(10(?:07|08|11))\b/i;

function httpStatusIn(source: string): number | undefined {
  for (const pattern of HTTP_STATUS_PATTERNS) {
    const status = validHttpStatus(pattern.exec(source)?.[1]);
    if (status) return status;
  }
  const match = EXCEPTION_NAME.exec(source);
  const exception = match?.[1] ?? match?.[2];
  // websockets' ConnectionClosedError is an exception name too, but says nothing by itself.
  const fromException = exception ? HTTP_STATUS_OF_EXCEPTION[exception] : undefined;
  if (fromException) return fromException;
  const close = WEBSOCKET_CLOSE.exec(source);
  const closeCode = close?.[1] ?? close?.[2];
  return closeCode ? HTTP_STATUS_OF_CLOSE_CODE[closeCode] : undefined;
}

function googleStatusIn(source: string): string | undefined {
  const quoted = /["']?status["']?\s*:\s*["']([A-Z_]{4,})["']/.exec(source)?.[1];
  if (quoted && isGoogleStatusName(quoted)) return quoted;
  const grpcCode = /grpc_status:\s*(\d+)/.exec(source)?.[1];
  if (grpcCode) return GRPC_CODE_NAMES[Number(grpcCode)];
  return GOOGLE_STATUS_WORD.exec(source)?.[1];
}

/** JSON-unescapes a captured string body; cut-off escapes fall back to a light unescape. */
function unescapeCaptured(body: string): string {
  const parsed = parseJson(`"${body}"`);
  if (typeof parsed === 'string') return parsed;
  return body.replace(/\\n/g, '\n').replace(/\\(["'\\])/g, '$1').replace(/\\$/, '');
}

/** Where api_core's protobuf-text details start after the message: "[reason: …", "[links {", "[violations {". */
const PROTOBUF_DETAILS = String.raw`\s*\[(?:reason:|links \{|violations \{)`;

/** "POST https://…:generateContent?…: " before a message; the URL itself holds ":" but no ": ". */
const REQUEST_LINE = String.raw`(?:GET|POST|PUT|PATCH|DELETE)\s+\S+?:\s+`;

/** Where Google's message sits in text, most explicit first. Group 1 is the message. */
const MESSAGE_PATTERNS: readonly RegExp[] = [
  /"message"\s*:\s*"((?:[^"\\]|\\.)*)(?:"|\\?$)/,
  /'message'\s*:\s*'((?:[^'\\]|\\.)*)(?:'|\\?$)/,
  /grpc_message:\s*"((?:[^"\\]|\\.)*)"/,
  // @google/generative-ai: "[400 Bad Request] API key not valid. … [{details}]"
  /\[\d{3}[^\]\n]*\]\s*([\s\S]+?)(?=\s*\[\{|\s*\[reason:|$)/,
  // google.api_core: "exceptions.ResourceExhausted: 429 Resource has been exhausted … [reason: …]";
  // its REST transport puts the request first: "exceptions.BadRequest: 400 POST <url>: <message>".
  new RegExp(`${EXCEPTION_PRINT}\\s*\\d{3}\\s+(?:${REQUEST_LINE})?([\\s\\S]+?)(?=${PROTOBUF_DETAILS}|\\s*\\[\\{|$)`),
  // The same protobuf tail behind any other prefix ("Inference Exception: 400 API key expired. [reason: …").
  new RegExp(`\\b[1-5]\\d{2}\\s+(\\S[^\\n]*?)(?=${PROTOBUF_DETAILS})`),
  // "429 RESOURCE_EXHAUSTED Your prepayment credits…", "Error: 403 Forbidden. …": drop the prefix.
  new RegExp(`^(?:Error:\\s*)?\\d{3}\\s+(?:${GOOGLE_STATUS_NAMES}|${HTTP_PHRASES})\\b[.:]?\\s+(\\S[\\s\\S]*)$`, 'i'),
  // Live API websocket close reasons: "received 1011 (internal error) <reason>; then sent …",
  // "close 1008 (policy violation): <reason>", "socket closed code=1007 reason=\"<reason>\"".
  /\b10(?:07|08|11) \([a-z ]+\):? ([^;\n]+)/,
  /\bcode=10(?:07|08|11) reason="([^"]+)"/,
];

const BORDERED_WRAP = new RegExp(`\\s*[${TUI_BORDERS}][\\s${TUI_BORDERS}]*`, 'g');

function messageIn(source: string): string | undefined {
  for (const pattern of MESSAGE_PATTERNS) {
    const body = pattern.exec(source)?.[1];
    // Terminal UIs draw boxes around wrapped lines ("… Please use Gemini │\n│ 2.5 Pro …").
    if (body) return unescapeCaptured(body).replace(BORDERED_WRAP, ' ').trim();
  }
  return undefined;
}

/** ErrorInfo metadata keys worth salvaging from cut JSON, reprs and protobuf text. */
const METADATA_KEYS = 'consumer|service|activationUrl|containerInfo|apiName|serviceTitle|httpReferrer|quota_limit|quota_limit_value|quota_location|model';
const QUOTED_METADATA = new RegExp(`["'](${METADATA_KEYS})["']\\s*:\\s*["']([^"']*)["']`, 'g');
const PROTOBUF_METADATA = /key:\s*"([^"]+)"\s*value:\s*"([^"]*)"/g;

/**
 * Regex salvage for text that is not whole JSON: truncated bodies, protobuf text, SDK strings.
 * Fills only what `into` does not have yet.
 */
function salvage(source: string, into: GoogleError, depth = 0): void {
  into.httpStatus ??= httpStatusIn(source);
  into.googleStatus ??= googleStatusIn(source);
  into.reason ??=
    /\breason["']?\s*:\s*["']([A-Z][A-Z0-9_]{3,})["']/.exec(source)?.[1] ??
    GOOGLE_REASON.exec(source)?.[1];
  for (const pattern of [QUOTED_METADATA, PROTOBUF_METADATA]) {
    for (const [, key, value] of source.matchAll(pattern)) {
      if (key && value !== undefined) into.metadata[key] ??= value;
    }
  }
  // Every violation, not just the first: a cut body may list per-minute ids before the per-day one.
  if (!into.quotaViolations.length) {
    const quotaIds = [...source.matchAll(/["']?(?:quotaId|quota_id)["']?\s*:\s*["']([^"']+)["']/g)].slice(0, MAX_LIST_ITEMS).map((match) => match[1]);
    const quotaValue = /["']?(?:quotaValue|quota_value)["']?\s*:\s*["']?(\d+)/.exec(source)?.[1];
    // Cut text cannot pair values with ids; the first value stays with the first id, as the
    // limit-0 rule only asks whether any violation has value 0.
    if (quotaIds.length) into.quotaViolations.push(...quotaIds.map((quotaId, index) => ({ quotaId, quotaValue: index ? undefined : quotaValue })));
    else if (quotaValue) into.quotaViolations.push({ quotaValue });
  }
  // SDK strings name the request URL (".../models/gemini-2.0-flash:generateContent") before the message.
  const urlModel = /\/models\/([\w.-]*\w):[a-z]\w*/i.exec(source)?.[1];
  if (urlModel) into.metadata.model ??= urlModel;
  // Firebase AI Logic and Vertex AI request URLs name the project: ".googleapis.com/v1beta/projects/<id>/…".
  const urlProject = /googleapis\.com\/v1\w*\/projects\/([a-z][a-z0-9-]{4,}[a-z0-9]|\d{5,})\//.exec(source)?.[1];
  if (urlProject) into.metadata.consumer ??= `projects/${urlProject}`;
  into.retryDelaySeconds ??= durationSeconds(
    /["']?(?:retryDelay|retry_delay)["']?\s*(?::\s*["']?|\{\s*seconds:\s*)(\d+(?:\.\d+)?)/.exec(source)?.[1],
  );
  if (!into.message) {
    const message = messageIn(source);
    // A wrapper's cut-off message may itself be Google's body as an escaped string.
    if (message && depth === 0 && /^\s*[[{]/.test(message)) salvage(message, into, 1);
    else if (message) into.message = message;
  }
}

/**
 * The Google error in a pasted text, or undefined for empty text. Does not decide whether the
 * text is from Google at all; classifyErrorText does that.
 */
export function extractErrorFromText(pasted: string): GoogleError | undefined {
  const source = scanWindow(pasted);
  if (!source) return undefined;

  let error: GoogleError | undefined;
  let details: unknown[] | undefined;
  let parsedUntil = 0;
  let attempts = 0;
  for (const span of bracketSpans(source)) {
    if (span.start < parsedUntil) continue;
    if (++attempts > MAX_PARSE_ATTEMPTS) break;
    const value = parseJsonOrRepr(source.slice(span.start, span.end));
    if (value === undefined) continue;
    parsedUntil = span.end;
    error = errorFromJson(value);
    if (error) break;
    if (!details && looksLikeDetails(value)) details = value;
  }
  error ??= emptyError();
  if (details) absorbDetails(details, error);
  salvage(source, error);
  error.message ||= source;
  return error;
}
