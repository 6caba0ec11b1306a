/** DiagnosisFacts + the table → a Diagnosis in one locale, with deep links for the user's account. */
import { format } from '@/utils/i18n';
import { googleLink, pageContext } from '@/utils/page-values';
import { safeFacts } from './safe-facts';
import { DIAGNOSIS_TABLE, type Step } from './table';
import type { DescribeOptions, Diagnosis, DiagnosisFacts } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

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
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries({
    project: facts.project,
    model: facts.model,
    service: facts.service,
    quotaId: facts.quotaId,
    retryAfter: facts.retryAfterSeconds,
  })) {
    if (value !== undefined && value !== '') values[name] = value;
  }
  const context = pageContext({ project: facts.project, authuser: options.authuser });
  return {
    ...facts,
    severity: entry.severity,
    dependsOnCaller: entry.dependsOnCaller,
    title: words.title,
    explanation: words.explanation,
    steps: words.steps.map((step) => fillStep(step, values)).filter((step): step is string => step !== undefined),
    links: entry.links.flatMap((link) => {
      const url = googleLink(link.url(context));
      return url ? [{ id: link.id, label: link.label[locale], url }] : [];
    }),
  };
}
