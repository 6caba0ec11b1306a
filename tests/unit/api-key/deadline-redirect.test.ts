/**
 * One deadline for the whole key test (fake timers: the verdict's time is computed, not waited
 * for), bodies read only up to the size cap, and redirects from the API host reported as such and
 * never followed with the key header.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GEMINI_API_ORIGIN, runKeyTest, TEST_DEADLINE_MS } from '@/utils/api-key/probe';
import { MAX_BODY_CHARS } from '@/utils/diagnosis/bounds';
import type { KeyTestResult } from '@/utils/messaging';
import { AUTH_KEY } from './keys';
import { corpusBody, fakeFetch, hangingAnswer, json, type Call } from './fake-fetch';

const LIST = corpusBody('models-list-success.json');
/** Answers like the real fetch would after `ms`, unless the probe's signal aborts first. */
const answerAfter = (ms: number, answer: () => Response) => (call: Call) =>
  new Promise<Response>((resolve, reject) => {
    const timer = setTimeout(() => resolve(answer()), ms);
    call.init.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    });
  });

describe('one deadline for the whole key test', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  /** Runs the test on fake time; returns the result and when (ms after the start) it came. */
  async function timedRun(answers: Parameters<typeof fakeFetch>, options: { generate: boolean; signal?: AbortSignal; cancelAt?: () => void }) {
    const { fetch, calls } = fakeFetch(...answers);
    const started = Date.now();
    let settledAfter: number | undefined;
    const pending = runKeyTest({ key: AUTH_KEY, generate: options.generate }, { fetch, signal: options.signal }).then((result) => {
      settledAfter = Date.now() - started;
      return result;
    });
    // Far past any deadline: a hang would leave `settledAfter` unset.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(settledAfter, 'the test ended').toBeDefined();
    return { result: await pending, settledAfter: settledAfter!, calls };
  }

  const tested = (result: KeyTestResult) => {
    if (result.outcome !== 'tested') throw new Error(`expected a verdict, got ${result.outcome}`);
    return result;
  };

  it('probe 1 answering at 9 s and probe 2 hanging: the verdict comes at the deadline, saying probe 2 was stopped', async () => {
    const { result, settledAfter, calls } = await timedRun([answerAfter(9_000, () => json(LIST)), hangingAnswer], { generate: true });
    expect(settledAfter).toBeLessThanOrEqual(10_500);
    expect(settledAfter).toBe(TEST_DEADLINE_MS);
    expect(calls).toHaveLength(2);
    const verdict = tested(result);
    expect(verdict.facts.id).toBe('timeout');
    expect(verdict.deadline).toEqual({ generate: 'stopped', leftMs: 1_000, limitMs: TEST_DEADLINE_MS });
    expect(verdict.probes.map((probe) => [probe.name, probe.facts.id, probe.elapsedMs])).toEqual([
      ['listModels', 'key-ok', 9_000],
      ['generateContent', 'timeout', 1_000],
    ]);
  });

  it('probe 1 answering at 9.5 s: probe 2 is skipped with a note, not started to fail', async () => {
    const { result, settledAfter, calls } = await timedRun([answerAfter(9_500, () => json(LIST)), hangingAnswer], { generate: true });
    expect(settledAfter).toBe(9_500);
    expect(calls).toHaveLength(1);
    const verdict = tested(result);
    expect(verdict.facts.id).toBe('key-ok');
    expect(verdict.deadline).toEqual({ generate: 'skipped', leftMs: 500, limitMs: TEST_DEADLINE_MS });
    expect(verdict.generateModel).toBeUndefined();
  });

  it('probe 1 hanging: a timeout verdict at the deadline', async () => {
    const { result, settledAfter, calls } = await timedRun([hangingAnswer], { generate: true });
    expect(settledAfter).toBe(TEST_DEADLINE_MS);
    expect(calls).toHaveLength(1);
    expect(tested(result).facts.id).toBe('timeout');
    expect(tested(result).deadline).toBeUndefined();
  });

  it('probe 1 quick and probe 2 hanging: probe 2 gets only what is left, not a fresh 10 s', async () => {
    const { result, settledAfter } = await timedRun([answerAfter(2_000, () => json(LIST)), hangingAnswer], { generate: true });
    expect(settledAfter).toBe(TEST_DEADLINE_MS);
    expect(tested(result).deadline).toEqual({ generate: 'stopped', leftMs: 8_000, limitMs: TEST_DEADLINE_MS });
  });

  it('a quick test carries no deadline note', async () => {
    const { result } = await timedRun([answerAfter(300, () => json(LIST)), answerAfter(300, () => json('{"candidates":[]}'))], { generate: true });
    expect(tested(result).facts.id).toBe('key-ok');
    expect(tested(result).deadline).toBeUndefined();
  });

  it('Cancel still ends the test at once, during either probe', async () => {
    for (const cancelAt of [3_000, 9_200]) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), cancelAt);
      const { result, settledAfter } = await timedRun([answerAfter(9_000, () => json(LIST)), hangingAnswer], { generate: true, signal: controller.signal });
      expect(result).toEqual({ outcome: 'cancelled' });
      expect(settledAfter).toBe(cancelAt);
    }
  });
});

