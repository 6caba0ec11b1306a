/**
 * The other UI languages end to end: a browser whose UI language is zh-CN or ja gets the popup
 * and the diagnosis card in that language (the same engine, the same data table, another locale),
 * and on AI Studio the card's module of that language (ai-studio-card-<lang>.js, loaded lazily);
 * in the Cloud Console the coach's module of that language (cloud-console-coach-<lang>.js) and the
 * running guide's texts in that language only (cloud-console-guide-<flow>-<lang>.js).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SCENARIOS, demoKey } from '../mock-api/scenarios';
import { CHROMIUM, openPopup, saveScreenshot, trackPageErrors, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { CARD_QUOTES_REQUEST, POPUP_SIZE, popupResultFits, serveAiStudioWithRpcs, testKeyInPopup, waitForHintState, waitForStep } from './page-helpers';
import { openConsole, PROJECT } from './console-coach';

const IAM_DENIED = `[7,"Permission 'iam.serviceAccounts.create' denied on resource.",[["type.googleapis.com/google.rpc.ErrorInfo",["IAM_PERMISSION_DENIED","iam.googleapis.com",[["permission","iam.serviceAccounts.create"]]]]]]`;

const LANGUAGES = [
  // Kanji alone cannot tell Chinese from Japanese; kana can.
  { lang: 'zh-CN', name: 'Simplified Chinese', script: /[\u4e00-\u9fff]/, screenshot: 'popup-zh-cn' },
  { lang: 'ja', name: 'Japanese', script: /[\u3040-\u30ff]/, screenshot: 'popup-ja' },
] as const;

// Four English words in a row: a sentence left untranslated (names such as "Generative Language
// API" are three).
const ENGLISH_SENTENCE = /\b[A-Za-z]+(?:[ ,’']+[A-Za-z]+){3,}/;

for (const { lang, name, script, screenshot } of LANGUAGES) {
  describe(`popup in ${name}`, () => {
    // Debian's chromium speaks only en-US without this package; say so rather than fail obscurely.
    if (CHROMIUM === '/usr/bin/chromium' && !existsSync(`/usr/lib/chromium/locales/${lang}.pak`)) {
      throw new Error(`Chromium has no ${lang} UI language: apt-get install chromium-l10n`);
    }
    const env = useExtensionBrowser({ lang });

    it(`labels, verdict and steps are in ${name}`, async () => {
      const popup = await openPopup(env.launched);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      await popup.waitForSelector('input[name="api-key"]');
      const labels = await popup.$$eval('label, [role="tab"], button', (nodes) => nodes.map((node) => node.textContent?.trim() ?? '').filter(Boolean));
      expect(labels.length).toBeGreaterThan(3);
      expect(await popup.$eval('label[for]', (label) => label.textContent)).toMatch(script);
      for (const label of labels) expect(label).not.toMatch(ENGLISH_SENTENCE);
      await popup.type('input[name="api-key"]', demoKey('apioff'));
      await popup.click('form.key-test button[type="submit"]');
      const card = await popup.waitForSelector('[data-diagnosis="api-disabled"]', { timeout: 20_000 });
      const title = await card!.$eval('h2', (heading) => heading.textContent ?? '');
      expect(title).toMatch(script);
      expect(title).not.toMatch(ENGLISH_SENTENCE);
      const steps = await card!.$$eval('.steps li', (items) => items.map((item) => item.textContent ?? ''));
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(step).toMatch(script);
        expect(step).not.toMatch(ENGLISH_SENTENCE);
      }
      await saveScreenshot(popup, screenshot, { fullPage: true });
    });

    // CJK lines are taller: result first must hold in this language too (popup-design.e2e.ts, in English).
    it(`the verdict, its steps and the one primary action fit the 400 × 600 popup in ${name}`, async () => {
      const popup = await openPopup(env.launched);
      await popup.setViewport(POPUP_SIZE);
      // Every demo verdict but the two that wait out the 10 s deadline (their cards are short).
      for (const scenario of DEMO_SCENARIOS.filter((demo) => demo.name !== 'hang' && demo.name !== 'slow')) {
        expect(await testKeyInPopup(env.launched, popup, demoKey(scenario.name), { generate: scenario.needsGenerate })).toBe(scenario.expect);
        const fits = await popupResultFits(popup);
        expect(fits.scrolled, scenario.name).toBe(0);
        for (const [part, bottom] of [['verdict', fits.verdict], ['steps', fits.steps], ['primary action', fits.action]] as const) {
          expect(bottom, `${scenario.name}: ${part}`).toBeLessThanOrEqual(POPUP_SIZE.height);
        }
      }
      await popup.close();
    });

    it(`the AI Studio card (its lazy module) is in ${name}`, async () => {
      const page = await env.launched.browser.newPage();
      const errors = trackPageErrors(page);
      await serveAiStudioWithRpcs(page, 'ai-studio/keys-page-rpc.html', { GenerateCloudApiKey: { status: 403, body: IAM_DENIED } });
      const content = await watchContentScript(page, env.launched.extensionId);
      await page.goto('https://aistudio.google.com/api-keys?toast=none', { waitUntil: 'load' });
      await content.injected;
      await page.click('[data-test-id="create-api-key-button"]');
      expect((await waitForHintState(page, CARD_QUOTES_REQUEST)).cause).toBe('missing-iam-permissions');
      // Our words only: the quoted request and the permission codes are Google's.
      const words = await page.evaluate(() => {
        const root = document.querySelector('key-doctor-hint')!.shadowRoot!;
        return [...root.querySelectorAll('h2, h3, figcaption, .kd-meaning, .kd-cause-title, .kd-cause-detail, .kd-action')].map((node) => node.textContent?.trim() ?? '');
      });
      expect(words.length).toBeGreaterThan(10);
      // Every heading, title and action in CJK (a short one such as 原因 may be kanji alone); kana overall for Japanese.
      for (const text of words) {
        expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(text).not.toMatch(ENGLISH_SENTENCE);
      }
      expect(words.join(' ')).toMatch(script);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`the Cloud Console coach (its lazy module) is in ${name}`, async () => {
      const { page, errors } = await openConsole(env, { credentials: 'credentials.html' });
      const modules: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'chrome-extension:') modules.push(url.pathname);
      });
      await page.goto(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}&keyDoctorGuide=restore-deleted-key`);
      await waitForStep(page, 'open-deleted');
      const card = await page.evaluate(() => document.querySelector('key-doctor-guide')!.shadowRoot!.textContent ?? '');
      expect(card).toMatch(script);
      // The step's own words came from the module's one language (the English title is not there).
      expect(card).not.toMatch(/Open the deleted credentials|Restore deleted credentials/);
      // One coach and one guide's texts, both in this language: nothing of the other guides.
      const suffix = lang.toLowerCase();
      expect([...new Set(modules)].sort()).toEqual([`/cloud-console-coach-${suffix}.js`, `/cloud-console-guide-restore-deleted-key-${suffix}.js`]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
