import { describe, expect, it } from 'vitest';
import { curlCommandFor } from '@/utils/api-key/curl';
import { precheckKey } from '@/utils/api-key/precheck';
import { buildExplanationReport, buildReport, type ReportInput } from '@/utils/api-key/report';
import { runKeyTest } from '@/utils/api-key/probe';
import { describe as describeFacts } from '@/utils/diagnosis';
import type { Diagnosis } from '@/utils/diagnosis/types';
import type { KeyTestResult } from '@/utils/messaging';
import { maskKey } from '@/utils/redact';
import { AUTH_KEY, STANDARD_KEY } from './keys';
import { corpusBody, fakeFetch, json } from './fake-fetch';

describe('curlCommandFor', () => {
  it('lists models with the key from the shell, never the key itself', () => {
    const command = curlCommandFor('listModels');
    expect(command).toBe(
      'curl -sS -w "\\nHTTP %{http_code}\\n" "https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000" \\\n' +
        '  -H "x-goog-api-key: $GEMINI_API_KEY"',
    );
    expect(command).not.toMatch(/AIza|AQ\.|key=/);
  });

  it('generates with the chosen model and the same one-token body as the probe', () => {
    const command = curlCommandFor('generateContent', 'gemini-3.1-flash');
    expect(command).toContain('"https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash:generateContent"');
    expect(command).toContain('-H "x-goog-api-key: $GEMINI_API_KEY"');
    expect(command).toContain(`-d '{"contents":[{"parts":[{"text":"ping"}]}],"generationConfig":{"maxOutputTokens":1}}'`);
    expect(command).not.toMatch(/AIza|AQ\.|key=/);
  });

  it('asks the shell for a model rather than guessing one', () => {
    for (const model of [undefined, "x'; rm -rf ~; '"]) {
      const command = curlCommandFor('generateContent', model);
      expect(command).toContain('/models/${GEMINI_MODEL:?set GEMINI_MODEL to a model id from the models list}:generateContent');
      expect(command).not.toContain('rm -rf');
    }
  });
});

const WHEN = new Date('2026-11-23T09:30:00Z');

function reportFor(result: KeyTestResult, diagnosis: Diagnosis, extra: Partial<ReportInput> = {}): string {
  const precheck = precheckKey(` ${STANDARD_KEY}`);
  return buildReport({
    maskedKey: maskKey(STANDARD_KEY),
    keyKind: precheck.keyKind,
    result,
    diagnosis,
    findings: precheck.findings,
    when: WHEN,
    ...extra,
  });
}

