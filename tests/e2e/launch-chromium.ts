/**
 * The Chromium launcher: Debian's Chromium with the BUILT extension (.output/chrome-mv3), the
 * Gemini API host mapped to the local HTTPS mock, and every other host unresolvable: nothing can
 * reach the internet.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { LaunchedBrowser, LaunchOptions } from './harness';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

export async function launchWithExtension(mockPort: number, options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium).`);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [extensionDir],
    protocolTimeout: 30_000,
    defaultViewport: null,
    args: chromiumArgs(mockPort, options.extraArgs, options.lang),
    // On Linux Chromium takes its UI language from the environment; --lang covers the rest.
    env: { ...process.env, LANGUAGE: (options.lang ?? 'en-US').replace('-', '_'), LANG: `${(options.lang ?? 'en-US').replace('-', '_')}.UTF-8` },
  });
  const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'), { timeout: options.readyTimeoutMs ?? 15_000 });
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  return {
    name: 'chromium',
    browser,
    extensionId,
    extensionOrigin: origin,
    async openExtensionPage(page, path) {
      await page.goto(`${origin}/${path}`);
    },
    close: () => browser.close(),
  };
}
