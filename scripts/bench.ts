/**
 * Speed and size figures, printed (not asserted): how long the diagnosis engine takes per error,
 * how long a full-page detection pass takes on a busy AI Studio page, and what each built bundle
 * weighs; with a build and Chromium, how soon the in-page card follows a toast and what it adds to
 * the page's heap. Run `npm run build` first. Usage: npm run bench
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, chromiumArgs, launchWithExtension, serveReplicas } from '../tests/e2e/harness';
import { replicaFor } from '../tests/e2e/replicas';
import { diagnoseErrorText, diagnoseResponse } from '../utils/diagnosis';
import { detect } from '../utils/detection/detect';
import { precheckKey } from '../utils/api-key/precheck';
import { MAX_KEY_LENGTH } from '../utils/api-key/limits';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** `BENCH_ONLY=cloud-console npm run bench`: sizes and the Cloud Console section only (the browser sections take minutes). */
const ONLY_CONSOLE = process.env.BENCH_ONLY === 'cloud-console';
/** `BENCH_ONLY=ai-studio npm run bench`: sizes and the AI Studio sections only. */
const ONLY_AI_STUDIO = process.env.BENCH_ONLY === 'ai-studio';

// Popup (issue 11) lives in its own file; BENCH_ONLY=popup runs just that section.
if (process.env.BENCH_ONLY === 'popup') {
  await import('./bench-popup');
  process.exit(0);
}
const CORPUS = join(ROOT, 'tests/fixtures/gemini-api-errors');

function time(label: string, iterations: number, run: () => void): void {
  for (let i = 0; i < Math.min(50, iterations); i++) run(); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const perRunUs = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  console.log(`${label.padEnd(58)} ${perRunUs.toFixed(1).padStart(9)} µs/run  (${iterations} runs)`);
}

// 1. Diagnosis engine over every real error body in the corpus.
const corpus = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as { http_status: number | null; body: unknown });
const bodies = corpus.map((entry) => [entry.http_status ?? 0, typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body ?? '')] as const);
console.log(`Diagnosis engine (${bodies.length} corpus bodies)`);
time('diagnoseResponse: whole corpus', 200, () => bodies.forEach(([status, body]) => diagnoseResponse(status, body)));
time('diagnoseErrorText: whole corpus as pasted text', 200, () => bodies.forEach(([, body]) => diagnoseErrorText(body)));
const pythonRepr = `google.api_core.exceptions.PermissionDenied: 403 {'error': {'code': 403, 'message': 'Generative Language API has not been used in project 445009168042 before or it is disabled.', 'status': 'PERMISSION_DENIED'}}`;
time('diagnoseErrorText: one Python-repr paste', 5000, () => diagnoseErrorText(pythonRepr));
const longLog = `${'INFO request handled in 12 ms\n'.repeat(20_000)}${pythonRepr}\n${'DEBUG retrying\n'.repeat(20_000)}`;
time(`diagnoseErrorText: error inside a ${Math.round(longLog.length / 1024)} KiB log`, 50, () => diagnoseErrorText(longLog));
time('diagnoseErrorText: 600 KiB of brackets, nothing from Google', 20, () => diagnoseErrorText('{"a":['.repeat(100_000)));

// 2. Detection on a busy page: a long chat history plus one failure toast.
const window = new Window({ url: 'https://aistudio.google.com/apikey' });
// happy-dom types its DOM separately from lib.dom; it is the same DOM at run time.
const document = window.document as unknown as Document;
const turns = Array.from({ length: 400 }, (_, i) => `<div class="chat-turn"><p>Turn ${i}: the model says permission denied is a common error.</p><pre>code ${i}</pre></div>`).join('');
document.body.innerHTML = `<main><ms-chat-session>${turns}</ms-chat-session></main><div class="cdk-overlay-container"><mat-snack-bar-container><div class="mat-mdc-snack-bar-label">Failed to generate API key: permission denied. Please try again.</div></mat-snack-bar-container></div>`;
const found = detect(document.body, 'https://aistudio.google.com/apikey');
console.log(`\nDetection (page with ${document.querySelectorAll('*').length} elements; found: ${found.map((d) => d.ruleId).join(', ') || 'nothing'})`);
time('detect(): full-page pass', 200, () => detect(document.body, 'https://aistudio.google.com/apikey'));
const toast = document.querySelector('mat-snack-bar-container')!;
time('detect(): one added toast (what the watcher scans)', 5000, () => detect(toast, 'https://aistudio.google.com/apikey', undefined, { anyPage: true }));
await window.happyDOM.close();

