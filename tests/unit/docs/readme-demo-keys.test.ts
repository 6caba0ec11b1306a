/**
 * Keeps the README's demo-key table true: every row names a key the mock really answers, with
 * the diagnosis the e2e suite asserts, and the pre-check lets each demo key through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { precheckKey } from '@/utils/api-key/precheck';
import { DEMO_SCENARIOS, scenarioForKey } from '../../mock-api/scenarios';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const rows = [...README.matchAll(/^\| `((?:AIza|AQ\.)[^`]+)` \| (\*?) ?\| ([a-z-]+) \|/gm)].map((m) => ({ key: m[1]!, needsGenerate: m[2] === '*', diagnosis: m[3]! }));

describe('README demo-key table', () => {
  it('lists every demo scenario', () => {
    expect(new Set(rows.map((row) => scenarioForKey(row.key)?.name))).toEqual(new Set(DEMO_SCENARIOS.map((s) => s.name)));
  });

  it.each(rows.map((row) => [row.key, row] as const))('%s', (_key, row) => {
    const scenario = scenarioForKey(row.key);
    expect(scenario, 'the mock knows this key').toBeDefined();
    expect(row.diagnosis).toBe(scenario!.expect);
    expect(row.needsGenerate).toBe(scenario!.needsGenerate);
    expect(precheckKey(row.key).canTest, 'the pre-check lets it through').toBe(true);
  });
});
