/**
 * Generated inputs through the pre-check (fast-check, fixed seed, so a failure replays): it never
 * throws, names every kind of hidden character, unwraps wrapped keys, keeps other services'
 * secrets back, and stays linear. Linearity is proven by structure, never by the clock: over the
 * background's limit not one pattern runs, and under it the number of pattern runs does not grow
 * with the input (each run is linear in an input of bounded size).
 */
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@/utils/diagnosis/types';
import { MAX_KEY_LENGTH } from '@/utils/api-key/limits';
import {
  HIDDEN_CHAR_KINDS,
  MAX_UNWRAP_PASSES,
  PRECHECK_FINDING_IDS,
  SECRET_PROVIDERS,
  precheckKey,
  type HiddenCharKind,
  type PrecheckResult,
  type SecretProvider,
} from '@/utils/api-key/precheck';
import { findingText } from '@/utils/api-key/precheck-words';
import { STANDARD_KEY } from './keys';

const SEED = 20261130;
let generated = 0;
/** Counts every generated input, for the printed total. */
const check = (raw: string): PrecheckResult => {
  generated++;
  return precheckKey(raw);
};
afterAll(() => console.log(`pre-check properties: ${generated} generated inputs (seed ${SEED})`));

const chars = (alphabet: string) => fc.constantFrom(...alphabet);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const bodyOf = (alphabet: string, minLength: number, maxLength = minLength) => fc.string({ unit: chars(alphabet), minLength, maxLength });

/** Keys the pre-check takes as they are: standard keys and auth keys of any plausible length. */
const validKey = fc
  .oneof(bodyOf(`${ALNUM}_-`, 35).map((body) => `AIza${body}`), bodyOf(`${ALNUM}_.-`, 20, 120).map((body) => `AQ.${body}`))
  .filter((key) => {
    const result = precheckKey(key);
    return result.canTest && result.cleaned === undefined;
  });

/** The hidden characters of each kind, from the list (code point ranges, inclusive). */
const HIDDEN_RANGES: Record<HiddenCharKind, [number, number][]> = {
  'zero-width': [[0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff], [0x180e, 0x180e]],
  'non-breaking-space': [[0xa0, 0xa0], [0x2007, 0x2007], [0x202f, 0x202f]],
  'bidi-control': [[0x061c, 0x061c], [0x200e, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069]],
  'soft-hyphen': [[0xad, 0xad]],
  'variation-selector': [[0xfe00, 0xfe0f], [0xe0100, 0xe01ef], [0x180b, 0x180d]],
  tag: [[0xe0000, 0xe007f]],
  'hangul-filler': [[0x115f, 0x1160], [0x3164, 0x3164], [0xffa0, 0xffa0]],
  'braille-blank': [[0x2800, 0x2800]],
  'grapheme-joiner': [[0x034f, 0x034f]],
  // Cc without the whitespace ones (tab, LF, VT, FF, CR), which other findings handle.
  control: [[0x00, 0x08], [0x0e, 0x1f], [0x7f, 0x9f]],
  // Other Cf characters: Arabic number signs, invisible operators, deprecated format controls,
  // interlinear annotation, Kaithi and musical format characters.
  format: [[0x0600, 0x0605], [0x06dd, 0x06dd], [0x070f, 0x070f], [0x2061, 0x2064], [0x206a, 0x206f], [0xfff9, 0xfffb], [0x110bd, 0x110bd], [0x1d173, 0x1d17a]],
};
const hiddenCharOf = (kind: HiddenCharKind) =>
  fc.oneof(...HIDDEN_RANGES[kind].map(([min, max]) => fc.integer({ min, max }).map((code) => String.fromCodePoint(code))));
const anyHiddenChar = fc.constantFrom(...HIDDEN_CHAR_KINDS).chain(hiddenCharOf);

/** The words each kind is named by in English (a test-side list, so a renamed kind is noticed). */
const HIDDEN_WORDS: Record<HiddenCharKind, string> = {
  'zero-width': 'zero-width',
  'non-breaking-space': 'non-breaking space',
  'bidi-control': 'bidi control',
  'soft-hyphen': 'soft hyphen',
  'variation-selector': 'variation selector',
  tag: 'tag character',
  'hangul-filler': 'Hangul filler',
  'braille-blank': 'braille blank',
  'grapheme-joiner': 'grapheme joiner',
  control: 'control character',
  format: 'formatting character',
};

