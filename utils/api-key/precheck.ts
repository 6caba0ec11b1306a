import { keyRuleValues } from '@/utils/key-rules';
import { defineStrings, format, type Locale } from '@/utils/i18n';
import { maskKey, redactKeys } from '@/utils/redact';
import { MAX_KEY_LENGTH } from './limits';

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
        return keys.length >= 2
          ? { choices: keys, values: { count: keys.length, keys: keys.map(maskKey).join(', ') } }
          : undefined;
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

const FINDING_STRINGS = defineStrings({
  en: {
    'too-long':
      'This is {length} characters long. API keys are far shorter, and Key Doctor sends at most {max} characters, so nothing was checked or sent: paste only the key.',
    'invisible-chars':
      '{count} invisible character(s) came along with the copy: {kinds}. Key Doctor removes them before testing; Google would count them as part of the key.',
    whitespace: 'Spaces, tabs or line breaks around the key will be removed before testing. Google would count them as part of the key.',
    'service-account-json':
      'This is a service-account key file (JSON), not an API key. The Gemini API takes an API key: create one in AI Studio (aistudio.google.com/api-keys). Keep this file private: it grants access to your Google Cloud project.',
    'oauth-token':
      'This is an OAuth access token (ya29.…), not an API key: it expires within an hour and is sent differently. Create an API key in AI Studio (aistudio.google.com/api-keys).',
    'other-secret':
      'This is {secret}, not a Gemini API key, so Key Doctor did not send it anywhere. Gemini API keys start with "AQ." or "AIza": create one in AI Studio (aistudio.google.com/api-keys).',
    'two-keys': 'Found {count} different keys: {keys}. Pick the one to test.',
    'repeated-key': 'The same key was pasted {count} times; one copy will be tested.',
    'key-in-url':
      'The key will be taken out of the URL. Keys in URLs (?key=…) end up in server logs, browser history and error messages: send the key in the x-goog-api-key header instead.',
    'bearer-prefix':
      '"Bearer" will be removed. Gemini API keys go in the x-goog-api-key header; sent as "Authorization: Bearer", Google takes them for OAuth tokens and answers 401.',
    'key-param': '"key=" in front of the key will be removed.',
    'env-assignment': '"{prefix}" in front of the key will be removed: paste only the value, not the whole line from your .env file or shell.',
    quotes: 'The quotes around the key will be removed. If your .env file or config loader keeps quotes, Google receives them as part of the key.',
    'json-value': 'The key will be taken out of the JSON around it: paste only the value.',
    wrapped: 'The {wrapper} around the key will be removed: paste only the key itself.',
    empty: 'Paste an API key to test.',
    placeholder: 'This looks like a placeholder or a masked copy, not a real key. Copy the full key from AI Studio (aistudio.google.com/api-keys).',
    'split-key': 'The key is split by spaces or line breaks; it will be joined before testing.',
    'surrounding-text': 'Only the key ({key}) will be tested, without the text around it.',
    'wrong-length':
      'This standard key has {length} characters; standard keys (AIza…) have exactly {expected}. It was cut off or has extra characters: copy it again.',
    'auth-key-length':
      'This auth key (AQ.…) is {length} characters long, outside the length auth keys have. It was probably cut off or glued to other text: copy it again.',
    'not-a-key': 'This is not an API key: Gemini API keys start with "AQ." (auth keys) or "AIza" (older standard keys).',
    'unknown-format': 'This does not look like a Gemini API key (they start with "AQ." or "AIza"). You can still test it.',
    // The dated rules come from utils/key-rules.ts, in the tense today calls for.
    'standard-key': 'This is a standard API key (AIza…). {unrestrictedStandardRefused} {standardRefused} Create an auth key (AQ.…) in AI Studio.',
  },
  'zh-CN': {
    'too-long': '输入长达 {length} 个字符。API 密钥要短得多，Key Doctor 最多发送 {max} 个字符，因此没有检查也没有发送任何内容：请只粘贴密钥。',
    'invisible-chars': '复制时带入了 {count} 个不可见字符：{kinds}，测试前会删除。Google 会把它们当作密钥的一部分。',
    whitespace: '测试前会删除密钥前后的空格、制表符或换行。Google 会把它们当作密钥的一部分。',
    'service-account-json':
      '这是服务账号密钥文件（JSON），不是 API 密钥。Gemini API 需要 API 密钥：请在 AI Studio（aistudio.google.com/api-keys）创建。请妥善保管此文件：它可以访问你的 Google Cloud 项目。',
    'oauth-token':
      '这是 OAuth 访问令牌（ya29.…），不是 API 密钥：它一小时内就会过期，发送方式也不同。请在 AI Studio（aistudio.google.com/api-keys）创建 API 密钥。',
    'other-secret':
      '这是 {secret}，不是 Gemini API 密钥，所以 Key Doctor 没有把它发送到任何地方。Gemini API 密钥以 "AQ." 或 "AIza" 开头：请在 AI Studio（aistudio.google.com/api-keys）创建。',
    'two-keys': '找到 {count} 个不同的密钥：{keys}。请选择要测试的那个。',
    'repeated-key': '同一个密钥被粘贴了 {count} 次，只会测试其中一份。',
    'key-in-url':
      '测试前会从网址中取出密钥。放在网址里的密钥（?key=…）会出现在服务器日志、浏览器历史和错误信息中：请改用 x-goog-api-key 请求头发送。',
    'bearer-prefix':
      '测试前会删除 "Bearer"。Gemini API 密钥应放在 x-goog-api-key 请求头中；如果用 "Authorization: Bearer" 发送，Google 会把它当作 OAuth 令牌并返回 401。',
    'key-param': '测试前会删除密钥前面的 "key="。',
    'env-assignment': '测试前会删除密钥前面的 "{prefix}"：只需粘贴值，不要粘贴 .env 文件或 shell 中的整行。',
    quotes: '测试前会删除密钥两侧的引号。如果你的 .env 文件或配置加载器保留了引号，Google 收到的密钥就会包含它们。',
    'json-value': '测试前会从外层的 JSON 中取出密钥：只需粘贴值。',
    wrapped: '测试前会删除密钥两侧的 {wrapper}：只需粘贴密钥本身。',
    empty: '请粘贴要测试的 API 密钥。',
    placeholder: '这看起来是占位符或打了码的副本，不是真正的密钥。请从 AI Studio（aistudio.google.com/api-keys）复制完整密钥。',
    'split-key': '密钥被空格或换行拆开了，测试前会重新拼接。',
    'surrounding-text': '只会测试密钥（{key}），不包括它周围的文字。',
    'wrong-length': '这个标准密钥有 {length} 个字符；标准密钥（AIza…）应正好 {expected} 个。它被截断了或多了字符：请重新复制。',
    'auth-key-length': '这个认证密钥（AQ.…）长 {length} 个字符，不在认证密钥的长度范围内。可能被截断或与其他文字粘在一起：请重新复制。',
    'not-a-key': '这不是 API 密钥：Gemini API 密钥以 "AQ."（认证密钥）或 "AIza"（旧的标准密钥）开头。',
    'unknown-format': '这看起来不像 Gemini API 密钥（它们以 "AQ." 或 "AIza" 开头）。你仍然可以测试。',
    'standard-key': '这是标准 API 密钥（AIza…）。{unrestrictedStandardRefused}{standardRefused}请在 AI Studio 创建认证密钥（AQ.…）。',
  },
  ja: {
    'too-long': '入力が {length} 文字あります。API キーはずっと短く、Key Doctor が送るのは最大 {max} 文字のため、確認も送信もしていません。キーだけを貼り付けてください。',
    'invisible-chars': 'コピー時に見えない文字が {count} 個紛れ込んでいます（{kinds}）。テスト前に削除します。残っていると Google はそれもキーの一部として扱います。',
    whitespace: 'キーの前後にあるスペース、タブ、改行はテスト前に削除します。残っていると Google はそれもキーの一部として扱います。',
    'service-account-json':
      'これはサービス アカウントのキーファイル（JSON）で、API キーではありません。Gemini API には API キーが必要です。AI Studio（aistudio.google.com/api-keys）で作成してください。このファイルは Google Cloud プロジェクトへのアクセス権を持つため、外部に漏らさないでください。',
    'oauth-token':
      'これは OAuth アクセス トークン（ya29.…）で、API キーではありません。1 時間以内に期限が切れ、送り方も異なります。AI Studio（aistudio.google.com/api-keys）で API キーを作成してください。',
    'other-secret':
      'これは {secret} で、Gemini API キーではありません。そのため Key Doctor はどこにも送信していません。Gemini API キーは「AQ.」または「AIza」で始まります。AI Studio（aistudio.google.com/api-keys）で作成してください。',
    'two-keys': '異なるキーが {count} 個見つかりました: {keys}。テストするキーを選んでください。',
    'repeated-key': '同じキーが {count} 回貼り付けられています。テストするのは 1 つだけです。',
    'key-in-url':
      'テスト前に URL からキーを取り出します。URL に含めたキー（?key=…）はサーバーのログ、ブラウザの履歴、エラー メッセージに残ります。代わりに x-goog-api-key ヘッダーで送ってください。',
    'bearer-prefix':
      '「Bearer」はテスト前に削除します。Gemini API キーは x-goog-api-key ヘッダーで送ります。「Authorization: Bearer」で送ると、Google は OAuth トークンとして扱い 401 を返します。',
    'key-param': 'キーの前にある「key=」はテスト前に削除します。',
    'env-assignment': 'キーの前にある「{prefix}」はテスト前に削除します。.env ファイルやシェルの行全体ではなく、値だけを貼り付けてください。',
    quotes: 'キーを囲む引用符はテスト前に削除します。.env ファイルや設定ローダーが引用符を残す場合、Google には引用符もキーの一部として届きます。',
    'json-value': 'テスト前に周りの JSON からキーを取り出します。値だけを貼り付けてください。',
    wrapped: 'キーを囲む {wrapper} はテスト前に削除します。キーだけを貼り付けてください。',
    empty: 'テストする API キーを貼り付けてください。',
    placeholder: 'これはプレースホルダーか、一部を伏せたコピーのようで、本物のキーではありません。AI Studio（aistudio.google.com/api-keys）からキー全体をコピーしてください。',
    'split-key': 'キーがスペースや改行で分かれています。テスト前につなげます。',
    'surrounding-text': 'テストするのはキー（{key}）だけで、前後のテキストは含めません。',
    'wrong-length':
      'この標準キーは {length} 文字です。標準キー（AIza…）はちょうど {expected} 文字です。途中で切れているか、余分な文字が入っています。もう一度コピーしてください。',
    'auth-key-length':
      'この認可キー（AQ.…）は {length} 文字で、認可キーの長さの範囲外です。途中で切れているか、他のテキストとつながっている可能性があります。もう一度コピーしてください。',
    'not-a-key': 'これは API キーではありません。Gemini API キーは「AQ.」（認可キー）または「AIza」（旧形式の標準キー）で始まります。',
    'unknown-format': 'Gemini API キー（「AQ.」または「AIza」で始まる）ではないようです。このままテストすることもできます。',
    'standard-key': 'これは標準 API キー（AIza…）です。{unrestrictedStandardRefused}{standardRefused}AI Studio で認可キー（AQ.…）を作成してください。',
  },
});

