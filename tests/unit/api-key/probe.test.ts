import { describe, expect, it } from 'vitest';
import { chooseGenerateModel, runKeyTest, type ListedModel } from '@/utils/api-key/probe';
import { AUTH_KEY } from './keys';
import { corpusBody, fakeFetch, hangingAnswer, headerOf, json, modelsList } from './fake-fetch';

const LIST_URL = 'https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000';
const REAL_LIST = corpusBody('models-list-success.json');
const GENERATED = JSON.stringify({
  candidates: [{ content: { parts: [{ text: 'P' }], role: 'model' }, finishReason: 'MAX_TOKENS' }],
  usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2 },
});

const TEXT = ['generateContent', 'countTokens'];
const LIST_2026: ListedModel[] = JSON.parse(
  modelsList([
    { name: 'gemini-2.5-flash', methods: TEXT },
    { name: 'gemini-2.5-pro', methods: TEXT },
    { name: 'gemini-3.1-pro', methods: TEXT },
    { name: 'gemini-3.5-flash-preview', methods: TEXT },
    { name: 'gemini-3.1-flash-lite', methods: TEXT },
    { name: 'gemini-3.1-flash', methods: TEXT },
    { name: 'gemini-3.1-flash-001', methods: TEXT },
    { name: 'gemini-3.1-flash-preview-tts', methods: TEXT },
    { name: 'gemini-3.1-flash-image', methods: TEXT },
    { name: 'gemini-3.1-flash-live', methods: ['bidiGenerateContent'] },
    { name: 'gemini-embedding-2', methods: ['embedContent'] },
    { name: 'gemini-flash-latest', methods: TEXT },
    { name: 'gemma-3-27b-it', methods: TEXT },
  ]),
).models;

const names = (ids: string[], methods = TEXT): ListedModel[] =>
  ids.map((id) => ({ name: `models/${id}`, supportedGenerationMethods: methods }));

describe('chooseGenerateModel', () => {
  it('picks the newest stable flash from the real 2026-06 list', () => {
    expect(chooseGenerateModel(JSON.parse(REAL_LIST).models)).toBe('gemini-2.5-flash');
  });

  it('skips preview, tts, image, live and embedding variants and prefers plain over lite', () => {
    expect(chooseGenerateModel(LIST_2026)).toBe('gemini-3.1-flash');
  });

  it('takes -lite when it is the newest stable flash', () => {
    expect(chooseGenerateModel(names(['gemini-2.5-flash', 'gemini-3.1-flash-lite', 'gemini-2.5-flash-lite']))).toBe('gemini-3.1-flash-lite');
    expect(chooseGenerateModel(names(['gemini-3.1-flash-lite', 'gemini-3.1-flash']))).toBe('gemini-3.1-flash');
  });

  it('prefers the -latest alias over a preview, and a flash preview over a paid-tier pro', () => {
    expect(chooseGenerateModel(names(['gemini-3-flash-preview', 'gemini-flash-latest']))).toBe('gemini-flash-latest');
    expect(chooseGenerateModel(names(['gemini-3.1-pro', 'gemini-3-flash-preview']))).toBe('gemini-3-flash-preview');
  });

  it('falls back to any generateContent model when there is no flash', () => {
    expect(chooseGenerateModel(names(['gemma-3-27b-it', 'gemini-3.1-pro']))).toBe('gemini-3.1-pro');
    expect(chooseGenerateModel(names(['gemini-2.5-flash-preview-tts', 'gemini-3.1-pro']))).toBe('gemini-3.1-pro');
  });

  it('returns undefined when no model can generate, and never builds a path from an odd name', () => {
    expect(chooseGenerateModel(names(['gemini-embedding-2'], ['embedContent']))).toBeUndefined();
    expect(chooseGenerateModel(names(['../../v1/projects/x', 'gemini flash']))).toBeUndefined();
  });
});

