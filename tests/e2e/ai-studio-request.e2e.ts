/**
 * The exact cause from AI Studio's own failed request, end to end: the built extension in
 * Chromium, the replica keys page (tests/fixtures/ai-studio/keys-page-rpc.html) whose "Create API
 * key" sends the real GenerateCloudApiKey XHR, answered here by request interception with the
 * status and JSPB body of each case. The MAIN-world reader, the isolated content script and the
 * lazy card module all run as shipped.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './extension-browser';
import { trackPageErrors, watchContentScript } from './harness';
import {
  CARD_QUOTES_REQUEST as CARD_UP,
  CARD_QUOTES_TOAST as TOAST_IN_CARD,
  countHintHosts,
  hintState,
  RPC_PREFIX,
  serveAiStudioWithRpcs,
  waitForHintState as waitForState,
  type RpcAnswer,
} from './page-helpers';

const EI = 'type.googleapis.com/google.rpc.ErrorInfo';
const PF = 'type.googleapis.com/google.rpc.PreconditionFailure';
const NEW_KEY = `AIzaSyE2E${'k'.repeat(30)}`;
/** Far longer than anything the extension needs to react. */
const QUIET_MS = 2_500;

const env = useExtensionBrowser();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** AI Studio pages from fixtures, MakerSuiteService RPCs from `answers`; everything else is refused. */
async function openPage(url: string, fixture: string, answers: Record<string, RpcAnswer>): Promise<{ page: Page; errors: Error[]; rpcCalls: string[] }> {
  const page = await env.launched.browser.newPage();
  const errors = trackPageErrors(page);
  const rpcCalls = await serveAiStudioWithRpcs(page, fixture, answers);
  const content = await watchContentScript(page, env.launched.extensionId);
  await page.goto(url, { waitUntil: 'load' });
  await content.injected;
  await countHintHosts(page);
  return { page, errors, rpcCalls };
}

