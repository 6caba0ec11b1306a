/**
 * Issue 9 end to end, on replicas rebuilt from console-dom-evidence.md at their real URLs: Enable
 * by its aria-label on the library and marketplace pages; the 2026 create form with its greyed-out
 * Gemini option; restrict without the radio; deleted keys restored on a German console; a control
 * inside an iframe; the restored standard key's finish card; the page outline.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { guideUrl } from '@/utils/guide/url';
import { keyRuleValues } from '@/utils/key-rules';
import { useExtensionBrowser } from './extension-browser';
import { MISSING_TIMEOUT, PROJECT, cardLinks, cardText, clickCardButton, clickOutlined, openConsole } from './console-coach';
import { ringCentre, waitForStep } from './page-helpers';

const env = useExtensionBrowser();
const CONSOLE = 'https://console.cloud.google.com';

/** What the page has at the ring's centre, read in the page. */
function atRing(page: Page, read: string): Promise<string> {
  return ringCentre(page).then(({ x, y }) =>
    page.evaluate(
      (px: number, py: number, what: string) => {
        const element = document.elementFromPoint(px, py);
        if (!element) return '';
        if (what === 'aria-label') return element.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
        if (what === 'sticky') return String(element.closest('.cfc-product-header-sticky, .mp-sticky-cta') !== null);
        if (what === 'tag') return element.localName;
        return element.closest(what)?.textContent ?? '';
      },
      x,
      y,
      read,
    ),
  );
}

