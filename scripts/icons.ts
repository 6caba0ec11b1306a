/**
 * Builds the extension icons from assets/icon.svg: public/icon/<size>.png for 16, 32, 48 and 128 px
 * (WXT puts public/icon/<size>.png into the manifest's `icons` and `action.default_icon`). Renders
 * with headless Chromium so the PNGs match what a browser draws. Run: `npm run icons`; the PNGs are
 * committed, so builds and tests never regenerate them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const root = new URL('../', import.meta.url);
const svg = readFileSync(new URL('assets/icon.svg', root), 'utf8');
const outDir = fileURLToPath(new URL('public/icon/', root));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
});
try {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage();
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  for (const size of ICON_SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.waitForFunction(() => document.images[0]?.complete);
    await page.screenshot({ path: `${outDir}${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
