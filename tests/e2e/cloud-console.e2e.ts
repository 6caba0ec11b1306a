/**
 * The click coach end to end: the built extension in Chromium, Cloud Console replicas served at
 * their real URLs under the console's Trusted Types CSP, every step driven by a real mouse click
 * at the outlined element (the ring in our shadow root lets clicks through to the page).
 */
import type { ElementHandle } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { guideUrl } from '@/utils/guide/url';
import { keyRuleValues, standardKeysAccepted } from '@/utils/key-rules';
import { saveScreenshot, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { MISSING_TIMEOUT, PROJECT, RESTORED_KEY, cardLinks, cardText, clickCardButton, clickOutlined, openConsole } from './console-coach';
import { guideState, ringCentre, waitForStep } from './page-helpers';

const env = useExtensionBrowser();

describe('Cloud Console click coach', () => {
  it('restores a deleted key across three page loads and a reload, on the user’s own clicks', async () => {
    const { page, served, errors, violations } = await openConsole(env, { credentials: 'credentials.html', deleted: 'deleted-one.html' });

    // Deep link: the console page opens with the flow started; the parameter leaves the address bar.
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    expect(page.url()).toBe(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    expect(await guideState(page)).toEqual({ flow: 'restore-deleted-key', step: 'open-deleted', phase: 'shown' });
    expect(await cardText(page)).toContain('Step 1 of 5');

    await clickOutlined(page, { navigates: true });
    expect(new URL(page.url()).pathname).toBe('/apis/credentials/deleted');
    await waitForStep(page, 'restore');
    // One deleted key: "select the key" was passed, found done; the count leaves it out (not 3 of 5).
    expect(await cardText(page)).toContain('Step 2 of 4');

    // A reload keeps the place (storage.session, owned by the background).
    await page.reload({ waitUntil: 'load' });
    await waitForStep(page, 'restore');
    expect(await cardText(page)).toContain('Generative Language API Key');
    expect(await cardText(page)).toContain('Step 2 of 4');

    await clickOutlined(page);
    await waitForStep(page, 'confirm');
    expect(await page.$('mat-dialog-container')).not.toBeNull();
    expect(await cardText(page)).toContain('Step 3 of 4');
    await saveScreenshot(page, 'cloud-console-restore-confirm');

    // From now on the Credentials list has the key again.
    served.credentials = 'credentials-restored.html';
    await clickOutlined(page);
    await waitForStep(page, 'back');
    expect(await page.$('mat-dialog-container')).toBeNull();
    expect(await cardText(page)).toContain('Step 4 of 4');

    await clickOutlined(page, { navigates: true });
    expect(new URL(page.url()).pathname).toBe('/apis/credentials');
    await waitForStep(page, 'restored');

    await saveScreenshot(page, 'cloud-console-restore-done');
    const text = await cardText(page);
    expect(text).toContain('Your key is back');
    // The key is back: no restore command any more, the next step instead (utils/guide/finish.ts).
    expect(text).not.toContain('undelete');
    expect(text).not.toMatch(/restored for 30 days/);
    // This list shows no key string: the card says how to tell a standard key, with Google's
    // September 2026 rule in the tense of the day (utils/key-rules.ts, the extension's own clock).
    const today = new Date();
    expect(text).toContain('If this key starts with AIza, it is a standard key.');
    expect(text).toContain(keyRuleValues('en', today).standardRefused);
    const links = await cardLinks(page);
    expect(links).toContain(`https://aistudio.google.com/api-keys?project=${PROJECT}`);
    const restrictLink = `https://console.cloud.google.com/apis/credentials/key/${RESTORED_KEY}?project=${PROJECT}&keyDoctorGuide=restrict-key`;
    if (standardKeysAccepted(today)) expect(links).toContain(restrictLink);
    else expect(links).not.toContain(restrictLink);
    // The kind is unknown here: once Google refuses standard keys, testing the key is the next step.
    const primary = await page.evaluate(() => [...(document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('.kd-card .kd-primary') ?? [])].map((element) => element.textContent));
    expect(primary).toEqual([standardKeysAccepted(today) ? 'Restrict this key' : 'Test the key in Key Doctor']);
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
    const { page, errors, violations } = await openConsole(env, { credentials: 'credentials.html', keyEdit: 'key-edit.html' });
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
    const { page, errors, violations } = await openConsole(env, { credentials: 'credentials-no-restore-link.html' });
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
    const { page, served, errors, violations } = await openConsole(env, { library: 'library-not-enabled.html' });
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
    const { page, errors } = await openConsole(env, { library: 'library-enabled.html' });
    await page.goto(guideUrl('enable-gemini-api', { project: PROJECT }));
    await waitForStep(page, 'enabled');
    expect(await cardText(page)).toContain('already enabled');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the ring still: no animation runs while the guide waits', async () => {
    const { page, errors } = await openConsole(env, { credentials: 'credentials.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    await ringCentre(page);
    const ring = await page.evaluate(() => {
      const root = document.querySelector('key-doctor-guide')!.shadowRoot!;
      const element = root.querySelector('.kd-ring')!;
      return {
        outline: getComputedStyle(element).borderTopStyle,
        animations: root.getAnimations().length,
        halo: getComputedStyle(element, '::after').content,
      };
    });
    expect(ring.outline).toBe('solid');
    expect(ring.animations).toBe(0);
    expect(ring.halo).toBe('none');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets the user choose among several deleted keys, and says when there is nothing to restore', async () => {
    const { page, served, errors } = await openConsole(env, { credentials: 'credentials.html', deleted: 'deleted-several.html' });
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
    const { page, errors, violations } = await openConsole(env, { iam: 'iam.html' });
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
    const { page, errors } = await openConsole(env, { credentials: 'credentials.html', deleted: 'deleted-one.html' });
    const modules: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'chrome-extension:') modules.push(url.pathname);
    });
    await page.goto(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    await page.waitForFunction(() => document.querySelector('key-doctor-offer')?.shadowRoot?.querySelector('[data-offer="restore-deleted-key"]'), { timeout: 10_000 });
    // The offer card's module only: the coach waits for "Guide me".
    expect([...new Set(modules)]).toEqual(['/cloud-console-offer-en.js']);

    await clickCardButton(page, 'Guide me', 'key-doctor-offer');
    await waitForStep(page, 'open-deleted');
    expect(await page.$('key-doctor-offer')).toBeNull();
    expect([...new Set(modules)].sort()).toEqual(['/cloud-console-coach-en.js', '/cloud-console-guide-restore-deleted-key-en.js', '/cloud-console-offer-en.js']);
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
