/**
 * DATA: Google's dated rules for Gemini API keys, in one table. Every text that mentions one of
 * them is computed from this table and today's date, so advice turns from "will" to "since" on
 * the day itself instead of staying in the future tense (or claiming a rule too early).
 *
 * Sources: ai.google.dev/gemini-api/docs/api-key (2026 generation, en/zh-CN/ja copies) and the
 * Google forum thread "restrict Gemini API keys by June 19", as quoted in
 * /work/shared/research/console-dom-evidence.md §E2 and console-facts.md §C5.
 */
import { format, type Locale } from '@/utils/i18n';

export const KEY_RULE_IDS = ['auth-keys-by-default', 'unrestricted-standard-refused', 'standard-refused'] as const;
export type KeyRuleId = (typeof KEY_RULE_IDS)[number];

interface RuleWords {
  /** Said before the date: `{date}` is the rule's date. */
  before: string;
  /** Said on and after the date. */
  since: string;
}

export interface KeyRule {
  id: KeyRuleId;
  /** The first day the rule applies (UTC), YYYY-MM-DD. */
  date: string;
  /** `month`: Google gave the month only; the date is its first day and texts name the month. */
  precision: 'day' | 'month';
  source: string;
  words: Record<Locale, RuleWords>;
}

export const KEY_RULES: readonly KeyRule[] = [
  {
    id: 'auth-keys-by-default',
    date: '2026-05-28',
    precision: 'day',
    source: 'api-key docs 2026: "Starting May 28, 2026, all new API keys created in Google AI Studio are automatically created as auth keys" (evidence §E2, facts §C5)',
    words: {
      en: {
        before: 'From {date}, AI Studio will make every new key an auth key (AQ.…), bound to a service account.',
        since: 'Since {date}, AI Studio makes every new key an auth key (AQ.…), bound to a service account.',
      },
      'zh-CN': {
        before: '从 {date} 起，AI Studio 新建的密钥都将是绑定服务账号的认证密钥（AQ.…）。',
        since: '自 {date} 起，AI Studio 新建的密钥都是绑定服务账号的认证密钥（AQ.…）。',
      },
      ja: {
        before: '{date}から、AI Studio で新しく作成するキーはすべて、サービス アカウントに紐付いた認可キー（AQ.…）になります。',
        since: '{date}以降、AI Studio で新しく作成したキーはすべて、サービス アカウントに紐付いた認可キー（AQ.…）になっています。',
      },
    },
  },
  {
    id: 'unrestricted-standard-refused',
    date: '2026-06-19',
    precision: 'day',
    source: 'api-key docs 2026 ("June 19, 2026: rejects unrestricted standard keys"); Google forum "Action required: restrict Gemini API keys by June 19" (evidence §E2, §G1)',
    words: {
      en: {
        before: 'From {date}, the Gemini API will refuse unrestricted standard keys (AIza…).',
        since: 'Since {date}, the Gemini API refuses unrestricted standard keys (AIza…).',
      },
      'zh-CN': {
        before: '从 {date} 起，Gemini API 将拒绝未加限制的标准密钥（AIza…）。',
        since: '自 {date} 起，Gemini API 拒绝未加限制的标准密钥（AIza…）。',
      },
      ja: {
        before: '{date}から、Gemini API は制限のない標準キー（AIza…）を拒否するようになります。',
        since: '{date}以降、Gemini API は制限のない標準キー（AIza…）を拒否しています。',
      },
    },
  },
  {
    id: 'standard-refused',
    // Google names the month only ("September 2026: the Gemini API will reject requests from
    // standard keys"); the first of the month is assumed, and texts say the month, not a day.
    date: '2026-09-01',
    precision: 'month',
    source: 'api-key docs 2026 (en/zh-CN/ja): "September 2026: the Gemini API will reject requests from standard keys" (evidence §E2); no day given',
    words: {
      en: {
        before: 'From {date}, the Gemini API will refuse every standard key (AIza…), restricted or not.',
        since: 'Since {date}, the Gemini API refuses every standard key (AIza…), restricted or not.',
      },
      'zh-CN': {
        before: '从 {date} 起，Gemini API 将拒绝所有标准密钥（AIza…），无论是否加了限制。',
        since: '自 {date} 起，Gemini API 拒绝所有标准密钥（AIza…），无论是否加了限制。',
      },
      ja: {
        before: '{date}から、Gemini API は制限の有無にかかわらず、すべての標準キー（AIza…）を拒否するようになります。',
        since: '{date}以降、Gemini API は制限の有無にかかわらず、すべての標準キー（AIza…）を拒否しています。',
      },
    },
  },
];

const RULES = new Map(KEY_RULES.map((rule) => [rule.id, rule]));

export function keyRule(id: KeyRuleId): KeyRule {
  return RULES.get(id)!;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 June 2026" / "September 2026"; "2026 年 6 月 19 日" / "2026 年 9 月" (zh-CN and ja alike). */
export function ruleDateText(rule: KeyRule, locale: Locale): string {
  const [year, month, day] = rule.date.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-CN' || locale === 'ja') return rule.precision === 'month' ? `${year} 年 ${month} 月` : `${year} 年 ${month} 月 ${day} 日`;
  return rule.precision === 'month' ? `${EN_MONTHS[month - 1]} ${year}` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** Today's date as YYYY-MM-DD in UTC: rules start on a UTC day. */
function dayOf(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/** Whether the rule applies on `today` (from its first day on). */
export function ruleInForce(id: KeyRuleId, today: Date): boolean {
  return dayOf(today) >= keyRule(id).date;
}

/** The rule in words, in the tense today calls for. */
export function keyRuleSentence(id: KeyRuleId, locale: Locale, today: Date): string {
  const rule = keyRule(id);
  const words = rule.words[locale];
  return format(ruleInForce(id, today) ? words.since : words.before, { date: ruleDateText(rule, locale) });
}

/**
 * The rules as values for `{…}` placeholders in the product's strings: `{authKeysByDefault}`,
 * `{unrestrictedStandardRefused}`, `{standardRefused}`.
 */
export function keyRuleValues(locale: Locale, today: Date): Record<'authKeysByDefault' | 'unrestrictedStandardRefused' | 'standardRefused', string> {
  return {
    authKeysByDefault: keyRuleSentence('auth-keys-by-default', locale, today),
    unrestrictedStandardRefused: keyRuleSentence('unrestricted-standard-refused', locale, today),
    standardRefused: keyRuleSentence('standard-refused', locale, today),
  };
}

/** Whether a standard key (AIza…) can still call the Gemini API today, once restricted. */
export function standardKeysAccepted(today: Date): boolean {
  return !ruleInForce('standard-refused', today);
}

/** What a key string's prefix says it is; the key itself is never kept. */
export type KeyKindSeen = 'standard' | 'auth' | 'unknown';

/**
 * The kind of key a page shows, from its prefix only ("AIzaSy…3xQk", "AQ.Ab8…"): enough to tell
 * the two apart, and all we read of it.
 */
export function keyKindFromText(text: string): KeyKindSeen {
  if (/(?:^|[^0-9A-Za-z_-])AIza/.test(text)) return 'standard';
  if (/(?:^|[^0-9A-Za-z_.-])AQ\./.test(text)) return 'auth';
  return 'unknown';
}
