import { maskKey, redactKeys } from '@/utils/redact';
import { MAX_KEY_CHOICES, MAX_KEY_LENGTH } from './limits';

/**
 * Key hygiene before any network call: what people actually paste (whole .env lines, URLs,
 * `Bearer …`, quotes, two keys, OAuth tokens, service-account files) is checked against a table of
 * findings. Findings never hold the key: they are safe to show, log or put into a report.
 */

export type KeyKind = 'standard' | 'auth' | 'unknown';
/** block: do not test. fixable: a safe cleanup exists (see `cleaned`). advice: test, but read this. */
export type FindingSeverity = 'block' | 'fixable' | 'advice';

export const PRECHECK_FINDING_IDS = [
  'too-long',
  'invisible-chars',
  'whitespace',
  'service-account-json',
  'oauth-token',
  'other-secret',
  'two-keys',
  'repeated-key',
  'key-in-url',
  'bearer-prefix',
  'key-param',
  'env-assignment',
  'quotes',
  'json-value',
  'wrapped',
  'empty',
  'placeholder',
  'split-key',
  'surrounding-text',
  'wrong-length',
  'auth-key-length',
  'not-a-key',
  'unknown-format',
  'standard-key',
] as const;
export type PrecheckFindingId = (typeof PRECHECK_FINDING_IDS)[number];

export interface PrecheckFinding {
  id: PrecheckFindingId;
  severity: FindingSeverity;
  /** Placeholder values for the finding's text: lengths, counts, masked keys. Never a key. */
  values?: Record<string, string | number>;
  /** `invisible-chars`: the kinds removed, in the order first seen (named in the text). */
  hiddenChars?: HiddenCharKind[];
  /** `other-secret`: whose credential it is (named in the text). */
  provider?: SecretProvider;
}

export interface PrecheckResult {
  keyKind: KeyKind;
  /** The value to test when a safe one-click cleanup exists (differs from what was pasted). Secret. */
  cleaned?: string;
  /** For `two-keys`: the distinct keys found, in paste order, for the user to pick one. Secret. */
  choices?: string[];
  findings: PrecheckFinding[];
  /** False when a `block` finding exists. Test `cleaned ?? raw` otherwise. */
  canTest: boolean;
}

const STANDARD_KEY_LENGTH = 39;
/** Google does not document the auth-key length; these bounds only catch cut-off or glued pastes. */
const AUTH_KEY_MIN_BODY = 20;
const AUTH_KEY_MAX_BODY = 512;

const STANDARD_SHAPE = /^AIza[0-9A-Za-z_-]*$/;
const AUTH_SHAPE = /^AQ\.[0-9A-Za-z_.-]*$/;
// `AQ.` only counts at a token start, so prose like "FAQ." is not a key; `AIza` counts anywhere so
// that two keys glued together are still seen as two.
const KEY_START = /AIza|(?<![0-9A-Za-z_.-])AQ\./g;
// An auth key taken out of prose does not end in the sentence's full stop.
const KEY_AT_START = /^(?:AIza[0-9A-Za-z_-]*|AQ\.(?:[0-9A-Za-z_.-]*[0-9A-Za-z_-])?)/;

export function isWellFormedKey(value: string): boolean {
  if (STANDARD_SHAPE.test(value)) return value.length === STANDARD_KEY_LENGTH;
  if (AUTH_SHAPE.test(value)) {
    const body = value.length - 3;
    return body >= AUTH_KEY_MIN_BODY && body <= AUTH_KEY_MAX_BODY;
  }
  return false;
}

export function keyKindOf(value: string): KeyKind {
  if (STANDARD_SHAPE.test(value)) return 'standard';
  if (AUTH_SHAPE.test(value)) return 'auth';
  return 'unknown';
}

/** Every key-shaped token in the text, each ending where the next one starts. */
function keyCandidates(text: string): string[] {
  const starts = [...text.matchAll(KEY_START)].map((match) => match.index);
  return starts.map((start, i) => {
    const segment = text.slice(start, starts[i + 1] ?? text.length);
    return KEY_AT_START.exec(segment)?.[0] ?? segment;
  });
}

const distinct = (values: string[]) => [...new Set(values)];

/**
 * Characters that copying from web pages, PDFs, chat apps and editors brings along, invisible on
 * screen. A character is named by the first kind that matches it; the two catch-alls come last.
 */
