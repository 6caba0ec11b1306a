/**
 * The key tester end to end: popup → background service worker → the local HTTPS mock standing
 * in for generativelanguage.googleapis.com, answering with real bodies from the corpus.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS, demoAuthKey, demoKey } from '../mock-api/scenarios';
import { useExtensionBrowser } from './extension-browser';
import { openPopup, saveScreenshot, trackPageErrors } from './harness';
import { testKeyInPopup } from './page-helpers';


const env = useExtensionBrowser();
let popup: Page;
let popupErrors: Error[];

const testKey = (key: string, options: { generate?: boolean } = {}) => testKeyInPopup(env.launched, popup, key, options);

beforeAll(async () => {
  popup = await openPopup(env.launched);
  popupErrors = trackPageErrors(popup);
});

describe('key test from the popup', () => {
  // Every demo scenario of the mock, through the built extension: ok, invalid, expired,
  // api-disabled, restricted, referrer, location, limit 0, quota, 503, HTML, timeout, reset…
  it.each(DEMO_SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const before = env.mock.requests.length;
    const id = await testKey(demoKey(scenario.name), { generate: scenario.needsGenerate });
    expect(id).toBe(scenario.expect);
    const sent = env.mock.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.apiKeyHeader).toBe(demoKey(scenario.name));
      expect(request.url).not.toContain(demoKey(scenario.name));
      expect(request.url).not.toMatch(/[?&]key=/);
      expect(request.authorization).toBeUndefined();
      expect(request.cookie).toBeUndefined();
    }
    if (scenario.needsGenerate) expect(sent.some((request) => request.method === 'POST' && request.url.includes(':generateContent'))).toBe(true);
  });

  it('accepts a 2026 AQ. auth key and reports the models it can see', async () => {
    const id = await testKey(demoAuthKey('ok'), { generate: true });
    expect(id).toBe('key-ok');
    const text = await popup.$eval('[data-diagnosis]', (element) => element.textContent ?? '');
    expect(text).toMatch(/can see \d+ models/);
    // Probe 2 picks a current flash model from probe 1's list, never a hard-coded one.
    const generate = env.mock.requests.filter((request) => request.url.includes(':generateContent')).at(-1);
    expect(generate?.url).toMatch(/^\/v1beta\/models\/gemini-[\w.-]*flash[\w.-]*:generateContent$/);
    expect(JSON.parse(generate!.body)).toMatchObject({ generationConfig: { maxOutputTokens: 1 } });
  });

  it('says so when a generation was asked for but the key sees no model that can generate', async () => {
    const before = env.mock.requests.length;
    expect(await testKey(demoKey('embedonly'), { generate: true })).toBe('key-ok');
    expect(await popup.$eval('[data-diagnosis]', (element) => element.textContent ?? '')).toContain('No model for a test generation was found');
    expect(env.mock.requests.slice(before).some((request) => request.url.includes(':generateContent'))).toBe(false);
  });

  it('api-disabled links to the Generative Language API page of the project in the error', async () => {
    expect(await testKey(demoKey('apioff'))).toBe('api-disabled');
    const hrefs = await popup.$$eval('[data-diagnosis] a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.some((href) => href.startsWith('https://console.cloud.google.com/apis/') && href.includes('generativelanguage.googleapis.com') && href.includes('project=445009168042'))).toBe(true);
    await saveScreenshot(popup, 'popup-api-disabled', { fullPage: true });
  });

  it('masks the key that Google echoes back in a CONSUMER_SUSPENDED message', async () => {
    expect(await testKey(demoKey('suspended'))).toBe('key-suspended');
    const text = await popup.$eval('body', (body) => body.innerText);
    expect(text).not.toContain(demoKey('suspended'));
  });

  it('offers a curl command without the key when the result depends on the caller', async () => {
    expect(await testKey(demoKey('referrer'))).toBe('key-referrer-restricted');
    const curl = await popup.$eval('[data-diagnosis] .curl code', (code) => code.textContent ?? '');
    expect(curl).toContain('$GEMINI_API_KEY');
    expect(curl).toContain('x-goog-api-key');
    expect(curl).not.toContain(demoKey('referrer'));
  });

  it('stops before sending anything when the pre-check finds an unusable value', async () => {
    const before = env.mock.requests.length;
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', 'ya29.a0AfH6SMBexampleOAuthAccessToken');
    await popup.click('form.key-test button[type="submit"]');
    await popup.waitForSelector('.finding[data-severity="block"]');
    await popup.waitForSelector('[data-diagnosis="key-format"]');
    expect(env.mock.requests.length).toBe(before);
  });

  it('cleans a pasted GEMINI_API_KEY="…" line in one click', async () => {
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', `GEMINI_API_KEY="${demoKey('ok')}"`);
    const useCleaned = await popup.waitForSelector('button[data-action="use-cleaned"]');
    await useCleaned!.click();
    expect(await popup.$eval('input[name="api-key"]', (input) => (input as HTMLInputElement).value)).toBe(demoKey('ok'));
  });

  it('cancels a test that gets no answer', async () => {
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', demoKey('hang'));
    await popup.click('form.key-test button[type="submit"]');
    const cancel = await popup.waitForSelector('button[data-action="cancel"]');
    await cancel!.click();
    await popup.waitForSelector('[data-outcome="cancelled"]');
    expect(await popup.$('[data-diagnosis]')).toBeNull();
  });

  it('remembers the key only in storage.session, and only when asked', async () => {
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', demoKey('ok'));
    await popup.click('input[name="remember"]');
    await popup.click('form.key-test button[type="submit"]');
    await popup.waitForSelector('[data-diagnosis]');
    const stored = await popup.evaluate(async () => ({
      session: await chrome.storage.session.get(null),
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
    expect(Object.values(stored.session)).toContain(demoKey('ok'));
    expect(JSON.stringify(stored.local)).not.toContain('AIza');
    expect(JSON.stringify(stored.sync)).not.toContain('AIza');
    // The popup comes back with the remembered key, masked in a password field.
    await popup.reload();
    const input = await popup.waitForSelector('input[name="api-key"]');
    expect(await input!.evaluate((element) => [(element as HTMLInputElement).value, (element as HTMLInputElement).type])).toEqual([demoKey('ok'), 'password']);
    await popup.click('button[data-action="forget"]');
    expect(Object.keys(await popup.evaluate(() => chrome.storage.session.get(null)))).toHaveLength(0);
  });

  it('reports a refused connection as a network error', async () => {
    expect(await env.withMockDown(() => testKey(demoKey('ok')))).toBe('network-error');
  });

  it('explains a pasted error without any network request', async () => {
    const before = env.mock.requests.length;
    await popup.reload();
    await popup.waitForSelector('#tab-explain');
    await popup.click('#tab-explain');
    await popup.type('textarea[name="error-text"]', `google.api_core.exceptions.FailedPrecondition: 400 User location is not supported for the API use.`);
    await popup.click('#panel-explain button[type="submit"]');
    const card = await popup.waitForSelector('#panel-explain [data-diagnosis]');
    expect(await card!.evaluate((element) => element.getAttribute('data-diagnosis'))).toBe('location-unsupported');
    expect(await card!.$('button.report')).not.toBeNull();
    expect(env.mock.requests.length).toBe(before);
    await saveScreenshot(popup, 'popup-explain', { fullPage: true });
  });

  it('keeps what was typed in each tab when switching between them', async () => {
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', demoKey('ok'));
    await popup.click('#tab-explain');
    await popup.type('textarea[name="error-text"]', 'API key not valid');
    await popup.click('#tab-guides');
    await popup.click('#tab-test');
    expect(await popup.$eval('input[name="api-key"]', (input) => (input as HTMLInputElement).value)).toBe(demoKey('ok'));
    await popup.click('#tab-explain');
    expect(await popup.$eval('textarea[name="error-text"]', (area) => (area as HTMLTextAreaElement).value)).toBe('API key not valid');
  });

  it('moves focus to Cancel while a test runs, and to the verdict when it ends', async () => {
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', demoKey('invalid'));
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-diagnosis="key-invalid"]');
    // Preact runs effects after paint: give the focus move its frame.
    await popup.waitForFunction(() => document.activeElement?.id === 'result-title', { timeout: 2_000 });
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', demoKey('hang'));
    await popup.keyboard.press('Enter');
    // As with the verdict, the focus move runs after paint.
    await popup.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'cancel', { timeout: 2_000 });
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-outcome="cancelled"]');
  });

  it('threw no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});
