/**
 * The real Gemini API error corpus: ../shared/research/gemini-api-errors next to the repository,
 * or its byte-identical copy in tests/fixtures (a fresh CI clone has no ../shared).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagnosisId } from '@/utils/diagnosis';

export interface CorpusCase {
  file: string;
  http_status: number;
  body: unknown;
  diagnosis: DiagnosisId;
  status?: string;
  body_status?: string;
  reason?: string;
  message_reported?: string;
  body_message?: string;
  body_text_start?: string;
}

const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const sharedCorpus = path.join(path.resolve(repoRoot, '../shared'), 'research/gemini-api-errors');
const fixtureCorpus = path.join(repoRoot, 'tests/fixtures/gemini-api-errors');

export const corpusDir = existsSync(sharedCorpus) ? sharedCorpus : fixtureCorpus;

export function loadCorpus(): CorpusCase[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8')) as Omit<CorpusCase, 'file'>) }));
}

export function corpusCase(file: string): CorpusCase {
  const found = loadCorpus().find((entry) => entry.file === file);
  if (!found) throw new Error(`corpus file missing: ${file}`);
  return found;
}

/** A Python repr of a JSON value, as google-genai prints it: single quotes, True/False/None. */
export function pythonRepr(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`)
    .join(', ')}}`;
}
