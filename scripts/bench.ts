/**
 * Speed and size figures, printed (not asserted): how long the diagnosis engine takes per error,
 * how long a full-page detection pass takes on a busy AI Studio page, and what each built bundle
 * weighs. Run `npm run build` first for the bundle sizes. Usage: npm run bench
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { diagnoseErrorText, diagnoseResponse } from '../utils/diagnosis';
import { detect } from '../utils/detection/detect';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
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
