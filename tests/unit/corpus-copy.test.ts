import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const copyDir = fileURLToPath(new URL('../fixtures/gemini-api-errors/', import.meta.url));
const sourceDir = fileURLToPath(new URL('../../../shared/research/gemini-api-errors/', import.meta.url));
const jsonFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
const hasSource = existsSync(sourceDir);
const sourceFiles = hasSource ? jsonFiles(sourceDir) : [];

// The mock API answers from the copy; it must stay the real corpus, file for file.
describe('corpus copy in tests/fixtures', () => {
  // A fresh CI clone has no ../shared next to it: nothing to compare against. Say so in the
  // report (a skipped test with its reason, and a warning), never pass or vanish silently.
  if (!hasSource) {
    it('cannot be compared: ../shared/research/gemini-api-errors is missing', (context) => {
      const reason = `SKIPPED corpus-copy check: ${sourceDir} does not exist (a clone without ../shared next to it); the copy in tests/fixtures/gemini-api-errors was not compared.`;
      console.warn(reason);
      context.skip(reason);
    });
    return;
  }
  it('has the same files as ../shared/research/gemini-api-errors', () => {
    expect(jsonFiles(copyDir)).toEqual(sourceFiles);
  });
  it.each(sourceFiles)('%s is byte-identical', (name) => {
    expect(readFileSync(copyDir + name, 'utf8')).toBe(readFileSync(sourceDir + name, 'utf8'));
  });
});
