/**
 * The popup as an entry point to in-page help: the "Fix in the console" guides, the guide button
 * on a diagnosis card (carrying the project from Google's error), and "Scan this AI Studio page"
 * in the real action popup opened over an AI Studio tab.
 */
import type { Page, Target } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_FLOWS } from '@/utils/guide/flows';
import { demoKey } from '../mock-api/scenarios';
import { openPopup, readFixture, saveScreenshot, serveReplicas, trackPageErrors } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { TRUSTED_TYPES_CSP } from './replicas';

const env = useExtensionBrowser();
let popup: Page;
let popupErrors: Error[];

/** The console tab a guide button opened (its first URL, before any page code ran). */
async function consoleTabOpenedBy(action: () => Promise<unknown>): Promise<URL> {
  const opened = env.launched.browser.waitForTarget((target: Target) => target.type() === 'page' && target.url().startsWith('https://console.cloud.google.com/'), { timeout: 10_000 });
  await action();
  const target = await opened;
  const url = new URL(target.url());
  await (await target.page())?.close();
  return url;
}

beforeAll(async () => {
  popup = await openPopup(env.launched);
  popupErrors = trackPageErrors(popup);
});

describe('guides from the popup', () => {
  it('lists every guided fix and starts one in a console tab', async () => {
    await popup.click('#tab-guides');
    await popup.waitForSelector('#panel-guides [data-flow]'); // the tab's module loads when it opens
    const listed = await popup.$$eval('#panel-guides [data-flow]', (items) => items.map((item) => item.getAttribute('data-flow')));
    expect(listed).toEqual(GUIDE_FLOWS.map((flow) => flow.id));
    // No project yet: the guide does not start, the field says why.
    const tabsBefore = (await env.launched.browser.pages()).length;
    await popup.click('#panel-guides [data-flow="restore-deleted-key"] button[data-guide]');
    await popup.waitForSelector('#guide-project[aria-invalid="true"]');
    expect(await popup.$eval('[data-project-problem]', (element) => element.getAttribute('data-project-problem'))).toBe('missing');
    await popup.type('#guide-project', 'Not A Project');
    await popup.click('#panel-guides [data-flow="restore-deleted-key"] button[data-guide]');
    await popup.waitForSelector('[data-project-problem="invalid"]');
    expect((await env.launched.browser.pages()).length).toBe(tabsBefore);
    await popup.$eval('#guide-project', (input) => ((input as HTMLInputElement).value = ''));
    await popup.type('#guide-project', 'my-project-123');
    const url = await consoleTabOpenedBy(() => popup.click('#panel-guides [data-flow="restore-deleted-key"] button[data-guide]'));
    expect(url.pathname).toBe('/apis/credentials');
    expect(url.searchParams.get('project')).toBe('my-project-123');
    expect(url.searchParams.get('keyDoctorGuide')).toBe('restore-deleted-key');
    await popup.waitForSelector('#panel-guides [data-flow="restore-deleted-key"] [role="status"]:not(:empty)');
    await saveScreenshot(popup, 'popup-guides', { fullPage: true });
  });

  it('offers the fixing guide on a diagnosis card, for the project Google named', async () => {
    await popup.reload();
    await popup.waitForSelector('input[name="api-key"]');
    await popup.type('input[name="api-key"]', demoKey('apioff'));
    await popup.click('form.key-test button[type="submit"]');
    const button = await popup.waitForSelector('[data-diagnosis="api-disabled"] button[data-guide="enable-gemini-api"]', { timeout: 20_000 });
    const url = await consoleTabOpenedBy(() => button!.click());
    expect(url.searchParams.get('keyDoctorGuide')).toBe('enable-gemini-api');
    expect(url.searchParams.get('project')).toBe('445009168042');
    expect(url.pathname).toContain('generativelanguage.googleapis.com');
  });

  it('explains a pasted AI Studio toast and offers the restore guide', async () => {
    await popup.reload();
    await popup.waitForSelector('#tab-explain');
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    await popup.type('textarea[name="error-text"]', 'Failed to generate API key: permission denied. Please try again.');
    await popup.click('#panel-explain button[type="submit"]');
    const card = await popup.waitForSelector('#panel-explain [data-diagnosis="key-creation-denied"]');
    const guides = await card!.$$eval('button[data-guide]', (buttons) => buttons.map((button) => button.getAttribute('data-guide')));
    expect(guides).toContain('restore-deleted-key');
  });

  it('threw no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});

describe('"Scan this AI Studio page" in the action popup', () => {
  it('asks the tab to check now and shows the checklist when no message is on screen', async () => {
    const studio = await env.launched.browser.newPage();
    const studioErrors = trackPageErrors(studio);
    await serveReplicas(studio, (url) =>
      url.hostname === 'aistudio.google.com' ? { body: readFixture('ai-studio/healthy-keys-page.html'), headers: TRUSTED_TYPES_CSP } : undefined,
    );
    await studio.goto('https://aistudio.google.com/u/1/apikey?project=gen-lang-client-0371227417');
    await studio.bringToFront();
    expect(await studio.$('key-doctor-hint')).toBeNull();

    // The real toolbar popup, opened over the AI Studio tab (as a user clicking the icon would).
    const worker = await (await env.launched.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().includes(env.launched.extensionId))).worker();
    const popupOpened = env.launched.browser.waitForTarget((target) => target.url().endsWith('/popup.html') && target !== popup.target(), { timeout: 10_000 });
    await worker!.evaluate(() => chrome.action.openPopup());
    const actionPopup = (await (await popupOpened).asPage())!;
    const scan = await actionPopup.waitForSelector('button[data-action="scan-page"]');
    await scan!.click();
    await actionPopup.waitForSelector('[data-scan="nothing"]');
    const hint = await studio.waitForSelector('key-doctor-hint');
    expect(await hint!.evaluate((element) => element.getAttribute('data-diagnosis'))).toBeTruthy();
    expect(studioErrors).toEqual([]);
  });

  it('does not offer a scan when the popup is not over an AI Studio tab', async () => {
    // Popup opened as its own tab: the active tab is the popup, which has no content script.
    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('#app[data-scan-check="none"]');
    expect(await popup.$('button[data-action="scan-page"]')).toBeNull();
  });
});