describe('Enable by its aria-label', () => {
  it('on the API Library page: the visible "enable this API" of two, then "manage this API" means enabled', async () => {
    const { page, errors, violations } = await openConsole(env, { library: 'library-aria-not-enabled.html' });
    await page.goto(guideUrl('enable-gemini-api', { project: PROJECT }));
    await waitForStep(page, 'enable');
    expect(await atRing(page, 'aria-label')).toBe('enable this API');
    expect(await atRing(page, 'sticky')).toBe('false');
    await clickOutlined(page);
    // The replica turns the button into "manage this API": only then is it a success.
    await waitForStep(page, 'enabled');
    const text = await cardText(page);
    expect(text).toContain('The API is enabled');
    expect(text).not.toContain('already enabled');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('knows "already enabled" from "manage this API" alone', async () => {
    const { page, errors } = await openConsole(env, { library: 'library-aria-enabled.html' });
    await page.goto(guideUrl('enable-gemini-api', { project: PROJECT }));
    await waitForStep(page, 'enabled');
    expect(await cardText(page)).toContain('already enabled');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on the Marketplace product page the console search lands on', async () => {
    const { page, errors, violations } = await openConsole(env, { marketplace: 'marketplace-not-enabled.html' });
    const marketplace = `${CONSOLE}/marketplace/product/google/generativelanguage.googleapis.com?q=search&referrer=search&project=${PROJECT}`;
    await page.goto(guideUrl('enable-gemini-api', { project: PROJECT }, marketplace));
    await waitForStep(page, 'enable');
    expect(await atRing(page, 'aria-label')).toBe('enable this API');
    expect(await atRing(page, 'sticky')).toBe('false');
    await clickOutlined(page);
    await waitForStep(page, 'enabled');
    expect(await cardText(page)).toContain('The API is enabled');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the 2026 "Create API key" form', () => {
  it('binds a service account, explains the greyed-out Gemini API without outlining it, and creates a restricted key', async () => {
    const { page, errors, violations } = await openConsole(env, { credentials: 'credentials-create-form.html' });
    await page.goto(guideUrl('create-and-restrict-key', { project: PROJECT }));
    await waitForStep(page, 'create-credentials');
    await clickOutlined(page);
    await waitForStep(page, 'choose-api-key');
    await clickOutlined(page);
    await waitForStep(page, 'tick-service-account');
    expect(await cardText(page)).toContain('Authenticate API calls through a service account');
    await clickOutlined(page);
    await waitForStep(page, 'choose-service-account');
    // The user opens the picker but closes it without choosing an account.
    await clickOutlined(page);
    await waitForStep(page, 'form-open-api-list');
    await page.evaluate(() => (document.querySelector('[data-replica="panel-backdrop"]') as HTMLElement).click());
    await waitForStep(page, 'form-open-api-list');
    await clickOutlined(page);

    // Gemini API is greyed out: no ring, and the card says why and what unlocks it.
    await page.waitForFunction(() => (document.querySelector('key-doctor-guide')?.shadowRoot?.textContent ?? '').includes('The Gemini API is greyed out'), { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('.kd-ring').length ?? 0)).toBe(0);
    expect(await page.evaluate(() => (document.querySelector('key-doctor-guide') as HTMLElement | null)?.dataset.step)).toBe('form-pick-gemini');
    expect(await cardText(page)).toContain('choose a service account above');

    // The user does so: closes the list, picks an account, opens the list again.
    await page.evaluate(() => (document.querySelector('[data-replica="panel-backdrop"]') as HTMLElement).click());
    await page.click('#_0rif_cfc-select-1');
    await page.click('[data-replica="sa"]');
    await page.click('#_0rif_cfc-select-2');
    await waitForStep(page, 'form-pick-gemini');
    expect(await atRing(page, '[role="option"]')).toContain('Gemini API');
    await clickOutlined(page);
    await waitForStep(page, 'form-confirm-apis');
    await clickOutlined(page);
    await waitForStep(page, 'create-key');
    await clickOutlined(page);
    // The form made the key restricted: the 2024 edit-and-restrict steps are passed.
    await waitForStep(page, 'test-key');
    expect(await cardText(page)).toContain('Test the key in Key Doctor');
    expect(await page.$eval('input.cfc-code-snippet-input', (input) => (input as HTMLInputElement).value.startsWith('AQ.'))).toBe(true);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('restrict without the "Restrict key" radio', () => {
  it('goes straight to the API list, then Save', async () => {
    const { page, errors, violations } = await openConsole(env, { keyEdit: 'key-edit-no-radio.html', credentials: 'credentials.html' });
    const keyPage = `${CONSOLE}/apis/credentials/key/6c0f8d2e-3a5b-4f9c-8d1e-2b7a9c4e5f61?project=${PROJECT}`;
    await page.goto(guideUrl('restrict-key', { project: PROJECT }, keyPage));
    await waitForStep(page, 'open-api-list');
    await clickOutlined(page);
    await waitForStep(page, 'pick-gemini-api');
    await clickOutlined(page);
    await waitForStep(page, 'confirm-apis');
    await clickOutlined(page);
    expect(await page.$eval('#_0rif_cfc-select-0-select-value', (element) => element.textContent?.trim())).toBe('Generative Language API');
    await waitForStep(page, 'save');
    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'test-key');
    expect(await cardText(page)).toContain('Now test the key');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('deleted keys on a German console', () => {
  it('restores the key through WIEDERHERSTELLEN, the dialog and Zurück', async () => {
    const { page, served, errors, violations } = await openConsole(env, { deleted: 'deleted-de.html', credentials: 'credentials.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }, `${CONSOLE}/apis/credentials/deleted?project=${PROJECT}&hl=de`));
    await waitForStep(page, 'restore');
    expect(await atRing(page, 'tr')).toContain('Generative Language API Key');
    expect(await atRing(page, 'tr')).not.toContain('Webclient');
    await clickOutlined(page);
    await waitForStep(page, 'confirm');
    served.credentials = 'credentials-restored.html';
    await clickOutlined(page);
    await waitForStep(page, 'back');
    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'restored');
    expect(await cardText(page)).toContain('Your key is back');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('a control inside an iframe', () => {
  it('rings the Create credentials button inside the Rif iframe, with one card in the top frame, and follows the click there', async () => {
    const { page, errors, violations } = await openConsole(env, { credentials: 'credentials-iframe.html', rifFrame: 'credentials-rif-frame.html' });
    await page.goto(guideUrl('create-and-restrict-key', { project: PROJECT }));
    await waitForStep(page, 'create-credentials', 'shown', 15_000);
    const frame = page.frames().find((candidate) => candidate.url().includes('/rif-frame'))!;
    expect(frame).toBeDefined();
    // One card, in the top frame only.
    expect(await frame.$('key-doctor-guide')).toBeNull();
    const { x, y } = await ringCentre(page);
    const box = await page.$eval('iframe[title="RifIframeEle"]', (element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top };
    });
    // The ring is over the frame's button: the same point, in the frame's viewport, is that button.
    const inFrame = await frame.evaluate((fx: number, fy: number) => document.elementFromPoint(fx, fy)?.closest('button')?.textContent?.trim() ?? '', x - box.left, y - box.top);
    expect(inFrame).toBe('add Create credentials');
    await page.mouse.click(x, y);
    await waitForStep(page, 'choose-api-key');
    const menu = await ringCentre(page);
    expect(await frame.evaluate((fx: number, fy: number) => document.elementFromPoint(fx, fy)?.closest('[role="menuitem"]')?.textContent ?? '', menu.x - box.left, menu.y - box.top)).toContain('API key');
    await page.mouse.click(menu.x, menu.y);
    // The key appeared in the frame's dialog: the next step is its "Edit API key" link, in the frame.
    await waitForStep(page, 'edit-key');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the restored standard key', () => {
  it('reads AIza… from the restored row and leads with an auth key in AI Studio', async () => {
    const { page, served, errors } = await openConsole(env, { credentials: 'credentials.html', deleted: 'deleted-one.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }, `${CONSOLE}/apis/credentials/deleted?project=${PROJECT}`));
    await waitForStep(page, 'restore');
    await clickOutlined(page);
    await waitForStep(page, 'confirm');
    served.credentials = 'credentials-restored-standard.html';
    await clickOutlined(page);
    await waitForStep(page, 'back');
    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'restored');
    const text = await cardText(page);
    // The rule's words come from the one dated table, in the tense of the extension's today.
    expect(text).toContain(`This is a standard key (AIza…). ${keyRuleValues('en', new Date()).standardRefused}`);
    const primary = await page.evaluate(() => {
      const link = document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('a.kd-primary') as HTMLAnchorElement | null;
      return link ? { text: link.textContent, href: link.href } : null;
    });
    expect(primary?.text).toContain('Create an auth key in AI Studio');
    expect(primary?.href).toBe(`https://aistudio.google.com/api-keys?project=${PROJECT}`);
    expect(await cardLinks(page)).toContainEqual(expect.stringContaining('keyDoctorGuide=create-and-restrict-key'));
    // The key string is never copied into our card.
    expect(text).not.toContain('3xQk');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('"Copy page outline"', () => {
  it('when a step cannot find its control: the page’s structure, with no cell text, no key, no project id, no email', async () => {
    const { page, errors } = await openConsole(env, { credentials: 'credentials-restored-standard.html' });
    const context = page.browserContext();
    await context.overridePermissions(CONSOLE, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    // The console re-renders its action bar without the link: the step cannot find it.
    await page.evaluate(() => document.querySelector('a[href*="/apis/credentials/deleted"]')?.replaceWith(document.createElement('span')));
    await waitForStep(page, 'open-deleted', 'missing', MISSING_TIMEOUT);
    await clickCardButton(page, 'Copy page outline');
    await page.waitForFunction(() => [...(document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('button') ?? [])].some((button) => button.textContent === 'Copied'), { timeout: 5_000 });
    const outline = await page.evaluate(() => navigator.clipboard.readText());
    expect(outline).toContain('Key Doctor page outline');
    expect(outline).toContain('page: console.cloud.google.com/apis/credentials');
    expect(outline).toMatch(/button.* "Create credentials"/);
    expect(outline).toContain('cfccalloutsteptarget=credential-create-button');
    expect(outline).toMatch(/tr\[role=row\]/);
    for (const secret of ['Generative Language API Key', 'Gemini API Key', 'Nov 20, 2026', 'AIza', 'AQ.Ab8', '3xQk', PROJECT, 'dev.user@example.com', '43b0fe02']) expect(outline, secret).not.toContain(secret);
    expect(errors).toEqual([]);
    await page.close();
  });
});
