import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/utils/diagnosis/types';
import { maskKey } from '@/utils/redact';
import {
  PRECHECK_FINDING_IDS,
  precheckKey,
  type KeyKind,
  type PrecheckFindingId,
} from '@/utils/api-key/precheck';
import { findingText } from '@/utils/api-key/precheck-words';
import { MAX_KEY_CHOICES, MAX_KEY_LENGTH } from '@/utils/api-key/limits';
import { AUTH_KEY, OTHER_STANDARD_KEY, STANDARD_KEY } from './keys';

const PRIVATE_KEY_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7';
const SERVICE_ACCOUNT_JSON = JSON.stringify(
  {
    type: 'service_account',
    project_id: 'my-project',
    private_key_id: 'abc123',
    private_key: `-----BEGIN PRIVATE KEY-----\n${PRIVATE_KEY_BODY}\n-----END PRIVATE KEY-----\n`,
    client_email: 'bot@my-project.iam.gserviceaccount.com',
  },
  null,
  2,
);

interface Case {
  name: string;
  raw: string;
  ids: PrecheckFindingId[];
  canTest: boolean;
  cleaned?: string;
  keyKind?: KeyKind;
}

const CASES: Case[] = [
  { name: 'clean auth key', raw: AUTH_KEY, ids: [], canTest: true, keyKind: 'auth' },
  { name: 'clean standard key', raw: STANDARD_KEY, ids: ['standard-key'], canTest: true, keyKind: 'standard' },
  { name: 'empty', raw: '', ids: ['empty'], canTest: false },
  { name: 'only whitespace', raw: ' \n\t ', ids: ['whitespace', 'empty'], canTest: false },
  { name: 'surrounding whitespace', raw: `  ${AUTH_KEY}\r\n\t`, ids: ['whitespace'], canTest: true, cleaned: AUTH_KEY, keyKind: 'auth' },
  { name: 'double quotes', raw: `"${AUTH_KEY}"`, ids: ['quotes'], canTest: true, cleaned: AUTH_KEY },
  { name: 'single quotes', raw: `'${AUTH_KEY}'`, ids: ['quotes'], canTest: true, cleaned: AUTH_KEY },
  { name: 'backticks', raw: `\`${AUTH_KEY}\``, ids: ['quotes'], canTest: true, cleaned: AUTH_KEY },
  { name: 'GEMINI_API_KEY=', raw: `GEMINI_API_KEY=${AUTH_KEY}`, ids: ['env-assignment'], canTest: true, cleaned: AUTH_KEY },
  { name: 'API_KEY=', raw: `API_KEY=${AUTH_KEY}`, ids: ['env-assignment'], canTest: true, cleaned: AUTH_KEY },
  {
    name: 'export with quotes',
    raw: `export GOOGLE_API_KEY="${STANDARD_KEY}"\n`,
    ids: ['whitespace', 'env-assignment', 'quotes', 'standard-key'],
    canTest: true,
    cleaned: STANDARD_KEY,
    keyKind: 'standard',
  },
  { name: 'key= prefix', raw: `key=${AUTH_KEY}`, ids: ['key-param'], canTest: true, cleaned: AUTH_KEY },
  {
    name: 'URL with key=',
    raw: `https://generativelanguage.googleapis.com/v1beta/models?key=${STANDARD_KEY}&alt=json`,
    ids: ['key-in-url', 'standard-key'],
    canTest: true,
    cleaned: STANDARD_KEY,
  },
  { name: 'Bearer', raw: `Bearer ${AUTH_KEY}`, ids: ['bearer-prefix'], canTest: true, cleaned: AUTH_KEY },
  { name: 'Authorization: Bearer', raw: `Authorization: Bearer ${AUTH_KEY}`, ids: ['bearer-prefix'], canTest: true, cleaned: AUTH_KEY },
  { name: 'two keys on two lines', raw: `${STANDARD_KEY}\n${AUTH_KEY}`, ids: ['two-keys'], canTest: false, keyKind: 'unknown' },
  { name: 'two keys glued', raw: `${STANDARD_KEY}${OTHER_STANDARD_KEY}`, ids: ['two-keys'], canTest: false },
  { name: 'same key twice', raw: `${AUTH_KEY} ${AUTH_KEY}`, ids: ['repeated-key'], canTest: true, cleaned: AUTH_KEY },
  { name: 'OAuth token', raw: 'ya29.a0AfB_byC1xYz-Example_Token.Value123', ids: ['oauth-token'], canTest: false },
  { name: 'service-account JSON', raw: SERVICE_ACCOUNT_JSON, ids: ['service-account-json'], canTest: false },
  { name: 'truncated standard key', raw: STANDARD_KEY.slice(0, -3), ids: ['wrong-length'], canTest: false, keyKind: 'standard' },
  { name: 'standard key with extra chars', raw: `${STANDARD_KEY}abc`, ids: ['wrong-length'], canTest: false },
  { name: 'truncated auth key', raw: 'AQ.Ab8RN6LmF0', ids: ['auth-key-length'], canTest: false, keyKind: 'auth' },
  {
    name: 'zero-width and non-breaking spaces',
    raw: `\u200B${AUTH_KEY.slice(0, 10)}\u200D${AUTH_KEY.slice(10)}\u00A0`,
    ids: ['invisible-chars'],
    canTest: true,
    cleaned: AUTH_KEY,
  },
  { name: 'placeholder your_api_key', raw: 'your_api_key', ids: ['placeholder'], canTest: false },
  { name: 'placeholder xxx', raw: 'xxx', ids: ['placeholder'], canTest: false },
  { name: 'placeholder <KEY>', raw: '<KEY>', ids: ['placeholder'], canTest: false },
  { name: 'masked copy', raw: maskKey(STANDARD_KEY), ids: ['placeholder'], canTest: false },
  { name: 'env line with placeholder', raw: 'GEMINI_API_KEY=your_api_key_here', ids: ['env-assignment', 'placeholder'], canTest: false },
  { name: 'unexpanded variable', raw: '$GEMINI_API_KEY', ids: ['placeholder'], canTest: false },
  {
    name: 'key split over two lines',
    raw: `${AUTH_KEY.slice(0, 20)}\n${AUTH_KEY.slice(20)}`,
    ids: ['split-key'],
    canTest: true,
    cleaned: AUTH_KEY,
  },
  { name: 'key inside a sentence', raw: `My new key is ${AUTH_KEY}.`, ids: ['surrounding-text'], canTest: true, cleaned: AUTH_KEY },
  {
    name: 'standard key inside a sentence',
    raw: `my key is ${STANDARD_KEY} thanks`,
    ids: ['surrounding-text', 'standard-key'],
    canTest: true,
    cleaned: STANDARD_KEY,
  },
  { name: 'placeholder sentence', raw: 'paste your key here', ids: ['placeholder'], canTest: false },
  { name: 'prose', raw: 'hello world', ids: ['not-a-key'], canTest: false },
  // Issue 8: an OpenAI key used to go to Google as an "unknown format"; it is named and kept back.
  { name: 'OpenAI project key', raw: 'sk-proj-abcdefghijklmnopqrstuvwx', ids: ['other-secret'], canTest: false, keyKind: 'unknown' },
  { name: 'unfamiliar token', raw: 'Zk9dXq2LmB7vRt4NcW8pYs3H', ids: ['unknown-format'], canTest: true, keyKind: 'unknown' },
  // Issue 8: a hidden character inside a key used to read as "cut off" (wrong-length).
  { name: 'bidi isolate inside a key', raw: `${STANDARD_KEY.slice(0, 9)}\u2066${STANDARD_KEY.slice(9)}`, ids: ['invisible-chars', 'standard-key'], canTest: true, cleaned: STANDARD_KEY },
  // Issue 8: keys in brackets, comments and JSON used to read as placeholders.
  { name: 'key in angle brackets', raw: `<${AUTH_KEY}>`, ids: ['wrapped'], canTest: true, cleaned: AUTH_KEY },
  { name: 'key in double braces', raw: `{{${STANDARD_KEY}}}`, ids: ['wrapped', 'standard-key'], canTest: true, cleaned: STANDARD_KEY },
  { name: 'key in an HTML comment', raw: `<!-- ${AUTH_KEY} -->`, ids: ['wrapped'], canTest: true, cleaned: AUTH_KEY },
  { name: 'key in a JSON object', raw: `{"apiKey": "${AUTH_KEY}", "model": "gemini-2.5-flash"}`, ids: ['json-value'], canTest: true, cleaned: AUTH_KEY },
  { name: 'placeholder <your-api-key>', raw: '<your-api-key>', ids: ['placeholder'], canTest: false },
  { name: 'placeholder {API_KEY}', raw: '{API_KEY}', ids: ['placeholder'], canTest: false },
  // Issue 8: longer than the background accepts; used to pass here and fail with "could not be sent".
  { name: 'over the length the background sends', raw: `${AUTH_KEY}\n${'#'.repeat(MAX_KEY_LENGTH)}`, ids: ['too-long'], canTest: false },
];

