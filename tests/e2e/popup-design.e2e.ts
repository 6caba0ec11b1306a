/**
 * The popup as a new user meets it in the real toolbar popup (400 × 600): readable text in every
 * state, the verdict and its one primary action without scrolling, the verdict still there after
 * the popup closes, no axe-core violations in light and dark, and the product icon.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoKey } from '../mock-api/scenarios';
import { axeViolations } from './design-checks';
import { useExtensionBrowser } from './extension-browser';
import { EXTENSION_DIR, saveScreenshot, trackPageErrors } from './harness';
import { POPUP_SIZE, popupResultFits as resultFits, reloadPopupFresh } from './page-helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POPUP = POPUP_SIZE;
const SCREENSHOTS = process.env.KEY_DOCTOR_SCREENSHOTS === '1';

const env = useExtensionBrowser();
let popup: Page;
let popupErrors: Error[];
let treeBefore: string;

function gitStatus(): string {
  return execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
}

/** The popup as the toolbar opens it: a fresh page at the popup's size. */
async function openPopupPage(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await env.launched.browser.newPage();
  await page.setViewport(POPUP);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`chrome-extension://${env.launched.extensionId}/popup.html`);
  return page;
}

/** Starts over: no kept verdict, no remembered key, the form open and empty. */
const fresh = (page: Page) => reloadPopupFresh(env.launched, page, { forgetKey: true });

async function runTest(page: Page, key: string, options: { generate?: boolean } = {}): Promise<string> {
  await fresh(page);
  await page.type('input[name="api-key"]', key);
  if (options.generate) await page.click('input[name="generate"]');
  await page.click('form.key-test button[type="submit"]');
  const card = await page.waitForSelector('#panel-test [data-diagnosis]', { timeout: 20_000 });
  return (await card!.evaluate((element) => element.getAttribute('data-diagnosis')))!;
}

/** Every rendered piece of text smaller than 13 px (closed disclosures opened first). */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0) continue;
      if (parent.closest('[hidden], .visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 13) small.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    for (const details of document.querySelectorAll('details')) details.open = false;
    return small;
  });
}


/** Fonts and axe in this state, in light and in dark. */
async function checkState(page: Page, name: string): Promise<void> {
  expect(await smallText(page), `${name}: text under 13 px`).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    expect(await axeViolations(page, undefined, 10), `${name} (${scheme}): axe`).toEqual([]);
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
}

beforeAll(async () => {
  treeBefore = gitStatus();
  popup = await openPopupPage();
  popupErrors = trackPageErrors(popup);
});

