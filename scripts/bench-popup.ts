/**
 * Popup figures (issue 11), printed beside their goals, never asserted: the JS popup.html loads
 * before its first paint vs the chunks it imports later, the popup's first contentful paint, and
 * what Key Doctor adds to a key test beyond the network. Needs `npm run build` and Chromium.
 * Run alone: BENCH_ONLY=popup npm run bench
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchWithExtension } from '../tests/e2e/harness';
import { demoKey } from '../tests/mock-api/scenarios';

const OUTPUT = join(fileURLToPath(new URL('..', import.meta.url)), '.output/chrome-mv3');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (label: string, value: string, goal: string) => console.log(`${label.padEnd(58)} ${value.padStart(12)}   goal ${goal}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Files a module imports statically (`from "./x.js"`, `import "./x.js"`) or lazily (`import("./x.js")`). */
function importsOf(file: string): { eager: string[]; lazy: string[] } {
  const code = readFileSync(file, 'utf8');
  const resolve = (spec: string) => (spec.startsWith('/') ? join(OUTPUT, spec) : join(dirname(file), spec));
  const eager = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([./][^"']+\.js)["']/g)].map((m) => resolve(m[1]!));
  const lazy = [...code.matchAll(/\bimport\(\s*["']([./][^"']+\.js)["']\s*\)/g)].map((m) => resolve(m[1]!));
  return { eager, lazy };
}

console.log('\nPopup: startup JS, first paint, key-test overhead');
const html = join(OUTPUT, 'popup.html');
if (existsSync(html)) {
  const entries = [...readFileSync(html, 'utf8').matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => join(OUTPUT, m[1]!));
  const startup = new Set<string>();
  const lazy = new Set<string>();
  const walk = (file: string) => {
    if (startup.has(file) || !existsSync(file)) return;
    startup.add(file);
    const found = importsOf(file);
    found.eager.forEach(walk);
    found.lazy.forEach((chunk) => lazy.add(chunk));
  };
  entries.forEach(walk);
  // Lazy chunks and what they pull in that startup does not already hold.
  const lazyAll = new Set<string>();
  const walkLazy = (file: string) => {
    if (startup.has(file) || lazyAll.has(file) || !existsSync(file)) return;
    lazyAll.add(file);
    const found = importsOf(file);
    [...found.eager, ...found.lazy].forEach(walkLazy);
  };
  lazy.forEach(walkLazy);
  const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gz(file), 0);
  line(`popup startup JS gzip (${startup.size} file(s) before first paint)`, kib(total(startup)), '≤ 25 KiB');
  for (const file of startup) console.log(`  startup ${file.slice(OUTPUT.length + 1).padEnd(48)} ${kib(gz(file)).padStart(12)}`);
  line(`popup lazy chunks gzip (${lazyAll.size} file(s), all languages)`, kib(total(lazyAll)), '(not at start)');
  for (const file of lazyAll) console.log(`  lazy    ${file.slice(OUTPUT.length + 1).padEnd(48)} ${kib(gz(file)).padStart(12)}`);
  // A popup loads the shared chunks and its own language's app (locale-only.vite.ts), never the other two.
  const shared = [...lazyAll].filter((file) => !/\.kd-only-/.test(file));
  for (const locale of ['en', 'zh-CN', 'ja']) {
    const own = [...lazyAll].filter((file) => file.includes(`.kd-only-${locale}-`));
    line(`popup app JS after the shell, ${locale} (+ tabs + shared)`, kib(total([...shared, ...own])), '(lazy)');
  }
  // The first interactive screen (the key form): the shell's JS, the language's boot chunk and what
  // it imports statically; not the chunks it imports later (verdict card, tabs, the pre-check's words).
  for (const locale of ['en', 'zh-CN', 'ja']) {
    const boot = [...lazy].find((file) => file.includes(`/boot.kd-only-${locale}-`));
    if (!boot) continue;
    const screen = new Set(startup);
    const walkEager = (file: string) => {
      if (screen.has(file) || !existsSync(file)) return;
      screen.add(file);
      importsOf(file).eager.forEach(walkEager);
    };
    walkEager(boot);
    const bytes = total(screen);
    line(`popup first interactive screen JS gzip, ${locale} (${screen.size} files)`, `${kib(bytes)} (${bytes} B)`, '≤ 25 KB');
  }
}

if (existsSync(join(OUTPUT, 'manifest.json')) && existsSync(CHROMIUM)) {
  const { startMockGemini } = await import('../tests/mock-api/server');
  const mock = await startMockGemini();
  const launched = await launchWithExtension(mock.port);
  const RUNS = 15;

  // First contentful paint of a fresh popup page each time (a new tab: nothing cached in the page).
  // Also when the key field is there (the app, not just the shell): a MutationObserver from the
  // document's start notes the time.
  const paints: number[] = [];
  const formReady: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 400, height: 600 });
    await page.evaluateOnNewDocument(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('input[name="api-key"]')) return;
        observer.disconnect();
        (globalThis as { benchFormReady?: number }).benchFormReady = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await launched.openExtensionPage(page, 'popup.html');
    await page.waitForSelector('input[name="api-key"]');
    const ready = await page.evaluate(() => (globalThis as { benchFormReady?: number }).benchFormReady ?? NaN);
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const entry = performance.getEntriesByName('first-contentful-paint')[0];
          if (entry) return resolve(entry.startTime);
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries()[0]!.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    if (run > 0) {
      paints.push(fcp); // the first open also warms the extension's code cache
      formReady.push(ready);
    }
    await page.close();
  }
  line(`popup first contentful paint (median of ${paints.length} opens)`, `${median(paints).toFixed(1)} ms`, '≤ 50 ms');
  console.log(`  all (ms): ${paints.map((ms) => ms.toFixed(1)).join(' ')}`);
  line(`popup key field on screen (median of ${formReady.length} opens)`, `${median(formReady).toFixed(1)} ms`, '(no goal; the app after the shell)');
  console.log(`  all (ms): ${formReady.map((ms) => ms.toFixed(1)).join(' ')}`);

  // Key-test overhead: click Test → verdict card, minus a bare fetch of the same mock answer
  // (the models list for an invalid key: one request, as the test makes) from the same page.
  const key = demoKey('invalid');
  const overheads: number[] = [];
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 400, height: 600 });
  await launched.openExtensionPage(page, 'popup.html');
  for (let run = 0; run < RUNS + 1; run++) {
    await page.evaluate(() => new Promise<void>((resolve) => chrome.storage.session.remove('lastKeyTest', () => resolve())));
    await page.reload();
    await page.waitForSelector('input[name="api-key"]');
    await page.type('input[name="api-key"]', key);
    const bare = await page.evaluate(async (apiKey: string) => {
      const start = performance.now();
      const response = await fetch('https://generativelanguage.googleapis.com/v1beta/models', {
        headers: { 'x-goog-api-key': apiKey },
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        redirect: 'manual',
      });
      await response.text();
      return performance.now() - start;
    }, key);
    const card = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (document.querySelector('[data-diagnosis]')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          }).observe(document.body, { childList: true, subtree: true });
          (document.querySelector('form.key-test button[type="submit"]') as HTMLButtonElement).click();
        }),
    );
    if (run > 0) overheads.push(card - bare);
    if (process.env.BENCH_VERBOSE) console.log(`  run ${run}: card ${card.toFixed(1)} ms, bare fetch ${bare.toFixed(1)} ms`);
  }
  await page.close();
  line(`key-test overhead beyond the network (median of ${overheads.length})`, `${median(overheads).toFixed(1)} ms`, '≤ 5 ms');
  console.log(`  all (ms): ${overheads.map((ms) => ms.toFixed(1)).join(' ')}`);
  await launched.close();
  await mock.close();
}
