/**
 * The AI Studio failure hint end to end: the built extension in Chromium, AI Studio replicas
 * served at their real URLs under AI Studio's Trusted Types CSP, error toasts put into the page
 * the way Angular Material puts them there, and every assertion made through the hint's shadow
 * root. The guided links are followed into the Cloud Console replicas to see the coach start.
 */
import type { ConsoleMessage, ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { readFixture, saveScreenshot, type ServedPage, serveReplicas, trackPageErrors, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { hints, insertMessage, waitForHint } from './page-helpers';
import { replicaFor, TRUSTED_TYPES_CSP } from './replicas';

/** The project a test puts in the URL. */
const PROJECT = 'gen-lang-client-0123456789';
/** The one project create-key-click-demo.html shows in its keys table. */
const PAGE_PROJECT = 'gen-lang-client-0371227417';
const PERMISSION_DENIED = 'Failed to generate API key: permission denied. Please try again.';
const SUSPICIOUS = 'Failed to generate API key, The request is suspicious. Please try again.';
/** The Japanese toast of create-key-click-demo.html (?hl=ja); no text rule reads it. */
const JAPANESE_TOAST = 'API キーを生成できませんでした: 権限が拒否されました。もう一度お試しください。';
/** Far longer than the watcher needs (200 ms debounce, 1.5 s key check) to report anything. */
const QUIET_MS = 3_000;

const env = useExtensionBrowser();

interface Opened {
  page: Page;
  errors: Error[];
  /** Console messages about Trusted Types or CSP: the extension must cause none. */
  violations: string[];
}

async function openPage(url: string, override?: (url: URL) => ServedPage | undefined): Promise<Opened> {
  const page = await env.launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = trackPageErrors(page);
  const violations: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (/trusted ?type|content security policy/i.test(message.text())) violations.push(message.text());
  });
  await serveReplicas(page, (served) => override?.(served) ?? replicaFor(served));
  // Our content script's isolated world: a click or toast before it exists would go unseen.
  const content = await watchContentScript(page, env.launched.extensionId);
  await page.goto(url, { waitUntil: 'load' });
  if (new URL(url).hostname === 'aistudio.google.com') await content.injected;
  return { page, errors, violations };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface HintLink {
  cause?: string;
  href: string;
  guide?: string;
  target: string | null;
  rel: string | null;
}

function hintLinks(page: Page): Promise<HintLink[]> {
  return page.evaluate(() =>
    [...(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].map((link) => ({
      cause: link.closest<HTMLElement>('[data-cause]')?.dataset.cause,
      href: link.href,
      guide: link.dataset.guide,
      target: link.getAttribute('target'),
      rel: link.getAttribute('rel'),
    })),
  );
}

const actionOf = async (page: Page, cause: string) => (await hintLinks(page)).find((link) => link.cause === cause)?.href;

function causeOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-cause]') ?? [])].map((item) => item.dataset.cause ?? ''));
}

function quoted(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('blockquote')?.textContent ?? undefined);
}

