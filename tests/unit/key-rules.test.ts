/** Google's dated key rules: one table, and words in the tense of the day (before / on / after each date). */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/utils/diagnosis/types';
import { KEY_RULES, KEY_RULE_IDS, keyKindFromText, keyRuleSentence, keyRuleValues, ruleDateText, ruleInForce, standardKeysAccepted, keyRule } from '@/utils/key-rules';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('the key rules table', () => {
  it('has each rule once, dated, sourced, with words in every locale and tense', () => {
    expect(KEY_RULES.map((rule) => rule.id)).toEqual([...KEY_RULE_IDS]);
    for (const rule of KEY_RULES) {
      expect(rule.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.source).toBeTruthy();
      for (const locale of LOCALES) {
        expect(rule.words[locale].before).toContain('{date}');
        expect(rule.words[locale].since).toContain('{date}');
      }
    }
    expect(keyRule('auth-keys-by-default').date).toBe('2026-05-28');
    expect(keyRule('unrestricted-standard-refused').date).toBe('2026-06-19');
    // Google gave only the month: the first is assumed, and the words say the month.
    expect(keyRule('standard-refused')).toMatchObject({ date: '2026-09-01', precision: 'month' });
  });

  it.each([
    ['auth-keys-by-default', '2026-05-27', '2026-05-28'],
    ['unrestricted-standard-refused', '2026-06-18', '2026-06-19'],
    ['standard-refused', '2026-08-31', '2026-09-01'],
  ] as const)('%s: in force from its first day, not the day before', (id, before, on) => {
    expect(ruleInForce(id, day(before))).toBe(false);
    expect(ruleInForce(id, day(on))).toBe(true);
    expect(ruleInForce(id, day('2026-11-30'))).toBe(true);
    expect(keyRuleSentence(id, 'en', day(before))).toMatch(/^From /);
    expect(keyRuleSentence(id, 'en', day(before))).toMatch(/ will /);
    expect(keyRuleSentence(id, 'en', day(on))).toMatch(/^Since /);
    expect(keyRuleSentence(id, 'en', day(on))).not.toMatch(/ will /);
    expect(keyRuleSentence(id, 'zh-CN', day(before))).toMatch(/^从 .*将/);
    expect(keyRuleSentence(id, 'zh-CN', day(on))).toMatch(/^自 /);
    // Japanese: から + になります (what will be) before; 以降 + ています (what is) since.
    expect(keyRuleSentence(id, 'ja', day(before))).toMatch(/^2026 年 .*から、.*(?:ようになります|になります)。$/);
    expect(keyRuleSentence(id, 'ja', day(on))).toMatch(/^2026 年 .*以降、.*ています。$/);
  });

  it('names the day, or only the month when Google gave no day', () => {
    expect(ruleDateText(keyRule('unrestricted-standard-refused'), 'en')).toBe('19 June 2026');
    expect(ruleDateText(keyRule('unrestricted-standard-refused'), 'zh-CN')).toBe('2026 年 6 月 19 日');
    expect(ruleDateText(keyRule('standard-refused'), 'en')).toBe('September 2026');
    expect(ruleDateText(keyRule('standard-refused'), 'zh-CN')).toBe('2026 年 9 月');
    expect(ruleDateText(keyRule('standard-refused'), 'ja')).toBe('2026 年 9 月');
    expect(keyRuleValues('ja', day('2026-11-30')).standardRefused).toBe('2026 年 9 月以降、Gemini API は制限の有無にかかわらず、すべての標準キー（AIza…）を拒否しています。');
    expect(keyRuleValues('en', day('2026-11-30')).standardRefused).toBe('Since September 2026, the Gemini API refuses every standard key (AIza…), restricted or not.');
  });

  it('standard keys are accepted until September 2026 only', () => {
    expect(standardKeysAccepted(day('2026-08-31'))).toBe(true);
    expect(standardKeysAccepted(day('2026-09-01'))).toBe(false);
  });

  it('tells a key’s kind from its prefix alone, masked or not', () => {
    expect(keyKindFromText('Generative Language API Key Nov 20, 2026 AIzaSy…3xQk')).toBe('standard');
    expect(keyKindFromText('Gemini API Key AQ.Ab8…R2pZ')).toBe('auth');
    expect(keyKindFromText('Gemini API Key Show key')).toBe('unknown');
    expect(keyKindFromText('FAQ.txt')).toBe('unknown');
  });
});
