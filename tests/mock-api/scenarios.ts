/**
 * The demo keys of the local Gemini API mock (`npm start` and the e2e suite). Each key selects
 * one scenario; the answers are real bodies from tests/fixtures/gemini-api-errors/. The keys have
 * the exact shape of real keys so the pre-check accepts them; they are not real keys.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CorpusFile {
  http_status: number;
  body: unknown;
  body_message?: string;
  body_status?: string;
  message_reported?: string;
  body_text_start?: string;
  diagnosis: string;
}

const corpusDir = fileURLToPath(new URL('../fixtures/gemini-api-errors/', import.meta.url));

export function readCorpus(name: string): CorpusFile {
  return JSON.parse(readFileSync(`${corpusDir}${name}.json`, 'utf8')) as CorpusFile;
}

/** What the mock does for one request. */
export type MockAnswer =
  /** `modelNamed`: a model name in the body the mock swaps for the model the request asked for. */
  | { kind: 'json'; status: number; body: unknown; modelNamed?: string }
  | { kind: 'text'; status: number; contentType: string; text: string }
  /** Never answers: the extension's 10 s bound must fire. */
  | { kind: 'hang' }
  /** Drops the connection: a network error as seen from the browser. */
  | { kind: 'reset' }
  /** What a proxy or Wi-Fi sign-in page does: a redirect away from the API. */
  | { kind: 'redirect'; status: number; location: string }
  /** Another answer, after a wait. */
  | { kind: 'delayed'; ms: number; answer: MockAnswer };

export function corpusAnswer(name: string): MockAnswer {
  const file = readCorpus(name);
  if (file.body != null) return { kind: 'json', status: file.http_status, body: file.body };
  if (file.body_text_start) {
    return { kind: 'text', status: file.http_status, contentType: 'text/html; charset=UTF-8', text: `${file.body_text_start}\n<p>That’s an error.</p>` };
  }
  // Message-only reports: Google's usual envelope around the reported message.
  const message = file.body_message ?? file.message_reported ?? '';
  return { kind: 'json', status: file.http_status, body: { error: { code: file.http_status, message, status: file.body_status ?? 'UNKNOWN' } } };
}

const MODELS_OK = corpusAnswer('models-list-success');
const KEY_INVALID = corpusAnswer('api-key-invalid');
/** A key whose project sees only embedding models: nothing to try a generation on. */
const MODELS_EMBED_ONLY: MockAnswer = {
  kind: 'json',
  status: 200,
  body: { models: [{ name: 'models/gemini-embedding-001', displayName: 'Gemini Embedding 001', supportedGenerationMethods: ['embedContent', 'countTextTokens'] }] },
};
const GENERATE_OK: MockAnswer = {
  kind: 'json',
  status: 200,
  body: {
    candidates: [{ content: { parts: [{ text: 'p' }], role: 'model' }, finishReason: 'MAX_TOKENS', index: 0 }],
    usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2 },
    modelVersion: 'gemini-2.5-flash',
  },
};

export interface DemoScenario {
  /** Short name, also the middle of the demo key. */
  name: string;
  /** The diagnosis the extension must show for it (with the generation probe ticked if `needsGenerate`). */
  expect: string;
  /** Only the generateContent probe reveals it. */
  needsGenerate: boolean;
  describe: string;
  listModels: MockAnswer;
  generate: MockAnswer;
}

const scenario = (
  name: string,
  expect: string,
  describe: string,
  listModels: MockAnswer,
  generate: MockAnswer = GENERATE_OK,
  needsGenerate = listModels === MODELS_OK && expect !== 'key-ok',
): DemoScenario => ({ name, expect, describe, listModels, generate, needsGenerate });

