/**
 * The key tester end to end: popup → background service worker → the local HTTPS mock standing
 * in for generativelanguage.googleapis.com, answering with real bodies from the corpus.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS, demoAuthKey, demoKey, REDIRECT_TARGET_PATH } from '../mock-api/scenarios';
import { useExtensionBrowser } from './extension-browser';
import { openPopup, saveScreenshot, trackPageErrors } from './harness';
import { reloadPopupFresh, testKeyInPopup } from './page-helpers';


const env = useExtensionBrowser();
let popup: Page;
let popupErrors: Error[];

const testKey = (key: string, options: { generate?: boolean } = {}) => testKeyInPopup(env.launched, popup, key, options);
/** A first open of the popup: no verdict kept from the previous test. */
const reloadFresh = (page: Page) => reloadPopupFresh(env.launched, page);

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
    // A diagnosis only probe 2 reveals came from a generate call ('slow' is key-ok: probe 2 skipped for time).
    if (scenario.needsGenerate && scenario.expect !== 'key-ok') expect(sent.some((request) => request.method === 'POST' && request.url.includes(':generateContent'))).toBe(true);
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
    await reloadFresh(popup);
    await popup.type('input[name="api-key"]', 'ya29.a0AfH6SMBexampleOAuthAccessToken');
    await popup.click('form.key-test button[type="submit"]');
    await popup.waitForSelector('.finding[data-severity="block"]');
    await popup.waitForSelector('[data-diagnosis="key-format"]');
    expect(env.mock.requests.length).toBe(before);
  });

  it('cleans a pasted GEMINI_API_KEY="…" line in one click', async () => {
    await reloadFresh(popup);
    await popup.type('input[name="api-key"]', `GEMINI_API_KEY="${demoKey('ok')}"`);
    const useCleaned = await popup.waitForSelector('button[data-action="use-cleaned"]');
    await useCleaned!.click();
    expect(await popup.$eval('input[name="api-key"]', (input) => (input as HTMLInputElement).value)).toBe(demoKey('ok'));
  });

  describe('pre-check on pasted values (issue 8)', () => {
    /** A paste as the browser delivers it: one text insertion into the focused key field. */
    async function pasteKey(value: string) {
      await reloadFresh(popup);
      await popup.focus('input[name="api-key"]');
      await popup.keyboard.sendCharacter(value);
    }
    const findingText = (id: string) => popup.$eval(`.finding[data-finding="${id}"]`, (element) => element.textContent ?? '');

    it('names a zero-width space inside a key, and tests the cleaned key', async () => {
      const key = demoKey('ok');
      await pasteKey(`${key.slice(0, 12)}\u200B${key.slice(12)}`);
      await popup.waitForSelector('.finding[data-finding="invisible-chars"]');
      expect(await findingText('invisible-chars')).toContain('zero-width space');
      expect(await popup.$('.finding[data-finding="wrong-length"]')).toBeNull();
      expect(await popup.$('button[data-action="use-cleaned"]')).not.toBeNull();
      const before = env.mock.requests.length;
      await popup.click('form.key-test button[type="submit"]');
      await popup.waitForSelector('[data-diagnosis="key-ok"]', { timeout: 20_000 });
      const sent = env.mock.requests.slice(before);
      expect(sent.length).toBeGreaterThan(0);
      for (const request of sent) expect(request.apiKeyHeader).toBe(key);
    });

    it('names an Anthropic key and sends nothing', async () => {
      const secret = `sk-ant-api03-${'Zq8_Lm3-Xv7'.repeat(8)}AA`;
      const before = env.mock.requests.length;
      await pasteKey(secret);
      await popup.waitForSelector('.finding[data-finding="other-secret"][data-severity="block"]');
      expect(await findingText('other-secret')).toContain('Anthropic');
      await popup.click('form.key-test button[type="submit"]');
      await popup.waitForSelector('[data-diagnosis="key-format"]');
      expect(await popup.$eval('body', (body) => body.innerText)).not.toContain(secret);
      expect(env.mock.requests.length).toBe(before);
    });

    it('says a 5,000-character paste is too long, and sends nothing', async () => {
      const before = env.mock.requests.length;
      await pasteKey(`AIzaSy${'A'.repeat(4994)}`);
      expect(await popup.$eval('input[name="api-key"]', (input) => (input as HTMLInputElement).value.length)).toBe(5000);
      await popup.waitForSelector('.finding[data-finding="too-long"][data-severity="block"]');
      expect(await findingText('too-long')).toContain('5000 characters long');
      await popup.click('form.key-test button[type="submit"]');
      await popup.waitForSelector('[data-diagnosis="key-format"]');
      expect(await popup.$eval('body', (body) => body.innerText)).not.toContain('could not be sent');
      expect(env.mock.requests.length).toBe(before);
    });
  });

  it('cancels a test that gets no answer', async () => {
    await reloadFresh(popup);
    await popup.type('input[name="api-key"]', demoKey('hang'));
    await popup.click('form.key-test button[type="submit"]');
    const cancel = await popup.waitForSelector('button[data-action="cancel"]');
    await cancel!.click();
    await popup.waitForSelector('[data-outcome="cancelled"]');
    expect(await popup.$('[data-diagnosis]')).toBeNull();
  });

  it('remembers the key only in storage.session, and only when asked', async () => {
    await reloadFresh(popup);
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
    // The popup comes back with the verdict; "Change key" opens the form with the remembered key,
    // masked in a password field.
    await popup.reload();
    await popup.waitForSelector('[data-key-bar] button[data-action="test-again"]');
    await popup.click('button[data-action="change-key"]');
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
    await reloadFresh(popup);
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    await popup.type('textarea[name="error-text"]', `google.api_core.exceptions.FailedPrecondition: 400 User location is not supported for the API use.`);
    await popup.click('#panel-explain button[type="submit"]');
    const card = await popup.waitForSelector('#panel-explain [data-diagnosis]');
    expect(await card!.evaluate((element) => element.getAttribute('data-diagnosis'))).toBe('location-unsupported');
    expect(await card!.$('button.report')).not.toBeNull();
    expect(env.mock.requests.length).toBe(before);
    await saveScreenshot(popup, 'popup-explain', { fullPage: true });
  });

  it('keeps what was typed in each tab when switching between them', async () => {
    await reloadFresh(popup);
    await popup.type('input[name="api-key"]', demoKey('ok'));
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    await popup.type('textarea[name="error-text"]', 'API key not valid');
    await popup.click('#tab-guides');
    await popup.waitForSelector('#panel-guides [data-flow]'); // the tab's module loads when it opens
    await popup.click('#tab-test');
    expect(await popup.$eval('input[name="api-key"]', (input) => (input as HTMLInputElement).value)).toBe(demoKey('ok'));
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    expect(await popup.$eval('textarea[name="error-text"]', (area) => (area as HTMLTextAreaElement).value)).toBe('API key not valid');
  });

  it('moves focus to Cancel while a test runs, and to the verdict when it ends', async () => {
    await reloadFresh(popup);
    await popup.type('input[name="api-key"]', demoKey('invalid'));
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-diagnosis="key-invalid"]');
    // Preact runs effects after paint: give the focus move its frame.
    await popup.waitForFunction(() => document.activeElement?.id === 'result-title', { timeout: 2_000 });
    await reloadFresh(popup);
    await popup.type('input[name="api-key"]', demoKey('hang'));
    await popup.keyboard.press('Enter');
    // As with the verdict, the focus move runs after paint.
    await popup.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'cancel', { timeout: 2_000 });
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-outcome="cancelled"]');
  });

  // Issue 8: garbled answers, a slow probe 1 with a hanging probe 2, and a redirect all end in a verdict.
  const cardText = () => popup.$eval('[data-diagnosis]', (element) => (element as HTMLElement).innerText);

  it('gives a verdict for a body of 100,000 nested [', async () => {
    expect(await testKey(demoKey('nested'))).toBe('not-google-json');
    // Not the Guides field's error region: it is always there, empty until a problem.
    expect(await popup.$('[role="alert"]:not(:empty)')).toBeNull();
  });

  it('gives a verdict for a 403 with 130,000 help links, saying the body was cut', async () => {
    expect(await testKey(demoKey('links'))).toBe('permission-denied');
    expect(await popup.$eval('[data-diagnosis] [data-note="read-cut"]', (note) => note.textContent ?? '')).toMatch(/only its first [\d,.\s]+ characters were checked/);
    expect(await popup.$('[role="alert"]:not(:empty)')).toBeNull();
  });

  it('gives a verdict within the deadline when probe 1 is slow and probe 2 hangs, saying probe 2 was skipped or stopped', async () => {
    const before = env.mock.requests.length;
    const id = await testKey(demoKey('slow'), { generate: true });
    // Skipped (under 1 s left) is the expected path; stopped (probe 2 cut at the deadline) if the machine was fast enough to leave 1 s.
    expect(['key-ok', 'timeout']).toContain(id);
    expect(await cardText()).toMatch(/The one-token generation was (?:skipped: the model list took [\d.]+ s, leaving too little of the 10 s|stopped after [\d.]+ s: the whole test may take at most 10 s)/);
    expect(env.mock.requests.slice(before).some((request) => request.url.startsWith('/v1beta/models?'))).toBe(true);
  }, 30_000);

  it('words a redirect from the API host as something in between answering, and never follows it', async () => {
    const before = env.mock.requests.length;
    expect(await testKey(demoKey('redirect'))).toBe('api-redirected');
    const text = await cardText();
    expect(text).toContain('Something between your browser and Google answered');
    expect(text).not.toContain('Could not reach Google');
    const sent = env.mock.requests.slice(before);
    expect(sent.map((request) => request.url.split('?')[0])).toEqual(['/v1beta/models']);
    expect(sent.some((request) => request.url.startsWith(REDIRECT_TARGET_PATH))).toBe(false);
  });

  it('explains a pasted 403 with 130,000 help links, saying the paste was cut', async () => {
    await reloadFresh(popup);
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    // Typing megabytes key by key would take minutes: set the value as a paste would, then fire input.
    await popup.$eval('textarea[name="error-text"]', (area) => {
      const links = Array.from({ length: 130_000 }, () => ({ description: 'Help', url: 'https://console.cloud.google.com/' }));
      const body = JSON.stringify({ error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED', details: [{ links }] } });
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, body);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.click('#panel-explain button[type="submit"]');
    const card = await popup.waitForSelector('#panel-explain [data-diagnosis]');
    expect(await card!.evaluate((element) => element.getAttribute('data-diagnosis'))).toBe('permission-denied');
    expect(await card!.$eval('[data-note="read-cut"]', (note) => note.textContent ?? '')).toMatch(/only its first [\d,.\s]+ characters were checked/);
  });

  it('threw no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});
