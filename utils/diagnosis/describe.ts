/** DiagnosisFacts + the table → a Diagnosis in one locale, with deep links for the user's account. */
import { format } from '@/utils/i18n';
import { keyRuleValues } from '@/utils/key-rules';
import { DIAGNOSIS_TABLE, type Step } from './table';
import type { DescribeOptions, Diagnosis, DiagnosisFacts } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/** The first alternative whose placeholders all have values, filled in; undefined if none. */
function fillStep(step: Step, values: Record<string, string | number>): string | undefined {
  const alternatives = typeof step === 'string' ? [step] : step;
  const usable = alternatives.find((text) => [...text.matchAll(PLACEHOLDER)].every(([, name]) => name !== undefined && name in values));
  return usable === undefined ? undefined : format(usable, values);
}

export function describe(facts: DiagnosisFacts, options: DescribeOptions = {}): Diagnosis {
  const locale = options.locale ?? 'en';
  // Facts come over messaging from the background; an id this build does not know reads as unknown.
  const entry = DIAGNOSIS_TABLE[facts.id] ?? DIAGNOSIS_TABLE.unknown;
  const words = entry.words[locale];
  // Google's dated key rules, in the tense today calls for (utils/key-rules.ts).
  const values: Record<string, string | number> = { ...keyRuleValues(locale, options.today ?? new Date()) };
  for (const [name, value] of Object.entries({
    project: facts.project,
    model: facts.model,
    service: facts.service,
    quotaId: facts.quotaId,
    retryAfter: facts.retryAfterSeconds,
  })) {
    if (value !== undefined && value !== '') values[name] = value;
  }
  const context = { project: facts.project, authuser: options.authuser };
  return {
    ...facts,
    severity: entry.severity,
    dependsOnCaller: entry.dependsOnCaller,
    title: words.title,
    explanation: format(words.explanation, values),
    steps: words.steps.map((step) => fillStep(step, values)).filter((step): step is string => step !== undefined),
    links: entry.links.map((link) => ({ id: link.id, label: link.label[locale], url: link.url(context) })),
  };
}
