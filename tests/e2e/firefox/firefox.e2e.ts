/**
 * The Firefox build (.output/firefox-mv2, Manifest V2) end to end in headless firefox-esr over
 * WebDriver BiDi: the same mock API, replicas and helpers as the Chromium suite, through the
 * Firefox launcher. It covers what differs most between the two builds: the background page's
 * fetch to the API host, storage.session in MV2, the content scripts on both consoles, the
 * MAIN-world request reader on AI Studio and the lazy card module (web_accessible_resources).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guideUrl } from '@/utils/guide/url';
import { demoKey } from '../../mock-api/scenarios';
import { useExtensionBrowser } from '../extension-browser';
import { clickCardButton } from '../console-coach';
import { openPopup, readFixture, reloadExtensionPage, serveReplicas, trackPageErrors } from '../harness';
import { FIREFOX_EXTENSION_DIR } from '../launch-firefox';
import {
  CARD_QUOTES_REQUEST,
  CARD_QUOTES_TOAST,
  countHintHosts,
  hints,
  hintState,
  insertMessage,
  ringCentre,
  serveAiStudioWithRpcs,
  testKeyInPopup,
  waitForHint,
  waitForHintState,
  waitForStep,
  whenAiStudioScriptStarts,
  type RpcAnswer,
} from '../page-helpers';
import { replicaFor, TRUSTED_TYPES_CSP } from '../replicas';

const PROJECT = 'gen-lang-client-0371227417';
const PERMISSION_DENIED = 'Failed to generate API key: permission denied. Please try again.';

const env = useExtensionBrowser({ browser: 'firefox' });
let popup: Page;
let popupErrors: Error[];

const testKey = (key: string, options: { generate?: boolean } = {}) => testKeyInPopup(env.launched, popup, key, options);

/** A tab with the replicas served at their real URLs; every other request is aborted. */
async function openReplica(url: string): Promise<{ page: Page; errors: Error[] }> {
  const page = await env.launched.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = trackPageErrors(page);
  await serveReplicas(page, replicaFor);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

beforeAll(async () => {
  popup = await openPopup(env.launched);
  popupErrors = trackPageErrors(popup);
});

describe('Firefox: the built manifest', () => {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')) as {
    manifest_version: number;
    permissions: string[];
    browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } }; gecko_android?: { strict_min_version: string } };
  };
  const gecko = manifest.browser_specific_settings.gecko;
  const major = (version: string | undefined) => Number(version?.split('.')[0]);

  it('has a final add-on id and declares the data it sends (the key, to Google, on request)', () => {
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.id).not.toMatch(/example\.(org|com)$/);
    expect(gecko.data_collection_permissions.required).toEqual(['authenticationInfo']);
  });

  it('asks for a Firefox that reads every key it uses', () => {
    // data_collection_permissions: desktop 140, Android 142 (MAIN-world scripts 128, MV2 storage.session 115).
    expect(major(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(major(manifest.browser_specific_settings.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('may call only the Gemini API host', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions).toEqual(['storage', 'https://generativelanguage.googleapis.com/*']);
  });
});

describe('Firefox: key test from the popup', () => {
  it.each([
    ['ok', 'key-ok'],
    ['invalid', 'key-invalid'],
    ['apioff', 'api-disabled'],
    ['html', 'not-google-json'],
    ['hang', 'timeout'],
  ])('%s → %s, the key only in the x-goog-api-key header', async (name, diagnosis) => {
    const before = env.mock.requests.length;
    expect(await testKey(demoKey(name))).toBe(diagnosis);
    const sent = env.mock.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.apiKeyHeader).toBe(demoKey(name));
      expect(request.url).not.toContain(demoKey(name));
      expect(request.url).not.toMatch(/[?&]key=/);
      expect(request.authorization).toBeUndefined();
      expect(request.cookie).toBeUndefined();
      expect(request.body).not.toContain(demoKey(name));
    }
  });

  it('the verdict comes back when the popup reopens (storage.session in MV2), never the key', async () => {
    expect(await testKey(demoKey('apioff'))).toBe('api-disabled');
    await reloadExtensionPage(env.launched, popup);
    await popup.waitForSelector('[data-diagnosis="api-disabled"]');
    expect(await popup.$eval('[data-key-bar]', (bar) => bar.textContent ?? '')).toContain(`AIza…${demoKey('apioff').slice(-4)}`);
    const stored = await popup.evaluate(() => new Promise<string>((resolve) => chrome.storage.session.get(null, (items) => resolve(JSON.stringify(items)))));
    expect(stored).toContain('api-disabled');
    expect(stored).not.toContain(demoKey('apioff'));
  });

  it('api-disabled links to the API page of the project in the error', async () => {
    expect(await testKey(demoKey('apioff'))).toBe('api-disabled');
    const hrefs = await popup.$$eval('[data-diagnosis] a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.some((href) => href.includes('generativelanguage.googleapis.com') && href.includes('project=445009168042'))).toBe(true);
  });

  it('explains a pasted error without any network request', async () => {
    const before = env.mock.requests.length;
    await testKey(demoKey('ok')); // a fresh popup whose background has answered once
    await popup.click('#tab-explain');
    await popup.waitForSelector('#panel-explain textarea[name="error-text"]'); // the tab's module loads when it opens
    await popup.type('textarea[name="error-text"]', 'google.api_core.exceptions.FailedPrecondition: 400 User location is not supported for the API use.');
    await popup.click('#panel-explain button[type="submit"]');
    const card = await popup.waitForSelector('#panel-explain [data-diagnosis]');
    expect(await card!.evaluate((element) => element.getAttribute('data-diagnosis'))).toBe('location-unsupported');
    expect(env.mock.requests.length - before).toBe(1); // the key test above, nothing for the explanation
  });

  it('threw no errors in the popup', () => {
    expect(popupErrors).toEqual([]);
  });
});

describe('Firefox: content scripts on the consoles', () => {
  it('shows the AI Studio card after the failure toast', async () => {
    const { page, errors } = await openReplica(`https://aistudio.google.com/apikey?project=${PROJECT}`);
    // Whether the content script (document_idle) starts before or after the toast, it finds it:
    // no readiness signal is needed, and CDP, which would give one, is not there in Firefox.
    await insertMessage(page, PERMISSION_DENIED);
    await waitForHint(page, 'key-creation-denied');
    expect(await hints(page)).toEqual([{ diagnosis: 'key-creation-denied', rule: 'ai-studio/generate-key-permission-denied' }]);
    const restore = await page.evaluate(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector<HTMLAnchorElement>('[data-cause="restore-deleted-key"] a[href]')?.href);
    expect(restore).toBe(`https://console.cloud.google.com/apis/credentials/deleted?project=${PROJECT}&keyDoctorGuide=restore-deleted-key`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts a Cloud Console guide from a deep link and resumes it after a reload', async () => {
    const { page, errors } = await openReplica(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    // The card's words come from the guide's own texts module (cloud-console-guide-restore-deleted-key-en.js).
    expect(await page.evaluate(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-title')?.textContent)).toBe('Open the deleted credentials');
    // The parameter leaves the address bar once the guide has it.
    await page.waitForFunction((wanted: string) => location.href === wanted, { timeout: 5_000 }, `https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    // Mark this document: the step seen after the reload must come from the new one.
    await page.evaluate(() => document.documentElement.setAttribute('data-before-reload', ''));
    await page.evaluate(() => location.reload());
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-before-reload') && document.readyState === 'complete', { timeout: 10_000, polling: 100 });
    // The place comes back from storage.session (MV2 in Firefox), through the background.
    await waitForStep(page, 'open-deleted');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('offers the guide on the Credentials page and starts it in place after "Guide me"', async () => {
    const { page, errors } = await openReplica(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    await page.waitForFunction(() => document.querySelector('key-doctor-offer')?.shadowRoot?.querySelector('[data-offer="restore-deleted-key"]'), { timeout: 10_000, polling: 100 });
    expect(await page.$('key-doctor-guide')).toBeNull();
    // The coach and the guide's texts load now, from moz-extension:// (web_accessible_resources in MV2).
    await clickCardButton(page, 'Guide me', 'key-doctor-offer');
    await waitForStep(page, 'open-deleted');
    expect(await page.$('key-doctor-offer')).toBeNull();
    expect(await page.evaluate(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-title')?.textContent)).toBe('Open the deleted credentials');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rings a control inside a console iframe (all_frames in MV2) and follows the click made there', async () => {
    const page = await env.launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = trackPageErrors(page);
    // The credentials app in its own console-origin document (credentials-iframe.html's header).
    await serveReplicas(page, (url) => {
      if (url.hostname === 'console.cloud.google.com' && /^\/apis\/credentials\/?$/.test(url.pathname)) return { body: readFixture('cloud-console/credentials-iframe.html'), headers: TRUSTED_TYPES_CSP };
      if (url.hostname === 'console.cloud.google.com' && /^\/apis\/credentials\/rif-frame\/?$/.test(url.pathname)) return { body: readFixture('cloud-console/credentials-rif-frame.html'), headers: TRUSTED_TYPES_CSP };
      return replicaFor(url);
    });
    await page.goto(guideUrl('create-and-restrict-key', { project: PROJECT }), { waitUntil: 'load' });
    // Shown (not missing): the frame's agent found the button and told the top frame, through
    // Firefox's wrappers around another frame's message.
    await waitForStep(page, 'create-credentials', 'shown', 15_000);
    const { x, y } = await ringCentre(page);
    const frameBox = await page.$eval('iframe[title="RifIframeEle"]', (element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    });
    expect(x > frameBox.left && x < frameBox.right && y > frameBox.top && y < frameBox.bottom).toBe(true);
    // One card: none in the frame.
    expect(await page.evaluate(() => document.querySelectorAll('key-doctor-guide').length)).toBe(1);
    // The user's own click inside the frame moves the guide on.
    await page.mouse.click(x, y);
    await waitForStep(page, 'choose-api-key');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox: AI Studio’s failed request (the MAIN-world reader in Manifest V2)', () => {
  const NEW_KEY = `AIzaSyFFX${'k'.repeat(30)}`;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The keys replica whose Create API key sends GenerateCloudApiKey, answered with `answer`. */
  async function openKeysPage(query: string, answer: RpcAnswer) {
    const page = await env.launched.browser.newPage();
    const errors = trackPageErrors(page);
    const rpcCalls = await serveAiStudioWithRpcs(page, 'ai-studio/keys-page-rpc.html', { GenerateCloudApiKey: answer });
    const started = await whenAiStudioScriptStarts(page);
    await page.goto(`https://aistudio.google.com/api-keys?project=${PROJECT}${query}`, { waitUntil: 'load' });
    // The isolated script must be listening before the request fails (the MAIN-world one starts at document_start).
    await started();
    await countHintHosts(page);
    return { page, errors, rpcCalls };
  }

  it('names the exact cause from the request alone (no toast): data-cause and the permission it named', async () => {
    const body = `[7,"Permission 'iam.serviceAccounts.create' denied on resource (or it may not exist).",[["type.googleapis.com/google.rpc.ErrorInfo",["IAM_PERMISSION_DENIED","iam.googleapis.com",[["permission","iam.serviceAccounts.create"]]]]]]`;
    const { page, errors, rpcCalls } = await openKeysPage('&toast=none', { status: 403, body });
    await page.click('[data-test-id="create-api-key-button"]');
    const state = await waitForHintState(page, CARD_QUOTES_REQUEST);
    expect(rpcCalls).toEqual(['GenerateCloudApiKey']);
    expect(state).toMatchObject({ cause: 'missing-iam-permissions', diagnosis: 'key-creation-denied', added: 1 });
    expect(state.causes[0]).toBe('missing-iam-permissions');
    expect(state.request).toContain('iam.serviceAccounts.create');
    const codes = await page.evaluate(() =>
      [...(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelectorAll('.kd-exact code') ?? [])].map((code) => code.textContent),
    );
    expect(codes).toEqual(['iam.serviceAccounts.create']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the toast that follows joins the same card', async () => {
    const { page, errors } = await openKeysPage('', { status: 403, body: '[,[7,"The caller does not have permission"]]' });
    await page.click('[data-test-id="create-api-key-button"]');
    const state = await waitForHintState(page, `${CARD_QUOTES_REQUEST} && ${CARD_QUOTES_TOAST}`);
    expect(state).toMatchObject({ request: 'The caller does not have permission', toast: PERMISSION_DENIED, added: 1 });
    expect(state.cause).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('key-doctor-hint').length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a success shows nothing and nothing crosses from the page’s world', async () => {
    const { page, errors } = await openKeysPage('', { status: 200, body: `[["projects/1/locations/global/keys/abc","${NEW_KEY}","Gemini API Key"]]` });
    await page.evaluate(() => {
      const seen = window as unknown as { kdCrossings: string[] };
      seen.kdCrossings = [];
      document.addEventListener('key-doctor-rpc-failure', (event) => void seen.kdCrossings.push(String((event as CustomEvent).detail)));
    });
    await page.click('[data-test-id="create-api-key-button"]');
    await page.waitForSelector('ms-apikey-details-dialog input');
    // Far longer than the failure cases above take to show their card.
    await sleep(2_500);
    expect(await hintState(page)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { kdCrossings: string[] }).kdCrossings)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
