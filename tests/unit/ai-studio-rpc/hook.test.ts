/**
 * The MAIN-world reader against a fake XMLHttpRequest and fetch: failed key-creation answers are
 * summarised; success bodies (which hold the new key) are never read, and other requests are
 * never touched.
 */
import { describe, expect, it, vi } from 'vitest';
import { installRpcReader } from '@/utils/ai-studio-rpc/hook';
import type { RpcFailureSummary } from '@/utils/ai-studio-rpc/parse';

const RPC = 'https://alkalimakersuite-pa.clients6.google.com/$rpc/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/';
const NEW_KEY = `AIzaSy${'K'.repeat(33)}`;

/** Counts every read of the body, whatever property the reader would use. */
class FakeXhr {
  static bodyReads = 0;
  status = 0;
  responseType: XMLHttpRequestResponseType = '';
  private listeners = new Map<string, ((this: FakeXhr) => void)[]>();
  private body = '';
  opened?: string;
  sent = 0;
  get responseText(): string {
    FakeXhr.bodyReads += 1;
    return this.body;
  }
  get response(): unknown {
    FakeXhr.bodyReads += 1;
    return this.body;
  }
  open(_method: string, url: string | URL) {
    this.opened = String(url);
  }
  send() {
    this.sent += 1;
  }
  addEventListener(type: string, listener: (this: FakeXhr) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  /** The server answers: status and body, then load and loadend as a browser fires them. */
  answer(status: number, body: string) {
    this.status = status;
    this.body = body;
    for (const type of ['readystatechange', 'load', 'loadend']) for (const listener of this.listeners.get(type) ?? []) listener.call(this);
  }
}

function fakeWindow() {
  class Xhr extends FakeXhr {}
  const answers: { status: number; body: string }[] = [];
  const bodyReads = { count: 0, clones: 0 };
  const fetch = vi.fn(async () => {
    const { status, body } = answers.shift()!;
    const make = (): Response =>
      ({
        status,
        ok: status >= 200 && status < 300,
        text: async () => {
          bodyReads.count += 1;
          return body;
        },
        json: async () => {
          bodyReads.count += 1;
          return JSON.parse(body);
        },
        clone: () => {
          bodyReads.clones += 1;
          return make();
        },
      }) as unknown as Response;
    return make();
  });
  const win = { XMLHttpRequest: Xhr as unknown as typeof XMLHttpRequest, fetch: fetch as unknown as typeof globalThis.fetch, location: { href: 'https://aistudio.google.com/apikey' } as Location, TextDecoder };
  const emitted: RpcFailureSummary[] = [];
  installRpcReader(win, (summary) => emitted.push(summary));
  return { win, Xhr, answers, bodyReads, fetch, emitted };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('installRpcReader: XMLHttpRequest', () => {
  it('summarises a failed GenerateCloudApiKey and reads its body once', () => {
    const { win, emitted } = fakeWindow();
    FakeXhr.bodyReads = 0;
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('POST', `${RPC}GenerateCloudApiKey`);
    xhr.send();
    expect(xhr.sent).toBe(1);
    xhr.answer(403, '[7,"The request is suspicious."]');
    expect(FakeXhr.bodyReads).toBe(1);
    expect(emitted).toEqual([{ rpc: 'GenerateCloudApiKey', httpStatus: 403, code: 7, status: 'PERMISSION_DENIED', message: 'The request is suspicious.', reasons: [], permissions: [], constraints: [], violationTypes: [] }]);
  });

  it('never reads a success body (the new key), nor any body of another request', () => {
    const { win, emitted } = fakeWindow();
    FakeXhr.bodyReads = 0;
    for (const [path, status] of [['GenerateCloudApiKey', 200], ['CreateCloudProject', 201], ['ListCloudApiKeys', 403], ['GenerateContent', 500], ['GenerateCloudApiKey', 0]] as const) {
      const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
      xhr.open('POST', `${RPC}${path}`);
      xhr.send();
      xhr.answer(status, `[["projects/1/keys/2","${NEW_KEY}"]]`);
    }
    expect(FakeXhr.bodyReads).toBe(0);
    expect(emitted).toEqual([]);
  });

  it('a reused request object that is re-opened to another URL is forgotten', () => {
    const { win, emitted } = fakeWindow();
    FakeXhr.bodyReads = 0;
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('POST', `${RPC}CreateCloudProject`);
    xhr.open('POST', `${RPC}ListCloudProjects`);
    xhr.send();
    xhr.answer(403, '[7,"x"]');
    expect([FakeXhr.bodyReads, emitted.length]).toEqual([0, 0]);
  });

  it('a throwing body getter never reaches the page', () => {
    const { win, emitted } = fakeWindow();
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    Object.defineProperty(xhr, 'responseText', { get: () => { throw new Error('boom'); } });
    xhr.open('POST', `${RPC}GenerateCloudApiKey`);
    xhr.send();
    expect(() => xhr.answer(403, '[7,"x"]')).not.toThrow();
    expect(emitted).toEqual([]);
  });
});

describe('installRpcReader: fetch', () => {
  it('summarises a failure from a clone, leaving the page its own response', async () => {
    const { win, answers, emitted, bodyReads } = fakeWindow();
    answers.push({ status: 403, body: '[,[7,"The caller does not have permission"]]' });
    const response = await win.fetch(new URL(`${RPC}CreateCloudProject`));
    await flush();
    expect(emitted).toMatchObject([{ rpc: 'CreateCloudProject', httpStatus: 403, code: 7 }]);
    expect(bodyReads).toEqual({ count: 1, clones: 1 });
    expect(await response.text()).toBe('[,[7,"The caller does not have permission"]]');
  });

  it('never reads or clones a success, nor touches other requests', async () => {
    const { win, answers, emitted, bodyReads } = fakeWindow();
    answers.push({ status: 200, body: `["${NEW_KEY}"]` }, { status: 403, body: '[7,"x"]' }, { status: 403, body: '[7,"x"]' });
    await win.fetch(`${RPC}GenerateCloudApiKey`);
    await win.fetch(`${RPC}GenerateContent`);
    await win.fetch({ url: '/elsewhere' } as Request);
    await flush();
    expect(bodyReads).toEqual({ count: 0, clones: 0 });
    expect(emitted).toEqual([]);
  });
});
