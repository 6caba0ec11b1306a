import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const copyDir = fileURLToPath(new URL('../fixtures/gemini-api-errors/', import.meta.url));
const sourceDir = fileURLToPath(new URL('../../../shared/research/gemini-api-errors/', import.meta.url));
const jsonFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

// The mock API answers from the copy; it must stay the real corpus, file for file.
describe.runIf(existsSync(sourceDir))('corpus copy in tests/fixtures', () => {
  it('has the same files as ../shared/research/gemini-api-errors', () => {
    expect(jsonFiles(copyDir)).toEqual(jsonFiles(sourceDir));
  });
  it.each(jsonFiles(sourceDir))('%s is byte-identical', (name) => {
    expect(readFileSync(copyDir + name, 'utf8')).toBe(readFileSync(sourceDir + name, 'utf8'));
  });
});
