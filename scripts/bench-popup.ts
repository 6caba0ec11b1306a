/**
 * Popup figures (issue 11), printed beside their goals, never asserted: the JS popup.html loads
 * before its first paint vs the chunks it imports later, the popup's first contentful paint in a
 * tab and as the toolbar popup, each beside an empty extension page's in the same runs (what Chrome
 * itself takes on this machine), and what Key Doctor adds to a key test beyond the network.
 * Needs `npm run build` and Chromium.
 * Run alone: BENCH_ONLY=popup npm run bench (BENCH_RUNS=n for more or fewer opens and tests than 20)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { WebWorker } from 'puppeteer-core';
import { CHROMIUM, launchWithExtension } from '../tests/e2e/harness';
import { demoKey, LAG_MS } from '../tests/mock-api/scenarios';

const OUTPUT = join(fileURLToPath(new URL('..', import.meta.url)), '.output/chrome-mv3');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const line = (label: string, value: string, goal: string) => console.log(`${label.padEnd(58)} ${value.padStart(12)}   goal ${goal}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
/** A timing's median beside its goal, then every run's value. */
const lineMs = (label: string, values: number[], goal: string) => {
  line(label, `${median(values).toFixed(1)} ms`, goal);
  console.log(`  all (ms): ${values.map((ms) => ms.toFixed(1)).join(' ')}`);
};

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

/** The first contentful paint of the document in `page`, once it has one (ms from its navigation). */
const FIRST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  const entry = performance.getEntriesByName('first-contentful-paint')[0];
  if (entry) return resolve(entry.startTime);
  new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(list.getEntries()[0].startTime); }).observe({ type: 'paint', buffered: true });
})`;
/** Chrome's floor under any extension page's first paint: the shell's title and nothing else. */
const EMPTY_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Key Doctor</title></head><body><h1>Key Doctor</h1></body></html>';

if (existsSync(join(OUTPUT, 'manifest.json')) && existsSync(CHROMIUM)) {
  const { startMockGeminiProcess } = await import('../tests/mock-api/own-process');
  const RUNS = Number(process.env.BENCH_RUNS) || 20;
  // A copy of the build with one page more (bench-empty.html), never the build itself.
  const copy = mkdtempSync(join(tmpdir(), 'key-doctor-bench-'));
  let mock: Awaited<ReturnType<typeof startMockGeminiProcess>> | undefined;
  let launched: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    cpSync(OUTPUT, copy, { recursive: true });
    writeFileSync(join(copy, 'bench-empty.html'), EMPTY_PAGE);
    mock = await startMockGeminiProcess();
    launched = await launchWithExtension(mock.port, { extensionDir: copy });
    // First contentful paint of a fresh page each time (a new tab: nothing cached in the page),
    // the popup and the empty page taking turns. For the popup, also when the key field is there
    // (the app, not just the shell): a MutationObserver from the document's start notes the time.
    const paints = { popup: [] as number[], empty: [] as number[] };
    const formReady: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      for (const which of ['popup', 'empty'] as const) {
        const page = await launched.browser.newPage();
        await page.setViewport({ width: 400, height: 600 });
        if (which === 'popup') {
          await page.evaluateOnNewDocument(() => {
            new MutationObserver((_, observer) => {
              if (!document.querySelector('input[name="api-key"]')) return;
              observer.disconnect();
              (globalThis as { benchFormReady?: number }).benchFormReady = performance.now();
            }).observe(document, { childList: true, subtree: true });
          });
        }
        await launched.openExtensionPage(page, which === 'popup' ? 'popup.html' : 'bench-empty.html');
        if (which === 'popup') await page.waitForSelector('input[name="api-key"]');
        const fcp = (await page.evaluate(FIRST_CONTENTFUL_PAINT)) as number;
        // The first open of each also warms the extension's code cache: not counted.
        if (run > 0) {
          paints[which].push(fcp);
          if (which === 'popup') formReady.push(await page.evaluate(() => (globalThis as { benchFormReady?: number }).benchFormReady ?? NaN));
        }
        await page.close();
      }
    }
    lineMs(`popup first contentful paint, in a tab (median of ${paints.popup.length})`, paints.popup, '≤ 50 ms');
    lineMs('  an empty extension page, the same runs (Chrome\'s floor here)', paints.empty, '(no goal)');
    lineMs(`popup key field on screen, in a tab (median of ${formReady.length})`, formReady, '(no goal; the app after the shell)');

    // The toolbar popup itself (chrome.action.openPopup from the worker), the same two pages in turn
    // (action.setPopup). Chrome shows a popup once its page has loaded, so its first paint comes later.
    const popupPaints = { popup: [] as number[], empty: [] as number[] };
    let worker: WebWorker | null = null;
    try {
      worker = await (await launched.browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'), { timeout: 10_000 })).worker();
      if (!worker) throw new Error('no service worker to open the popup from');
      for (let run = 0; run < RUNS + 1; run++) {
        for (const [which, path] of [['popup', 'popup.html'], ['empty', 'bench-empty.html']] as const) {
          await worker.evaluate(`chrome.action.setPopup({ popup: '${path}' })`);
          await worker.evaluate('chrome.action.openPopup()');
          const target = await launched.browser.waitForTarget((candidate) => candidate.url().endsWith(`/${path}`), { timeout: 5_000 });
          const page = (await target.asPage())!;
          const fcp = (await page.evaluate(FIRST_CONTENTFUL_PAINT)) as number;
          if (run > 0) popupPaints[which].push(fcp);
          await page.close();
        }
      }
      lineMs(`popup first contentful paint, toolbar popup (median of ${popupPaints.popup.length})`, popupPaints.popup, '≤ 50 ms');
      lineMs('  an empty popup, the same runs', popupPaints.empty, '(no goal)');
    } catch (error) {
      console.log(`  toolbar popup: not measured here (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      await worker?.evaluate(`chrome.action.setPopup({ popup: 'popup.html' })`).catch(() => {});
    }

    // Key-test overhead: click Test → verdict card, minus a bare fetch of the same mock answer
    // (the models list for an invalid key: one request, as the test makes) from the same page. Once
    // for the local mock's answer (within BUSY_AFTER_MS: straight to the verdict) and once for the
    // 'lag' key's (after LAG_MS, as over a real network: the busy state shows first).
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 400, height: 600 });
    await launched.openExtensionPage(page, 'popup.html');
    const overheadOf = async (key: string) => {
      const overheads: number[] = [];
      const cards: number[] = [];
      const bares: number[] = [];
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
        if (run > 0) {
          overheads.push(card - bare);
          cards.push(card);
          bares.push(bare);
        }
        if (process.env.BENCH_VERBOSE) console.log(`  run ${run}: card ${card.toFixed(1)} ms, bare fetch ${bare.toFixed(1)} ms`);
      }
      return { overheads, cards, bares };
    };
    for (const [label, key] of [
      ['key-test overhead beyond the network', demoKey('invalid')],
      [`  the same, the answer after ${LAG_MS} ms (busy state first)`, demoKey('lag')],
    ] as const) {
      const { overheads, cards, bares } = await overheadOf(key);
      lineMs(`${label} (median of ${overheads.length})`, overheads, '≤ 5 ms');
      console.log(`  medians: card ${median(cards).toFixed(1)} ms, bare fetch ${median(bares).toFixed(1)} ms (the mock answers from a process of its own)`);
    }
    await page.close();
  } finally {
    await launched?.close().catch(() => {});
    await mock?.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
