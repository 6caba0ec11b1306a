import { useCallback, useState } from 'preact/hooks';
import { DiagnosisCard, type ProbeLine } from '@/components/DiagnosisCard';
import { ExplainPanel } from '@/components/ExplainPanel';
import type { GuideOption, StartGuide } from '@/components/GuideButtons';
import { GuidesPanel } from '@/components/GuidesPanel';
import { ScanPage } from '@/components/ScanPage';
import { KeyTestPanel, type KeyTestRequest } from '@/components/KeyTestPanel';
import type { PrecheckView } from '@/utils/api-key/precheck-view';
import { Tabs } from '@/components/Tabs';
import { curlCommandFor } from '@/utils/api-key/curl';
import { precheckKey } from '@/utils/api-key/precheck';
import { buildExplanationReport, buildReport } from '@/utils/api-key/report';
import { describe } from '@/utils/diagnosis';
import { explainPastedText } from '@/utils/explain';
import type { Diagnosis, Locale } from '@/utils/diagnosis/types';
import type { ScanPageResult } from '@/utils/content-messaging';
import { flowsFixing, GUIDE_FLOWS, type GuideFlow } from '@/utils/guide/flows';
import { format } from '@/utils/i18n';
import { popupStrings } from '@/utils/i18n/popup';
import type { KeyTestResult } from '@/utils/messaging';
import { maskKey, redactKeys } from '@/utils/redact';

type TabId = 'test' | 'explain' | 'guides';

type TestState =
  | { phase: 'idle' }
  | { phase: 'testing'; testId: string; generate: boolean }
  | { phase: 'done'; testId: string; result: KeyTestResult; key: string; generate: boolean }
  /** The pre-check stopped the submit; `serial` tells one stopped submit from the next. */
  | { phase: 'blocked'; serial: string }
  | { phase: 'failed'; message: string };

export interface PopupServices {
  locale: Locale;
  rememberedKey?: string;
  precheck: (raw: string, locale: Locale) => PrecheckView;
  testKey: (request: { testId: string; key: string; generate: boolean }) => Promise<KeyTestResult>;
  cancelTest: (testId: string) => Promise<unknown>;
  remember: (key: string | undefined) => Promise<void>;
  copy: (text: string) => Promise<void>;
  startGuide: StartGuide;
  /** Present only when the active tab is an AI Studio page. */
  scanPage?: () => Promise<ScanPageResult>;
}

function guideOption(flow: GuideFlow, locale: Locale): GuideOption {
  return { flowId: flow.id, title: flow.title[locale], summary: flow.summary[locale] };
}

function guidesFor(diagnosis: Diagnosis, locale: Locale): GuideOption[] {
  return flowsFixing(diagnosis.id).map((flow) => guideOption(flow, locale));
}