// 2b. Key pre-check on adversarial pastes (issue 8): the popup runs it on every keystroke. Goal:
// under 50 ms at any size. Over the background's limit it refuses at once; 4 KiB is the most it scans.
{
  const key = 'AIzaSyDk3vTq9Xw2Lm8Rb7Nc4Hf6Jp0Gs1Ye5Uq';
  const fill = (unit: string, length: number, tail = '') => `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length)}${tail}`;
  let seed = 1;
  const randomChar = () => String.fromCharCode(((seed = (seed * 48271) % 2147483647) % 0x2fff) + 1);
  const random = Array.from({ length: 1 << 20 }, randomChar).join('');
  const families: [string, (length: number) => string][] = [
    ["'A=' × n, then a key", (length) => fill('A=', length, key)],
    ["'http://' × n", (length) => fill('http://', length)],
    ["'key=' × n, then a key", (length) => fill('key=', length, key)],
    ["'Bearer ' × n, then a key", (length) => fill('Bearer ', length, key)],
    ['random text', (length) => random.slice(0, length)],
  ];
  console.log('\nKey pre-check on adversarial pastes (goal < 50 ms at any size)');
  for (const length of [MAX_KEY_LENGTH, 100 * 1024, 1024 * 1024]) {
    for (const [name, make] of families) {
      const input = make(length);
      for (let run = 0; run < 5; run++) precheckKey(input); // warm up the JIT
      const runsMs = Array.from({ length: 21 }, () => {
        const start = process.hrtime.bigint();
        precheckKey(input);
        return Number(process.hrtime.bigint() - start) / 1e6;
      }).sort((a, b) => a - b);
      const [median, worst] = [runsMs[10]!, runsMs[20]!];
      const label = `precheckKey: ${name}, ${length >= 1024 * 1024 ? '1 MiB' : `${Math.round(length / 1024)} KiB`}`;
      console.log(`${label.padEnd(58)} ${median.toFixed(3).padStart(9)} ms median, ${worst.toFixed(3)} ms worst of 21  (goal < 50 ms)`);
    }
  }
}

// 3. Built bundle sizes: what the browser parses on each page.
const OUTPUT = join(ROOT, '.output/chrome-mv3');
if (existsSync(OUTPUT)) {
  console.log('\nBuilt bundles (.output/chrome-mv3)');
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  for (const file of files(OUTPUT).filter((name) => /\.(js|css)$/.test(name))) {
    console.log(`${file.slice(OUTPUT.length + 1).padEnd(58)} ${(statSync(file).size / 1024).toFixed(1).padStart(9)} KiB`);
  }
} else {
  console.log('\nNo build in .output/chrome-mv3: run `npm run build` for bundle sizes.');
}

const memory = process.memoryUsage();
console.log(`\nNode heap after the run: ${(memory.heapUsed / 1024 / 1024).toFixed(1)} MiB used`);

