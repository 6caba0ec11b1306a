// The verdict card and what only it needs (the diagnosis table and its words, the guides that fix
// a verdict, the report and curl builders): App.tsx prefetches this module when a test starts,
// since the network takes longer than loading it, so the popup's first screen never pays for it.
import { DiagnosisCard, type ProbeLine } from '@/components/DiagnosisCard';
import type { GuideOption } from '@/components/GuideButtons';
import { curlCommandFor } from '@/utils/api-key/curl';
import { precheckKey } from '@/utils/api-key/precheck';
import { buildReport } from '@/utils/api-key/report';
import { describe } from '@/utils/diagnosis/describe';
import type { Diagnosis, Locale } from '@/utils/diagnosis/types';
import { flowsFixing, GUIDE_FLOWS, type GuideFlow } from '@/utils/guide/flows';
import { format } from '@/utils/i18n';
import { popupStrings } from '@/utils/i18n/popup';
import { keyRuleValues } from '@/utils/key-rules';
import type { PopupServices, TestedState } from './App';

function guideOption(flow: GuideFlow, locale: Locale): GuideOption {
  return { flowId: flow.id, title: flow.title[locale], summary: flow.summary[locale] };
}

export function guidesFor(diagnosis: Diagnosis, locale: Locale): GuideOption[] {
  return flowsFixing(diagnosis.id).map((flow) => guideOption(flow, locale));
}

/** Every guide, for the "Fix in the console" tab. */
export function allGuides(locale: Locale): GuideOption[] {
  return GUIDE_FLOWS.map((flow) => guideOption(flow, locale));
}

/**
 * A finished test's diagnosis, once per verdict: the card and the live announcement share it. The
 * tested key is masked wherever Google echoed it, whatever its shape ('' when not known: a
 * restored verdict was redacted before it was kept).
 */
export function describeTest(state: TestedState, locale: Locale): Diagnosis {
  return describe(state.result.facts, { locale, fromKeyTest: true, secrets: state.key ? [state.key] : [] });
}

/** The pre-check stopped a submit: nothing was sent, the findings under the key field say why. */
export function BlockedCard({ serial, services }: { serial: string; services: PopupServices }) {
  return <DiagnosisCard key={serial} diagnosis={describe({ id: 'key-format' }, { locale: services.locale })} strings={popupStrings[services.locale]} onCopy={services.copy} />;
}

/** A tested key's verdict: the diagnosis with what this test adds (notes, probes, curl, report). */
export function TestedCard({ state, diagnosis, services }: { state: TestedState; diagnosis: Diagnosis; services: PopupServices }) {
  const strings = popupStrings[services.locale];
  const { result } = state;
  const listProbe = result.probes.find((probe) => probe.name === 'listModels');
  const seconds = (ms: number) => (Math.round(ms / 100) / 10).toLocaleString(services.locale);
  const notes = [
    result.modelCount != null ? format(strings.modelsVisible, { count: result.modelCount }) : undefined,
    result.generateModel ? format(strings.generatedWith, { model: result.generateModel }) : undefined,
    // Asked for a generation, the key works, but it sees no model that can generate: say so.
    state.generate && result.facts.id === 'key-ok' && !result.deadline && !result.probes.some((probe) => probe.name === 'generateContent') ? strings.generationSkipped : undefined,
    // The whole test has one deadline: a slow probe 1 leaves probe 2 less, or nothing.
    result.deadline?.generate === 'skipped'
      ? format(strings.generationSkippedForTime, { seconds: seconds(listProbe?.elapsedMs ?? result.deadline.limitMs - result.deadline.leftMs), limit: seconds(result.deadline.limitMs) })
      : undefined,
    result.deadline?.generate === 'stopped'
      ? format(strings.generationStoppedForTime, { seconds: seconds(result.deadline.leftMs), limit: seconds(result.deadline.limitMs) })
      : undefined,
    // The table names two causes; our own request rules out the Bearer one.
    result.facts.id === 'bearer-auth-used' ? strings.bearerFromOurTest : undefined,
  ].filter((note): note is string => Boolean(note));
  // The 2026 warning once per result: here only when the verdict's own words do not give it
  // (the pre-check's copy under the key field is folded away with the form).
  const footnotes = state.maskedKey.startsWith('AIza') && ![diagnosis.explanation, ...diagnosis.steps].some((text) => text.includes('AIza')) ? [format(strings.standardKeyNote, keyRuleValues(services.locale, new Date()))] : [];
  const probes: ProbeLine[] = result.probes.map((probe) => ({
    label: probe.name === 'listModels' ? strings.probeListModels : strings.probeGenerate,
    outcome: `${probe.httpStatus ?? strings.noAnswer} · ${probe.facts.id} · ${probe.elapsedMs} ms`,
  }));
  const failedProbe = result.probes.find((probe) => probe.facts.id === result.facts.id);
  const curlCommand = diagnosis.dependsOnCaller ? curlCommandFor(failedProbe?.name ?? 'listModels', result.generateModel) : undefined;
  const report = () =>
    buildReport({
      maskedKey: state.maskedKey,
      result,
      diagnosis,
      findings: state.key ? precheckKey(state.key).findings : (state.findings ?? []),
      generateRequested: state.generate,
      locale: services.locale,
      when: new Date(),
    });
  return (
    <DiagnosisCard
      key={state.testId}
      diagnosis={diagnosis}
      strings={strings}
      notes={notes}
      footnotes={footnotes}
      probes={probes}
      curlCommand={curlCommand}
      report={report}
      onCopy={services.copy}
      guides={guidesFor(diagnosis, services.locale)}
      onGuide={services.startGuide}
    />
  );
}