/** Something in our shadow root, as a handle for real clicks and focus. */
async function inHint(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle((wanted: string) => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector(wanted) ?? null, selector);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${selector} in the hint`);
  return element as ElementHandle<Element>;
}

/** The page enforces Trusted Types: an HTML string sink is refused. */
function htmlSinkRefused(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b></b>');
      return false;
    } catch {
      return true;
    }
  });
}

describe('AI Studio failure hint', () => {
  it('appears when the toast is inserted, with guided deep links for the URL’s project and account, under Trusted Types', async () => {
    const { page, errors, violations } = await openPage(`https://aistudio.google.com/u/1/apikey?project=${PROJECT}`);
    // The page enforces Trusted Types. Chromium exempts our isolated world from it, so this shows
    // the page is unharmed; "renders the page's message as text only" guards our own rendering.
    expect(await htmlSinkRefused(page)).toBe(true);
    expect(await hints(page)).toEqual([]);

    await insertMessage(page, PERMISSION_DENIED);
    await waitForHint(page, 'key-creation-denied');
    expect(await hints(page)).toEqual([{ diagnosis: 'key-creation-denied', rule: 'ai-studio/generate-key-permission-denied' }]);
    expect(await quoted(page)).toBe(PERMISSION_DENIED);
    // Nothing took the page's focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    const links = await hintLinks(page);
    const byCause = Object.fromEntries(links.filter((link) => link.guide).map((link) => [link.cause, link.href]));
    expect(byCause).toEqual({
      'restore-deleted-key': `https://console.cloud.google.com/apis/credentials/deleted?project=${PROJECT}&authuser=1&keyDoctorGuide=restore-deleted-key`,
      'api-not-enabled': `https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com?project=${PROJECT}&authuser=1&keyDoctorGuide=enable-gemini-api`,
      'missing-iam-permissions': `https://console.cloud.google.com/iam-admin/iam?project=${PROJECT}&authuser=1&keyDoctorGuide=check-role`,
      'create-in-cloud-console': `https://console.cloud.google.com/apis/credentials?project=${PROJECT}&authuser=1&keyDoctorGuide=create-and-restrict-key`,
    });
    const consoleLinks = links.filter((link) => new URL(link.href).hostname === 'console.cloud.google.com');
    expect(consoleLinks.length).toBeGreaterThanOrEqual(7);
    for (const link of consoleLinks) {
      const url = new URL(link.href);
      expect([url.searchParams.get('project'), url.searchParams.get('authuser')], link.href).toEqual([PROJECT, '1']);
    }
    for (const link of links) expect([link.target, link.rel], link.href).toEqual(['_blank', 'noopener']);

    await saveScreenshot(page, 'ai-studio-hint');

    // "Restore it" opens the deleted credentials of that project and account in a new tab…
    const restoreHref = byCause['restore-deleted-key']!;
    const opened = env.launched.browser.waitForTarget((target) => target.url() === restoreHref, { timeout: 10_000 });
    await (await inHint(page, '[data-cause="restore-deleted-key"] a.kd-action')).click();
    const tab = await (await opened).page();
    expect(tab).not.toBeNull();
    await tab!.close();
    // …and that deep link starts the guided restore there (served now, since the tab above was not).
    const consoleTab = await openPage(restoreHref);
    await consoleTab.page.waitForFunction(
      () => {
        const guide = document.querySelector<HTMLElement>('key-doctor-guide');
        return guide?.dataset.flow === 'restore-deleted-key' && guide.dataset.step === 'restore';
      },
      { timeout: 10_000, polling: 100 },
    );
    expect(consoleTab.page.url()).toBe(`https://console.cloud.google.com/apis/credentials/deleted?project=${PROJECT}&authuser=1`);
    expect(consoleTab.errors).toEqual([]);
    expect(consoleTab.violations).toEqual([]);
    await consoleTab.page.close();

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([
    {
      name: '/api-keys, the suspicious toast',
      url: 'https://aistudio.google.com/api-keys',
      message: SUSPICIOUS,
      kind: 'toast' as const,
      diagnosis: 'key-creation-flagged',
      firstCause: 'suspicious-request',
      context: { project: PAGE_PROJECT, authuser: null },
    },
    {
      name: '/app/apikey?authuser=3, no permission in the creation dialog',
      url: 'https://aistudio.google.com/app/apikey?authuser=3',
      message: 'You do not have permission to create a key in this project',
      kind: 'dialog' as const,
      diagnosis: 'key-creation-denied',
      firstCause: 'missing-iam-permissions',
      context: { project: PAGE_PROJECT, authuser: '3' },
    },
    {
      name: '/u/2/app/api-keys?project=…, the caller does not have permission',
      url: `https://aistudio.google.com/u/2/app/api-keys?project=${PROJECT}`,
      message: 'The caller does not have permission',
      // The older markup, still plausible (console-dom-evidence A1).
      kind: 'simple-snack-bar' as const,
      diagnosis: 'key-creation-denied',
      firstCause: 'restore-deleted-key',
      context: { project: PROJECT, authuser: '2' },
    },
  ])('$name → $diagnosis', async ({ url, message, kind, diagnosis, firstCause, context }) => {
    const { page, errors, violations } = await openPage(url);
    await insertMessage(page, message, kind);
    await waitForHint(page, diagnosis);
    expect((await causeOrder(page))[0]).toBe(firstCause);
    const iam = new URL((await actionOf(page, 'missing-iam-permissions'))!);
    expect({ project: iam.searchParams.get('project'), authuser: iam.searchParams.get('authuser') }).toEqual(context);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('finds a toast that is already on the page when it loads', async () => {
    const { page, errors, violations } = await openPage('https://aistudio.google.com/u/1/app/apikey', (url) =>
      url.pathname === '/u/1/app/apikey' ? { body: readFixture('ai-studio/generate-key-permission-denied.html'), headers: TRUSTED_TYPES_CSP } : undefined,
    );
    await waitForHint(page, 'key-creation-denied');
    expect(await quoted(page)).toBe(PERMISSION_DENIED);
    // This replica's table shows gen-lang-client-0123456789; the account is /u/1/.
    expect(await actionOf(page, 'restore-deleted-key')).toBe(
      'https://console.cloud.google.com/apis/credentials/deleted?project=gen-lang-client-0123456789&authuser=1&keyDoctorGuide=restore-deleted-key',
    );
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a key page loads its card module while idle, before any toast, and shows nothing for it; a chat page never loads it', async () => {
    const cardModules = (page: Page) => {
      const requested: string[] = [];
      page.on('request', (request) => {
        if (/\/ai-studio-card-[a-z-]+\.js$/.test(request.url())) requested.push(new URL(request.url()).pathname);
      });
      return requested;
    };
    const keys = await env.launched.browser.newPage();
    const keysModules = cardModules(keys);
    await serveReplicas(keys, replicaFor);
    await keys.goto('https://aistudio.google.com/api-keys', { waitUntil: 'load' });
    await expect.poll(() => keysModules, { timeout: 10_000 }).toEqual(['/ai-studio-card-en.js']);
    // The warm-up card was drawn off the page: no host on it.
    await sleep(500);
    expect(await hints(keys)).toEqual([]);
    await keys.close();

    const chat = await env.launched.browser.newPage();
    const chatModules = cardModules(chat);
    await serveReplicas(chat, replicaFor);
    const content = await watchContentScript(chat, env.launched.extensionId);
    await chat.goto('https://aistudio.google.com/prompts/new_chat', { waitUntil: 'load' });
    await content.injected;
    await sleep(QUIET_MS);
    expect(chatModules).toEqual([]);
    await chat.close();
  });

  it('renders the page’s message as text only', async () => {
    const { page, errors, violations } = await openPage(`https://aistudio.google.com/apikey?project=${PROJECT}`);
    const hostile = 'Failed to generate API key: <img src=x onerror="window.kdInjected = 1"><b>bold</b>';
    await insertMessage(page, hostile);
    await waitForHint(page, 'key-creation-denied');
    expect(await quoted(page)).toBe(hostile);
    expect(await page.evaluate(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelectorAll('img, b').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { kdInjected?: number }).kdInjected)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('20 toasts make one hint, which updates in place for a different message', async () => {
    const { page, errors, violations } = await openPage(`https://aistudio.google.com/apikey?project=${PROJECT}`);
    // Count every <key-doctor-hint> ever added: one host for the page's lifetime, never re-made.
    await page.evaluate(() => {
      const counter = window as unknown as { kdHostsAdded: number };
      counter.kdHostsAdded = 0;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'KEY-DOCTOR-HINT') counter.kdHostsAdded += 1;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    const added = () => page.evaluate(() => (window as unknown as { kdHostsAdded: number }).kdHostsAdded);

    for (let retry = 0; retry < 20; retry += 1) {
      await insertMessage(page, PERMISSION_DENIED);
      await sleep(60);
    }
    await waitForHint(page, 'key-creation-denied');
    await sleep(QUIET_MS);
    expect(await page.evaluate(() => document.querySelectorAll('mat-snack-bar-container').length)).toBe(20);
    expect(await hints(page)).toHaveLength(1);
    expect(await added()).toBe(1);

    await insertMessage(page, SUSPICIOUS);
    await waitForHint(page, 'key-creation-flagged');
    expect(await hints(page)).toEqual([{ diagnosis: 'key-creation-flagged', rule: 'ai-studio/generate-key-suspicious' }]);
    expect(await quoted(page)).toBe(SUSPICIOUS);
    expect(await added()).toBe(1);

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a chat quoting the errors shows nothing, even after pushState to /apikey; a real toast there does, until the page leaves', async () => {
    const { page, errors, violations } = await openPage('https://aistudio.google.com/prompts/new_chat?authuser=2');
    expect(await page.evaluate(() => document.body.textContent?.includes('Failed to generate API key: permission denied'))).toBe(true);
    await sleep(QUIET_MS);
    expect(await hints(page)).toEqual([]);

    // Single-page navigation: the chat stays in the DOM, now on a key page where the watcher scans.
    await page.evaluate(() => history.pushState(null, '', '/apikey?authuser=2'));
    await sleep(QUIET_MS);
    expect(await hints(page)).toEqual([]);

    await insertMessage(page, PERMISSION_DENIED);
    await waitForHint(page, 'key-creation-denied');
    // No project on a chat page: the link leaves the choice to the console, for account 2.
    expect(await actionOf(page, 'restore-deleted-key')).toBe('https://console.cloud.google.com/apis/credentials/deleted?authuser=2&keyDoctorGuide=restore-deleted-key');

    // Another project picked in the app: the card stays, its links follow the new context.
    await page.evaluate(() => history.pushState(null, '', '/apikey?authuser=2&project=gen-lang-client-0999999999'));
    await page.waitForFunction(
      () => Boolean(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('a[href*="gen-lang-client-0999999999"]')),
      { timeout: 5_000 },
    );

    await page.evaluate(() => history.pushState(null, '', '/prompts/new_chat?authuser=2'));
    await page.waitForFunction(() => !document.querySelector('key-doctor-hint'), { timeout: 5_000 });

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a translated toast right after clicking "Create API key" gives the language-independent diagnosis', async () => {
    const { page, errors, violations } = await openPage('https://aistudio.google.com/apikey?hl=ja');
    // Without a click, a toast we cannot read is not ours to explain.
    await insertMessage(page, JAPANESE_TOAST);
    await sleep(QUIET_MS);
    expect(await hints(page)).toEqual([]);

    // The replica's own script answers the click with the toast, 800 ms later, as AI Studio does.
    await page.click('[data-test-id="create-api-key-button"]');
    await waitForHint(page, 'ai-studio/unreadable-create-failure');
    expect(await quoted(page)).toBe(JAPANESE_TOAST);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test-id'))).toBe('create-api-key-button');
    expect(await actionOf(page, 'restore-deleted-key')).toBe(`https://console.cloud.google.com/apis/credentials/deleted?project=${PAGE_PROJECT}&keyDoctorGuide=restore-deleted-key`);

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the replica’s own failing "Create API key" shows AI Studio’s real toast chain, and the card reads only its message', async () => {
    const { page, errors, violations } = await openPage(`https://aistudio.google.com/apikey?project=${PROJECT}`);
    await page.click('[data-test-id="create-api-key-button"]');
    await waitForHint(page, 'key-creation-denied');
    // console-dom-evidence A1: the chain as captured in 2025, content moved into the live region.
    await page.waitForSelector(
      'mat-snack-bar-container.ms-toast-snack-bar-container > .mdc-snackbar__surface > .mat-mdc-snack-bar-label > [aria-live="polite"] > div > ms-toast > div.toast.warning span.content-text',
    );
    expect(await hints(page)).toEqual([{ diagnosis: 'key-creation-denied', rule: 'ai-studio/generate-key-permission-denied' }]);
    // Not the " warning " icon ligature, not the "Close settings" button.
    expect(await quoted(page)).toBe(PERMISSION_DENIED);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a failure rendered in the page header’s own ms-toast (outside any snack bar or overlay) gives the card', async () => {
    const { page, errors, violations } = await openPage(`https://aistudio.google.com/u/1/apikey?project=${PROJECT}`);
    await sleep(QUIET_MS);
    expect(await hints(page)).toEqual([]);
    await insertMessage(page, PERMISSION_DENIED, 'header');
    await waitForHint(page, 'key-creation-denied');
    expect(await page.evaluate(() => document.querySelectorAll('.cdk-overlay-container *').length)).toBe(0);
    expect(await page.$eval('ms-header-root ms-toast[positionrelativeto="page"] span.content-text', (span) => span.textContent)).toBe(PERMISSION_DENIED);
    expect(await quoted(page)).toBe(PERMISSION_DENIED);
    expect(await actionOf(page, 'restore-deleted-key')).toBe(
      `https://console.cloud.google.com/apis/credentials/deleted?project=${PROJECT}&authuser=1&keyDoctorGuide=restore-deleted-key`,
    );
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('Google’s zh-CN wording 您无权在此项目中创建密钥 in a Chinese AI Studio gives the no-permission checklist', async () => {
    const url = 'https://aistudio.google.com/apikey?hl=zh-CN&project=gen-lang-client-0888888888';
    const { page, errors, violations } = await openPage(url, (served) =>
      served.pathname === '/apikey' ? { body: readFixture('ai-studio/no-permission-create-key--zh-cn.html'), headers: TRUSTED_TYPES_CSP } : undefined,
    );
    await waitForHint(page, 'key-creation-denied');
    expect(await hints(page)).toEqual([{ diagnosis: 'key-creation-denied', rule: 'ai-studio/no-permission-create-key' }]);
    expect(await quoted(page)).toBe('您无权在此项目中创建密钥。');
    expect((await causeOrder(page))[0]).toBe('missing-iam-permissions');
    expect(await actionOf(page, 'missing-iam-permissions')).toBe(
      'https://console.cloud.google.com/iam-admin/iam?project=gen-lang-client-0888888888&keyDoctorGuide=check-role',
    );
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('on a Build app (/apps/…) the publish failure gets its own short card, never the key checklist; it leaves with the page', async () => {
    const { page, errors, violations } = await openPage('https://aistudio.google.com/apps/drive/1AbCdEfGhIjKlMnOpQrStUvWxYz?showPreview=true');
    await waitForHint(page, 'ai-studio/app-publish-suspicious');
    const card = () =>
      page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('key-doctor-hint')!;
        const shadow = host.shadowRoot!;
        return {
          rule: host.dataset.rule,
          card: host.dataset.card,
          cause: host.dataset.cause,
          inner: shadow.querySelector<HTMLElement>('.kd-card')?.dataset.card,
          causes: shadow.querySelectorAll('[data-cause]').length,
          steps: [...shadow.querySelectorAll<HTMLElement>('[data-step]')].map((step) => step.dataset.step),
          links: [...shadow.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
        };
      });
    expect(await card()).toEqual({
      rule: 'ai-studio/app-publish-suspicious',
      card: 'app-publish',
      cause: undefined,
      inner: 'app-publish',
      causes: 0,
      steps: ['retry'],
      links: ['https://ai.google.dev/gemini-api/docs/troubleshoot-ai-studio'],
    });
    expect(await quoted(page)).toBe(SUSPICIOUS);
    // A key-page message on an app page is not turned into the key checklist either.
    await insertMessage(page, PERMISSION_DENIED);
    await sleep(QUIET_MS);
    expect(await hints(page)).toEqual([{ diagnosis: 'ai-studio/app-publish-suspicious', rule: 'ai-studio/app-publish-suspicious' }]);
    expect((await card()).causes).toBe(0);
    // Off to another page inside the app: the app card does not follow.
    await page.evaluate(() => history.pushState(null, '', '/prompts/new_chat'));
    await page.waitForFunction(() => !document.querySelector('key-doctor-hint'), { timeout: 5_000 });
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('minimises, and Esc closes it without reaching the page', async () => {
    const { page, errors, violations } = await openPage(`https://aistudio.google.com/u/1/apikey?project=${PROJECT}`);
    await page.evaluate(() => {
      const seen = window as unknown as { pageEscapes: number };
      seen.pageEscapes = 0;
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') seen.pageEscapes += 1;
      });
    });
    await insertMessage(page, PERMISSION_DENIED);
    await waitForHint(page, 'key-creation-denied');

    await (await inHint(page, 'button[aria-expanded="true"]')).click();
    await page.waitForFunction(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('.kd-body') === null, { timeout: 5_000 });
    await (await inHint(page, 'button[aria-expanded="false"]')).click();
    await page.waitForFunction(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('.kd-body') != null, { timeout: 5_000 });

    // Screen readers hear that the card appeared, through a live region filled after mount.
    await page.waitForFunction(
      () => (document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('[data-announcement]')?.textContent ?? '').includes('permission denied'),
      { timeout: 5_000 },
    );

    // From the page's own button into the card, then Esc: focus goes back to that button.
    await page.focus('[data-test-id="create-api-key-button"]');
    await (await inHint(page, 'a.kd-action')).focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('key-doctor-hint'), { timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { pageEscapes: number }).pageEscapes)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test-id'))).toBe('create-api-key-button');

    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