describe('precheckKey', () => {
  it.each(CASES)('$name', ({ raw, ids, canTest, cleaned, keyKind }) => {
    const result = precheckKey(raw);
    expect(result.findings.map((finding) => finding.id)).toEqual(ids);
    expect(result.canTest).toBe(canTest);
    expect(result.cleaned).toBe(cleaned);
    if (keyKind) expect(result.keyKind).toBe(keyKind);
  });

  it('reaches every finding id', () => {
    const reached = new Set(CASES.flatMap((c) => precheckKey(c.raw).findings.map((finding) => finding.id)));
    expect([...reached].sort()).toEqual([...PRECHECK_FINDING_IDS].sort());
  });

  it('gives severities by kind: blocks stop the test, fixes and advice do not', () => {
    expect(precheckKey('').findings[0]?.severity).toBe('block');
    expect(precheckKey(` ${AUTH_KEY}`).findings[0]?.severity).toBe('fixable');
    expect(precheckKey(STANDARD_KEY).findings[0]?.severity).toBe('advice');
  });

  it('accepts AQ. auth keys without findings', () => {
    const key = `AQ.${'Ab3_-.x'.repeat(10)}Z`;
    expect(precheckKey(key)).toEqual({ keyKind: 'auth', findings: [], canTest: true });
  });

  it('offers both keys to pick from when two are pasted, masked in the text', () => {
    const result = precheckKey(`GEMINI_API_KEY=${STANDARD_KEY}\nGOOGLE_API_KEY=${AUTH_KEY}`);
    expect(result.choices).toEqual([STANDARD_KEY, AUTH_KEY]);
    const [finding] = result.findings;
    expect(finding?.values).toEqual({ count: 2, keys: `${maskKey(STANDARD_KEY)}, ${maskKey(AUTH_KEY)}` });
    expect(findingText(finding!, 'en')).toBe(`Found 2 different keys: AIza…e5Uq, AQ.A…_bCx. Pick the one to test, or paste only that key.`);
  });

  it('shows the length of a wrong-length standard key', () => {
    const finding = precheckKey(STANDARD_KEY.slice(0, 30)).findings[0]!;
    expect(findingText(finding, 'en')).toContain('has 30 characters');
    expect(findingText(finding, 'en')).toContain('exactly 39');
  });

  it('names the removed prefix', () => {
    const finding = precheckKey(`export GEMINI_API_KEY=${AUTH_KEY}`).findings[0]!;
    expect(findingText(finding, 'en')).toContain('"export GEMINI_API_KEY="');
  });

  it('never echoes the service-account private key', () => {
    const result = precheckKey(SERVICE_ACCOUNT_JSON);
    const texts = result.findings.flatMap((finding) => LOCALES.map((locale) => findingText(finding, locale)));
    expect(texts.join('\n')).not.toContain(PRIVATE_KEY_BODY);
    expect(JSON.stringify(result)).not.toContain(PRIVATE_KEY_BODY);
  });

  it('never puts a key into finding text or values, in any locale', () => {
    for (const { raw } of CASES) {
      const { findings } = precheckKey(raw);
      const shown = JSON.stringify(findings) + findings.flatMap((f) => LOCALES.map((l) => findingText(f, l))).join('\n');
      for (const key of [STANDARD_KEY, OTHER_STANDARD_KEY, AUTH_KEY]) expect(shown).not.toContain(key);
    }
  });

  it('has text for every finding in every locale', () => {
    for (const id of PRECHECK_FINDING_IDS) {
      for (const locale of LOCALES) {
        const text = findingText({ id, severity: 'advice' }, locale);
        expect(text.length, `${id} ${locale}`).toBeGreaterThan(10);
      }
    }
  });
});