describe('AI Studio: the exact cause from the failed request', () => {
  it.each([
    {
      name: 'missing IAM permission, English toast',
      toast: 'en',
      status: 403,
      body: `[7,"Permission 'iam.serviceAccounts.create' denied on resource (or it may not exist).",[["${EI}",["IAM_PERMISSION_DENIED","iam.googleapis.com",[["permission","iam.serviceAccounts.create"]]]]]]`,
      cause: 'missing-iam-permissions',
    },
    {
      name: 'org-policy constraint, Japanese toast',
      toast: 'ja',
      status: 400,
      body: `[9,"Precondition check failed.",[["${PF}",[[["constraints/iam.managed.disableServiceAccountApiKeyCreation","projects/gen-lang-client-0371227417","blocked by policy"]]]]]]`,
      cause: 'org-policy',
    },
    { name: 'suspicious, no toast at all', toast: 'none', status: 403, body: '[,[7,"The request is suspicious."]]', cause: 'suspicious-request' },
    { name: 'SERVICE_DISABLED, English toast', toast: 'en', status: 403, body: `[7,"API disabled",[["${EI}",["SERVICE_DISABLED","googleapis.com"]]]]`, cause: 'api-not-enabled' },
    { name: 'terms not accepted, no toast', toast: 'none', status: 400, body: `[9,"x",[["${PF}",[[["TOS","user","Terms of service not accepted"]]]]]]`, cause: 'terms-not-accepted' },
    { name: 'billing, Japanese toast', toast: 'ja', status: 400, body: `[9,"x",[["${EI}",["BILLING_DISABLED","googleapis.com"]]]]`, cause: 'billing-or-region' },
  ])('$name → data-cause="$cause", one card', async ({ toast, status, body, cause }) => {
    const query = toast === 'ja' ? '?hl=ja' : toast === 'none' ? '?toast=none' : '';
    const { page, errors, rpcCalls } = await openPage(`https://aistudio.google.com/api-keys${query}`, 'ai-studio/keys-page-rpc.html', { GenerateCloudApiKey: { status, body } });
    await page.click('[data-test-id="create-api-key-button"]');
    let state = await waitForState(page, CARD_UP);
    expect(rpcCalls).toEqual(['GenerateCloudApiKey']);
    expect(state.cause).toBe(cause);
    expect(state.causes[0]).toBe(cause);
    if (toast !== 'none') {
      // The toast follows (its label moved 150 ms later): the same card takes it in, cause kept.
      await page.waitForSelector('span.content-text');
      if (toast === 'en') state = await waitForState(page, TOAST_IN_CARD);
      else await sleep(QUIET_MS);
      state = (await hintState(page))!;
      expect(state.cause).toBe(cause);
    } else {
      await sleep(QUIET_MS);
      expect(await page.$('span.content-text')).toBeNull();
    }
    expect(state.added).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('key-doctor-hint').length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the bare "caller does not have permission" keeps the checklist (no data-cause)', async () => {
    const { page, errors } = await openPage('https://aistudio.google.com/api-keys', 'ai-studio/keys-page-rpc.html', {
      GenerateCloudApiKey: { status: 403, body: '[,[7,"The caller does not have permission"]]' },
    });
    await page.click('[data-test-id="create-api-key-button"]');
    await waitForState(page, CARD_UP);
    const state = await waitForState(page, TOAST_IN_CARD);
    expect(await page.$eval('key-doctor-hint', (host) => host.hasAttribute('data-cause'))).toBe(false);
    expect(state).toMatchObject({ diagnosis: 'key-creation-denied', request: 'The caller does not have permission', toast: 'Failed to generate API key: permission denied. Please try again.', added: 1 });
    expect(state.causes.length).toBeGreaterThanOrEqual(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a success shows nothing, and its key reaches neither the extension’s storage nor any message', async () => {
    const worker = await env.launched.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'));
    const background = (await worker.worker())!;
    await background.evaluate(() => {
      const seen = globalThis as unknown as { kdMessages: string[] };
      seen.kdMessages = [];
      chrome.runtime.onMessage.addListener((message) => void seen.kdMessages.push(JSON.stringify(message)));
    });
    const { page, errors } = await openPage('https://aistudio.google.com/api-keys', 'ai-studio/keys-page-rpc.html', {
      GenerateCloudApiKey: { status: 200, body: `[["projects/1/locations/global/keys/abc","${NEW_KEY}","Gemini API Key"]]` },
    });
    // Everything the page's world could hand across: our event and window messages.
    await page.evaluate(() => {
      const seen = window as unknown as { kdCrossings: string[] };
      seen.kdCrossings = [];
      document.addEventListener('key-doctor-rpc-failure', (event) => void seen.kdCrossings.push(String((event as CustomEvent).detail)));
      window.addEventListener('message', (event) => void seen.kdCrossings.push(JSON.stringify(event.data)));
    });
    await page.click('[data-test-id="create-api-key-button"]');
    await page.waitForSelector('ms-apikey-details-dialog input');
    expect(await page.$eval('ms-apikey-details-dialog input', (input) => (input as HTMLInputElement).value)).toBe(NEW_KEY);
    await sleep(QUIET_MS);
    expect(await page.$('key-doctor-hint')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { kdCrossings: string[] }).kdCrossings)).toEqual([]);
    const stored = await background.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]),
    );
    expect(stored).not.toContain(NEW_KEY.slice(8));
    const messages = await background.evaluate(() => (globalThis as unknown as { kdMessages: string[] }).kdMessages);
    expect(messages.join('\n')).not.toContain(NEW_KEY.slice(8));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a Build app (/apps/…) a failed key request is the publish’s, not ours to explain with the key checklist', async () => {
    const { page, errors, rpcCalls } = await openPage('https://aistudio.google.com/apps/drive/1AbC', 'ai-studio/keys-page-rpc.html', {
      GenerateCloudApiKey: { status: 403, body: '[,[7,"The request is suspicious."]]' },
    });
    await page.click('[data-test-id="create-api-key-button"]');
    // The answer came and the page showed its toast ("…: permission denied…", a key-page wording).
    await page.waitForSelector('span.content-text');
    await sleep(QUIET_MS);
    expect(rpcCalls).toEqual(['GenerateCloudApiKey']);
    expect(await page.$('key-doctor-hint')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('failing unrelated RPCs on a chat page show nothing', async () => {
    const { page, errors, rpcCalls } = await openPage('https://aistudio.google.com/prompts/new_chat', 'ai-studio/chat-mentions-error.html', {
      GenerateContent: { status: 403, body: '[,[7,"The caller does not have permission"]]' },
      ListCloudApiKeys: { status: 403, body: '[7,"The request is suspicious."]' },
    });
    await page.evaluate(async (prefix: string) => {
      const base = `https://alkalimakersuite-pa.clients6.google.com${prefix}`;
      await fetch(`${base}GenerateContent`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json+protobuf' }, body: '[]' });
      await new Promise<void>((resolve) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `${base}ListCloudApiKeys`);
        xhr.withCredentials = true;
        xhr.setRequestHeader('content-type', 'application/json+protobuf');
        xhr.addEventListener('loadend', () => resolve());
        xhr.send('[]');
      });
    }, RPC_PREFIX);
    expect(rpcCalls.sort()).toEqual(['GenerateContent', 'ListCloudApiKeys']);
    await sleep(QUIET_MS);
    expect(await page.$('key-doctor-hint')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
