/**
 * The click coach's e2e helpers for Chromium: Cloud Console replicas served at their real URLs
 * under the console's Trusted Types CSP, real mouse clicks at the outlined element, the card's text
 * and links. The guide host's place (`guideState`, `waitForStep`) and the ring (`ringCentre`) are
 * in page-helpers.ts, shared with Firefox.
 */
import type { ConsoleMessage, ElementHandle, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { readFixture, serveReplicas, trackPageErrors } from './harness';
import { ringCentre } from './page-helpers';
import { replicaFor, TRUSTED_TYPES_CSP } from './replicas';

export const PROJECT = 'gen-lang-client-0371227417';
export const RESTORED_KEY = '43b0fe02-9493-4ea7-9255-0863fdef29b4';
/** Longer than the coach's 6 s wait before a missing element turns into words. */
export const MISSING_TIMEOUT = 15_000;

/** Which replica answers each console page right now; a test changes it as the flow moves on. */
export type Served = Partial<Record<'credentials' | 'deleted' | 'keyEdit' | 'library' | 'marketplace' | 'iam' | 'rifFrame', string>>;

function pageKey(url: URL): keyof Served | undefined {
  if (url.hostname !== 'console.cloud.google.com') return undefined;
  if (/^\/apis\/credentials\/?$/.test(url.pathname)) return 'credentials';
  if (/^\/apis\/credentials\/deleted\/?$/.test(url.pathname)) return 'deleted';
  if (/^\/apis\/credentials\/key\/[^/]+\/?$/.test(url.pathname)) return 'keyEdit';
  if (/^\/apis\/library\/generativelanguage\.googleapis\.com\/?$/.test(url.pathname)) return 'library';
  if (/^\/iam-admin\/iam\/?$/.test(url.pathname)) return 'iam';
  if (/^\/marketplace\/product\/google\/generativelanguage\.googleapis\.com\/?$/.test(url.pathname)) return 'marketplace';
  // The replica's iframe (credentials-iframe.html): the credentials app in its own document.
  if (/^\/apis\/credentials\/rif-frame\/?$/.test(url.pathname)) return 'rifFrame';
  return undefined;
}

export interface Opened {
  page: Page;
  served: Served;
  errors: Error[];
  /** Console messages about Trusted Types or CSP: the extension must cause none. */
  violations: string[];
}

export async function openConsole(env: ExtensionBrowser, served: Served): Promise<Opened> {
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

/** A real mouse click on whatever the ring outlines; `navigates` waits for the page it opens. */
export async function clickOutlined(page: Page, options: { navigates?: boolean } = {}): Promise<void> {
  const { x, y } = await ringCentre(page);
  if (options.navigates) await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.mouse.click(x, y)]);
  else await page.mouse.click(x, y);
}

export function cardText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-card')?.textContent ?? '');
}

export function cardLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('key-doctor-guide')?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((link) => (link as HTMLAnchorElement).href));
}

/** Clicks one of our own buttons (by its text) with the mouse, through the shadow root. */
export async function clickCardButton(page: Page, label: string, host = 'key-doctor-guide'): Promise<void> {
  const button = await page.waitForFunction(
    (hostName: string, text: string) => [...(document.querySelector(hostName)?.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === text),
    { timeout: 5_000 },
    host,
    label,
  );
  await (button.asElement() as ElementHandle<Element>).click();
}

