/**
 * What every e2e file shares, whichever browser runs it: the launched-browser shape, replica
 * serving, fixtures, the popup, page errors and screenshots. The launchers themselves are
 * browser-specific (launch-chromium.ts, launch-firefox.ts); extension-browser.ts picks one.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, ElementHandle, HTTPRequest, Page, ScreenshotOptions } from 'puppeteer-core';

// Kept here so existing imports (`from './harness'`) go on working.
export { CHROMIUM, chromiumArgs, EXTENSION_DIR, launchWithExtension } from './launch-chromium';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  headless?: boolean;
  /** Extra command-line arguments for the browser. */
  extraArgs?: string[];
  /** The browser's UI language, e.g. `zh-CN`; the extension follows it. */
  lang?: string;
  /** How long to wait for the extension to be up (default 15 s; `npm start` allows more on a busy machine). */
  readyTimeoutMs?: number;
  /** Chromium: load the extension from here instead of the build (the bench adds a page to a copy). */
  extensionDir?: string;
}

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the add-on's fixed internal UUID. */
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** Loads one of the extension's pages (e.g. `popup.html`) in `page`; the caller waits for its content. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  close(): Promise<void>;
}

/** Records uncaught page errors so a test can assert the extension broke nothing. */
export function trackPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error as Error));
  return errors;
}

export interface ServedPage {
  body: string;
  /** Extra response headers, e.g. a CSP that enforces Trusted Types. */
  headers?: Record<string, string>;
}

/**
 * Serves `routes` (by exact URL without the hash, or by a function) to this page; any other
 * request is aborted so nothing leaves the machine.
 */
const servedPages = new WeakMap<Page, Promise<void>>();
const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:']);

export function serveReplicas(page: Page, route: (url: URL) => ServedPage | undefined): Promise<void> {
  // Once per page: two handlers would both answer each request, and Puppeteer throws on that. A
  // second caller (npm start serves every new tab, and the tabs it opens itself) waits for the
  // same setup: returning early would let its navigation start before anyone answers requests,
  // and the paused request would hang that tab on about:blank.
  const existing = servedPages.get(page);
  if (existing) return existing;
  // The listener goes on before interception does, so no request is ever paused unanswered. A
  // request seen before interception is on cannot be answered (puppeteer rejects): it goes on
  // unchanged, which the browser's own network rules keep offline.
  const ignore = () => {};
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (EXTENSION_PROTOCOLS.has(url.protocol) || url.protocol === 'data:') return void request.continue().catch(ignore);
    const served = route(url);
    if (!served) return void request.abort('blockedbyclient').catch(ignore);
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: served.headers, body: served.body }).catch(ignore);
  });
  const ready = page.setRequestInterception(true);
  servedPages.set(page, ready);
  return ready;
}

export function readFixture(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${relativePath}`, import.meta.url)), 'utf8');
}

export async function openPopup(launched: LaunchedBrowser): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 400, height: 640 });
  await launched.openExtensionPage(page, 'popup.html');
  return page;
}

/**
 * Loads the extension page open in `page` again. Chromium reloads it; Firefox reports no
 * navigation inside moz-extension:// pages over BiDi, so it opens the page afresh (through
 * about:blank: the caller's next wait can only match the new document).
 */
export async function reloadExtensionPage(launched: LaunchedBrowser, page: Page, path = 'popup.html'): Promise<void> {
  if (launched.name === 'chromium') await page.reload();
  else await launched.openExtensionPage(page, path);
}

/**
 * Resolves once the extension's content script has its world in this page. Call before the
 * navigation (goto, reload) and await `injected` after it: a check made earlier proves nothing.
 * Chromium only: it listens over CDP, which Firefox does not offer (there, wait for what the
 * content script puts on the page).
 */
export async function watchContentScript(page: Page, extensionId: string, timeoutMs = 10_000): Promise<{ injected: Promise<void> }> {
  const session = await page.createCDPSession();
  // Runtime.enable replays the worlds that already exist (the page before a reload): skip those.
  let replaying = true;
  const injected = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`content script not injected into ${page.url()}`)), timeoutMs);
    session.on('Runtime.executionContextCreated', (event) => {
      if (replaying || event.context.origin !== `chrome-extension://${extensionId}`) return;
      clearTimeout(timer);
      resolve();
    });
  });
  await session.send('Runtime.enable');
  replaying = false;
  const settled = injected.finally(async () => {
    await session.detach().catch(() => {});
    // The script runs in the task that created its world; a round trip to the page follows it.
    await page.evaluate(() => 0);
  });
  settled.catch(() => {}); // awaited by callers that care; never an unhandled rejection
  return { injected: settled };
}

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/**
 * README screenshots are tracked files: only `npm run screenshots` (KEY_DOCTOR_SCREENSHOTS=1)
 * writes them, so `npm test` leaves the tree clean.
 */
export async function saveScreenshot(target: Page | ElementHandle, name: string, options: ScreenshotOptions = {}): Promise<void> {
  if (process.env.KEY_DOCTOR_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ ...options, path: `${SCREENSHOTS}${name}.png` });
}