describe('popup design', () => {
  it('sets body text on body (not :root), at least 13 px, and starts in the key field', async () => {
    await fresh(popup);
    expect(await popup.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(13);
    await popup.waitForFunction(() => document.activeElement?.id === 'api-key', { timeout: 2_000 });
    // Hints are never larger than labels.
    const [label, hint] = await popup.evaluate(() => [document.querySelector('label[for="api-key"]')!, document.querySelector('#api-key-hint')!].map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(hint).toBeLessThanOrEqual(label!);
    await checkState(popup, 'initial');
  });

  it('a pre-check finding reads well and says what will be removed', async () => {
    await fresh(popup);
    await popup.type('input[name="api-key"]', `GEMINI_API_KEY="${demoKey('ok')}"`);
    await popup.waitForSelector('.finding[data-finding="env-assignment"]');
    expect(await popup.$eval('.findings', (list) => list.textContent ?? '')).not.toMatch(/\bRemoved\b/);
    await checkState(popup, 'pre-check finding');
  });

  it('while a test runs: a visible seconds counter, announced only when the test ends', async () => {
    await fresh(popup);
    await popup.type('input[name="api-key"]', demoKey('hang'));
    await popup.click('form.key-test button[type="submit"]');
    const counter = await popup.waitForSelector('[data-testing] [data-elapsed]');
    expect(await counter!.evaluate((element) => [element.getAttribute('aria-hidden'), Boolean(element.closest('[aria-live]'))])).toEqual(['true', false]);
    expect(await counter!.evaluate((element) => element.textContent)).toMatch(/^\d+ s$/);
    expect(await popup.$eval('[data-announce]', (element) => element.textContent)).toBe('');
    await checkState(popup, 'running');
    await popup.click('button[data-action="cancel"]');
    await popup.waitForSelector('[data-outcome="cancelled"]');
    await checkState(popup, 'cancelled');
  });

  // One scenario per kind of verdict (ok, error, transient, inconclusive, restricted with curl, limit 0).
  const RESULTS: [name: string, expected: string, generate: boolean][] = [
    ['ok', 'key-ok', false],
    ['apioff', 'api-disabled', false],
    ['overloaded', 'server-error', false],
    ['html', 'not-google-json', false],
    ['referrer', 'key-referrer-restricted', false],
    ['limitzero', 'free-tier-limit-zero', true],
    ['invalid', 'key-invalid', false],
  ];
  it.each(RESULTS)('result %s: verdict, steps and primary action fit 400 × 600; readable; no axe violations', async (name, expected, generate) => {
    expect(await runTest(popup, demoKey(name), { generate })).toBe(expected);
    // The form is folded into one line naming the key masked.
    const bar = await popup.$eval('[data-key-bar]', (element) => element.textContent ?? '');
    expect(bar).toContain(`AIza…${demoKey(name).slice(-4)}`);
    expect(bar).not.toContain(demoKey(name));
    expect(await popup.$('form.key-test')).toBeNull();
    const fits = await resultFits(popup);
    expect(fits.scrolled).toBe(0);
    expect(fits.verdict).toBeLessThanOrEqual(POPUP.height);
    expect(fits.steps).toBeLessThanOrEqual(POPUP.height);
    expect(fits.action).toBeLessThanOrEqual(POPUP.height);
    // One filled action; Google's words and the report are behind the disclosure.
    expect(await popup.$$eval('#panel-test [data-diagnosis] .kd-primary', (elements) => elements.length)).toBe(1);
    expect(await popup.$eval('#panel-test [data-diagnosis] details.details', (details) => [(details as HTMLDetailsElement).open, Boolean(details.querySelector('button.report'))])).toEqual([false, true]);
    expect(await popup.$eval('[data-announce]', (element) => element.textContent)).not.toBe('');
    await checkState(popup, `result ${name}`);
  });

  it('a working key is not told "How to fix it"; the 2026 AIza warning appears once', async () => {
    expect(await runTest(popup, demoKey('ok'))).toBe('key-ok');
    const text = await popup.$eval('#panel-test', (panel) => (panel as HTMLElement).innerText);
    expect(text).not.toContain('How to fix it');
    expect(text.match(/19 June 2026/g)?.length).toBe(1);
  });

  it('the limit-zero verdict names the model the tester sent', async () => {
    expect(await runTest(popup, demoKey('limitzero'), { generate: true })).toBe('free-tier-limit-zero');
    const sent = env.mock.requests.filter((request) => request.url.includes(':generateContent')).at(-1)!;
    const model = /models\/([^/:]+):/.exec(sent.url)![1]!;
    const details = await popup.$eval('#panel-test [data-diagnosis]', (card) => card.textContent ?? '');
    expect(details).toContain(model);
    expect(details).not.toContain('gemini-3-pro');
  });

  it('the verdict is back after the popup closes and reopens, without the key; Change key starts over', async () => {
    expect(await runTest(popup, demoKey('apioff'))).toBe('api-disabled');
    const stored = JSON.stringify(await popup.evaluate(() => chrome.storage.session.get(null)));
    expect(stored).not.toContain(demoKey('apioff'));
    await saveScreenshot(popup, 'popup-result');
    await popup.close();
    popup = await openPopupPage();
    popupErrors.push(...trackPageErrors(popup));
    await popup.waitForSelector('#panel-test [data-diagnosis="api-disabled"]');
    const fits = await resultFits(popup);
    expect(fits.action).toBeLessThanOrEqual(POPUP.height);
    // Without "remember" the key is not known any more: only Change key is offered.
    expect(await popup.$('[data-key-bar] button[data-action="test-again"]')).toBeNull();
    await popup.click('[data-key-bar] button[data-action="change-key"]');
    await popup.waitForSelector('input[name="api-key"]');
    expect(await popup.$('#panel-test [data-diagnosis]')).toBeNull();
    expect(await popup.evaluate(() => chrome.storage.session.get(null))).toEqual({});
  });

  it('Explain: readable, no axe violations', async () => {
    await fresh(popup);
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    await popup.type('textarea[name="error-text"]', 'Failed to generate API key: permission denied. Please try again.');
    await popup.click('#panel-explain button[type="submit"]');
    await popup.waitForSelector('#panel-explain [data-diagnosis]');
    await checkState(popup, 'explain');
  });

  it('Guides: titled like its tab, asks for the project (prefilled from the last verdict); readable; no axe violations', async () => {
    expect(await runTest(popup, demoKey('apioff'))).toBe('api-disabled');
    await popup.click('#tab-guides');
    await popup.waitForSelector('#panel-guides [data-flow]'); // the tab's module loads when it opens
    expect(await popup.$eval('#guides-heading', (heading) => heading.textContent)).toBe(await popup.$eval('#tab-guides', (tab) => tab.textContent));
    expect(await popup.$eval('#guide-project', (input) => (input as HTMLInputElement).value)).toBe('445009168042');
    await checkState(popup, 'guides');
    await popup.click('#tab-test');
  });

  it('writes README and store screenshots only under npm run screenshots', async () => {
    if (!SCREENSHOTS) return;
    for (const [scheme, name, key] of [['light', 'store-result', 'apioff'], ['dark', 'store-result-dark', 'limitzero']] as const) {
      const page = await openPopupPage(scheme);
      expect(await runTest(page, demoKey(key), { generate: key === 'limitzero' })).toBeTruthy();
      const shot = Buffer.from(await page.screenshot()).toString('base64');
      if (scheme === 'dark') await saveScreenshot(page, 'popup-result-dark');
      await page.close();
      const store = await env.launched.browser.newPage();
      await store.setViewport({ width: 1280, height: 800 });
      await store.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const icon = readFileSync(`${ROOT}public/icon/128.png`).toString('base64');
      await store.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:72px;padding:0 96px;box-sizing:border-box;font-family:system-ui,sans-serif;background:${scheme === 'dark' ? '#111318' : '#eef3fc'};color:${scheme === 'dark' ? '#e6e6e6' : '#1f1f1f'}">
        <div style="flex:1"><img src="data:image/png;base64,${icon}" width="96" height="96" alt="">
        <h1 style="font-size:48px;margin:24px 0 16px">Key Doctor</h1>
        <p style="font-size:26px;line-height:1.4;margin:0">Test a Gemini API key the way Google answers it. Get the exact failure, the fix, and the console page of the right project.</p></div>
        <img src="data:image/png;base64,${shot}" width="400" height="600" alt="" style="border-radius:12px;box-shadow:0 12px 40px rgb(0 0 0 / 30%)"></body></html>`);
      await saveScreenshot(store, name);
      await store.close();
    }
  });

  it('threw no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});

describe('icon', () => {
  it.each([16, 32, 48, 128])('public/icon/%i.png is a PNG of that size, and the built manifest uses it for the extension and the toolbar', (size) => {
    const png = readFileSync(`${ROOT}public/icon/${size}.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as chrome.runtime.ManifestV3;
    expect(manifest.icons?.[size]).toBe(`icon/${size}.png`);
    expect((manifest.action?.default_icon as Record<string, string>)[size]).toBe(`icon/${size}.png`);
  });
});

describe('the tree', () => {
  it('is left as it was (npm test writes no tracked file)', () => {
    if (SCREENSHOTS) return; // npm run screenshots rewrites docs/screenshots on purpose
    expect(gitStatus()).toBe(treeBefore);
  });
});
