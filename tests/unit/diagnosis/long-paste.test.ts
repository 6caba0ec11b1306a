import { describe, expect, it } from 'vitest';
import { diagnoseErrorText } from '@/utils/diagnosis';

const INVALID = '{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}}';

describe('long pastes (whole logs)', () => {
  it('finds the error deep inside a long log', () => {
    const log = `${'INFO request handled in 12 ms\n'.repeat(5000)}${INVALID}\n${'DEBUG retrying\n'.repeat(5000)}`;
    expect(log.length).toBeGreaterThan(100_000);
    expect(diagnoseErrorText(log)?.id).toBe('key-invalid');
  });

  it('says nothing about a huge paste with nothing from Google in it (speed: npm run bench)', () => {
    expect(diagnoseErrorText('{"a":['.repeat(100_000))).toBeNull();
  });
});
