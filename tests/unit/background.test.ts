/**
 * The real background entrypoint on WXT's fake browser, with an injected fetch: messages reach
 * the key tester, only the popup is served, and the key leaves only in the x-goog-api-key header.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { backgroundMessaging, type KeyTestResult } from '@/utils/messaging';
import { corpusBody, fakeFetch, headerOf, json, modelsList } from './api-key/fake-fetch';

const KEY = 'AIzaSyBackgroundTest0123456789abcdefghi';
const request = { testId: 't1', key: KEY, generate: false };

/** Delivers a message the way Chrome does, with the sender we choose (fakeBrowser's is `{}`). */
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

async function deliver(type: string, data: unknown, sender: Sender): Promise<unknown> {
  let respond!: (value: unknown) => void;
  const response = new Promise((resolve) => (respond = resolve));
  await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, respond);
  const { res, err } = (await response) as { res?: unknown; err?: unknown };
  if (err) throw new Error(JSON.stringify(err));
  return res;
}

const unexpectedFetch: typeof fetch = () => Promise.reject(new Error('unexpected fetch'));
// The background reads the global fetch at call time; each test sets its own.
let currentFetch: typeof fetch = unexpectedFetch;

const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

describe('background entrypoint', () => {
  // Once: the messaging library allows one handler per message type in a context.
  beforeAll(() => {
    fakeBrowser.reset();
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => currentFetch(input, init));
    background.main();
  });
  afterEach(() => {
    currentFetch = unexpectedFetch;
  });

  it('tests a key for the popup, sending it only in the header', async () => {
    const fake = fakeFetch(() => json(modelsList([{ name: 'gemini-2.5-flash', methods: ['generateContent'] }])));
    currentFetch = fake.fetch;
    const result = (await deliver('testApiKey', request, popupSender())) as KeyTestResult;
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'key-ok' }, modelCount: 1 });
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]!.url).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/models(\?|$)/);
    expect(fake.calls[0]!.url).not.toContain(KEY);
    expect(headerOf(fake.calls[0], 'x-goog-api-key')).toBe(KEY);
  });

  it('diagnoses Google’s answer, e.g. the real API_KEY_INVALID body', async () => {
    const fake = fakeFetch(() => json(corpusBody('api-key-invalid.json'), 400));
    currentFetch = fake.fetch;
    expect(await deliver('testApiKey', request, popupSender())).toMatchObject({ outcome: 'tested', facts: { id: 'key-invalid' } });
  });

  it('refuses senders other than the popup without calling Google', async () => {
    const fake = fakeFetch();
    currentFetch = fake.fetch;
    // fakeBrowser's own sendMessage sends with an empty sender, like an unknown context.
    expect(await backgroundMessaging.sendMessage('testApiKey', request)).toEqual({ outcome: 'refused', why: 'sender' });
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://aistudio.google.com/apikey', tab: { id: 3 } } as Sender;
    expect(await deliver('testApiKey', request, contentScript)).toEqual({ outcome: 'refused', why: 'sender' });
    expect(fake.calls).toHaveLength(0);
  });
});
