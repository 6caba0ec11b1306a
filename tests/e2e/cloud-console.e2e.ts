/**
 * The click coach end to end: the built extension in Chromium, Cloud Console replicas served at
 * their real URLs under the console's Trusted Types CSP, every step driven by a real mouse click
 * at the outlined element (the ring in our shadow root lets clicks through to the page).
 */
import type { ConsoleMessage, ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { guideUrl } from '@/utils/guide/url';
import { readFixture, saveScreenshot, serveReplicas, trackPageErrors, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { guideState, waitForStep } from './page-helpers';
import { replicaFor, TRUSTED_TYPES_CSP } from './replicas';

const PROJECT = 'gen-lang-client-0371227417';
const RESTORED_KEY = '43b0fe02-9493-4ea7-9255-0863fdef29b4';
/** Longer than the coach's 6 s wait before a missing element turns into words. */
const MISSING_TIMEOUT = 15_000;

const env = useExtensionBrowser();

/** Which replica answers each console page right now; a test changes it as the flow moves on. */
type Served = Partial<Record<'credentials' | 'deleted' | 'keyEdit' | 'library' | 'iam', string>>;

function pageKey(url: URL): keyof Served | undefined {
  if (url.hostname !== 'console.cloud.google.com') return undefined;
  if (/^\/apis\/credentials\/?$/.test(url.pathname)) return 'credentials';
  if (/^\/apis\/credentials\/deleted\/?$/.test(url.pathname)) return 'deleted';
  if (/^\/apis\/credentials\/key\/[^/]+\/?$/.test(url.pathname)) return 'keyEdit';
  if (/^\/apis\/library\/generativelanguage\.googleapis\.com\/?$/.test(url.pathname)) return 'library';
  if (/^\/iam-admin\/iam\/?$/.test(url.pathname)) return 'iam';
  return undefined;
}

interface Opened {
  page: Page;
  served: Served;
  errors: Error[];
  /** Console messages about Trusted Types or CSP: the extension must cause none. */
  violations: string[];
}

async function openConsole(served: Served): Promise<Opened> {
  const page = await env.launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = trackPageErrors(page);
  const violations: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (/trusted ?type|content security policy/i.test(message.text())) violations.push(message.text());
  });
  await serveReplicas(page, (url) => {
    const key = pageKey(url);
    const fixture = key && served[key];
    return fixture ? { body: readFixture(`cloud-console/${fixture}`), headers: TRUSTED_TYPES_CSP } : replicaFor(url);
  });
  return { page, served, errors, violations };
}

/** The centre of the ring our shadow root draws around the target. */
async function ringCentre(page: Page): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-ring') != null, { timeout: 5_000 });
  return page.evaluate(() => {
    const ring = document.querySelector('key-doctor-guide')!.shadowRoot!.querySelector('.kd-ring')!.getBoundingClientRect();
    return { x: ring.left + ring.width / 2, y: ring.top + ring.height / 2 };
  });
}

/** A real mouse click on whatever the ring outlines; `navigates` waits for the page it opens. */
async function clickOutlined(page: Page, options: { navigates?: boolean } = {}): Promise<void> {
  const { x, y } = await ringCentre(page);
  if (options.navigates) await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.mouse.click(x, y)]);
  else await page.mouse.click(x, y);
}

function cardText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-card')?.textContent ?? '');
}

function cardLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((link) => (link as HTMLAnchorElement).href));
}