/** Names the findings put into their text: hidden-character kinds and other services' credentials. */
const FINDING_NAMES = defineStrings({
  en: {
    listSeparator: ', ',
    'zero-width': 'zero-width space or joiner',
    'non-breaking-space': 'non-breaking space',
    'bidi-control': 'bidi control (text-direction mark)',
    'soft-hyphen': 'soft hyphen',
    'variation-selector': 'variation selector',
    tag: 'tag character',
    'hangul-filler': 'Hangul filler',
    'braille-blank': 'braille blank',
    'grapheme-joiner': 'combining grapheme joiner',
    control: 'control character',
    format: 'invisible formatting character',
    anthropic: 'an Anthropic API key',
    openai: 'an OpenAI API key',
    'openai-style': 'an OpenAI-style key (sk-…, as OpenAI, DeepSeek and other services issue)',
    github: 'a GitHub token',
    'google-oauth-client-secret': 'a Google OAuth client secret (GOCSPX-…)',
    aws: 'an AWS access key ID',
    slack: 'a Slack token',
    'hugging-face': 'a Hugging Face token',
    xai: 'an xAI API key',
    groq: 'a Groq API key',
  },
  'zh-CN': {
    listSeparator: '、',
    'zero-width': '零宽空格或连接符',
    'non-breaking-space': '不间断空格',
    'bidi-control': '双向文本控制符（文字方向标记）',
    'soft-hyphen': '软连字符',
    'variation-selector': '变体选择符',
    tag: '标签字符',
    'hangul-filler': '韩文填充符',
    'braille-blank': '盲文空白',
    'grapheme-joiner': '组合字形连接符',
    control: '控制字符',
    format: '不可见的格式字符',
    anthropic: 'Anthropic API 密钥',
    openai: 'OpenAI API 密钥',
    'openai-style': 'OpenAI 格式的密钥（sk-…，OpenAI、DeepSeek 等服务都用这种格式）',
    github: 'GitHub 令牌',
    'google-oauth-client-secret': 'Google OAuth 客户端密钥（GOCSPX-…）',
    aws: 'AWS 访问密钥 ID',
    slack: 'Slack 令牌',
    'hugging-face': 'Hugging Face 令牌',
    xai: 'xAI API 密钥',
    groq: 'Groq API 密钥',
  },
  ja: {
    listSeparator: '、',
    'zero-width': 'ゼロ幅スペースまたは結合子',
    'non-breaking-space': 'ノーブレーク スペース',
    'bidi-control': '双方向テキストの制御文字（文字の向きの指定）',
    'soft-hyphen': 'ソフト ハイフン',
    'variation-selector': '異体字セレクタ',
    tag: 'タグ文字',
    'hangul-filler': 'ハングルのフィラー文字',
    'braille-blank': '点字の空白',
    'grapheme-joiner': '書記素結合子',
    control: '制御文字',
    format: '見えない書式文字',
    anthropic: 'Anthropic の API キー',
    openai: 'OpenAI の API キー',
    'openai-style': 'OpenAI 形式のキー（sk-…。OpenAI や DeepSeek などが発行する形式）',
    github: 'GitHub のトークン',
    'google-oauth-client-secret': 'Google OAuth のクライアント シークレット（GOCSPX-…）',
    aws: 'AWS のアクセスキー ID',
    slack: 'Slack のトークン',
    'hugging-face': 'Hugging Face のトークン',
    xai: 'xAI の API キー',
    groq: 'Groq の API キー',
  },
});

/** The finding in words. Values are masked keys, counts and names, so the text is safe to show. */
export function findingText(finding: PrecheckFinding, locale: Locale = 'en', today: Date = new Date()): string {
  const names = FINDING_NAMES[locale];
  const values = {
    // The dated rules (utils/key-rules.ts), in the tense today calls for.
    ...keyRuleValues(locale, today),
    ...finding.values,
    ...(finding.hiddenChars && { kinds: finding.hiddenChars.map((kind) => names[kind]).join(names.listSeparator) }),
    ...(finding.provider && { secret: names[finding.provider] }),
  };
  return redactKeys(format(FINDING_STRINGS[locale][finding.id], values));
}