describe('bounded body reads', () => {
  it('stops reading an endless body just past the cap and says the body was cut', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('{"models":['.padEnd(64 * 1024, ' ')));
      },
    });
    const { fetch } = fakeFetch(() => new Response(endless, { status: 200 }));
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'not-google-json', httpStatus: 200, truncatedAt: MAX_BODY_CHARS } });
    // Pulls are one chunk ahead of reads at most; nowhere near an unbounded read.
    expect(pulled * 64 * 1024).toBeLessThan(MAX_BODY_CHARS + 4 * 64 * 1024);
  });

  it('reads a 403 with 130,000 help links to a verdict', async () => {
    const links = Array.from({ length: 130_000 }, (_, index) => ({ description: 'Help', url: `https://console.cloud.google.com/?project=p${index}` }));
    const body = JSON.stringify({ error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED', details: [{ '@type': 'type.googleapis.com/google.rpc.Help', links }] } });
    const { fetch } = fakeFetch(() => json(body, 403));
    const result = await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'permission-denied', httpStatus: 403, truncatedAt: MAX_BODY_CHARS } });
  });
});

describe('redirects from the API host', () => {
  it('reads an opaque redirect (what a browser hands back for redirect: manual) as api-redirected', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, body: null, text: async () => '' } as unknown as Response;
    const { fetch, calls } = fakeFetch(() => opaque);
    const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch });
    expect(result).toEqual({
      outcome: 'tested',
      facts: { id: 'api-redirected' },
      probes: [{ name: 'listModels', facts: { id: 'api-redirected' }, elapsedMs: expect.any(Number) }],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.redirect).toBe('manual');
  });

  it('reads a plain 302 as api-redirected, keeping its status', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 302, headers: { location: 'http://portal.example.test/login' } }));
    expect(await runKeyTest({ key: AUTH_KEY, generate: false }, { fetch })).toMatchObject({ outcome: 'tested', facts: { id: 'api-redirected', httpStatus: 302 } });
  });

  describe('with the real fetch against local servers', () => {
    const servers: Server[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
    });

    async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
      const server = createServer(handler);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    it('never follows the redirect, so the key header never reaches the other host', async () => {
      const elsewhere: IncomingHttpHeaders[] = [];
      const portal = await serve((request, response) => {
        elsewhere.push(request.headers);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"models":[]}');
      });
      const proxy = await serve((_request, response) => response.writeHead(302, { location: `${portal}/login` }).end());
      // The probe's URLs point at Google; this fetch sends them to the local "proxy" instead.
      const fetchViaProxy = ((input: RequestInfo | URL, init?: RequestInit) => fetch(String(input).replace(GEMINI_API_ORIGIN, proxy), init)) as typeof fetch;
      const result = await runKeyTest({ key: AUTH_KEY, generate: true }, { fetch: fetchViaProxy });
      expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'api-redirected', httpStatus: 302 } });
      expect(elsewhere).toEqual([]);
    });
  });
});