/** Clicks one of our own buttons (by its text) with the mouse, through the shadow root. */
async function clickCardButton(page: Page, label: string, host = 'key-doctor-guide'): Promise<void> {
  const button = await page.waitForFunction(
    (hostName: string, text: string) => [...(document.querySelector(hostName)?.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === text),
    { timeout: 5_000 },
    host,
    label,
  );
  await (button.asElement() as ElementHandle<Element>).click();
}

describe('Cloud Console click coach', () => {
  it('restores a deleted key across three page loads and a reload, on the user’s own clicks', async () => {
    const { page, served, errors, violations } = await openConsole({ credentials: 'credentials.html', deleted: 'deleted-one.html' });

    // Deep link: the console page opens with the flow started; the parameter leaves the address bar.
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    expect(page.url()).toBe(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    expect(await guideState(page)).toEqual({ flow: 'restore-deleted-key', step: 'open-deleted', phase: 'shown' });

    await clickOutlined(page, { navigates: true });
    expect(new URL(page.url()).pathname).toBe('/apis/credentials/deleted');
    await waitForStep(page, 'restore');

    // A reload keeps the place (storage.session, owned by the background).
    await page.reload({ waitUntil: 'load' });
    await waitForStep(page, 'restore');
    expect(await cardText(page)).toContain('Generative Language API Key');

    await clickOutlined(page);
    await waitForStep(page, 'confirm');
    expect(await page.$('mat-dialog-container')).not.toBeNull();
    await saveScreenshot(page, 'cloud-console-restore-confirm');

    // From now on the Credentials list has the key again.
    served.credentials = 'credentials-restored.html';
    await clickOutlined(page);
    await waitForStep(page, 'back');
    expect(await page.$('mat-dialog-container')).toBeNull();

    await clickOutlined(page, { navigates: true });
    expect(new URL(page.url()).pathname).toBe('/apis/credentials');
    await waitForStep(page, 'restored');

    await saveScreenshot(page, 'cloud-console-restore-done');
    const text = await cardText(page);
    expect(text).toContain('Your key is back');
    expect(text).toContain(`gcloud services api-keys undelete '${RESTORED_KEY}' --project='${PROJECT}'`);
    expect(text).toMatch(/restored for 30 days/);
    expect(text).toMatch(/rejects unrestricted standard keys/);
    const links = await cardLinks(page);
    expect(links).toContain('https://aistudio.google.com/api-keys');
    expect(links).toContain(`https://console.cloud.google.com/apis/credentials/key/${RESTORED_KEY}?project=${PROJECT}&keyDoctorGuide=restrict-key`);
    // The ring outlines the restored key's row.
    const outlinedRow = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('tr')?.textContent ?? '', await ringCentre(page));
    expect(outlinedRow).toContain('Generative Language API Key');

    // Done ends the guide in this tab.
    await clickCardButton(page, 'Done');
    await page.waitForFunction(() => !document.querySelector('key-doctor-guide'), { timeout: 5_000 });
    const reloaded = await watchContentScript(page, env.launched.extensionId);
    await page.reload({ waitUntil: 'load' });
    await reloaded.injected;
    // Running now: give it the time a resume takes (one state read), then nothing may come back.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await guideState(page)).toBeNull();

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    // The replicas really enforce Trusted Types: an HTML string sink is refused in the page.
    expect(await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b></b>');
        return 'allowed';
      } catch {
        return 'refused';
      }
    })).toBe('refused');
    await page.close();
  });

  it('creates a key and restricts it to the Generative Language API', async () => {
    const { page, errors, violations } = await openConsole({ credentials: 'credentials.html', keyEdit: 'key-edit.html' });
    await page.goto(guideUrl('create-and-restrict-key', { project: PROJECT }));

    await waitForStep(page, 'create-credentials');
    await clickOutlined(page);
    await waitForStep(page, 'choose-api-key');
    await clickOutlined(page);
    await waitForStep(page, 'edit-key');
    await clickOutlined(page, { navigates: true });
    expect(new URL(page.url()).pathname).toMatch(/^\/apis\/credentials\/key\//);

    for (const step of ['restrict-key', 'open-api-list', 'pick-gemini-api', 'confirm-apis']) {
      await waitForStep(page, step);
      await clickOutlined(page);
    }
    expect(await page.$eval('#_0rif_cfc-select-0-select-value', (element) => element.textContent?.trim())).toBe('Generative Language API');

    await waitForStep(page, 'save');
    await clickOutlined(page, { navigates: true });
    expect(new URL(page.url()).pathname).toBe('/apis/credentials');
    await waitForStep(page, 'test-key');
    expect(await cardText(page)).toContain('Test the key in Key Doctor');

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('falls back to words with "I did it" / "Skip" when an element is missing, and Esc ends', async () => {
    const { page, errors, violations } = await openConsole({ credentials: 'credentials-no-restore-link.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));

    await waitForStep(page, 'open-deleted', 'seeking');
    await waitForStep(page, 'open-deleted', 'missing', MISSING_TIMEOUT);
    const text = await cardText(page);
    expect(text).toContain('cannot find this on the page');
    expect(text).toContain('I did it');
    expect(text).toContain('Skip');

    await clickCardButton(page, 'Skip');
    await waitForStep(page, 'select-row', 'elsewhere');
    expect(await cardLinks(page)).toContain(`https://console.cloud.google.com/apis/credentials/deleted?project=${PROJECT}`);

    await page.mouse.click(600, 300);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('key-doctor-guide'), { timeout: 5_000 });

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('enables the API, and says so only once the page shows it on', async () => {
    const { page, served, errors, violations } = await openConsole({ library: 'library-not-enabled.html' });
    await page.goto(guideUrl('enable-gemini-api', { project: PROJECT }));
    await waitForStep(page, 'enable');
    // The replica's Enable does nothing by itself: until the page shows the API on, no success.
    await clickOutlined(page);
    await waitForStep(page, 'enabled', 'seeking');
    expect(await cardText(page)).toContain('Checking');
    expect(await cardText(page)).not.toContain('The API is enabled');
    // The console re-renders the page with the API on.
    served.library = 'library-enabled.html';
    await page.reload({ waitUntil: 'load' });
    await waitForStep(page, 'enabled');
    const text = await cardText(page);
    expect(text).toContain('The API is enabled');
    expect(text).not.toContain('already enabled');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('knows when the API is already on', async () => {
    const { page, errors } = await openConsole({ library: 'library-enabled.html' });
    await page.goto(guideUrl('enable-gemini-api', { project: PROJECT }));
    await waitForStep(page, 'enabled');
    expect(await cardText(page)).toContain('already enabled');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the user choose among several deleted keys, and says when there is nothing to restore', async () => {
    const { page, served, errors } = await openConsole({ credentials: 'credentials.html', deleted: 'deleted-several.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }, `https://console.cloud.google.com/apis/credentials/deleted?project=${PROJECT}`));
    await waitForStep(page, 'select-row', 'choosing');
    const choices = await page.evaluate(() => [...(document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('.kd-choice-name') ?? [])].map((name) => name.textContent));
    expect(choices).toEqual(expect.arrayContaining(['Generative Language API Key', 'Gemini API Key']));
    const picked = 'Gemini API Key';
    const choice = await page.waitForFunction(
      (name: string) => [...(document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('.kd-choice') ?? [])].find((button) => button.querySelector('.kd-choice-name')?.textContent === name),
      { timeout: 5_000 },
      picked,
    );
    await (choice.asElement() as ElementHandle<Element>).click();
    // This page has no row checkboxes: the next step outlines the picked row's RESTORE.
    await waitForStep(page, 'restore');
    const outlinedRow = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('tr, [role="row"]')?.textContent ?? '', await ringCentre(page));
    expect(outlinedRow).toContain(picked);
    expect(outlinedRow).not.toContain('Generative Language API Key');

    served.deleted = 'deleted-empty.html';
    await page.goto(guideUrl('restore-deleted-key', { project: 'another-project' }, 'https://console.cloud.google.com/apis/credentials/deleted?project=another-project'));
    await page.waitForFunction(() => (document.querySelector('key-doctor-guide')?.shadowRoot?.textContent ?? '').includes('Nothing to restore in this project'), { timeout: 15_000 });
    expect(await cardLinks(page)).toContainEqual(expect.stringContaining('keyDoctorGuide=create-and-restrict-key'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('check your role: outlines the signed-in user’s row and lists the permissions key creation needs', async () => {
    const { page, errors, violations } = await openConsole({ iam: 'iam.html' });
    await page.goto(guideUrl('check-role', { project: PROJECT }));
    await waitForStep(page, 'your-row');
    const outlinedRow = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('tr, [role="row"]')?.textContent ?? '', await ringCentre(page));
    expect(outlinedRow).toContain('Dev User');
    const text = await cardText(page);
    for (const permission of ['apikeys.keys.create', 'serviceusage.services.enable', 'iam.serviceAccounts.create']) expect(text).toContain(permission);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('offers the guide on the Credentials page, starts it in place, and can be turned down for good', async () => {
    const { page, errors } = await openConsole({ credentials: 'credentials.html', deleted: 'deleted-one.html' });
    await page.goto(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    await page.waitForFunction(() => document.querySelector('key-doctor-offer')?.shadowRoot?.querySelector('[data-offer="restore-deleted-key"]'), { timeout: 10_000 });

    await clickCardButton(page, 'Guide me', 'key-doctor-offer');
    await waitForStep(page, 'open-deleted');
    expect(await page.$('key-doctor-offer')).toBeNull();
    await clickCardButton(page, '×');
    await page.waitForFunction(() => !document.querySelector('key-doctor-guide'), { timeout: 5_000 });

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('key-doctor-offer')?.shadowRoot?.querySelector('.kd-offer'), { timeout: 10_000 });
    await clickCardButton(page, 'Don’t offer again', 'key-doctor-offer');
    await page.waitForFunction(() => !document.querySelector('key-doctor-offer'), { timeout: 5_000 });
    // Stored for good, where only the extension can read it.
    const worker = await (await env.launched.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().includes(env.launched.extensionId))).worker();
    await expect.poll(() => worker!.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null))), { timeout: 5_000 }).toContain('restore-deleted-key');
    const reloaded = await watchContentScript(page, env.launched.extensionId);
    await page.reload({ waitUntil: 'load' });
    await reloaded.injected;
    // Past the offer's own re-check after load (OFFER_RECHECK_MS, 2 s), with margin.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await page.$('key-doctor-offer')).toBeNull();

    expect(errors).toEqual([]);
    await page.close();
  });
});