export const HIDDEN_CHAR_KINDS = [
  'zero-width',
  'non-breaking-space',
  'bidi-control',
  'soft-hyphen',
  'variation-selector',
  'tag',
  'hangul-filler',
  'braille-blank',
  'grapheme-joiner',
  'control',
  'format',
] as const;
export type HiddenCharKind = (typeof HIDDEN_CHAR_KINDS)[number];

/** Each pattern is one character class: the table is also the removal pattern (joined with `|`). */
const HIDDEN_CHARS: Record<HiddenCharKind, RegExp> = {
  'zero-width': /[\u200B-\u200D\u2060\uFEFF\u180E]/u,
  'non-breaking-space': /[\u00A0\u2007\u202F]/u,
  'bidi-control': /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u,
  'soft-hyphen': /\u00AD/u,
  'variation-selector': /[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u,
  tag: /[\u{E0000}-\u{E007F}]/u,
  'hangul-filler': /[\u115F\u1160\u3164\uFFA0]/u,
  'braille-blank': /\u2800/u,
  'grapheme-joiner': /\u034F/u,
  // Unicode Cc without tab, line feed, vertical tab, form feed and carriage return: those are
  // whitespace, which the whitespace and split-key findings handle.
  control: /[\x00-\x08\x0E-\x1F\x7F-\x9F]/u,
  format: /\p{Cf}/u,
};
const ANY_HIDDEN_CHAR = new RegExp(HIDDEN_CHAR_KINDS.map((kind) => HIDDEN_CHARS[kind].source).join('|'), 'gu');

const hiddenCharKind = (char: string): HiddenCharKind => HIDDEN_CHAR_KINDS.find((kind) => HIDDEN_CHARS[kind].test(char)) ?? 'format';

/**
 * Other services' credentials, which must never go to Google. Each is only seen at a token start,
 * and specific prefixes come before the general ones they share (`sk-ant-` before `sk-`).
 */
export const SECRET_PROVIDERS = [
  'anthropic',
  'openai',
  'openai-style',
  'github',
  'google-oauth-client-secret',
  'aws',
  'slack',
  'hugging-face',
  'xai',
  'groq',
] as const;
export type SecretProvider = (typeof SECRET_PROVIDERS)[number];

const atTokenStart = (pattern: RegExp) => new RegExp(`(?<![0-9A-Za-z_.-])(?:${pattern.source})`);
const OTHER_SECRETS: Record<SecretProvider, RegExp> = {
  anthropic: atTokenStart(/sk-ant-[\w-]{16,}/),
  // Project, service-account and admin keys, and legacy keys (their middle is base64 for "OpenAI").
  openai: atTokenStart(/sk-(?:proj|svcacct|admin)-[\w-]{16,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/),
  // DeepSeek, Moonshot, DashScope and other OpenAI-compatible services use the same `sk-` form.
  'openai-style': atTokenStart(/sk-[\w-]{16,}/),
  github: atTokenStart(/gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}/),
  'google-oauth-client-secret': atTokenStart(/GOCSPX-[\w-]{20,}/),
  aws: atTokenStart(/(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Za-z])/),
  slack: atTokenStart(/xox[abposr]-[\w-]{10,}/),
  'hugging-face': atTokenStart(/hf_[A-Za-z0-9]{30,}/),
  xai: atTokenStart(/xai-[A-Za-z0-9]{20,}/),
  groq: atTokenStart(/gsk_[A-Za-z0-9]{20,}/),
};
const ANY_OTHER_SECRET = new RegExp(SECRET_PROVIDERS.map((provider) => OTHER_SECRETS[provider].source).join('|'), 'g');
const HAS_GOOGLE_KEY = new RegExp(KEY_START.source);

