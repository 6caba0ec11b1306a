import type { KeyTestResult } from '@/utils/messaging';
import { maskKey, redactKeys } from '@/utils/redact';
import { precheckKey, type PrecheckFinding } from './precheck';

/**
 * The popup's last verdict, kept for the rest of the browser session so it is still there when
 * the popup reopens (a console link opens a tab and closes the popup). Never the key: only its
 * masked form, and the whole record passed through redactKeys (Google echoes keys in messages).
 * "Test again" after a reopen works only when "remember" kept the key (storage.ts).
 */
export interface LastKeyTest {
  testId: string;
  maskedKey: string;
  generate: boolean;
  result: Extract<KeyTestResult, { outcome: 'tested' }>;
  /** The pre-check's findings on the tested value, for "Copy report". */
  findings: PrecheckFinding[];
}

export function lastKeyTestRecord(input: { testId: string; key: string; generate: boolean; result: LastKeyTest['result'] }): LastKeyTest {
  const record: LastKeyTest = {
    testId: input.testId,
    maskedKey: maskKey(input.key),
    generate: input.generate,
    result: input.result,
    findings: precheckKey(input.key).findings,
  };
  // The exact key too, whatever its shape: Google may echo a key the patterns miss.
  return JSON.parse(redactKeys(JSON.stringify(record), [input.key])) as LastKeyTest;
}