// 4. In the browser (built extension + Chromium): how soon the card follows the toast, and what
// the content script adds to the page's JS heap. Same replica page with and without the extension.
if (existsSync(join(OUTPUT, 'manifest.json')) && existsSync(CHROMIUM) && !ONLY_CONSOLE) {
  const { startMockGemini } = await import('../tests/mock-api/server');
  const mock = await startMockGemini();
  const pageUrl = 'https://aistudio.google.com/u/1/apikey?project=gen-lang-client-0371227417';
  const heapOf = async (page: Page) => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    await session.detach();
    return (await page.metrics()).JSHeapUsedSize ?? 0;
  };
  const openReplica = async (browser: Browser) => {
    const page = await browser.newPage();
    // tsx keeps function names through an `__name` helper the page does not have.
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
    await serveReplicas(page, (url) => replicaFor(url));
    await page.goto(pageUrl, { waitUntil: 'load' });
    return page;
  };

  const plain = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: chromiumArgs(mock.port) });
  const baseline = await heapOf(await openReplica(plain));
  await plain.close();

  const launched = await launchWithExtension(mock.port);
  const latencies: number[] = [];
  let withExtension = 0;
  for (let run = 0; run < 5; run++) {
    const page = await openReplica(launched.browser);
    await page.waitForFunction(() => document.readyState === 'complete');
    await new Promise((resolve) => setTimeout(resolve, 300)); // document_idle injection
    if (run === 0) withExtension = await heapOf(page);
    latencies.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            // The card is on the page once its content is in the shadow root and laid out (the
            // box read makes the clock include the style and layout the frame needs to paint it).
            const cardIn = (host: Element) => host.shadowRoot?.querySelector('.kd-card');
            const done = (card: Element) => {
              card.getBoundingClientRect();
              resolve(performance.now() - start);
            };
            new MutationObserver((_, observer) => {
              const host = document.querySelector('key-doctor-hint');
              if (!host?.shadowRoot) return;
              observer.disconnect();
              const card = cardIn(host);
              if (card) return done(card);
              new MutationObserver((__, shadowObserver) => {
                const late = cardIn(host);
                if (!late) return;
                shadowObserver.disconnect();
                done(late);
              }).observe(host.shadowRoot, { childList: true, subtree: true });
            }).observe(document.body, { childList: true });
            const snackBar = document.createElement('mat-snack-bar-container');
            const label = document.createElement('div');
            label.className = 'mat-mdc-snack-bar-label';
            label.textContent = 'Failed to generate API key: permission denied. Please try again.';
            snackBar.append(label);
            const overlay = document.createElement('div');
            overlay.className = 'cdk-overlay-container';
            overlay.append(snackBar);
            document.body.append(overlay);
          }),
      ),
    );
    await page.close();
  }
  await launched.close();
  await mock.close();
  latencies.sort((a, b) => a - b);
  console.log('\nIn Chromium (built extension, AI Studio replica)');
  console.log(`${'toast inserted → card on the page (median of 5)'.padEnd(58)} ${latencies[2]!.toFixed(1).padStart(9)} ms`);
  console.log(`${'page JS heap without the extension'.padEnd(58)} ${(baseline / 1024 / 1024).toFixed(2).padStart(9)} MiB`);
  console.log(`${'page JS heap with the extension (content script + card)'.padEnd(58)} ${(withExtension / 1024 / 1024).toFixed(2).padStart(9)} MiB`);
}

