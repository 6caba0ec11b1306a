/**
 * `web-ext lint` on the Firefox build, as AMO runs it on upload: fails on any error, and on any
 * warning whose code the reviewer note (docs/store/BUILD-FOR-REVIEWERS.md) does not explain, so
 * the note stays true. Offline: no update check, no remote schema.
 * Usage: npm run build:firefox && npm run lint:firefox
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIR = `${ROOT}.output/firefox-mv2`;
const NOTE = `${ROOT}docs/store/BUILD-FOR-REVIEWERS.md`;

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

if (!existsSync(`${SOURCE_DIR}/manifest.json`)) {
  console.error(`No Firefox build at ${SOURCE_DIR}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

let output: string;
try {
  output = execFileSync(
    `${ROOT}node_modules/.bin/web-ext`,
    ['lint', '--source-dir', SOURCE_DIR, '--self-hosted=false', '--warnings-as-errors=false', '--output=json', '--no-config-discovery'],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, stdio: ['ignore', 'pipe', 'inherit'], timeout: 120_000 },
  );
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  output = String((error as { stdout?: string }).stdout ?? '');
  if (!output.trim().startsWith('{')) throw error;
}
const report = JSON.parse(output) as LintReport;
const note = readFileSync(NOTE, 'utf8');
const unexplained = report.warnings.filter((warning) => !note.includes(warning.code));

const line = (m: LintMessage) => `  ${m.code}  ${m.file ?? ''}  ${m.message}`;
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const message of report.errors) console.log(`error${line(message)}`);
for (const message of report.warnings) console.log(`warning${line(message)}${unexplained.includes(message) ? '  ← not explained in docs/store/BUILD-FOR-REVIEWERS.md' : ''}`);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
