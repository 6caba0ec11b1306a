/**
 * Launches Debian's Chromium with the BUILT extension (.output/chrome-mv3), the Gemini API host
 * mapped to the local HTTPS mock, and every other host unresolvable: nothing can reach the
 * internet. Replica pages are served at their real URLs through request interception.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page, type ScreenshotOptions } from 'puppeteer-core';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
  browser: Browser;
  extensionId: string;
  /** Errors thrown in any page we opened (collected by `trackPageErrors`). */
  close(): Promise<void>;
}

export function chromiumArgs(mockPort: number, extra: string[] = [], lang = 'en-US'): string[] {
  return [
    `--host-resolver-rules=MAP generativelanguage.googleapis.com 127.0.0.1:${mockPort}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    `--lang=${lang}`,
    ...extra,
  ];
}

export async function launchWithExtension(mockPort: number, options: { headless?: boolean; extraArgs?: string[]; lang?: string } = {}): Promise<LaunchedBrowser> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium).`);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [EXTENSION_DIR],
    protocolTimeout: 30_000,
    defaultViewport: null,
    args: chromiumArgs(mockPort, options.extraArgs, options.lang),
    // On Linux Chromium takes its UI language from the environment; --lang covers the rest.
    env: { ...process.env, LANGUAGE: (options.lang ?? 'en-US').replace('-', '_'), LANG: `${(options.lang ?? 'en-US').replace('-', '_')}.UTF-8` },
  });
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'), { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return { browser, extensionId, close: () => browser.close() };
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
const servedPages = new WeakSet<Page>();

export async function serveReplicas(page: Page, route: (url: URL) => ServedPage | undefined): Promise<void> {
  // Once per page: two handlers would both answer each request, and Puppeteer throws on that.
  if (servedPages.has(page)) return;
  servedPages.add(page);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return void request.continue();
    const served = route(url);
    if (!served) return void request.abort('blockedbyclient');
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: served.headers, body: served.body });
  });
}

export function readFixture(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${relativePath}`, import.meta.url)), 'utf8');
}

export async function openPopup(launched: LaunchedBrowser): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 400, height: 640 });
  await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return page;
}

/**
 * Resolves once the extension's content script has its world in this page. Call before the
 * navigation (goto, reload) and await `injected` after it: a check made earlier proves nothing.
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
