/**
 * Listeners that must not grow (issue 8): the AI Studio hint mounted 200 times keeps one `focusin`
 * listener on its shadow root, and a coach waiting for a control that never comes adds no `abort`
 * listeners to the content script's signal. Counted through CDP in the content script's own
 * world (DOMDebugger.getEventListeners reports the listeners of the world the object belongs to).
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { guideUrl } from '@/utils/guide/url';
import { readFixture, serveReplicas, trackPageErrors, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { replicaFor, TRUSTED_TYPES_CSP } from './replicas';

const PROJECT = 'gen-lang-client-0371227417';
const MOUNTS = 200;
/** Long enough for the old code to add about 60 listeners (a re-measure each frame, every second). */
const WAITING_MS = 2_000;

const env = useExtensionBrowser();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface World {
  session: CDPSession;
  /** An object in the content script's world, by the expression that reaches it. */
  objectId(expression: string): Promise<string>;
  /** Listeners of `type` on that object (only those added in the content script's world). */
  listeners(objectId: string, type: string): Promise<number>;
}

/** The content script's isolated world in the page's main frame, via CDP. */
async function contentScriptWorld(page: Page): Promise<World> {
  const session = await page.createCDPSession();
  const origin = `chrome-extension://${env.launched.extensionId}`;
  let contextId: number | undefined;
  // Runtime.enable replays the worlds that exist: ours among them, the script having run.
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin && (context.auxData as { isDefault?: boolean } | undefined)?.isDefault === false) contextId ??= context.id;
  });
  await session.send('Runtime.enable');
  if (contextId === undefined) throw new Error('no content script world in the page');
  const world: World = {
    session,
    async objectId(expression) {
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId, objectGroup: 'leaks' });
      if (exceptionDetails || !result.objectId) throw new Error(`${expression}: ${exceptionDetails?.exception?.description ?? 'not an object'}`);
      return result.objectId;
    },
    async listeners(objectId, type) {
      const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId });
      return listeners.filter((listener) => listener.type === type).length;
    },
  };
  return world;
}

/** `abort` listeners on every AbortSignal of the content script's world (ctx.signal among them). */
async function abortListenersInWorld(world: World): Promise<number> {
  const prototype = await world.objectId('AbortSignal.prototype');
  const { objects } = await world.session.send('Runtime.queryObjects', { prototypeObjectId: prototype, objectGroup: 'leaks' });
  const { result } = await world.session.send('Runtime.getProperties', { objectId: objects.objectId!, ownProperties: true });
  let total = 0;
  for (const property of result) if (/^\d+$/.test(property.name) && property.value?.objectId) total += await world.listeners(property.value.objectId, 'abort');
  await world.session.send('Runtime.releaseObjectGroup', { objectGroup: 'leaks' }).catch(() => {});
  return total;
}

describe('listeners that must not grow', () => {
  it(`the AI Studio hint shown and closed ${MOUNTS} times keeps one focusin listener on its shadow root`, async () => {
    const page = await env.launched.browser.newPage();
    const errors = trackPageErrors(page);
    await serveReplicas(page, replicaFor);
    const content = await watchContentScript(page, env.launched.extensionId);
    await page.goto(`https://aistudio.google.com/apikey?project=${PROJECT}`, { waitUntil: 'load' });
    await content.injected;
    const worker = await (await env.launched.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().includes(env.launched.extensionId))).worker();
    // The popup's "Scan this page" message (@webext-core/messaging's shape): the card shows at
    // once, with no debounce. Our tab is the one whose content script answers canScanPage.
    const tabId = await worker!.evaluate(async () => {
      const message = (type: string) => ({ id: 1, type, timestamp: Date.now() });
      for (const tab of await chrome.tabs.query({})) {
        const answer = await chrome.tabs.sendMessage(tab.id!, message('canScanPage')).catch(() => undefined);
        if ((answer as { res?: boolean } | undefined)?.res === true) return tab.id!;
      }
      throw new Error('no tab answers canScanPage');
    });

    for (let mount = 0; mount < MOUNTS; mount += 1) {
      await worker!.evaluate((id: number) => chrome.tabs.sendMessage(id, { id: 1, type: 'scanPage', timestamp: Date.now() }), tabId);
      await page.waitForFunction(() => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('.kd-card') != null, { timeout: 5_000 });
      if (mount === MOUNTS - 1) break;
      await page.evaluate(() => document.querySelector('key-doctor-hint')!.shadowRoot!.querySelector<HTMLButtonElement>('.kd-icon-button:not([aria-expanded])')!.click());
      await page.waitForFunction(() => !document.querySelector('key-doctor-hint'), { timeout: 5_000 });
    }

    const world = await contentScriptWorld(page);
    const shadowRoot = await world.objectId(`document.querySelector('key-doctor-hint').shadowRoot`);
    expect(await world.listeners(shadowRoot, 'focusin')).toBe(1);
    expect(errors).toEqual([]);
    await world.session.detach();
    await page.close();
  });

  it('a coach waiting for a control that never appears adds no abort listeners to the content script’s signal', async () => {
    const page = await env.launched.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = trackPageErrors(page);
    await serveReplicas(page, (url) =>
      url.hostname === 'console.cloud.google.com' && /^\/apis\/credentials\/?$/.test(url.pathname)
        ? { body: readFixture('cloud-console/credentials-no-restore-link.html'), headers: TRUSTED_TYPES_CSP }
        : replicaFor(url),
    );
    const content = await watchContentScript(page, env.launched.extensionId);
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }), { waitUntil: 'load' });
    await content.injected;
    // The first step's link is missing from this page: the coach keeps looking (and re-measuring).
    await page.waitForFunction(() => (document.querySelector('key-doctor-guide') as HTMLElement | null)?.dataset.phase === 'seeking', { timeout: 10_000 });

    const world = await contentScriptWorld(page);
    const before = await abortListenersInWorld(world);
    await sleep(WAITING_MS);
    const after = await abortListenersInWorld(world);
    expect(await page.evaluate(() => (document.querySelector('key-doctor-guide') as HTMLElement | null)?.dataset.phase)).toBe('seeking');
    // A timer or frame pending at either count holds one listener until it ends: a margin of 2.
    expect(after - before, `abort listeners went from ${before} to ${after}`).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await world.session.detach();
    await page.close();
  });
});
