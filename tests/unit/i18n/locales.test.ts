/**
 * Every locale says everything English says. The compile-time half: defineStrings and
 * Record<Locale, …> make a missing translation a type error (proved below with @ts-expect-error,
 * which fails `npm run typecheck` if the error ever goes away). The runtime half: the same keys,
 * no blank text and the same {placeholders} in every locale of every table the UI reads.
 */
import { describe, expect, it } from 'vitest';
import { STRINGS as reportStrings } from '@/utils/api-key/report';
import { PRECHECK_FINDING_IDS } from '@/utils/api-key/precheck';
import { findingText } from '@/utils/api-key/precheck-words';
import { buildChecklist, CAUSE_IDS, meaningOf } from '@/utils/detection/ai-studio-causes';
import { CARD_STRINGS } from '@/utils/detection/card-strings';
import { AI_STUDIO_RULES, NOTHING_FOUND, REQUEST_FAILED, UNREADABLE_CREATE_FAILURE } from '@/utils/detection/rules/ai-studio';
import { DIAGNOSIS_TABLE } from '@/utils/diagnosis/table';
import { LOCALES, type Locale } from '@/utils/diagnosis/types';
import { GUIDE_FLOWS } from '@/utils/guide/flows';
import { GUIDE_OFFERS } from '@/utils/guide/offers';
import { guideStrings, pageNames } from '@/utils/guide/strings';
import { GUIDE_TEXTS } from '@/utils/guide/texts';
import { defineStrings, pickLocale } from '@/utils/i18n';
import { popupStrings } from '@/utils/i18n/popup';
import { KEY_RULE_IDS, keyRuleSentence } from '@/utils/key-rules';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const KANA = /[\u3040-\u30ff]/;

/** Same keys as English, no blank text, the same placeholders as the English text. */
function expectLikeEnglish(table: Record<Locale, Record<string, string>>, name: string) {
  for (const locale of LOCALES) {
    expect(Object.keys(table[locale]).sort(), `${name} ${locale}`).toEqual(Object.keys(table.en).sort());
    for (const [key, english] of Object.entries(table.en)) {
      const text = table[locale][key] ?? '';
      expect(text.trim(), `${name} ${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${name} ${locale} ${key}`).toEqual(placeholders(english));
    }
  }
}

/** Objects whose keys are the locales: each locale's value as a string table. */
function byLocale<T>(values: Record<Locale, T>, flatten: (value: T) => Record<string, string>): Record<Locale, Record<string, string>> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, flatten(values[locale])])) as Record<Locale, Record<string, string>>;
}
const asTable = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, text]) => typeof text === 'string')) as Record<string, string>;

