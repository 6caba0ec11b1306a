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
const launched = await launchWithExtension(mock.port, { headless: false, extraArgs: [`--user-data-dir=${profile}`, '--window-size=1280,900'] });

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

const popupUrl = `chrome-extension://${launched.extensionId}/popup.html`;
for (const url of [...START_PAGES, popupUrl]) {
  const page = await launched.browser.newPage();
  await serve(page);
  await page.goto(url).catch((error: Error) => console.warn(`Could not open ${url}: ${error.message}`));
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
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
});