// 5. AI Studio startup, card latency and streaming overhead (issue 10). Printed beside each goal;
// never asserted. Needs a build and Chromium.
{
  const { gzipSync } = await import('node:zlib');
  const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : NaN);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const line = (label: string, value: string, goal: string) => console.log(`${label.padEnd(58)} ${value.padStart(12)}   goal ${goal}`);
  console.log('\nAI Studio: lean start, same-frame card, streaming overhead');
  if (existsSync(OUTPUT)) {
    line('startup script gzip (content-scripts/ai-studio.js)', kib(gz(join(OUTPUT, 'content-scripts/ai-studio.js'))), '≤ 12 KiB');
    line('MAIN-world request reader gzip (ai-studio-rpc.js)', kib(gz(join(OUTPUT, 'content-scripts/ai-studio-rpc.js'))), '(part of the start)');
    line('lazy card module gzip, English (ai-studio-card-en.js)', kib(gz(join(OUTPUT, 'ai-studio-card-en.js'))), '(after a detection)');
    line('lazy card module gzip, Chinese (ai-studio-card-zh-cn.js)', kib(gz(join(OUTPUT, 'ai-studio-card-zh-cn.js'))), '(after a detection)');
    line('lazy card module gzip, Japanese (ai-studio-card-ja.js)', kib(gz(join(OUTPUT, 'ai-studio-card-ja.js'))), '(after a detection)');
  }
  if (existsSync(join(OUTPUT, 'manifest.json')) && existsSync(CHROMIUM) && !ONLY_CONSOLE) {
    const { startMockGemini } = await import('../tests/mock-api/server');
    const mock = await startMockGemini();
    const keysUrl = 'https://aistudio.google.com/api-keys';
    const chatUrl = 'https://aistudio.google.com/prompts/new_chat';
    const open = async (browser: Browser, url: string) => {
      const page = await browser.newPage();
      // tsx keeps function names through an `__name` helper the page does not have.
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
      await serveReplicas(page, (served) => replicaFor(served));
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 300)); // document_idle injection
      return page;
    };

    // Toast → card: a fresh tab each time, MatSnackBar's real chain inserted the way Angular does
    // it (container with the content under aria-hidden, moved 150 ms later); the clock stops when
    // the card's content (.kd-card, with its text) is in its shadow root. Without a click the card
    // module is whatever the key page's idle prefetch has loaded 300 ms after `load`; runs where the
    // card still had to wait for the module are counted ("waited"). p95 of 30 is the 2nd worst.
    const launched = await launchWithExtension(mock.port);
    const measureCard = async (prefetched: boolean) => {
    const latencies: number[] = [];
    let waited = 0;
    for (let run = 0; run < 30; run++) {
      const page = await open(launched.browser, keysUrl);
      if (prefetched) {
        // A create-key click prefetches the card module (the replica's own toast comes 800 ms later).
        await page.click('[data-test-id="create-api-key-button"]');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const measured = await page.evaluate(
          () =>
            new Promise<{ ms: number; waited: boolean }>((resolve) => {
              const start = performance.now();
              let moduleWait = false;
              // The clock stops once the card is laid out: reading its box includes whatever style
              // and layout work the frame still needs before it can paint the card (the toast's own
              // layout too, which the page pays with or without the extension).
              const done = () => {
                document.querySelector('key-doctor-hint')!.shadowRoot!.querySelector('.kd-card')!.getBoundingClientRect();
                resolve({ ms: performance.now() - start, waited: moduleWait });
              };
              new MutationObserver((_, bodyObserver) => {
                const host = document.querySelector('key-doctor-hint');
                if (!host?.shadowRoot) return;
                bodyObserver.disconnect();
                if (host.shadowRoot.querySelector('.kd-card')) return done();
                moduleWait = true;
                new MutationObserver((__, shadowObserver) => {
                  if (host.shadowRoot!.querySelector('.kd-card')) {
                    shadowObserver.disconnect();
                    done();
                  }
                }).observe(host.shadowRoot, { childList: true, subtree: true });
              }).observe(document.body, { childList: true });
              const make = (tag: string, className = '', attributes: Record<string, string> = {}) => {
                const node = document.createElement(tag);
                node.className = className;
                for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
                return node;
              };
              const overlay = make('div', 'cdk-overlay-container');
              const pane = make('div', 'cdk-overlay-pane');
              const container = make('mat-snack-bar-container', 'mdc-snackbar mat-mdc-snack-bar-container ms-toast-snack-bar-container');
              const label = make('div', 'mat-mdc-snack-bar-label mdc-snackbar__label');
              const inert = make('div', '', { 'aria-hidden': 'true' });
              const live = make('div', '', { 'aria-live': 'polite' });
              const toast = make('ms-toast');
              const body = make('div', 'toast warning');
              const text = make('span', 'content-text');
              text.textContent = 'Failed to generate API key: permission denied. Please try again.';
              body.append(text);
              toast.append(body);
              inert.append(toast);
              label.append(inert, live);
              container.append(label);
              pane.append(container);
              overlay.append(pane);
              document.body.append(overlay);
              setTimeout(() => {
                inert.removeAttribute('aria-hidden');
                live.append(inert);
              }, 150);
            }),
      );
      latencies.push(measured.ms);
      if (measured.waited) waited += 1;
      await page.close();
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;
    const how = prefetched ? 'after a create click' : 'no click, idle prefetch';
    line(`toast → card p50 (${latencies.length} fresh tabs, ${how})`, `${pct(50).toFixed(1)} ms`, '');
    line(`toast → card p95 (${latencies.length} fresh tabs, ${how})`, `${pct(95).toFixed(1)} ms`, '≤ 16 ms');
    console.log(`  waited for the card module: ${waited} of ${latencies.length}; all (ms): ${latencies.map((ms) => ms.toFixed(1)).join(' ')}`);
    };
    await measureCard(false);
    await measureCard(true);

    // Streaming chat: ~4,000 mutations/s for 5 s plus typing, the page's script time with the
    // extension ÷ without, same workload, alternating browsers, median of 5 pairs.
    const plain = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: chromiumArgs(mock.port) });
    const scriptTime = async (browser: Browser) => {
      const page = await open(browser, chatUrl);
      const session = await page.createCDPSession();
      await session.send('Performance.enable');
      const metric = async () => ((await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
      await page.evaluate(() => {
        const area = document.createElement('textarea');
        area.id = 'bench-input';
        document.body.append(area);
      });
      const before = await metric();
      const streaming = page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const log = document.querySelector('main') ?? document.body;
            const turn = document.createElement('ms-chat-turn');
            log.append(turn);
            const end = performance.now() + 5_000;
            const tick = () => {
              // 16 mutations every 4 ms ≈ 4,000/s: spans appended and text written, as a streamed answer.
              for (let i = 0; i < 8; i++) {
                const span = document.createElement('span');
                span.textContent = 'token ';
                turn.append(span);
                span.firstChild!.textContent = 'token. ';
              }
              if (turn.childElementCount > 2_000) turn.replaceChildren();
              if (performance.now() < end) setTimeout(tick, 4);
              else resolve();
            };
            tick();
          }),
      );
      await page.type('#bench-input', 'Explain why my key says permission denied, briefly please. '.repeat(3), { delay: 15 });
      await streaming;
      const spent = (await metric()) - before;
      await page.close();
      return spent;
    };
    const ratios: number[] = [];
    for (let pair = 0; pair < 5; pair++) {
      const without = await scriptTime(plain);
      const withExtension = await scriptTime(launched.browser);
      ratios.push(withExtension / without);
      if (process.env.BENCH_VERBOSE) console.log(`  pair ${pair}: ${withExtension.toFixed(1)} ms with, ${without.toFixed(1)} ms without`);
    }
    ratios.sort((a, b) => a - b);
    line('streaming chat script time, with ÷ without (median of 5)', ratios[2]!.toFixed(3), '≤ 1.03');
    await plain.close();
    await launched.close();
    await mock.close();
  }
}

