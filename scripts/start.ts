/**
 * `npm start`: opens Chromium with the built extension, the Gemini API host mapped to the local
 * mock (tests/mock-api) and the consoles served from the replica pages, so every diagnosis can be
 * seen without a Google account or a real key. Nothing reaches the internet.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, serveReplicas } from '../tests/e2e/harness';
import { replicaFor, START_PAGES } from '../tests/e2e/replicas';
import { DEMO_SCENARIOS, demoAuthKey, demoKey } from '../tests/mock-api/scenarios';
import { startMockGemini } from '../tests/mock-api/server';

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
if (!hasDisplay) {
  console.log(
    [
      'npm start opens a Chromium window, but this machine has no display (DISPLAY is not set).',
      'Run `npm test` instead: it drives the same built extension headless against the same mock',
      'API and replica pages, and saves screenshots to docs/screenshots/.',
      'Or run under a virtual display: xvfb-run npm start',
    ].join('\n'),
  );
  process.exit(1);
}

const mock = await startMockGemini();
const profile = mkdtempSync(join(tmpdir(), 'key-doctor-profile-'));
// Generous bounds: on a busy machine the service worker and the first page can take a while.
const launched = await launchWithExtension(mock.port, { headless: false, readyTimeoutMs: 60_000, extraArgs: [`--user-data-dir=${profile}`, '--window-size=1280,900'] });
// The window's own first tab (about:blank): it becomes the popup tab, so no blank tab is left over.
const firstTab = (await launched.browser.pages()).find((page) => page.url() === 'about:blank');

const serve = (page: Page) => serveReplicas(page, (url) => replicaFor(url)).catch(() => {});
// Tabs the extension opens (guides, deep links) start loading before interception is on: load
// them again once it is, so they show the replica instead of a DNS error.
launched.browser.on('targetcreated', async (target) => {
  const page = await target.page().catch(() => null);
  if (!page) return;
  await serve(page);
  const url = URL.canParse(target.url()) ? new URL(target.url()) : undefined;
  if (url && replicaFor(url)) await page.goto(url.href).catch(() => {});
});

for (const url of START_PAGES) {
  const page = await launched.browser.newPage();
  await serve(page);
  await page.goto(url, { timeout: 60_000 }).catch((error: Error) => console.warn(`Could not open ${url}: ${error.message}`));
}

const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
const popupTab = firstTab ?? (await launched.browser.newPage());
await openPopupTab(popupTab);

/** Opens the popup and waits until it can take a key; tries again when a busy machine is slow. */
async function openPopupTab(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(popupUrl, { timeout: 60_000 });
      await page.waitForSelector('input[name="api-key"]', { timeout: 30_000 });
      await page.bringToFront();
      return;
    } catch (error) {
      if (attempt === 3) {
        console.warn(`The popup tab did not come up (${(error as Error).message}); open ${popupUrl} yourself or press the toolbar button.`);
        return;
      }
    }
  }
}

console.log(`\nKey Doctor is running with a mock Gemini API on 127.0.0.1:${mock.port}.`);
console.log(`The popup is open as a tab (${popupUrl}); the toolbar button opens it too.`);
console.log('Replica pages open next to it (press "Create API key" on the AI Studio ones):');
for (const url of START_PAGES) console.log(`  ${url}`);
console.log('');
console.log('Paste one of these demo keys into "Test a key" (tick "Also try a one-token generation" where marked *):\n');
for (const scenario of DEMO_SCENARIOS) {
  console.log(`  ${demoKey(scenario.name)}  ${scenario.needsGenerate ? '*' : ' '} ${scenario.expect.padEnd(24)} ${scenario.describe}`);
}
console.log(`  ${demoAuthKey('ok')}  a 2026 AQ. auth key that works`);
console.log('\nClose the browser window to stop.');

launched.browser.on('disconnected', async () => {
  await mock.close();
  // Chromium may still be writing its profile as it exits: retry instead of failing.
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  process.exit(0);
});
