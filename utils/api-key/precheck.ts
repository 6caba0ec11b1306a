import { keyRuleValues } from '@/utils/key-rules';
import { defineStrings, format, type Locale } from '@/utils/i18n';
import { maskKey, redactKeys } from '@/utils/redact';

/**
 * Key hygiene before any network call: what people actually paste (whole .env lines, URLs,
 * `Bearer …`, quotes, two keys, OAuth tokens, service-account files) is checked against a table of
 * findings. Findings never hold the key: they are safe to show, log or put into a report.
 */

export type KeyKind = 'standard' | 'auth' | 'unknown';
/** block: do not test. fixable: a safe cleanup exists (see `cleaned`). advice: test, but read this. */
export type FindingSeverity = 'block' | 'fixable' | 'advice';

export const PRECHECK_FINDING_IDS = [
  'invisible-chars',
  'whitespace',
  'service-account-json',
  'oauth-token',
  'two-keys',
  'repeated-key',
  'key-in-url',
  'bearer-prefix',
  'key-param',
  'env-assignment',
  'quotes',
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

// Characters that copying from web pages, PDFs and chat apps brings along, invisible on screen.
const INVISIBLE = /[\u00A0\u00AD\u180E\u2007\u200B-\u200F\u202A-\u202F\u2060-\u2064\uFEFF]/g;
const QUOTES_AROUND = /^["'`“”‘’]+|["'`“”‘’]+$/g;

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

interface Detection {
  /** The value with this problem removed, when that is safe. */
  cleaned?: string;
  values?: Record<string, string | number>;
  choices?: string[];
}

interface FindingRule {
  id: PrecheckFindingId;
  severity: FindingSeverity;
  detect(value: string): Detection | undefined;
}

interface Stage {
  /** Unwrapping stages repeat until nothing changes: `export KEY="…"` is two wrappers. */
  repeat: boolean;
  rules: FindingRule[];
}

const changedTo = (value: string, cleaned: string, values?: Detection['values']): Detection | undefined =>
  cleaned === value ? undefined : { cleaned, values };

/** Both normalising and unwrapping end with a trim: `"AIza… "` is only clean once both ran. */
const TRIM_WHITESPACE: FindingRule = { id: 'whitespace', severity: 'fixable', detect: (value) => changedTo(value, value.trim()) };

const NORMALIZE: Stage = {
  repeat: false,
  rules: [
    {
      id: 'invisible-chars',
      severity: 'fixable',
      detect: (value) => {
        const count = value.match(INVISIBLE)?.length ?? 0;
        return count ? { cleaned: value.replace(INVISIBLE, ''), values: { count } } : undefined;
      },
    },
    TRIM_WHITESPACE,
  ],
};

/** Things that are not an API key at all, or more than one: checked on the whole paste. */
const SCREEN: Stage = {
  repeat: false,
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
  repeat: true,
  rules: [
    {
      id: 'key-in-url',
      severity: 'fixable',
      detect: (value) => {
        const match = /https?:\/\/[^\s"'`<>]*?[?&]key=([^&#\s"'`<>]*)/i.exec(value);
        if (!match) return undefined;
        try {
          return { cleaned: decodeURIComponent(match[1] ?? '') };
        } catch {
          return { cleaned: match[1] ?? '' };
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
    { id: 'quotes', severity: 'fixable', detect: (value) => changedTo(value, value.replace(QUOTES_AROUND, '')) },
    TRIM_WHITESPACE,
  ],
};

/** The unwrapped value itself. */
const INSPECT: Stage = {
  repeat: false,
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

export function precheckKey(raw: string): PrecheckResult {
  const findings: PrecheckFinding[] = [];
  let value = raw;
  let choices: string[] | undefined;

  for (const stage of STAGES) {
    let changed: boolean;
    do {
      changed = false;
      for (const rule of stage.rules) {
        const detection = rule.detect(value);
        if (!detection) continue;
        if (!findings.some((finding) => finding.id === rule.id)) {
          findings.push({ id: rule.id, severity: rule.severity, ...(detection.values && { values: detection.values }) });
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
    } while (stage.repeat && changed);
  }

  return { keyKind: keyKindOf(value), findings, canTest: true, ...(value !== raw && { cleaned: value }) };
}

const FINDING_STRINGS = defineStrings({
  en: {
    'invisible-chars':
      'Removed {count} invisible character(s) (zero-width or non-breaking spaces) that came along with the copy.',
    whitespace: 'Removed spaces, tabs or line breaks around the key. Google would count them as part of the key.',
    'service-account-json':
      'This is a service-account key file (JSON), not an API key. The Gemini API takes an API key: create one in AI Studio (aistudio.google.com/api-keys). Keep this file private: it grants access to your Google Cloud project.',
    'oauth-token':
      'This is an OAuth access token (ya29.…), not an API key: it expires within an hour and is sent differently. Create an API key in AI Studio (aistudio.google.com/api-keys).',
    'two-keys': 'Found {count} different keys: {keys}. Pick the one to test.',
    'repeated-key': 'The same key was pasted {count} times; kept one copy.',
    'key-in-url':
      'Took the key out of the URL. Keys in URLs (?key=…) end up in server logs, browser history and error messages: send the key in the x-goog-api-key header instead.',
    'bearer-prefix':
      'Removed "Bearer". Gemini API keys go in the x-goog-api-key header; sent as "Authorization: Bearer", Google takes them for OAuth tokens and answers 401.',
    'key-param': 'Removed "key=" in front of the key.',
    'env-assignment': 'Removed "{prefix}" in front of the key: paste only the value, not the whole line from your .env file or shell.',
    quotes: 'Removed quotes around the key. If your .env file or config loader keeps quotes, Google receives them as part of the key.',
    empty: 'Paste an API key to test.',
    placeholder: 'This looks like a placeholder or a masked copy, not a real key. Copy the full key from AI Studio (aistudio.google.com/api-keys).',
    'split-key': 'Joined the key, which was split by spaces or line breaks.',
    'surrounding-text': 'Kept only the key ({key}) and dropped the text around it.',
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
    'invisible-chars': '已删除复制时带入的 {count} 个不可见字符（零宽字符或不间断空格）。',
    whitespace: '已删除密钥前后的空格、制表符或换行。Google 会把它们当作密钥的一部分。',
    'service-account-json':
      '这是服务账号密钥文件（JSON），不是 API 密钥。Gemini API 需要 API 密钥：请在 AI Studio（aistudio.google.com/api-keys）创建。请妥善保管此文件：它可以访问你的 Google Cloud 项目。',
    'oauth-token':
      '这是 OAuth 访问令牌（ya29.…），不是 API 密钥：它一小时内就会过期，发送方式也不同。请在 AI Studio（aistudio.google.com/api-keys）创建 API 密钥。',
    'two-keys': '找到 {count} 个不同的密钥：{keys}。请选择要测试的那个。',
    'repeated-key': '同一个密钥被粘贴了 {count} 次，已只保留一份。',
    'key-in-url':
      '已从网址中取出密钥。放在网址里的密钥（?key=…）会出现在服务器日志、浏览器历史和错误信息中：请改用 x-goog-api-key 请求头发送。',
    'bearer-prefix':
      '已删除 "Bearer"。Gemini API 密钥应放在 x-goog-api-key 请求头中；如果用 "Authorization: Bearer" 发送，Google 会把它当作 OAuth 令牌并返回 401。',
    'key-param': '已删除密钥前面的 "key="。',
    'env-assignment': '已删除密钥前面的 "{prefix}"：只需粘贴值，不要粘贴 .env 文件或 shell 中的整行。',
    quotes: '已删除密钥两侧的引号。如果你的 .env 文件或配置加载器保留了引号，Google 收到的密钥就会包含它们。',
    empty: '请粘贴要测试的 API 密钥。',
    placeholder: '这看起来是占位符或打了码的副本，不是真正的密钥。请从 AI Studio（aistudio.google.com/api-keys）复制完整密钥。',
    'split-key': '密钥被空格或换行拆开了，已重新拼接。',
    'surrounding-text': '只保留了密钥（{key}），删除了它周围的文字。',
    'wrong-length': '这个标准密钥有 {length} 个字符；标准密钥（AIza…）应正好 {expected} 个。它被截断了或多了字符：请重新复制。',
    'auth-key-length': '这个认证密钥（AQ.…）长 {length} 个字符，不在认证密钥的长度范围内。可能被截断或与其他文字粘在一起：请重新复制。',
    'not-a-key': '这不是 API 密钥：Gemini API 密钥以 "AQ."（认证密钥）或 "AIza"（旧的标准密钥）开头。',
    'unknown-format': '这看起来不像 Gemini API 密钥（它们以 "AQ." 或 "AIza" 开头）。你仍然可以测试。',
    'standard-key': '这是标准 API 密钥（AIza…）。{unrestrictedStandardRefused}{standardRefused}请在 AI Studio 创建认证密钥（AQ.…）。',
  },
});

/** The finding in words. Values are masked keys, counts and names, so the text is safe to show. */
export function findingText(finding: PrecheckFinding, locale: Locale = 'en', today: Date = new Date()): string {
  return redactKeys(format(FINDING_STRINGS[locale][finding.id], { ...keyRuleValues(locale, today), ...finding.values }));
}
