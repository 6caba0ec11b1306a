/**
 * Garbled, hostile and cut-off answers through the engine (status + body → facts) and through the
 * Explain path (pasted text → card): every input ends in a diagnosis (or, for Explain, the
 * designed "not a Google error" answer), never an exception. Property-based with a fixed seed, so
 * a failure reproduces; each property prints how many cases it ran.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyResponse, describe as describeFacts, diagnoseResponse, DIAGNOSIS_IDS, LOCALES } from '@/utils/diagnosis';
import { MAX_BODY_CHARS, MAX_JSON_DEPTH, MAX_LIST_ITEMS, MAX_PASTE_CHARS, nestsDeeperThan } from '@/utils/diagnosis/bounds';
import { errorFromJson, parseJson } from '@/utils/diagnosis/normalize';
import { explainPastedText } from '@/utils/explain';
import { loadCorpus } from './corpus';

const SEED = 20261130;
const KNOWN_IDS = new Set<string>(DIAGNOSIS_IDS);
const CORPUS_BODIES = loadCorpus()
  .filter((entry) => entry.body !== null)
  .map((entry) => ({ status: entry.http_status, body: JSON.stringify(entry.body, null, entry.file.length % 2 ? 2 : undefined) }));

/** Throws (failing the property) unless the engine and Explain both come back with an answer. */
function checkBoth(status: number, body: string): void {
  const facts = classifyResponse(status, body);
  expect(KNOWN_IDS.has(facts.id), facts.id).toBe(true);
  for (const locale of LOCALES) expect(describeFacts(facts, { locale }).title).not.toBe('');
  const explained = explainPastedText(body);
  if (explained !== null) {
    expect(KNOWN_IDS.has(explained.id), explained.id).toBe(true);
    expect(explained.title).not.toBe('');
  }
}

const statuses = fc.oneof(fc.constantFrom(0, 200, 204, 302, 400, 401, 403, 404, 429, 500, 503), fc.integer({ min: -1_000, max: 1_000 }));