describe('buildReport', () => {
  it('summarises a real suspended-key answer with the key masked, also inside Google’s message', async () => {
    const body = corpusBody('consumer-suspended.json').replaceAll('AIzaSyREDACTEDREDACTEDREDACTEDREDACTED0', STANDARD_KEY);
    const { fetch } = fakeFetch(() => json(body, 403));
    const result = await runKeyTest({ key: STANDARD_KEY, generate: false }, { fetch, now: () => 0 });
    if (result.outcome !== 'tested') throw new Error('expected a tested result');
    const report = reportFor(result, describeFacts(result.facts));

    expect(report).not.toContain(STANDARD_KEY);
    expect(report).toContain(`- Key: ${maskKey(STANDARD_KEY)} (standard key (AIza…))`);
    expect(report).toContain('- When: 2026-11-23T09:30:00.000Z');
    expect(report).toContain('- Diagnosis id: `key-suspended`');
    expect(report).toContain('- HTTP status: 403');
    expect(report).toContain('- Reason: CONSUMER_SUSPENDED');
    expect(report).toContain('- Project: 895908428397');
    expect(report).toContain('| listModels | 403 | key-suspended | 0 ms |');
    expect(report).toContain('- [fixable] `whitespace`:');
    expect(report).toContain('- [advice] `standard-key`:');
    expect(report).toMatch(/### What to do\n\n1\. \S/);
  });

  it('redacts a key even when a caller hands it over unmasked or inside the diagnosis', () => {
    const result: KeyTestResult = {
      outcome: 'tested',
      facts: { id: 'key-suspended', httpStatus: 403 },
      probes: [{ name: 'listModels', httpStatus: 403, facts: { id: 'key-suspended', httpStatus: 403 }, elapsedMs: 88.4 }],
    };
    const diagnosis: Diagnosis = {
      id: 'key-suspended',
      httpStatus: 403,
      message: `Consumer 'api_key:${AUTH_KEY}' has been suspended.`,
      severity: 'error',
      dependsOnCaller: false,
      title: `Suspended | ${AUTH_KEY}`,
      explanation: '',
      steps: [`Delete ${STANDARD_KEY}\nand make a new key`],
      links: [],
    };
    const report = reportFor(result, diagnosis, { maskedKey: STANDARD_KEY });
    for (const key of [STANDARD_KEY, AUTH_KEY]) expect(report).not.toContain(key);
    expect(report).toContain(`Consumer 'api_key:${maskKey(AUTH_KEY)}' has been suspended.`);
    expect(report).toContain(`1. Delete ${maskKey(STANDARD_KEY)} and make a new key`);
    expect(report).toContain('| listModels | 403 | key-suspended | 88 ms |');
  });

  it('says when the generate probe was skipped, and when the test was cancelled', () => {
    const ok: KeyTestResult = {
      outcome: 'tested',
      facts: { id: 'key-ok', httpStatus: 200 },
      probes: [{ name: 'listModels', httpStatus: 200, facts: { id: 'key-ok', httpStatus: 200 }, elapsedMs: 5 }],
      modelCount: 1,
    };
    const okDiagnosis = describeFacts(ok.facts);
    expect(reportFor(ok, okDiagnosis, { generateRequested: true })).toContain('Generate test skipped');
    expect(reportFor(ok, okDiagnosis, { generateRequested: false })).not.toContain('Generate test skipped');
    const bare = buildReport({ maskedKey: maskKey(AUTH_KEY), result: ok, diagnosis: okDiagnosis, when: WHEN });
    expect(bare).toContain(`- Key: ${maskKey(AUTH_KEY)} (auth key (AQ.…))`);
    expect(bare).not.toContain('### Key pre-check');
    const cancelled = reportFor({ outcome: 'cancelled' }, okDiagnosis, { locale: 'zh-CN' });
    expect(cancelled).toContain('测试在完成前被取消。');
    expect(cancelled).not.toContain('| listModels');
  });

  it('says when the whole test’s deadline skipped probe 2, not that no model could generate', () => {
    const skipped: KeyTestResult = {
      outcome: 'tested',
      facts: { id: 'key-ok', httpStatus: 200 },
      probes: [{ name: 'listModels', httpStatus: 200, facts: { id: 'key-ok', httpStatus: 200 }, elapsedMs: 9_400 }],
      modelCount: 1,
      deadline: { generate: 'skipped', leftMs: 600, limitMs: 10_000 },
    };
    const report = reportFor(skipped, describeFacts(skipped.facts), { generateRequested: true });
    expect(report).toContain('Generate test skipped: only 600 ms were left of the 10000 ms limit on the whole test.');
    expect(report).not.toContain('supports generateContent');
  });
});

describe('buildExplanationReport', () => {
  it('reports a pasted error: facts, steps, links, with any key in it masked', async () => {
    const { diagnoseErrorText } = await import('@/utils/diagnosis');
    const key = 'AIzaSyA1234567890abcdefghijklmnopqrstuv';
    const diagnosis = diagnoseErrorText(`{"error":{"code":403,"message":"Permission denied: Consumer 'api_key:${key}' has been suspended.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"CONSUMER_SUSPENDED"}]}}`)!;
    const report = buildExplanationReport(diagnosis, 'zh-CN');
    expect(report).toContain('`key-suspended`');
    expect(report).toContain('CONSUMER_SUSPENDED');
    expect(report).toMatch(/### 怎么做\n\n1\. /);
    expect(report).not.toContain(key);
  });
});
