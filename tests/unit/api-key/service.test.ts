import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeyTestService } from '@/utils/api-key/service';
import type { TestApiKeyRequest } from '@/utils/messaging';
import { AUTH_KEY } from './keys';
import { corpusBody, fakeFetch, hangingAnswer, json } from './fake-fetch';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const POPUP_URL = `chrome-extension://${RUNTIME_ID}/popup.html`;
const POPUP = { id: RUNTIME_ID, url: POPUP_URL };
const LIST = corpusBody('models-list-success.json');

const request = (overrides: Partial<TestApiKeyRequest> = {}): TestApiKeyRequest => ({
  testId: 't1',
  key: AUTH_KEY,
  generate: false,
  ...overrides,
});

function service(...answers: Parameters<typeof fakeFetch>) {
  const fake = fakeFetch(...answers);
  return { ...fake, service: createKeyTestService({ fetch: fake.fetch, runtimeId: RUNTIME_ID, popupUrl: POPUP_URL, timeoutMs: 5000 }) };
}

afterEach(() => vi.restoreAllMocks());

describe('createKeyTestService: who may ask', () => {
  it('tests the key for the popup, also when the popup is open in a tab', async () => {
    const { service: keys, calls } = service(() => json(LIST), () => json(LIST));
    expect(await keys.testApiKey({ data: request(), sender: POPUP })).toMatchObject({ outcome: 'tested', facts: { id: 'key-ok' } });
    const asTab = { ...POPUP, url: `${POPUP_URL}#/key`, tab: { id: 7 } };
    expect(await keys.testApiKey({ data: request(), sender: asTab })).toMatchObject({ outcome: 'tested' });
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['a content script (our id, a page URL)', { id: RUNTIME_ID, url: 'https://aistudio.google.com/api-keys' }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }],
    ['another page of ours', { id: RUNTIME_ID, url: `chrome-extension://${RUNTIME_ID}/options.html` }],
    ['a look-alike path', { id: RUNTIME_ID, url: `${POPUP_URL}.evil.html` }],
    ['no URL', { id: RUNTIME_ID }],
  ])('refuses %s without calling Google', async (_, sender) => {
    const { service: keys, calls } = service(() => json(LIST));
    expect(await keys.testApiKey({ data: request(), sender })).toEqual({ outcome: 'refused', why: 'sender' });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['a non-string key', { key: 42 }],
    ['an empty key', { key: '' }],
    ['an over-long key', { key: `AQ.${'a'.repeat(4094)}` }],
    ['a key with a line break', { key: `${AUTH_KEY}\nX-Other: 1` }],
    ['a non-boolean generate', { generate: 'yes' }],
    ['a missing testId', { testId: undefined }],
  ])('refuses %s as input', async (_, overrides) => {
    const { service: keys, calls } = service(() => json(LIST));
    const data = { ...request(), ...overrides } as unknown as TestApiKeyRequest;
    expect(await keys.testApiKey({ data, sender: POPUP })).toEqual({ outcome: 'refused', why: 'input' });
    expect(calls).toHaveLength(0);
  });

  it('accepts a key of exactly 4096 characters', async () => {
    const { service: keys } = service(() => json(LIST));
    const key = `AQ.${'a'.repeat(4093)}`;
    expect(await keys.testApiKey({ data: request({ key }), sender: POPUP })).toMatchObject({ outcome: 'tested' });
  });
});

describe('createKeyTestService: cancel', () => {
  it('cancels a running test by its testId', async () => {
    const { service: keys } = service(hangingAnswer);
    const pending = keys.testApiKey({ data: request({ testId: 'abc' }), sender: POPUP });
    await Promise.resolve();
    expect(keys.cancelKeyTest({ data: { testId: 'abc' }, sender: POPUP })).toBe(true);
    expect(await pending).toEqual({ outcome: 'cancelled' });
    expect(keys.cancelKeyTest({ data: { testId: 'abc' }, sender: POPUP })).toBe(false);
  });

  it('ignores cancels for unknown tests and from other senders', async () => {
    const { service: keys } = service(hangingAnswer);
    const pending = keys.testApiKey({ data: request({ testId: 'abc' }), sender: POPUP });
    expect(keys.cancelKeyTest({ data: { testId: 'other' }, sender: POPUP })).toBe(false);
    expect(keys.cancelKeyTest({ data: { testId: 'abc' }, sender: { id: RUNTIME_ID, url: 'https://example.com/' } })).toBe(false);
    expect(keys.cancelKeyTest({ data: { testId: 'abc' }, sender: POPUP })).toBe(true);
    await pending;
  });

  it('cancels the older test when a new one reuses its testId', async () => {
    const { service: keys } = service(hangingAnswer, () => json(LIST));
    const first = keys.testApiKey({ data: request(), sender: POPUP });
    const second = keys.testApiKey({ data: request(), sender: POPUP });
    expect(await first).toEqual({ outcome: 'cancelled' });
    expect(await second).toMatchObject({ outcome: 'tested', facts: { id: 'key-ok' } });
  });
});

describe('createKeyTestService: the key stays secret', () => {
  it('never logs and never returns the key, even for errors that echo it', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => vi.spyOn(console, name));
    const echoing = corpusBody('consumer-suspended.json').replaceAll('AIzaSyREDACTEDREDACTEDREDACTEDREDACTED0', AUTH_KEY);
    const { service: keys } = service(() => json(echoing, 403));
    const result = await keys.testApiKey({ data: request(), sender: POPUP });
    expect(result).toMatchObject({ outcome: 'tested', facts: { id: 'key-suspended' } });
    expect(JSON.stringify(result)).not.toContain(AUTH_KEY);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