export function App({ services }: { services: PopupServices }) {
  const strings = popupStrings[services.locale];
  const [tab, setTab] = useState<TabId>('test');
  const [state, setState] = useState<TestState>({ phase: 'idle' });
  const [rememberedKey, setRememberedKey] = useState(services.rememberedKey);
  const precheck = useCallback((raw: string) => services.precheck(raw, services.locale), [services]);

  const runTest = async (request: KeyTestRequest) => {
    const testId = crypto.randomUUID();
    setState({ phase: 'testing', testId, generate: request.generate });
    const kept = request.remember ? request.key : undefined;
    setRememberedKey(kept);
    services.remember(kept).catch(() => {});
    try {
      const result = await services.testKey({ testId, key: request.key, generate: request.generate });
      setState((current) => (current.phase === 'testing' && current.testId === testId ? { phase: 'done', testId, result, key: request.key, generate: request.generate } : current));
    } catch (error) {
      // Messaging errors can echo the request: never show a key in the UI.
      setState({ phase: 'failed', message: redactKeys(error instanceof Error ? error.message : String(error)) });
    }
  };

  const cancel = () => {
    if (state.phase !== 'testing') return;
    services.cancelTest(state.testId).catch(() => {});
    setState({ phase: 'done', testId: state.testId, result: { outcome: 'cancelled' }, key: '', generate: state.generate });
  };

  const forget = () => {
    setRememberedKey(undefined);
    services.remember(undefined).catch(() => {});
  };

  return (
    <main>
      <h1>{strings.appTitle}</h1>
      {services.scanPage && <ScanPage strings={strings} scan={services.scanPage} />}
      <Tabs
        label={strings.tabsLabel}
        tabs={[
          { id: 'test', label: strings.tabTest },
          { id: 'explain', label: strings.tabExplain },
          { id: 'guides', label: strings.tabGuides },
        ]}
        selected={tab}
        onSelect={setTab}
        panels={{
          test: (
            <>
              <KeyTestPanel
                strings={strings}
                initialKey={rememberedKey ?? ''}
                initialRemember={rememberedKey !== undefined}
                precheck={precheck}
                busy={state.phase === 'testing'}
                onTest={runTest}
                onBlocked={() => setState({ phase: 'blocked', serial: crypto.randomUUID() })}
                onCancel={cancel}
                onForget={forget}
              />
              <TestOutcome state={state} services={services} />
            </>
          ),
          explain: (
            <ExplainPanel
              strings={strings}
              explain={(text) => explainPastedText(text, { locale: services.locale })}
              onCopy={services.copy}
              guidesFor={(diagnosis) => guidesFor(diagnosis, services.locale)}
              onGuide={services.startGuide}
              reportFor={(diagnosis) => buildExplanationReport(diagnosis, services.locale)}
            />
          ),
          guides: <GuidesPanel strings={strings} guides={GUIDE_FLOWS.map((flow) => guideOption(flow, services.locale))} onGuide={services.startGuide} />,
        }}
      />
    </main>
  );
}

function TestOutcome({ state, services }: { state: TestState; services: PopupServices }) {
  const strings = popupStrings[services.locale];
  if (state.phase === 'idle') return <div role="status" aria-live="polite" />;
  if (state.phase === 'testing') {
    return (
      <div role="status" aria-live="polite" class="progress message">
        <span class="spinner" aria-hidden="true" />
        {state.generate ? strings.testingGenerate : strings.testingList}
      </div>
    );
  }
  if (state.phase === 'blocked') {
    // Nothing was sent: the findings under the key field say what is wrong with the value.
    return <DiagnosisCard key={state.serial} diagnosis={describe({ id: 'key-format' }, { locale: services.locale })} strings={strings} onCopy={services.copy} />;
  }
  if (state.phase === 'failed') {
    return (
      <p role="alert" class="message">
        {format(strings.internalError, { message: state.message })}
      </p>
    );
  }
  const { result } = state;
  if (result.outcome === 'cancelled') {
    return (
      <p role="status" class="message" data-outcome="cancelled">
        {strings.cancelled}
      </p>
    );
  }
  if (result.outcome === 'refused') {
    return (
      <p role="alert" class="message" data-outcome="refused">
        {result.why === 'sender' ? strings.refusedSender : strings.refusedInput}
      </p>
    );
  }
  // The tested key is masked wherever Google echoed it, whatever its shape.
  const diagnosis = describe(result.facts, { locale: services.locale, secrets: [state.key] });
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
  const probes: ProbeLine[] = result.probes.map((probe) => ({
    label: probe.name === 'listModels' ? strings.probeListModels : strings.probeGenerate,
    outcome: `${probe.httpStatus ?? strings.noAnswer} · ${probe.facts.id} · ${probe.elapsedMs} ms`,
  }));
  const failedProbe = result.probes.find((probe) => probe.facts.id === result.facts.id);
  const curlCommand = diagnosis.dependsOnCaller ? curlCommandFor(failedProbe?.name ?? 'listModels', result.generateModel) : undefined;
  const report = () =>
    buildReport({
      maskedKey: maskKey(state.key),
      result,
      diagnosis,
      findings: precheckKey(state.key).findings,
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
      probes={probes}
      curlCommand={curlCommand}
      report={report}
      onCopy={services.copy}
      guides={guidesFor(diagnosis, services.locale)}
      onGuide={services.startGuide}
    />
  );
}