describe('precheckView', () => {
  it('puts the findings into the UI language and masks the keys to pick from', async () => {
    const { precheckView } = await import('@/utils/api-key/precheck-words');
    const view = precheckView(`${STANDARD_KEY} ${AUTH_KEY}`, 'zh-CN');
    expect(view.canTest).toBe(false);
    expect(view.candidates).toEqual([
      { value: STANDARD_KEY, masked: maskKey(STANDARD_KEY) },
      { value: AUTH_KEY, masked: maskKey(AUTH_KEY) },
    ]);
    expect(view.findings).toEqual([
      { id: 'two-keys', severity: 'block', text: `找到 2 个不同的密钥：${maskKey(STANDARD_KEY)}, ${maskKey(AUTH_KEY)}。请选择要测试的那个，或只粘贴那一个密钥。` },
    ]);
    expect(precheckView(` ${AUTH_KEY}`)).toMatchObject({ canTest: true, cleaned: AUTH_KEY, candidates: [] });
  });
});

describe('pre-check wording (issue 12)', () => {
  // Findings show while the user types, before anything was cleaned or sent: they say what will
  // happen, never "Removed …" as if it had.
  const PAST_REMOVAL: Record<(typeof LOCALES)[number], RegExp> = {
    en: /\b(?:Removed|Took|Joined|Kept only)\b/,
    'zh-CN': /已删除|已从|已重新|已只保留|只保留了/,
    ja: /削除しました|取り出しました|つなげました|残しました/,
  };
  it.each(PRECHECK_FINDING_IDS)('%s says what it will do, in every locale', (id) => {
    const finding = { id, severity: 'fixable' as const, values: { count: 2, prefix: 'GEMINI_API_KEY=', key: 'AIza…abcd', wrapper: '<>', length: 40, expected: 39, max: 4096, keys: 'AIza…abcd' }, hiddenChars: ['zero-width' as const], provider: 'openai' as const };
    for (const locale of LOCALES) expect(findingText(finding, locale)).not.toMatch(PAST_REMOVAL[locale]);
  });
});

describe('a paste with many keys', () => {
  it('offers the first five to pick from, names them and how many more, and gives the exact count', () => {
    // Twenty distinct standard-shaped keys, one per line (a log or an .env dump), each with its own ending.
    const keys = Array.from({ length: 20 }, (_, i) => `${STANDARD_KEY.slice(0, -2)}${String(i).padStart(2, '0')}`);
    const result = precheckKey(keys.join('\n'));
    const finding = result.findings.find((candidate) => candidate.id === 'two-keys')!;
    expect(result.canTest).toBe(false);
    expect(result.choices).toEqual(keys.slice(0, MAX_KEY_CHOICES));
    expect(finding.values).toEqual({ count: 20, keys: `${keys.slice(0, MAX_KEY_CHOICES).map(maskKey).join(', ')} (+15)` });
    expect(findingText(finding, 'en')).toBe(`Found 20 different keys: ${keys.slice(0, 5).map(maskKey).join(', ')} (+15). Pick the one to test, or paste only that key.`);
  });
});