// 6. Cloud Console: a small start, a coach that costs nothing while it waits (issue 11). Printed
// beside each goal; never asserted. Needs a build and Chromium. Ratios from interleaved runs of
// the same workload in two browsers of one process (with and without the extension).
if (!ONLY_AI_STUDIO) {
  const { gzipSync } = await import('node:zlib');
  const { TRUSTED_TYPES_CSP } = await import('../tests/e2e/replicas');
  const { readFixture } = await import('../tests/e2e/harness');
  const gz = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : NaN);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const line = (label: string, value: string, goal: string) => console.log(`${label.padEnd(76)} ${value.padStart(14)}   goal ${goal}`);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log('\nCloud Console: small start, lazy coach, quiet ring');
  if (existsSync(OUTPUT)) {
    line('startup script gzip (content-scripts/cloud-console.js)', kib(gz(join(OUTPUT, 'content-scripts/cloud-console.js'))), '≤ 12 KiB');
    const { GUIDE_FLOW_IDS } = await import('../utils/guide/flow-ids');
    const { guideTextsPath } = await import('../utils/guide/step-texts');
    for (const [lang, locale] of [['en', 'en'], ['zh-cn', 'zh-CN'], ['ja', 'ja']] as const) {
      const coach = gz(join(OUTPUT, `cloud-console-coach-${lang}.js`));
      // What a page with a running guide loads beyond the start: the coach and that guide's texts, one language.
      const texts = GUIDE_FLOW_IDS.map((flowId) => ({ flowId, bytes: gz(join(OUTPUT, guideTextsPath(flowId, locale))) })).sort((a, b) => b.bytes - a.bytes);
      const largest = texts[0]!;
      line(`lazy coach module gzip (cloud-console-coach-${lang}.js)`, kib(coach), '(once a guide runs)');
      // What an offer page with no guide running loads beyond the start: the offer card and its checks only.
      line(`lazy offer module gzip (cloud-console-offer-${lang}.js; all an offer page loads)`, `${kib(gz(join(OUTPUT, `cloud-console-offer-${lang}.js`)))}`, '(an offer page, no guide running)');
      line(`  + the running guide's texts, largest (${largest.flowId}) = per guide, ${lang}`, `${kib(largest.bytes)} = ${kib(coach + largest.bytes)}`, 'one guide, one language, once a guide runs');
      line(`  guide texts modules gzip, ${lang} (${texts.map((entry) => entry.flowId).join(', ')})`, texts.map((entry) => (entry.bytes / 1024).toFixed(1)).join(' / '), '(one, while its guide runs)');
    }
    line('lazy frame agent gzip (cloud-console-frame.js)', kib(gz(join(OUTPUT, 'cloud-console-frame.js'))), '(a frame, when asked)');
  }
  if (existsSync(join(OUTPUT, 'manifest.json')) && existsSync(CHROMIUM)) {
    const { startMockGemini } = await import('../tests/mock-api/server');
    const mock = await startMockGemini();
    const PROJECT = 'gen-lang-client-0371227417';
    const deepLink = `https://console.cloud.google.com/apis/credentials?project=${PROJECT}&keyDoctorGuide=restore-deleted-key`;
    const open = async (browser: Browser, url: string, credentials = 'credentials.html') => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
      await serveReplicas(page, (served) =>
        served.hostname === 'console.cloud.google.com' && /^\/apis\/credentials\/?$/.test(served.pathname) ? { body: readFixture(`cloud-console/${credentials}`), headers: TRUSTED_TYPES_CSP } : replicaFor(served),
      );
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    const ringShown = (page: Page) => page.waitForFunction(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-ring') != null, { timeout: 10_000 });
    const metrics = async (page: Page) => {
      const session = await page.createCDPSession();
      await session.send('Performance.enable');
      return async () => {
        const all = (await session.send('Performance.getMetrics')).metrics;
        const get = (name: string) => (all.find((m) => m.name === name)?.value ?? 0) * 1000;
        return { task: get('TaskDuration'), script: get('ScriptDuration') };
      };
    };
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const plain = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: chromiumArgs(mock.port) });
    const launched = await launchWithExtension(mock.port);

    // a. The ring shown, the page idle: main-thread time in its first 5 s (just after the coach and
    // its texts module loaded) and over the 8 s after it, per minute.
    // Both windows start the same time after the load event: the page's own early work (its
    // post-load tasks) falls in both or in neither. The run without waits as long as the last run
    // with the extension took to show its ring.
    const idle = async (browser: Browser, afterLoadMs?: number) => {
      const page = await open(browser, deepLink);
      const loaded = performance.now();
      if (afterLoadMs === undefined) await ringShown(page);
      else await sleep(afterLoadMs);
      const waited = performance.now() - loaded;
      const read = await metrics(page);
      const start = await read();
      await sleep(5_000);
      const firstEnd = await read();
      await sleep(8_000);
      const end = await read();
      await page.close();
      return { first: ((firstEnd.task - start.task) / 5) * 60, idle: ((end.task - firstEnd.task) / 8) * 60, waited };
    };
    // Five pairs: the idle figures are a few ms per minute, where one stray task moves a ratio.
    const RING_PAIRS = 5;
    const idleWith: { first: number; idle: number; waited: number }[] = [];
    const idleWithout: { first: number; idle: number; waited: number }[] = [];
    // A first run with the extension, not counted, warms its modules and tells how long the ring
    // takes after load; each pair then runs without the extension first.
    let waited = (await idle(launched.browser)).waited;
    for (let pair = 0; pair < RING_PAIRS; pair++) {
      idleWithout.push(await idle(plain, waited));
      const withExtension = await idle(launched.browser);
      idleWith.push(withExtension);
      waited = withExtension.waited;
    }
    console.log(`  windows start after the load event (ms), with the ring shown: ${idleWith.map((run) => run.waited.toFixed(0)).join(' ')}`);
    for (const [name, runs] of [['with', idleWith], ['without', idleWithout]] as const) {
      console.log(`  ${name}, each pair (first 5 s / idle, ms/min): ${runs.map((run) => `${run.first.toFixed(1)} / ${run.idle.toFixed(1)}`).join(', ')}`);
    }
    for (const phase of ['first', 'idle'] as const) {
      const [withExtension, without] = [median(idleWith.map((run) => run[phase])), median(idleWithout.map((run) => run[phase]))];
      const label = phase === 'first' ? 'ring shown, first 5 s (just after the coach loaded)' : 'ring shown, page idle (after the first 5 s)';
      line(`${label}: main thread ms/min, with / without`, `${withExtension.toFixed(1)} / ${without.toFixed(1)}`, '');
      line(`${label}: with ÷ without (median of ${RING_PAIRS} pairs)`, (withExtension / without).toFixed(2), phase === 'first' ? '(part of the minute below)' : '≤ 1.1');
    }
    // The issue's figure is per minute with the guide shown: the first 5 s as measured, then the
    // remaining 55 s at the measured idle rate (both from the same interleaved pairs).
    const minuteOf = (run: { first: number; idle: number }) => (run.first * 5 + run.idle * 55) / 60;
    const [minuteWith, minuteWithout] = [median(idleWith.map(minuteOf)), median(idleWithout.map(minuteOf))];
    line('ring shown, its first minute (first 5 s + 55 s idle): with ÷ without', (minuteWith / minuteWithout).toFixed(2), '≤ 1.1');

    // b. 500 API-key rows, a row added and one removed every 50 ms (20 mutations/s) for 5 s.
    const busy = async (browser: Browser, extension: boolean) => {
      const page = await open(browser, deepLink);
      if (extension) await ringShown(page);
      else await sleep(300);
      await page.evaluate(() => {
        const body = document.querySelector('tbody')!;
        const row = body.querySelector('tr')!;
        for (let i = 0; i < 499; i++) body.append(row.cloneNode(true));
        (globalThis as Record<string, unknown>).__longTasks = [];
        new PerformanceObserver((list) => ((globalThis as Record<string, unknown>).__longTasks as number[]).push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
      });
      await sleep(500);
      const read = await metrics(page);
      const before = await read();
      const mutations = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const body = document.querySelector('tbody')!;
            let count = 0;
            const timer = setInterval(() => {
              const row = body.lastElementChild!.cloneNode(true) as HTMLElement;
              row.querySelector('a')!.textContent = `Key ${count}`;
              body.insertBefore(row, body.children[count % 400]!);
              body.lastElementChild!.remove();
              if (++count === 100) {
                clearInterval(timer);
                setTimeout(() => resolve(count), 200);
              }
            }, 50);
          }),
      );
      const spent = (await read()).task - before.task;
      const longest = await page.evaluate(() => Math.max(0, ...((globalThis as Record<string, unknown>).__longTasks as number[])));
      await page.close();
      return { perMutation: spent / mutations, longest };
    };
    const busyWith: { perMutation: number; longest: number }[] = [];
    const busyWithout: { perMutation: number; longest: number }[] = [];
    for (let pair = 0; pair < 3; pair++) {
      busyWithout.push(await busy(plain, false));
      busyWith.push(await busy(launched.browser, true));
    }
    const perWith = median(busyWith.map((run) => run.perMutation));
    const perWithout = median(busyWithout.map((run) => run.perMutation));
    line('500 rows, 20 mutations/s: main thread ms/mutation, with', `${perWith.toFixed(2)} ms`, '');
    line('500 rows, 20 mutations/s: main thread ms/mutation, without', `${perWithout.toFixed(2)} ms`, '');
    line('500 rows, 20 mutations/s: with ÷ without', (perWith / perWithout).toFixed(2), '(minimal work)');
    line('500 rows: longest task with (without) the extension', `${Math.max(...busyWith.map((run) => run.longest)).toFixed(0)} (${Math.max(...busyWithout.map((run) => run.longest)).toFixed(0)}) ms`, 'none > 50 ms');

    // c. Waiting for a control the page does not have (no "Restore deleted credentials" link):
    // script time and event listeners over 10 s once the step is shown in words.
    {
      const page = await open(launched.browser, deepLink, 'credentials-no-restore-link.html');
      await page.waitForFunction(() => document.querySelector('key-doctor-guide')?.getAttribute('data-phase') === 'missing', { timeout: 15_000 });
      const read = await metrics(page);
      const session = await page.createCDPSession();
      const listeners = async () => {
        await session.send('HeapProfiler.collectGarbage');
        return (await session.send('Memory.getDOMCounters')).jsEventListeners;
      };
      const [before, listenersBefore] = [await read(), await listeners()];
      await sleep(10_000);
      const [after, listenersAfter] = [await read(), await listeners()];
      await page.close();
      line('waiting for a missing control: script ms/min', `${(((after.script - before.script) / 10) * 60).toFixed(1)} ms`, 'flat');
      line('waiting for a missing control: event listeners, 10 s', `${listenersBefore} → ${listenersAfter}`, 'flat');
    }

    // d. Deep link → ring: the coach waits for its control; the clock runs from the moment the
    // control is added to the page to the ring in the card's shadow root (fresh tab each run).
    {
      const latencies: number[] = [];
      for (let run = 0; run < 9; run++) {
        const page = await open(launched.browser, deepLink, 'credentials-no-restore-link.html');
        await page.waitForFunction(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-card') != null, { timeout: 10_000 });
        latencies.push(
          await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const shadow = document.querySelector('key-doctor-guide')!.shadowRoot!;
                const link = document.createElement('a');
                link.href = `/apis/credentials/deleted${location.search}`;
                link.textContent = 'Restore deleted credentials';
                link.style.cssText = 'display:inline-block;padding:8px';
                const start = performance.now();
                new MutationObserver((_, observer) => {
                  if (!shadow.querySelector('.kd-ring')) return;
                  observer.disconnect();
                  resolve(performance.now() - start);
                }).observe(shadow, { childList: true, subtree: true });
                (document.querySelector('main') ?? document.body).prepend(link);
              }),
          ),
        );
        await page.close();
      }
      line(`deep link → ring after the target exists, median of ${latencies.length}`, `${median(latencies).toFixed(1)} ms`, '≤ 16 ms (1 frame)');
    }
    await plain.close();
    await launched.close();
    await mock.close();
  }
}

// 7. Popup: startup JS, first paint, key-test overhead (issue 11).
if (!ONLY_CONSOLE && !ONLY_AI_STUDIO) await import('./bench-popup');