const insertAt = (text: string, position: number, insert: string) => `${text.slice(0, position)}${insert}${text.slice(position)}`;

describe('pre-check properties', () => {
  it('names the kind of a hidden character anywhere in a key and gives back the key', () => {
    const input = fc.record({ key: validKey, kind: fc.constantFrom(...HIDDEN_CHAR_KINDS) }).chain(({ key, kind }) =>
      fc.record({ key: fc.constant(key), kind: fc.constant(kind), char: hiddenCharOf(kind), position: fc.nat({ max: key.length }) }),
    );
    fc.assert(
      fc.property(input, ({ key, kind, char, position }) => {
        const result = check(insertAt(key, position, char));
        const finding = result.findings.find((f) => f.id === 'invisible-chars');
        expect(finding?.hiddenChars).toEqual([kind]);
        expect(findingText(finding!, 'en')).toContain(HIDDEN_WORDS[kind]);
        expect(result.cleaned).toBe(key);
        expect(result.canTest).toBe(true);
        expect(result.findings.map((f) => f.id)).not.toContain('wrong-length');
      }),
      { seed: SEED, numRuns: 1100 },
    );
  });

  it('names every kind when several hidden characters are spread through a key', () => {
    const input = fc.record({
      key: validKey,
      inserts: fc.array(fc.record({ kind: fc.constantFrom(...HIDDEN_CHAR_KINDS), at: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 5 }),
    }).chain(({ key, inserts }) =>
      fc.record({
        key: fc.constant(key),
        inserts: fc.tuple(...inserts.map(({ kind, at }) => fc.record({ kind: fc.constant(kind), at: fc.constant(at), char: hiddenCharOf(kind) }))),
      }),
    );
    fc.assert(
      fc.property(input, ({ key, inserts }) => {
        const raw = inserts.reduce((text, { at, char }) => insertAt(text, Math.round(at * text.length), char), key);
        const result = check(raw);
        const finding = result.findings.find((f) => f.id === 'invisible-chars');
        expect(new Set(finding?.hiddenChars)).toEqual(new Set(inserts.map(({ kind }) => kind)));
        expect(finding?.values?.count).toBe(inserts.length);
        expect(result.cleaned).toBe(key);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('unwraps a key from brackets, comments and JSON, alone or inside a .env line', () => {
    const propertyName = fc.oneof(fc.constantFrom('apiKey', 'api_key', 'GEMINI_API_KEY', 'key'), bodyOf('abcdefghijklmnopqrstuvwxyz_', 1, 20));
    const wrapped = fc.record({ key: validKey, name: propertyName, space: fc.constantFrom('', ' ', '  '), indent: fc.constantFrom(0, 2), extra: fc.boolean(), kind: fc.nat({ max: 4 }) }).map(
      ({ key, name, space, indent, extra, kind }) => {
        const json = JSON.stringify({ ...(extra && { model: 'gemini-2.5-flash', retries: 3 }), [name]: key, ...(extra && { baseUrl: 'https://example.test' }) }, null, indent);
        const raw = [`<${space}${key}${space}>`, `{${space}${key}${space}}`, `{{${space}${key}${space}}}`, `<!--${space}${key}${space}-->`, json][kind]!;
        return { key, raw, id: kind === 4 ? 'json-value' : 'wrapped' };
      },
    );
    const context = fc.constantFrom((v: string) => v, (v: string) => `GEMINI_API_KEY=${v}`, (v: string) => `"${v}"`, (v: string) => `  ${v}\n`);
    fc.assert(
      fc.property(wrapped, context, ({ key, raw, id }, around) => {
        const result = check(around(raw));
        const ids = result.findings.map((f) => f.id);
        expect(ids).toContain(id);
        expect(ids).not.toContain('placeholder');
        expect(result.cleaned).toBe(key);
        expect(result.canTest).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('keeps other services’ secrets back, names the service, never echoes the secret', () => {
    const SECRETS: Record<SecretProvider, fc.Arbitrary<string>> = {
      anthropic: bodyOf(`${ALNUM}_-`, 80, 100).map((body) => `sk-ant-api03-${body}`),
      openai: fc.oneof(
        bodyOf(`${ALNUM}_-`, 40, 160).map((body) => `sk-proj-${body}`),
        fc.tuple(bodyOf(ALNUM, 20), bodyOf(ALNUM, 20)).map(([a, b]) => `sk-${a}T3BlbkFJ${b}`),
      ),
      'openai-style': bodyOf('0123456789abcdef', 32).map((body) => `sk-${body}`),
      github: fc.oneof(bodyOf(ALNUM, 36).map((body) => `ghp_${body}`), bodyOf(`${ALNUM}_`, 82).map((body) => `github_pat_${body}`)),
      'google-oauth-client-secret': bodyOf(`${ALNUM}_-`, 28).map((body) => `GOCSPX-${body}`),
      aws: bodyOf('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16).map((body) => `AKIA${body}`),
      slack: fc.tuple(bodyOf('0123456789', 11), bodyOf(ALNUM, 24)).map(([team, body]) => `xoxb-${team}-${body}`),
      'hugging-face': bodyOf(ALNUM, 34).map((body) => `hf_${body}`),
      xai: bodyOf(ALNUM, 80).map((body) => `xai-${body}`),
      groq: bodyOf(ALNUM, 52).map((body) => `gsk_${body}`),
    };
    const NAMED: Record<SecretProvider, string> = {
      anthropic: 'Anthropic',
      openai: 'OpenAI',
      'openai-style': 'OpenAI',
      github: 'GitHub',
      'google-oauth-client-secret': 'OAuth client secret',
      aws: 'AWS',
      slack: 'Slack',
      'hugging-face': 'Hugging Face',
      xai: 'xAI',
      groq: 'Groq',
    };
    const input = fc.constantFrom(...SECRET_PROVIDERS).chain((provider) => fc.record({ provider: fc.constant(provider), secret: SECRETS[provider] }));
    const context = fc.constantFrom((v: string) => v, (v: string) => `OPENAI_API_KEY=${v}`, (v: string) => `export TOKEN="${v}"\n`, (v: string) => `Bearer ${v}`, (v: string) => `{"apiKey": "${v}"}`);
    fc.assert(
      fc.property(input, context, ({ provider, secret }, around) => {
        const result = check(around(secret));
        expect(result.canTest).toBe(false);
        const finding = result.findings.find((f) => f.id === 'other-secret');
        expect(finding?.provider).toBe(provider);
        expect(findingText(finding!, 'en')).toContain(NAMED[provider]);
        const shown = JSON.stringify(result) + LOCALES.map((locale) => findingText(finding!, locale)).join('\n');
        expect(shown).not.toContain(secret);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('never throws, and lets through only what the background accepts', () => {
    const fragment = fc.oneof(
      fc.constantFrom('AIza', 'AQ.', 'key=', '?key=', 'Bearer ', 'http://', 'https://x.test/v1?key=', '"', "'", '`', '<', '>', '{', '}', '{{', '}}', '<!--', '-->', '=', ' ', '\n', '\t', 'ya29.', 'sk-', 'sk-ant-', 'GOCSPX-', 'export ', '{"apiKey":"', '"}', '…', '***', 'xxxxxx', '%20', '%E0%A4%A'),
      validKey,
      anyHiddenChar,
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(input, (raw) => {
        const result = check(raw);
        const ids = result.findings.map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(PRECHECK_FINDING_IDS).toContain(id);
        expect(result.canTest).toBe(!result.findings.some((f) => f.severity === 'block'));
        // The popup sends `cleaned ?? raw`: it must pass the background's checks, or the user
        // would see "could not be sent" after a pre-check that said yes.
        if (result.canTest) expect(result.cleaned ?? raw).toMatch(new RegExp(`^[\\x21-\\x7e]{1,${MAX_KEY_LENGTH}}$`));
        for (const finding of result.findings) for (const locale of LOCALES) expect(findingText(finding, locale).length).toBeGreaterThan(10);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('pre-check work is bounded', () => {
  afterEach(() => vi.restoreAllMocks());

  /**
   * Pattern work: how many scans start and how many characters they are handed. A global
   * pattern's scan is counted once, from its start (its later calls continue where it stopped).
   * Every pattern in the pre-check is free of nested or overlapping quantifiers, so each scan is
   * linear in what it is handed; bounded characters per input character means linear work.
   */
  function patternWork(raw: string): { scans: number; scanned: number; result: PrecheckResult } {
    const original = RegExp.prototype.exec;
    let scans = 0;
    let scanned = 0;
    const exec = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
      if (!(this.global || this.sticky) || this.lastIndex === 0) {
        scans++;
        scanned += String(text).length;
      }
      return original.call(this, text);
    });
    try {
      const result = check(raw);
      return { scans, scanned, result };
    } finally {
      exec.mockRestore();
    }
  }

  /**
   * Each unwrapping pass scans the value about ten times (a URL is scanned for `key=`, split into
   * tokens, each token scanned twice; then each prefix pattern once), over at most
   * MAX_UNWRAP_PASSES passes, plus the other stages' rules: under 150 scans of each character.
   * Before issue 8, `A=` × 2,000 then a key took one pass per `A=`: thousands of scans of each.
   */
  const SCANS_PER_CHARACTER = 150;
  const key = STANDARD_KEY;
  const randomText = fc.sample(fc.string({ unit: 'binary', minLength: 1024, maxLength: 1024 }), { seed: SEED, numRuns: 64 }).join('');
  /** `unit` repeated, then `tail`: exactly `length` characters. */
  const fill = (unit: string, length: number, tail = '') => `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length)}${tail}`;
  /** The adversarial pastes, at any length. */
  const FAMILIES: Record<string, (length: number) => string> = {
    'A=… then a key': (length) => fill('A=', length, key),
    'http://…': (length) => fill('http://', length),
    'http://… then a key': (length) => fill('http://', length, key),
    'key=… then a key': (length) => fill('key=', length, key),
    'Bearer … then a key': (length) => fill('Bearer ', length, key),
    'URLs with key=…': (length) => fill('https://x.test/?key=', length),
    'URLs with key=… and spaces': (length) => fill('http://x.test/a?key= ', length),
    'key=Bearer A=… then a key': (length) => fill('key=Bearer A=', length, key),
    'quotes… then x': (length) => fill('"\'', length, 'x'),
    'AIza… (many key starts)': (length) => fill('AIza', length),
    'hidden characters… then a key': (length) => fill('\u200B\u2066\u00AD', length, key),
    'random text': (length) => fill(randomText, length),
  };

  it.each(Object.keys(FAMILIES))('refuses %s over the limit before any pattern runs (100 KB and 1 MB)', (family) => {
    for (const length of [100 * 1024, 1024 * 1024, MAX_KEY_LENGTH + 1]) {
      const raw = FAMILIES[family]!(length);
      expect(raw.length).toBeGreaterThan(MAX_KEY_LENGTH);
      const { scans, result } = patternWork(raw);
      expect(scans).toBe(0);
      expect(result).toEqual({
        keyKind: 'unknown',
        canTest: false,
        findings: [{ id: 'too-long', severity: 'block', values: { length: raw.length, max: MAX_KEY_LENGTH } }],
      });
    }
  });

  it('refuses the issue’s 131 KB paste, A= × 65,536 then a key, and says why in every locale', () => {
    const { scans, result } = patternWork(`${'A='.repeat(65_536)}${key}`);
    expect(scans).toBe(0);
    expect(findingText(result.findings[0]!, 'en')).toBe(
      'This is 131111 characters long. API keys are far shorter, and Key Doctor sends at most 4096 characters, so nothing was checked or sent: paste only the key.',
    );
    expect(findingText(result.findings[0]!, 'zh-CN')).toContain('4096');
  });

  it.each(Object.keys(FAMILIES))('scans each character of %s a bounded number of times, at any size up to the limit', (family) => {
    const perCharacter = [200, 1024, MAX_KEY_LENGTH].map((length) => {
      const raw = FAMILIES[family]!(length);
      return patternWork(raw).scanned / raw.length;
    });
    console.log(`${family}: characters scanned per input character at 200, 1024, 4096: ${perCharacter.map((r) => r.toFixed(1)).join(', ')}`);
    for (const ratio of perCharacter) expect(ratio).toBeLessThanOrEqual(SCANS_PER_CHARACTER);
  });

  it(`still finds the key after ${MAX_UNWRAP_PASSES} unwrapping passes`, () => {
    for (const prefix of ['A=', 'key=', 'Bearer ', 'key=Bearer A=', 'http://']) {
      const result = check(`${prefix.repeat(MAX_UNWRAP_PASSES * 20)}${key}`);
      expect(result.cleaned, prefix).toBe(key);
      expect(result.canTest, prefix).toBe(true);
    }
  });
});
