/**
 * Simplified Chinese end to end: a browser whose UI language is zh-CN gets the popup and the
 * diagnosis card in Chinese (the same engine, the same data table, the other locale).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoKey } from '../mock-api/scenarios';
import { CHROMIUM, openPopup, saveScreenshot } from './harness';
import { useExtensionBrowser } from './extension-browser';

// Debian's chromium speaks only en-US without this package; say so rather than fail obscurely.
if (CHROMIUM === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/zh-CN.pak')) {
  throw new Error('Chromium has no zh-CN UI language: apt-get install chromium-l10n');
}

const env = useExtensionBrowser({ lang: 'zh-CN' });

describe('popup in Simplified Chinese', () => {
  it('labels, verdict and steps are in Chinese', async () => {
    const popup = await openPopup(env.launched);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await popup.waitForSelector('input[name="api-key"]');
    expect(await popup.$eval('label[for]', (label) => label.textContent)).toMatch(/[\u4e00-\u9fff]/);
    await popup.type('input[name="api-key"]', demoKey('apioff'));
    await popup.click('form.key-test button[type="submit"]');
    const card = await popup.waitForSelector('[data-diagnosis="api-disabled"]', { timeout: 20_000 });
    const title = await card!.$eval('h2', (heading) => heading.textContent ?? '');
    expect(title).toMatch(/[\u4e00-\u9fff]/);
    const steps = await card!.$$eval('.steps li', (items) => items.map((item) => item.textContent ?? ''));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step).toMatch(/[\u4e00-\u9fff]/);
    await saveScreenshot(popup, 'popup-zh-cn', { fullPage: true });
  });
});