describe('every locale has every string', () => {
  it('lists en, zh-CN and ja', () => {
    expect([...LOCALES]).toEqual(['en', 'zh-CN', 'ja']);
  });

  it('string tables', () => {
    expectLikeEnglish(popupStrings, 'popup');
    // The AI Studio card's strings live one file per language (utils/detection/card-strings/).
    expectLikeEnglish(byLocale(CARD_STRINGS, (card) => card.hint), 'AI Studio card');
    expectLikeEnglish(byLocale(CARD_STRINGS, (card) => card.meanings), 'AI Studio meanings');
    expectLikeEnglish(byLocale(CARD_STRINGS, (card) => card.causes), 'AI Studio causes');
    expectLikeEnglish(guideStrings, 'guide card');
    expectLikeEnglish(pageNames, 'page names');
    expectLikeEnglish(reportStrings, 'report');
  });

  it('diagnoses: words and link labels', () => {
    for (const [id, entry] of Object.entries(DIAGNOSIS_TABLE)) {
      const words = byLocale(entry.words, (w) => ({
        title: w.title,
        explanation: w.explanation,
        ...Object.fromEntries(w.steps.flatMap((step, i) => (typeof step === 'string' ? [step] : [...step]).map((text, j) => [`step${i}.${j}`, text]))),
      }));
      expectLikeEnglish(words, id);
      // The words used after Key Doctor's own key test (issue 12), where an entry has them.
      if (entry.words.en.keyTest) {
        const keyTest = byLocale(entry.words, (w) => ({
          explanation: w.keyTest?.explanation ?? '',
          ...Object.fromEntries((w.keyTest?.steps ?? []).flatMap((step, i) => (typeof step === 'string' ? [step] : [...step]).map((text, j) => [`step${i}.${j}`, text]))),
        }));
        expectLikeEnglish(keyTest, `${id} keyTest`);
      }
      for (const link of entry.links) expectLikeEnglish(byLocale(link.label, (label) => ({ label })), `${id} ${link.id}`);
    }
  });

  it('guides: titles, summaries, every step, the nothing-to-restore card, offers', () => {
    for (const flow of GUIDE_FLOWS) {
      expectLikeEnglish(byLocale(flow.title, (title) => ({ title })), flow.id);
      expectLikeEnglish(byLocale(flow.summary, (summary) => ({ summary })), flow.id);
      for (const step of flow.steps) expectLikeEnglish(byLocale(GUIDE_TEXTS[flow.id].steps[step.id]!, asTable), `${flow.id} ${step.id}`);
      if (flow.nothingToChoose) expectLikeEnglish(byLocale(GUIDE_TEXTS[flow.id].nothingToChoose!, asTable), `${flow.id} nothing`);
    }
    for (const offer of GUIDE_OFFERS) expectLikeEnglish(byLocale(offer.question, (question) => ({ question })), offer.id);
  });

  it('pre-check findings, AI Studio checklist and meanings', () => {
    const ruleIds = [...AI_STUDIO_RULES, UNREADABLE_CREATE_FAILURE, REQUEST_FAILED, NOTHING_FOUND].map((rule) => rule.id);
    for (const locale of LOCALES) {
      for (const id of PRECHECK_FINDING_IDS) {
        const text = findingText(
          { id, severity: 'advice', hiddenChars: ['zero-width'], provider: 'openai', values: { count: 2, keys: 'AIza…abcd', prefix: 'X=', key: 'AIza…abcd', length: 12, expected: 39, max: 4096, wrapper: '<…>' } },
          locale,
        );
        expect(text, `${locale} ${id}`).not.toMatch(/\{\w+\}/);
        if (locale === 'ja') expect(text, id).toMatch(KANA);
      }
      for (const item of buildChecklist(CAUSE_IDS, { project: 'p', authuser: '1' }, CARD_STRINGS[locale], { locale })) {
        for (const text of [item.title, item.detail, item.action.label, item.secondary?.label ?? 'x']) {
          expect(text.trim(), `${locale} ${item.id}`).not.toBe('');
          expect(text, `${locale} ${item.id}`).not.toMatch(/\{\w+\}/);
        }
        if (locale === 'ja') for (const text of [item.title, item.detail, item.action.label]) expect(text, item.id).toMatch(KANA);
      }
      for (const id of ruleIds) expect(meaningOf(id, CARD_STRINGS[locale])?.trim(), `${locale} ${id}`).toBeTruthy();
    }
  });

  it('Chinese uses one form of address (你, never 您) in every table the UI reads', () => {
    const chinese = [
      popupStrings['zh-CN'],
      CARD_STRINGS['zh-CN'],
      guideStrings['zh-CN'],
      reportStrings['zh-CN'],
      Object.values(DIAGNOSIS_TABLE).map((entry) => [entry.words['zh-CN'], entry.links.map((link) => link.label['zh-CN'])]),
      GUIDE_FLOWS.map((flow) => [flow.title['zh-CN'], flow.summary['zh-CN'], flow.steps.map((step) => GUIDE_TEXTS[flow.id].steps[step.id]!['zh-CN']), GUIDE_TEXTS[flow.id].nothingToChoose?.['zh-CN']]),
      PRECHECK_FINDING_IDS.map((id) => findingText({ id, severity: 'advice' }, 'zh-CN')),
    ];
    const text = JSON.stringify(chinese);
    expect(text).toMatch(/你/);
    expect(text).not.toContain('您');
  });

  it('pre-check findings and the AI Studio checklist tell the same dated key rules in every locale, before and after each date', () => {
    // Their tables are private and only their rendered text is seen: which rule sentences a text
    // carries (utils/key-rules.ts) must be the same in every locale, in the tense of the day.
    const rulesIn = (text: string, locale: Locale, today: Date) => KEY_RULE_IDS.filter((id) => text.includes(keyRuleSentence(id, locale, today)));
    const finding = (id: (typeof PRECHECK_FINDING_IDS)[number]) => ({ id, severity: 'advice' as const, values: { count: 2, keys: 'AIza…abcd', prefix: 'X=', key: 'AIza…abcd', length: 12, expected: 39, max: 4096, wrapper: '<…>' } });
    let dated = 0;
    for (const today of [new Date('2026-05-01T12:00:00Z'), new Date('2026-07-01T12:00:00Z'), new Date('2026-11-30T12:00:00Z')]) {
      for (const id of PRECHECK_FINDING_IDS) {
        const english = rulesIn(findingText(finding(id), 'en', today), 'en', today);
        if (english.length) dated++;
        for (const locale of LOCALES) expect(rulesIn(findingText(finding(id), locale, today), locale, today), `${locale} ${id} ${today.toISOString()}`).toEqual(english);
      }
      const checklists = Object.fromEntries(LOCALES.map((locale) => [locale, buildChecklist(CAUSE_IDS, { project: 'p', authuser: '1' }, CARD_STRINGS[locale], { locale, today })]));
      for (const [index, item] of checklists.en!.entries()) {
        const english = rulesIn(item.detail, 'en', today);
        if (english.length) dated++;
        for (const locale of LOCALES) expect(rulesIn(checklists[locale]![index]!.detail, locale, today), `${locale} ${item.id} ${today.toISOString()}`).toEqual(english);
      }
    }
    // The standard-key finding and the restore-deleted-key cause carry rules on each of the three days.
    expect(dated).toBeGreaterThanOrEqual(6);
  });

  it('a missing Japanese string is a compile error', () => {
    const strings = defineStrings({
      en: { hello: 'Hello' },
      'zh-CN': { hello: '你好' },
      // @ts-expect-error ja lacks `hello`: tsc must refuse this (npm run typecheck fails otherwise)
      ja: {},
    });
    const missingLocale = () =>
      // @ts-expect-error no ja table at all
      defineStrings({ en: { hello: 'Hello' }, 'zh-CN': { hello: '你好' } });
    expect(strings.en.hello).toBe('Hello');
    expect(missingLocale).toBeTypeOf('function');
  });
});

describe('pickLocale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['ja_JP', 'ja'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['en-US', 'en'],
    ['jam', 'en'],
    ['zh-TW', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (language, locale) => {
    expect(pickLocale(language)).toBe(locale);
  });
});
