import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const copyDir = fileURLToPath(new URL('../fixtures/gemini-api-errors/', import.meta.url));
const sourceDir = fileURLToPath(new URL('../../../shared/research/gemini-api-errors/', import.meta.url));
const jsonFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
// A fresh CI clone has no ../shared next to it: then there is nothing to compare against.
const sourceFiles = existsSync(sourceDir) ? jsonFiles(sourceDir) : [];

// The mock API answers from the copy; it must stay the real corpus, file for file.
describe.runIf(existsSync(sourceDir))('corpus copy in tests/fixtures', () => {
  it('has the same files as ../shared/research/gemini-api-errors', () => {
    expect(jsonFiles(copyDir)).toEqual(sourceFiles);
  });
  it.each(sourceFiles)('%s is byte-identical', (name) => {
    expect(readFileSync(copyDir + name, 'utf8')).toBe(readFileSync(sourceDir + name, 'utf8'));
  });
});
