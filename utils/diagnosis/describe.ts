/** DiagnosisFacts + the table → a Diagnosis in one locale, with deep links for the user's account. */
import { format } from '@/utils/i18n';
import { keyRuleValues } from '@/utils/key-rules';
import { googleLink, pageContext } from '@/utils/page-values';
import { safeFacts } from './safe-facts';
import { DIAGNOSIS_TABLE, type Step } from './table';
import type { DescribeOptions, Diagnosis, DiagnosisFacts, Locale } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Google's retry hints run from seconds (per-minute quotas) to days (Code Assist resets). */
const DURATION_WORDS: Record<Locale, { about: string; hours: string; minutes: string; seconds: string; join: string }> = {
  en: { about: 'about {value}', hours: '{n} h', minutes: '{n} min', seconds: '{n} seconds', join: ' ' },
  'zh-CN': { about: '约 {value}', hours: '{n} 小时', minutes: '{n} 分钟', seconds: '{n} 秒', join: ' ' },
  ja: { about: '約 {value}', hours: '{n} 時間', minutes: '{n} 分', seconds: '{n} 秒', join: ' ' },
};

/** 26 → "about 26 seconds"; 34,847 → "about 9 h 40 min": nobody reads 581,982 seconds. */
export function retryDuration(seconds: number, locale: Locale): string {
  const words = DURATION_WORDS[locale];
  const total = Math.max(1, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const parts =
    total < 120
      ? [format(words.seconds, { n: total })]
      : [...(hours ? [format(words.hours, { n: hours })] : []), ...(minutes ? [format(words.minutes, { n: minutes })] : [])];
  return format(words.about, { value: parts.join(words.join) });
}

/** The first alternative whose placeholders all have values, filled in; undefined if none. */
function fillStep(step: Step, values: Record<string, string | number>): string | undefined {
  const alternatives = typeof step === 'string' ? [step] : step;
  const usable = alternatives.find((text) => [...text.matchAll(PLACEHOLDER)].every(([, name]) => name !== undefined && name in values));
  return usable === undefined ? undefined : format(usable, values);
}

export function describe(unsafeFacts: DiagnosisFacts, options: DescribeOptions = {}): Diagnosis {
  const locale = options.locale ?? 'en';
  // The one boundary before words, links and reports: nothing downstream sees an unmasked key or
  // a value outside Google's grammar (a missing project reads "your project").
  const facts = safeFacts(unsafeFacts, options.secrets);
  // Facts come over messaging from the background; an id this build does not know reads as unknown.
  const entry = DIAGNOSIS_TABLE[facts.id] ?? DIAGNOSIS_TABLE.unknown;
  const words = entry.words[locale];
  const keyTestWords = options.fromKeyTest ? words.keyTest : undefined;
  const steps = keyTestWords?.steps ?? words.steps;
  // Google's dated key rules, in the tense today calls for (utils/key-rules.ts).
  const values: Record<string, string | number> = { ...keyRuleValues(locale, options.today ?? new Date()) };
  for (const [name, value] of Object.entries({
    project: facts.project,
    model: facts.model,
    service: facts.service,
    quotaId: facts.quotaId,
    retryAfter: facts.retryAfterSeconds === undefined ? undefined : retryDuration(facts.retryAfterSeconds, locale),
  })) {
    if (value !== undefined && value !== '') values[name] = value;
  }
  const context = pageContext({ project: facts.project, authuser: options.authuser });
  return {
    ...facts,
    severity: entry.severity,
    dependsOnCaller: entry.dependsOnCaller,
    title: words.title,
    explanation: format(keyTestWords?.explanation ?? words.explanation, values),
    steps: steps.map((step) => fillStep(step, values)).filter((step): step is string => step !== undefined),
    links: entry.links.flatMap((link) => {
      if (link.needsProject && !context.project) return [];
      const url = googleLink(link.url(context));
      return url ? [{ id: link.id, label: link.label[locale], url }] : [];
    }),
  };
}