describe('runKeyTest', () => {
  it('sends the key only in the x-goog-api-key header, without credentials or cache', async () => {
    const { fetch, calls } = fakeFetch(() => json(REAL_LIST));
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(LIST_URL);
    expect(calls[0]?.url).not.toContain(AUTH_KEY);
    expect(headerOf(calls[0], 'x-goog-api-key')).toBe(AUTH_KEY);
    expect(headerOf(calls[0], 'authorization')).toBeNull();
    expect(calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'manual' });
    expect(result).toEqual({
      outcome: 'tested',
      facts: { id: 'key-ok', httpStatus: 200 },
      probes: [{ name: 'listModels', httpStatus: 200, facts: { id: 'key-ok', httpStatus: 200 }, elapsedMs: expect.any(Number) }],
      modelCount: 10,
    });
    expect(JSON.stringify(result)).not.toContain(AUTH_KEY);
  });

  it('masks the tested key wherever Google echoes it, whatever its shape', async () => {
    const oddKey = 'custom-gateway-token-0123456789abcdef';
    const echoed = JSON.stringify({
      error: { code: 400, message: `API key not valid: ${oddKey}`, status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }] },
    });
    const { fetch } = fakeFetch(() => json(echoed, 400));
    const result = await runKeyTest({ key: oddKey, generate: false }, { fetch });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'key-invalid' } });
    expect(JSON.stringify(result)).not.toContain(oddKey);
  });

  it('runs the opt-in generate probe with a model from the list', async () => {
    const { fetch, calls } = fakeFetch(() => json(REAL_LIST), () => json(GENERATED));
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch });

    expect(calls[1]?.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent');
    expect(calls[1]?.init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({
      contents: [{ parts: [{ text: 'ping' }] }],
      generationConfig: { maxOutputTokens: 1 },
    });
    expect(headerOf(calls[1], 'x-goog-api-key')).toBe(AUTH_KEY);
    expect(calls.map((call) => call.url).join(' ')).not.toContain(AUTH_KEY);
    expect(result).toMatchObject({
      outcome: 'tested',
      facts: { id: 'key-ok', httpStatus: 200, model: 'gemini-2.5-flash' },
      generateModel: 'gemini-2.5-flash',
      modelCount: 10,
    });
    expect(result.outcome === 'tested' && result.probes.map((p) => p.name)).toEqual(['listModels', 'generateContent']);
  });

  it('lets a failed generate probe decide the verdict', async () => {
    const { fetch } = fakeFetch(() => json(REAL_LIST), () => json(corpusBody('rate-limit-429-per-day.json'), 429));
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch });
    // The model named in Google's quota error (this corpus body's) wins over the one we asked for.
    expect(result).toMatchObject({
      outcome: 'tested',
      facts: { id: 'daily-quota-exceeded', httpStatus: 429, model: 'gemini-2.5-flash-lite' },
      generateModel: 'gemini-2.5-flash',
    });
    expect(result.outcome === 'tested' && result.probes.map((p) => p.facts.id)).toEqual(['key-ok', 'daily-quota-exceeded']);
  });

  it('stops after a failed list probe even when generate was asked for', async () => {
    const { fetch, calls } = fakeFetch(() => json(corpusBody('api-key-invalid.json'), 400));
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch });
    expect(calls).toHaveLength(1);
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'key-invalid', httpStatus: 400, reason: 'API_KEY_INVALID' } });
    expect(result.outcome === 'tested' && result.modelCount).toBeUndefined();
  });

  it('skips the generate probe when no listed model can generate', async () => {
    const list = modelsList([{ name: 'gemini-embedding-2', methods: ['embedContent'] }]);
    const { fetch, calls } = fakeFetch(() => json(list));
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch });
    expect(calls).toHaveLength(1);
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'key-ok' }, modelCount: 1 });
    expect(result.outcome === 'tested' && result.generateModel).toBeUndefined();
  });

  it('reports a timeout when Google does not answer in time', async () => {
    const { fetch } = fakeFetch(hangingAnswer);
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch, timeoutMs: 50 });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'timeout' } });
    expect(result.outcome === 'tested' && result.probes[0]?.httpStatus).toBeUndefined();
  });

  it('times out the generate probe on its own', async () => {
    const { fetch } = fakeFetch(() => json(REAL_LIST), hangingAnswer);
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch, timeoutMs: 50 });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'timeout', model: 'gemini-2.5-flash' } });
  });

  it('returns cancelled when the caller aborts mid-probe', async () => {
    const { fetch } = fakeFetch(hangingAnswer);
    const controller = new AbortController();
    const pending = runKeyTest({ key: AUTH_KEY, generate: false }, { fetch, signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 10);
    expect(await pending).toEqual({ outcome: 'cancelled' });
  });

  it('does not call Google when already cancelled', async () => {
    const { fetch, calls } = fakeFetch(() => json(REAL_LIST));
    const controller = new AbortController();
    controller.abort();
    expect(await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch, signal: controller.signal })).toEqual({ outcome: 'cancelled' });
    expect(calls).toHaveLength(0);
  });

  it('reads a fetch TypeError (offline, DNS, TLS) as a network error', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch });
    expect(result).toEqual({
      outcome: 'tested',
      facts: { id: 'network-error' },
      probes: [{ name: 'listModels', facts: { id: 'network-error' }, elapsedMs: expect.any(Number) }],
    });
  });

  it('reads a broken response body as a network error, keeping the status', async () => {
    const broken = new ReadableStream({ start: (c) => c.error(new TypeError('network changed')) });
    const { fetch } = fakeFetch(() => new Response(broken, { status: 200 }));
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'network-error', httpStatus: 200 } });
  });

  it('passes an HTML answer to the classifier (not Google JSON)', async () => {
    const html = '<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 403 (Forbidden)!!1</title>';
    const { fetch } = fakeFetch(() => new Response(html, { status: 403, headers: { 'content-type': 'text/html' } }));
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'not-google-json', httpStatus: 403 } });
  });

  it('treats a 200 HTML page (captive portal) as not Google JSON, not as key-ok', async () => {
    const { fetch } = fakeFetch(() => new Response('<html><body>Sign in to Wi-Fi</body></html>', { status: 200 }));
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'not-google-json' } });
  });

  it('measures each probe with the injected clock', async () => {
    let clock = 1000;
    const { fetch } = fakeFetch(() => {
      clock += 120;
      return json(REAL_LIST);
    });
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch, now: () => clock });
    expect(result.outcome === 'tested' && result.probes[0]?.elapsedMs).toBe(120);
  });
});