/** Whole-value patterns (after unwrapping) that are not keys but stand in for one. */
const PLACEHOLDERS: RegExp[] = [
  /^<[^<>]*>$/, // <KEY>, <your-api-key>
  /^\{\{?[^{}]*\}?\}$/, // {API_KEY}, {{key}}
  /^\$\{?[A-Za-z_]\w*\}?$/, // $GEMINI_API_KEY: a variable that was never expanded
  /^%[A-Za-z_]\w*%$/, // %GEMINI_API_KEY% (Windows)
  // your_api_key_here, YOUR-GEMINI-KEY, "paste your key here"; short, so "my key is AIza…" is not one.
  /^(?:your|my|insert|enter|paste|put|add)[\w -]{0,30}key[\w -]{0,20}$/i,
  /^(?:api[_ -]?key|key|secret|token|changeme|placeholder|todo|test|dummy|fake|example|null|undefined|none|x{3,})$/i,
  // Masked or elided copies (AIzaSy…abcd, AIzaSyXXXXXX…). Runs this long are vanishingly rare in real keys.
  /[xX]{6,}|\*{3,}|•{2,}|…|\.{3}|REDACTED/,
];

/** Brackets and comments a key gets pasted in; a real placeholder inside them stays a placeholder. */
const WRAPPERS: [open: string, close: string][] = [
  ['<!--', '-->'],
  ['{{', '}}'],
  ['{', '}'],
  ['<', '>'],
];

const QUOTE_CHARS = new Set(['"', "'", '`', '“', '”', '‘', '’']);

/** Quotes at either end, removed by index: a regex for the end would rescan every run of quotes. */
function stripQuotes(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && QUOTE_CHARS.has(value[start]!)) start++;
  while (end > start && QUOTE_CHARS.has(value[end - 1]!)) end--;
  return value.slice(start, end);
}

/** A key-shaped value long enough to be more than a prefix: what a wrapper or a JSON field holds. */
const looksLikeKey = (value: string) => value.length >= AUTH_KEY_MIN_BODY && keyKindOf(value) !== 'unknown';

