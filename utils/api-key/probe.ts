import { classifyResponse } from '@/utils/diagnosis';
import { safeFacts } from '@/utils/diagnosis/safe-facts';
import { MAX_BODY_CHARS } from '@/utils/diagnosis/bounds';
import { isRecord, parseJson } from '@/utils/diagnosis/normalize';
import type { DiagnosisFacts } from '@/utils/diagnosis/types';
import type { KeyTestResult, ProbeRecord } from '@/utils/messaging';
import { GENERATE_PING_BODY, generateContentUrl, LIST_MODELS_URL, MODEL_ID_PATTERN } from './endpoints';

// Where they were first defined; the popup's curl builder imports endpoints.ts alone (no diagnosis engine).
export { GEMINI_API_ORIGIN, GENERATE_PING_BODY, generateContentUrl, LIST_MODELS_URL, MODEL_ID_PATTERN } from './endpoints';

/**
 * The key test: probe 1 lists models (free), probe 2 (opt-in, one request of quota) generates one
 * token with a model taken from probe 1's list, so a retired model can never make a good key look bad.
 */

const DEFAULT_TIMEOUT_MS = 10_000;
/** The whole test, both probes: the verdict comes within this of the click, whichever probe hangs. */
export const TEST_DEADLINE_MS = 10_000;
/** Less than this left of the deadline after probe 1: probe 2 is skipped rather than doomed to time out. */
export const MIN_GENERATE_MS = 1_000;
/** Google's models list holds tens of models; pageSize caps it at 1000. */
const MAX_MODELS = 1_000;

export interface KeyTestRequest {
  key: string;
  generate: boolean;
}

export interface KeyTestDeps {
  fetch: typeof fetch;
  /** The caller's cancel. */
  signal?: AbortSignal;
  /** Per probe. */
  timeoutMs?: number;
  /** For the whole test (TEST_DEADLINE_MS). */
  deadlineMs?: number;
  /** The clock the deadline is measured on; timers are the global ones, so fake timers drive both. */
  now?: () => number;
}

export interface ListedModel {
  name: string;
  supportedGenerationMethods?: string[];
}

/**
 * Variants that can fail a plain one-token text request for reasons other than the key: audio-only
 * output (tts, native-audio), image output, websocket-only (live), no generation (embedding), tools.
 */
const UNSUITABLE_TOKENS = new Set(['tts', 'image', 'live', 'audio', 'native', 'embedding', 'computer', 'robotics', 'customtools']);
/** Variants that generate text but may vanish or be paid-only sooner than the stable model. */
const UNSTABLE_TOKENS = new Set(['preview', 'exp', 'experimental', 'thinking']);

const modelId = (name: string) => name.replace(/^models\//, '');

function versionOf(tokens: string[]): number {
  const version = tokens.find((token) => /^\d+(?:\.\d+)?$/.test(token) && !/^0\d/.test(token));
  // `-latest` aliases carry no number; rank them after any explicitly versioned model.
  return version === undefined ? -1 : Number(version);
}

/** Lower sorts first; compared element by element. */
function modelRank(id: string): (number | string)[] {
  const tokens = id.toLowerCase().split('-');
  const has = (set: Set<string>) => tokens.some((token) => set.has(token));
  return [
    has(UNSUITABLE_TOKENS) ? 1 : 0,
    tokens.includes('flash') ? 0 : 1, // cheapest model with a free tier
    tokens[0] === 'gemini' ? 0 : 1,
    has(UNSTABLE_TOKENS) ? 1 : 0,
    -versionOf(tokens), // newest: the least likely to be "no longer available to new users"
    tokens.includes('lite') ? 1 : 0,
    id.length, // gemini-2.0-flash before its pinned gemini-2.0-flash-001
    id,
  ];
}

function compareRanks(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y || x === undefined || y === undefined) continue;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The model for probe 2, from the models the key can see; undefined when none can generate. */
export function chooseGenerateModel(models: readonly ListedModel[]): string | undefined {
  const ids = models
    .filter((model) => model.supportedGenerationMethods?.includes('generateContent'))
    .map((model) => modelId(model.name))
    .filter((id) => MODEL_ID_PATTERN.test(id));
  return ids.map((id) => ({ id, rank: modelRank(id) })).sort((a, b) => compareRanks(a.rank, b.rank))[0]?.id;
}

function listedModels(bodyText: string): ListedModel[] {
  const body = parseJson(bodyText);
  const models = isRecord(body) ? body.models : undefined;
  if (!Array.isArray(models)) return [];
  return models.slice(0, MAX_MODELS).filter(
    (model): model is ListedModel =>
      typeof (model as ListedModel | null)?.name === 'string' &&
      ((model as ListedModel).supportedGenerationMethods === undefined ||
        Array.isArray((model as ListedModel).supportedGenerationMethods)),
  );
}

type ProbeOutcome = { cancelled: true } | { cancelled: false; record: ProbeRecord; bodyText?: string };

/**
 * The body, read to just past MAX_BODY_CHARS and no further: an endless or huge answer cannot fill
 * memory, and classifyResponse says the body was cut.
 */
async function readBoundedText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length <= MAX_BODY_CHARS) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
  reader.cancel().catch(() => {});
  return text;
}

/** `redirect: 'manual'` hands back the redirect itself: opaque in browsers, a plain 3xx in Node. */
const isRedirect = (response: Response) => response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);

