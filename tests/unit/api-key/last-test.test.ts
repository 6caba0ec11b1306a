import { describe, expect, it } from 'vitest';
import { lastKeyTestRecord } from '@/utils/api-key/last-test';

const KEY = 'AIzaSyDEMO-suspended-0123456789012345678'.slice(0, 39);

describe('the kept last verdict', () => {
  it('holds the key only masked, even where Google echoed it', () => {
    const record = lastKeyTestRecord({
      testId: 't1',
      key: KEY,
      generate: false,
      result: {
        outcome: 'tested',
        facts: { id: 'key-suspended', httpStatus: 403, message: `Permission denied: Consumer 'api_key:${KEY}' has been suspended.` },
        probes: [{ name: 'listModels', httpStatus: 403, facts: { id: 'key-suspended', message: `api_key:${KEY}` }, elapsedMs: 12 }],
      },
    });
    const stored = JSON.stringify(record);
    expect(stored).not.toContain(KEY);
    expect(stored).not.toContain(KEY.slice(4, -4));
    expect(record.maskedKey).toBe(`AIza…${KEY.slice(-4)}`);
    expect(record.result.facts.message).toContain(`AIza…${KEY.slice(-4)}`);
    // The legacy-key advice travels with it for the report.
    expect(record.findings.map((finding) => finding.id)).toContain('standard-key');
  });
});