/** Garbled answers that once overflowed the stack (issue 8): the extension must still give a verdict. */
const NESTED_BODY: MockAnswer = { kind: 'text', status: 200, contentType: 'application/json; charset=UTF-8', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` };
const HUGE_LINKS_403: MockAnswer = {
  kind: 'json',
  status: 403,
  body: {
    error: {
      code: 403,
      message: 'The caller does not have permission',
      status: 'PERMISSION_DENIED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.Help', links: Array.from({ length: 130_000 }, () => ({ description: 'Help', url: 'https://console.cloud.google.com/' })) }],
    },
  },
};
/** A typical round trip to Google's API from afar: the 'lag' key answers after it. */
export const LAG_MS = 300;
/** Longer than the key test's 10 s deadline leaves room for probe 2 (under 1 s left). */
export const SLOW_LIST_MS = 9_300;
/** Same host, so a followed redirect would show up in the mock's request log with the key header. */
export const REDIRECT_TARGET_PATH = '/captive-portal/login';

export const DEMO_SCENARIOS: DemoScenario[] = [
  scenario('ok', 'key-ok', 'A working key', MODELS_OK),
  scenario('embedonly', 'key-ok', 'Works, but sees only an embedding model (no generation to try)', MODELS_EMBED_ONLY),
  scenario('invalid', 'key-invalid', '400 API_KEY_INVALID, "API key not valid"', KEY_INVALID),
  // A real network's round trip: longer than the popup's BUSY_AFTER_MS, so its busy state shows first.
  scenario('lag', 'key-invalid', `400 API_KEY_INVALID after ${LAG_MS} ms, as over a real network`, { kind: 'delayed', ms: LAG_MS, answer: KEY_INVALID }),
  scenario('expired', 'key-expired', '400 API_KEY_INVALID, "API key expired"', corpusAnswer('api-key-expired')),
  scenario('apioff', 'api-disabled', '403 SERVICE_DISABLED in project 445009168042', corpusAnswer('service-disabled')),
  scenario('blocked', 'key-api-restricted', '403 API_KEY_SERVICE_BLOCKED', corpusAnswer('api-key-service-blocked')),
  scenario('referrer', 'key-referrer-restricted', '403 API_KEY_HTTP_REFERRER_BLOCKED', corpusAnswer('referrer-blocked')),
  scenario('leaked', 'key-leaked', '403 "reported as leaked"', corpusAnswer('api-key-leaked')),
  scenario('suspended', 'key-suspended', '403 CONSUMER_SUSPENDED (Google echoes the key)', corpusAnswer('consumer-suspended')),
  scenario('location', 'location-unsupported', '400 "User location is not supported" on generation', MODELS_OK, corpusAnswer('user-location-not-supported')),
  // The corpus body names gemini-3-pro; the demo names the model the tester actually sent.
  scenario('limitzero', 'free-tier-limit-zero', '429 with "limit: 0" on generation', MODELS_OK, { ...corpusAnswer('free-tier-limit-zero-429'), modelNamed: 'gemini-3-pro' } as MockAnswer),
  scenario('quota', 'quota-exceeded', '429 per-minute quota on generation', MODELS_OK, corpusAnswer('rate-limit-429-per-minute-tokens')),
  scenario('daily', 'daily-quota-exceeded', '429 per-day quota on generation', MODELS_OK, corpusAnswer('rate-limit-429-per-day')),
  scenario('prepay', 'prepay-depleted', '429 prepayment credits depleted on generation', MODELS_OK, corpusAnswer('prepayment-credits-depleted')),
  scenario('overloaded', 'server-error', '503 "The model is overloaded"', corpusAnswer('model-overloaded-503')),
  scenario('html', 'not-google-json', 'An HTML "Error 403 (Forbidden)!!1" page', corpusAnswer('html-403-forbidden-page')),
  scenario('hang', 'timeout', 'No answer at all (the 10 s bound fires)', { kind: 'hang' }),
  scenario('reset', 'network-error', 'The connection drops', { kind: 'reset' }),
  scenario('nested', 'not-google-json', 'A body of 100,000 nested [', NESTED_BODY),
  scenario('links', 'permission-denied', '403 with 130,000 details[].links (the card says the body was cut)', HUGE_LINKS_403),
  scenario('slow', 'key-ok', `Models list after ${SLOW_LIST_MS / 1000} s, generation never answers: skipped to keep the 10 s deadline`, { kind: 'delayed', ms: SLOW_LIST_MS, answer: MODELS_OK }, { kind: 'hang' }, true),
  scenario('redirect', 'api-redirected', '302 to a sign-in page, as a proxy or captive portal answers', {
    kind: 'redirect',
    status: 302,
    location: `https://generativelanguage.googleapis.com${REDIRECT_TARGET_PATH}`,
  }),
];

/** `AIza` + 35 characters, like a real standard key: `AIzaSyDEMO-ok-01234567…`. */
// Padded with a counting pattern, not x's: the pre-check rightly blocks XXXXXX as a masked copy.
const DEMO_PADDING = '0123456789'.repeat(6);

export function demoKey(name: string): string {
  return `AIzaSyDEMO-${name}-${DEMO_PADDING}`.slice(0, 39);
}

/** A 2026 auth key shape: `AQ.` + characters. */
export function demoAuthKey(name: string): string {
  return `AQ.DEMO-${name}-${DEMO_PADDING}`.slice(0, 56);
}

export function scenarioForKey(key: string | undefined): DemoScenario | undefined {
  if (!key) return undefined;
  return DEMO_SCENARIOS.find((s) => key === demoKey(s.name) || key === demoAuthKey(s.name));
}