async function runProbe(name: ProbeRecord['name'], url: string, key: string, init: RequestInit, deps: KeyTestDeps, timeoutMs: number): Promise<ProbeOutcome> {
  const now = deps.now ?? Date.now;
  if (deps.signal?.aborted) return { cancelled: true };

  const started = now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  deps.signal?.addEventListener('abort', cancel, { once: true });
  // Raced against fetch and the body read, so a fetch that ignores its signal cannot hang the test.
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true }),
  );
  aborted.catch(() => {});

  const record = (facts: DiagnosisFacts, httpStatus?: number, bodyText?: string): ProbeOutcome => ({
    cancelled: false,
    // Masked here too, with the exact key: Google may echo a key of a shape the patterns miss.
    record: { name, ...(httpStatus !== undefined && { httpStatus }), facts: safeFacts(facts, [key]), elapsedMs: Math.max(0, now() - started) },
    ...(bodyText !== undefined && { bodyText }),
  });
  const failure = (httpStatus?: number): ProbeOutcome => {
    if (deps.signal?.aborted) return { cancelled: true };
    // Otherwise a TypeError from fetch (offline, DNS, TLS, refused, redirect refused) or a broken body stream.
    return record({ id: timedOut ? 'timeout' : 'network-error', ...(httpStatus !== undefined && { httpStatus }) }, httpStatus);
  };

  try {
    let response: Response;
    try {
      // Called detached: the browser's fetch throws "Illegal invocation" when `this` is `deps`.
      const fetchUnbound = deps.fetch;
      response = await Promise.race([fetchUnbound(url, { ...init, signal: controller.signal }), aborted]);
    } catch {
      return failure();
    }
    if (isRedirect(response)) {
      // Not followed, and its body is not read: whatever answered is not Google's API.
      response.body?.cancel().catch(() => {});
      const httpStatus = response.status || undefined;
      return record({ id: 'api-redirected', ...(httpStatus !== undefined && { httpStatus }) }, httpStatus);
    }
    let bodyText: string;
    try {
      bodyText = await Promise.race([readBoundedText(response), aborted]);
    } catch {
      return failure(response.status);
    }
    return record(classifyResponse(response.status, bodyText), response.status, bodyText);
  } finally {
    clearTimeout(timer);
    deps.signal?.removeEventListener('abort', cancel);
  }
}

function requestInit(key: string, method: 'GET' | 'POST'): RequestInit {
  return {
    method,
    headers: {
      // The key goes in a header only: URLs end up in logs and error messages.
      'x-goog-api-key': key,
      ...(method === 'POST' && { 'content-type': 'application/json' }),
    },
    ...(method === 'POST' && { body: GENERATE_PING_BODY }),
    credentials: 'omit',
    cache: 'no-store',
    // Like a server call: no Referer, so the result does not depend on the extension's origin.
    referrerPolicy: 'no-referrer',
    // Never followed: a redirect would carry the x-goog-api-key header to wherever it points. Google's
    // API never redirects, so one means a proxy, portal or filter answered (api-redirected).
    redirect: 'manual',
  };
}

const isOk = (facts: DiagnosisFacts) => facts.id === 'key-ok';

export async function runKeyTest(request: KeyTestRequest, deps: KeyTestDeps): Promise<KeyTestResult> {
  const now = deps.now ?? Date.now;
  const started = now();
  const perProbeMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = deps.deadlineMs ?? TEST_DEADLINE_MS;
  // Each probe gets its own bound or what is left of the test's, whichever is shorter.
  const budgetMs = () => Math.max(0, Math.min(perProbeMs, deadlineMs - (now() - started)));

  const list = await runProbe('listModels', LIST_MODELS_URL, request.key, requestInit(request.key, 'GET'), deps, budgetMs());
  if (list.cancelled) return { outcome: 'cancelled' };
  const probes = [list.record];
  if (!isOk(list.record.facts)) return { outcome: 'tested', facts: list.record.facts, probes };

  const models = listedModels(list.bodyText ?? '');
  const modelCount = models.length;
  // No model that can generate: probe 2 is skipped and `generateModel` stays unset.
  const model = request.generate ? chooseGenerateModel(models) : undefined;
  if (model === undefined) return { outcome: 'tested', facts: list.record.facts, probes, modelCount };

  const generateBudgetMs = budgetMs();
  if (generateBudgetMs < Math.min(MIN_GENERATE_MS, perProbeMs)) {
    return { outcome: 'tested', facts: list.record.facts, probes, modelCount, deadline: { generate: 'skipped', leftMs: generateBudgetMs, limitMs: deadlineMs } };
  }
  const generate = await runProbe('generateContent', generateContentUrl(model), request.key, requestInit(request.key, 'POST'), deps, generateBudgetMs);
  if (generate.cancelled) return { outcome: 'cancelled' };
  const facts = { ...generate.record.facts, model: generate.record.facts.model ?? model };
  probes.push({ ...generate.record, facts });
  // Timed out on what the deadline left it, not on a full probe's bound: say so beside the verdict.
  const cutShort = facts.id === 'timeout' && generateBudgetMs < perProbeMs;
  return {
    outcome: 'tested',
    facts,
    probes,
    modelCount,
    generateModel: model,
    ...(cutShort && { deadline: { generate: 'stopped' as const, leftMs: generateBudgetMs, limitMs: deadlineMs } }),
  };
}