const URL_TOKEN = /[^\s"'`<>]+/g;

/**
 * The `key=` value of the first URL that has one. Token by token, so each character is scanned a
 * bounded number of times (a single lazy pattern restarts at every `http` and goes quadratic).
 */
function keyFromUrl(value: string): string | undefined {
  if (!/[?&]key=/i.test(value)) return undefined;
  for (const [token] of value.matchAll(URL_TOKEN)) {
    const scheme = /https?:\/\//i.exec(token);
    if (!scheme) continue;
    const param = /[?&]key=([^&#]*)/i.exec(token.slice(scheme.index + scheme[0].length));
    if (param) return param[1] ?? '';
  }
  return undefined;
}

interface Detection {
  /** The value with this problem removed, when that is safe. */
  cleaned?: string;
  values?: Record<string, string | number>;
  choices?: string[];
  hiddenChars?: HiddenCharKind[];
  provider?: SecretProvider;
}

interface FindingRule {
  id: PrecheckFindingId;
  severity: FindingSeverity;
  detect(value: string): Detection | undefined;
}

interface Stage {
  /**
   * How often the stage's rules run over the value. Unwrapping repeats (`export KEY="…"` is two
   * wrappers), but a bounded number of times: each pass is linear, so the whole check is too, and
   * what is left after the last pass still goes through INSPECT (which finds a key in leftover text).
   */
  passes: number;
  rules: FindingRule[];
}

/** Legitimate pastes nest three or four wrappers; `key=key=key=…` past this is left to INSPECT. */
export const MAX_UNWRAP_PASSES = 8;

const changedTo = (value: string, cleaned: string, values?: Detection['values']): Detection | undefined =>
  cleaned === value ? undefined : { cleaned, values };

/** Both normalising and unwrapping end with a trim: `"AIza… "` is only clean once both ran. */
const TRIM_WHITESPACE: FindingRule = { id: 'whitespace', severity: 'fixable', detect: (value) => changedTo(value, value.trim()) };

const NORMALIZE: Stage = {
  passes: 1,
  rules: [
    {
      id: 'invisible-chars',
      severity: 'fixable',
      detect: (value) => {
        const kinds = new Set<HiddenCharKind>();
        let count = 0;
        const cleaned = value.replace(ANY_HIDDEN_CHAR, (char) => {
          count++;
          kinds.add(hiddenCharKind(char));
          return '';
        });
        return count ? { cleaned, values: { count }, hiddenChars: [...kinds] } : undefined;
      },
    },
    TRIM_WHITESPACE,
  ],
};

/** Things that are not an API key at all, or more than one: checked on the whole paste. */
const SCREEN: Stage = {
  passes: 1,
  rules: [
    {
      id: 'service-account-json',
      severity: 'block',
      // Never echo anything from this file: it holds a private key.
      detect: (value) =>
        /"type"\s*:\s*"service_account"|"private_key"\s*:|-----BEGIN (?:RSA )?PRIVATE KEY-----/.test(value) ? {} : undefined,
    },
    {
      id: 'oauth-token',
      severity: 'block',
      detect: (value) => (/(?:^|[^0-9A-Za-z_.-])ya29\.[0-9A-Za-z_.-]+/.test(value) ? {} : undefined),
    },
    {
      id: 'other-secret',
      severity: 'block',
      // Named, never echoed. A Google key pasted beside it (a whole .env file) is still found and
      // tested alone, so this only blocks when no Google key is left once the other secrets are out.
      detect: (value) => {
        const provider = SECRET_PROVIDERS.find((candidate) => OTHER_SECRETS[candidate].test(value));
        if (!provider || HAS_GOOGLE_KEY.test(value.replace(ANY_OTHER_SECRET, ' '))) return undefined;
        return { provider };
      },
    },
    {
      id: 'two-keys',
      severity: 'block',
      detect: (value) => {
        const keys = distinct(keyCandidates(value));
        if (keys.length < 2) return undefined;
        // A pasted log or .env dump can hold a hundred: the first few to pick from, how many more
        // beside them ("(+15)"), the count exact; the words say a lone paste of the key works too.
        const choices = keys.slice(0, MAX_KEY_CHOICES);
        const more = keys.length - choices.length;
        return { choices, values: { count: keys.length, keys: choices.map(maskKey).join(', ') + (more > 0 ? ` (+${more})` : '') } };
      },
    },
    {
      id: 'repeated-key',
      severity: 'fixable',
      detect: (value) => {
        const keys = keyCandidates(value);
        const [only] = distinct(keys);
        return keys.length >= 2 && only !== undefined ? { cleaned: only, values: { count: keys.length } } : undefined;
      },
    },
  ],
};

const UNWRAP: Stage = {
  passes: MAX_UNWRAP_PASSES,
  rules: [
    {
      id: 'key-in-url',
      severity: 'fixable',
      detect: (value) => {
        const encoded = keyFromUrl(value);
        if (encoded === undefined) return undefined;
        try {
          return { cleaned: decodeURIComponent(encoded) };
        } catch {
          return { cleaned: encoded };
        }
      },
    },
    {
      id: 'bearer-prefix',
      severity: 'fixable',
      detect: (value) => {
        const match = /^(?:authorization\s*:\s*)?bearer\s+([\s\S]*)$/i.exec(value);
        return match ? { cleaned: match[1] ?? '' } : undefined;
      },
    },
    {
      id: 'key-param',
      severity: 'fixable',
      detect: (value) => {
        const match = /^[?&]?key\s*=\s*([\s\S]*)$/i.exec(value);
        return match ? { cleaned: match[1] ?? '' } : undefined;
      },
    },
    {
      id: 'env-assignment',
      severity: 'fixable',
      // `NAME=`, `export NAME=`, `set NAME=`, `$env:NAME=`, `NAME: ` (YAML, headers); not `https://`.
      detect: (value) => {
        const match = /^((?:export\s+|set\s+|\$env:)?[A-Za-z_][\w.-]{0,63}\s*(?:=|:(?!\/\/)))\s*([\s\S]*)$/i.exec(value);
        return match ? { cleaned: match[2] ?? '', values: { prefix: redactKeys(match[1]?.replace(/\s+/g, ' ') ?? '') } } : undefined;
      },
    },
    { id: 'quotes', severity: 'fixable', detect: (value) => changedTo(value, stripQuotes(value)) },
    {
      id: 'json-value',
      severity: 'fixable',
      // {"apiKey": "AIza…"} or a config object with one key-valued property among others.
      detect: (value) => {
        if (!value.startsWith('{') || !value.endsWith('}')) return undefined;
        let parsed: unknown;
        try {
          parsed = JSON.parse(value);
        } catch {
          return undefined;
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
        const keys = Object.values(parsed).filter((field): field is string => typeof field === 'string' && looksLikeKey(field.trim()));
        return keys.length === 1 ? { cleaned: keys[0]!.trim() } : undefined;
      },
    },
    {
      id: 'wrapped',
      severity: 'fixable',
      detect: (value) => {
        for (const [open, close] of WRAPPERS) {
          if (value.length < open.length + close.length || !value.startsWith(open) || !value.endsWith(close)) continue;
          const inner = value.slice(open.length, value.length - close.length).trim();
          if (looksLikeKey(inner)) return { cleaned: inner, values: { wrapper: `${open}…${close}` } };
        }
        return undefined;
      },
    },
    TRIM_WHITESPACE,
  ],
};

/** The unwrapped value itself. */
const INSPECT: Stage = {
  passes: 1,
  rules: [
    { id: 'empty', severity: 'block', detect: (value) => (value === '' ? {} : undefined) },
    { id: 'placeholder', severity: 'block', detect: (value) => (PLACEHOLDERS.some((p) => p.test(value)) ? {} : undefined) },
    {
      id: 'split-key',
      severity: 'fixable',
      detect: (value) => {
        const joined = value.replace(/\s+/g, '');
        return /^(?:AIza|AQ\.)[0-9A-Za-z_.\-\s]+$/.test(value) && joined !== value && isWellFormedKey(joined)
          ? { cleaned: joined }
          : undefined;
      },
    },
    {
      id: 'surrounding-text',
      severity: 'fixable',
      detect: (value) => {
        const [key] = keyCandidates(value);
        return key !== undefined && key !== value ? { cleaned: key, values: { key: maskKey(key) } } : undefined;
      },
    },
    {
      id: 'wrong-length',
      severity: 'block',
      detect: (value) =>
        STANDARD_SHAPE.test(value) && value.length !== STANDARD_KEY_LENGTH
          ? { values: { length: value.length, expected: STANDARD_KEY_LENGTH } }
          : undefined,
    },
    {
      id: 'auth-key-length',
      severity: 'block',
      detect: (value) => (AUTH_SHAPE.test(value) && !isWellFormedKey(value) ? { values: { length: value.length } } : undefined),
    },
    {
      id: 'not-a-key',
      severity: 'block',
      detect: (value) =>
        keyKindOf(value) === 'unknown' && (value.length < AUTH_KEY_MIN_BODY || /[^0-9A-Za-z_.-]/.test(value)) ? {} : undefined,
    },
    // Google changed the format once already (2026); an unfamiliar token may be a newer one.
    { id: 'unknown-format', severity: 'advice', detect: (value) => (keyKindOf(value) === 'unknown' ? {} : undefined) },
    { id: 'standard-key', severity: 'advice', detect: (value) => (keyKindOf(value) === 'standard' ? {} : undefined) },
  ],
};

const STAGES: Stage[] = [NORMALIZE, SCREEN, UNWRAP, INSPECT];

/**
 * Linear in the input: anything over the background's limit is refused before a single pattern
 * runs, every pattern here is free of nested or overlapping quantifiers, and every stage runs a
 * bounded number of passes.
 */
export function precheckKey(raw: string): PrecheckResult {
  if (raw.length > MAX_KEY_LENGTH) {
    return { keyKind: 'unknown', findings: [{ id: 'too-long', severity: 'block', values: { length: raw.length, max: MAX_KEY_LENGTH } }], canTest: false };
  }
  const findings: PrecheckFinding[] = [];
  let value = raw;
  let choices: string[] | undefined;

  for (const stage of STAGES) {
    for (let pass = 0; pass < stage.passes; pass++) {
      let changed = false;
      for (const rule of stage.rules) {
        const detection = rule.detect(value);
        if (!detection) continue;
        if (!findings.some((finding) => finding.id === rule.id)) {
          findings.push({
            id: rule.id,
            severity: rule.severity,
            ...(detection.values && { values: detection.values }),
            ...(detection.hiddenChars && { hiddenChars: detection.hiddenChars }),
            ...(detection.provider && { provider: detection.provider }),
          });
        }
        choices ??= detection.choices;
        if (detection.cleaned !== undefined && detection.cleaned !== value) {
          value = detection.cleaned;
          changed = true;
        }
        if (rule.severity === 'block') {
          return { keyKind: choices ? 'unknown' : keyKindOf(value), findings, canTest: false, ...(choices && { choices }) };
        }
      }
      if (!changed) break;
    }
  }

  return { keyKind: keyKindOf(value), findings, canTest: true, ...(value !== raw && { cleaned: value }) };
}