/** Known Google fields holding anything at all: wrong types, nulls, nested junk. */
const anything = fc.jsonValue({ maxDepth: 4 });
const wrongTypedError = fc
  .tuple(
  fc.record(
    {
      code: fc.oneof(anything, fc.constantFrom(403, '429', 'x')),
      message: fc.oneof(anything, fc.constantFrom('API key not valid', '{"error":{"message":', '{"error":{"code":"403","message":{}}}')),
      status: fc.oneof(anything, fc.constantFrom('PERMISSION_DENIED', 'Too Many Requests', 7)),
      reason: anything,
      metadata: anything,
      errors: fc.oneof(anything, fc.array(fc.record({ reason: anything, message: anything }, { requiredKeys: [] }))),
      details: fc.oneof(
        anything,
        fc.array(
          fc.record(
            { '@type': anything, reason: anything, metadata: anything, violations: anything, links: anything, retryDelay: anything, fieldViolations: anything },
            { requiredKeys: [] },
          ),
        ),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.boolean(),
  )
  .map(([error, bare]) => JSON.stringify(bare ? { error } : [{ error }]));

const randomJson = fc.json({ maxDepth: 6 });
const truncatedCorpus = fc
  .constantFrom(...CORPUS_BODIES)
  .chain(({ status, body }) => fc.nat({ max: body.length }).map((cut) => ({ status, body: body.slice(0, cut) })));
/** A corpus body with one character replaced, dropped or doubled. */
const corruptedCorpus = fc
  .tuple(fc.constantFrom(...CORPUS_BODIES), fc.nat(), fc.constantFrom('replace', 'drop', 'double'), fc.constantFrom('"', '{', '}', '[', ']', '\\', ',', ':', '\u0000', '\ud800'))
  .map(([{ status, body }, at, how, char]) => {
    const index = at % body.length;
    const edited = how === 'replace' ? char : how === 'drop' ? '' : body[index]! + body[index]!;
    return { status, body: body.slice(0, index) + edited + body.slice(index + 1) };
  });
const nested = fc
  .tuple(fc.integer({ min: 1, max: 120_000 }), fc.constantFrom('[', '{"a":', '{"error":', '[{"error":{"message":"x","details":'), fc.boolean())
  .map(([depth, opener, closed]) => {
    const closer = opener === '[' ? ']' : '}'.repeat(opener.split('{').length - 1) + (opener.includes('[') ? ']' : '');
    return opener.repeat(depth) + (closed ? `1${closer.repeat(depth)}` : '');
  });
/** One list in a Google error (or a models list) grown to thousands of entries. */
const hugeList = fc
  .tuple(fc.constantFrom('links', 'violations', 'details', 'errors', 'metadata', 'models', 'envelope'), fc.integer({ min: 1_000, max: 150_000 }))
  .map(([list, length]) => {
    const many = <T,>(item: (index: number) => T) => Array.from({ length }, (_, index) => item(index));
    const error = (extra: object) => JSON.stringify({ error: { code: 429, message: 'Quota exceeded for metric: x, limit: 0', status: 'RESOURCE_EXHAUSTED', ...extra } });
    switch (list) {
      case 'links':
        return error({ details: [{ links: many((index) => ({ url: `https://ai.google.dev/?project=p${index}` })) }] });
      case 'violations':
        return error({ details: [{ violations: many((index) => ({ quotaId: `Q${index}PerDay`, quotaValue: String(index % 2) })) }] });
      case 'details':
        return error({ details: many((index) => ({ reason: `R${index}`, retryDelay: `${index}s` })) });
      case 'errors':
        return error({ errors: many((index) => ({ reason: 'rateLimitExceeded', message: `m${index}` })) });
      case 'metadata':
        return error({ details: [{ metadata: Object.fromEntries(many((index) => [`k${index}`, `v${index}`])) }] });
      case 'models':
        return JSON.stringify({ models: many((index) => ({ name: `models/gemini-${index}-flash`, supportedGenerationMethods: ['generateContent'] })) });
      default:
        return JSON.stringify(many(() => [[{}]]));
    }
  });
const randomBytes = fc.uint8Array({ maxLength: 4_000 }).map((bytes) => new TextDecoder().decode(bytes));
const randomText = fc.string({ unit: 'binary', maxLength: 2_000 });

describe('garbled bodies through the engine and the Explain path (property-based)', () => {
  const cases = [
    ['random JSON', fc.tuple(statuses, randomJson), 120],
    ['truncated real corpus bodies', fc.tuple(statuses, truncatedCorpus.map((entry) => entry.body)), 120],
    ['corrupted real corpus bodies', corruptedCorpus.map((entry) => [entry.status, entry.body] as const), 100],
    ['known fields with wrong types', fc.tuple(statuses, wrongTypedError), 120],
    ['deeply nested arrays and objects', fc.tuple(statuses, nested), 40],
    ['huge lists', fc.tuple(statuses, hugeList), 20],
    ['random bytes', fc.tuple(statuses, randomBytes), 60],
    ['random text', fc.tuple(statuses, randomText), 60],
  ] as const;
  let total = 0;

  it.each(cases.map(([name, arbitrary, runs]) => [name, arbitrary, runs] as const))('%s always gives a diagnosis', (name, arbitrary, runs) => {
    let ran = 0;
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<readonly [number, string]>, ([status, body]) => {
        ran++;
        checkBoth(status, body);
      }),
      { seed: SEED, numRuns: runs },
    );
    total += ran;
    console.log(`garbled bodies, ${name}: ${ran} cases`);
    expect(ran).toBe(runs);
  });

  it('ran at least 300 generated bodies in all', () => {
    console.log(`garbled bodies: ${total} cases in all`);
    expect(total).toBeGreaterThanOrEqual(300);
  });
});

describe('the issue’s inputs', () => {
  const links = (count: number) =>
    JSON.stringify({
      error: {
        code: 403,
        message: 'The caller does not have permission',
        status: 'PERMISSION_DENIED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.Help', links: Array.from({ length: count }, (_, index) => ({ description: 'Help', url: `https://console.cloud.google.com/apis?project=p${index}` })) }],
      },
    });

  it('100,000 nested [ give a verdict, closed or not', () => {
    for (const body of ['['.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      expect(diagnoseResponse(200, body).id).toBe('not-google-json');
      expect(diagnoseResponse(403, body).id).toBe('not-google-json');
      expect(() => explainPastedText(body)).not.toThrow();
    }
  });

  it('a 403 with 130,000 details[].links gives a verdict, saying the body was cut', () => {
    const body = links(130_000);
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS);
    expect(diagnoseResponse(403, body)).toMatchObject({ id: 'permission-denied', httpStatus: 403, truncatedAt: MAX_BODY_CHARS });
    expect(explainPastedText(body)).toMatchObject({ id: 'permission-denied', truncatedAt: MAX_PASTE_CHARS });
  });

  it('reads only the first MAX_LIST_ITEMS of a list, however long', () => {
    const error = errorFromJson(JSON.parse(links(130_000)));
    expect(error?.helpUrls).toHaveLength(MAX_LIST_ITEMS);
    const violations = { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'm', details: [{ violations: Array.from({ length: 5_000 }, () => ({ quotaId: 'q' })) }] } };
    expect(errorFromJson(violations)?.quotaViolations).toHaveLength(MAX_LIST_ITEMS);
  });

  it('an error wrapped in messages inside messages is unwrapped a few levels, then read as it is', () => {
    let body: unknown = { error: { code: 403, message: 'API key not valid.', status: 'PERMISSION_DENIED' } };
    // Each level doubles the escaping, so 12 levels already make a large body.
    for (let level = 0; level < 12; level++) body = { error: { code: 500, message: `wrapped: ${JSON.stringify(body)}` } };
    expect(KNOWN_IDS.has(classifyResponse(500, JSON.stringify(body)).id)).toBe(true);
  });

  it('does not mark an ordinary body as cut', () => {
    for (const { status, body } of CORPUS_BODIES) expect(classifyResponse(status, body).truncatedAt).toBeUndefined();
  });
});

describe('nesting depth', () => {
  it('parses JSON up to MAX_JSON_DEPTH levels and refuses deeper', () => {
    const at = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJson(at(MAX_JSON_DEPTH))).toBeDefined();
    expect(parseJson(at(MAX_JSON_DEPTH + 1))).toBeUndefined();
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ a: '['.repeat(500) }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: `\\"${'{'.repeat(500)}` }), 2)).toBe(false);
    expect(nestsDeeperThan('{"a":[[1]]}', 2)).toBe(true);
  });
});
