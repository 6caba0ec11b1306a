import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StartGuide } from '@/components/GuideButtons';
import { ScanPage } from '@/components/ScanPage';
import { KeyTestPanel, type KeyTestRequest } from '@/components/KeyTestPanel';
import type { PrecheckView } from '@/utils/api-key/precheck-view';
import { Tabs } from '@/components/Tabs';
import { lastKeyTestRecord, type LastKeyTest } from '@/utils/api-key/last-test';
import type { PrecheckFinding } from '@/utils/api-key/precheck';
import type { Diagnosis, Locale } from '@/utils/diagnosis/types';
import type { ScanPageResult } from '@/utils/content-messaging';
import { format } from '@/utils/i18n';
import { popupStrings, type PopupStrings } from '@/utils/i18n/popup';
import type { KeyTestResult } from '@/utils/messaging';
import { maskKey, redactKeys } from '@/utils/redact';

type TabId = 'test' | 'explain' | 'guides';

/**
 * A part of the popup imported when first needed. `current` reads it synchronously once it is in
 * (so a prefetched part costs no extra render); a failed import is tried again on the next need.
 */
function lazyPart<T>(importer: () => Promise<T>): { current: () => T | undefined; load: () => Promise<T> } {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    current: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

/** The part when `needed`; renders again once it arrives (or fails) if this render did not have it. */
function useLazyPart<T>(part: ReturnType<typeof lazyPart<T>>, needed: boolean): { loaded: T | undefined; failed: boolean; retry: () => void } {
  const [, setArrived] = useState<T>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const rendered = part.current();
  useEffect(() => {
    // Keyed on what this render saw, not on the part now: a prefetch that lands between the
    // render and this effect must still cause the render that shows it.
    if (!needed || rendered) return;
    let live = true;
    part.load().then(
      (module) => live && setArrived(module),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, rendered, attempt]);
  return { loaded: rendered, failed: failed && !rendered, retry: () => (setFailed(false), setAttempt((n) => n + 1)) };
}

type LazyTabs = typeof import('./lazy-tabs');
/** Loaded the first time the Explain or Guides tab opens (not before the popup's first paint). */
const lazyTabs = lazyPart<LazyTabs>(() => import('./lazy-tabs'));

/** Renders `children` once the lazy tabs' module is in; an empty busy panel until then. */
function WithLazyTabs({ children, locale }: { children: (tabs: LazyTabs) => ComponentChildren; locale: Locale }) {
  const { loaded, failed, retry } = useLazyPart(lazyTabs, true);
  if (loaded) return <>{children(loaded)}</>;
  if (failed) return <NotLoaded locale={locale} onRetry={retry} />;
  return <div aria-busy="true" data-loading />;
}

/** A lazy part of the popup that did not load (the extension was updated or reloaded under it). */
function NotLoaded({ locale, onRetry }: { locale: Locale; onRetry: () => void }) {
  const strings = popupStrings[locale];
  return (
    <div role="alert" class="message" data-not-loaded>
      <p>{strings.partNotLoaded}</p>
      <button type="button" class="kd-button" onClick={onRetry}>
        {strings.loadAgain}
      </button>
    </div>
  );
}

type VerdictModule = typeof import('./verdict');
/**
 * The verdict card, its diagnosis table and builders: loaded when a test starts (the network takes
 * longer), when the pre-check stops a submit, or before the first render when a kept verdict shows.
 */
const verdictPart = lazyPart<VerdictModule>(() => import('./verdict'));
export const loadVerdict = verdictPart.load;

/**
 * How long a key test runs before the popup shows it as busy (spinner, Cancel, form disabled). Under
 * a tenth of a second a response feels instant; a sooner answer goes straight to the verdict.
 */
export const BUSY_AFTER_MS = 100;

type TestState =
  | { phase: 'idle' }
  | { phase: 'testing'; testId: string; generate: boolean; startedAt: number }
  /** `key` is '' when it is not known (cancelled, or a result restored without "remember"). */
  | { phase: 'done'; testId: string; result: KeyTestResult; key: string; maskedKey: string; generate: boolean; findings?: PrecheckFinding[] }
  /** The pre-check stopped the submit; `serial` tells one stopped submit from the next. */
  | { phase: 'blocked'; serial: string }
  | { phase: 'failed'; message: string };

type TestedResult = Extract<KeyTestResult, { outcome: 'tested' }>;
export type TestedState = Extract<TestState, { phase: 'done' }> & { result: TestedResult };

/** A finished test with a verdict (not cancelled, not refused). */
function testedState(state: TestState): TestedState | undefined {
  return state.phase === 'done' && state.result.outcome === 'tested' ? (state as TestedState) : undefined;
}

export interface PopupServices {
  locale: Locale;
  rememberedKey?: string;
  /** The verdict from earlier in this browser session, shown again until "Change key". */
  lastTest?: LastKeyTest;
  /** Keeps (or with undefined, forgets) the last verdict for the session. */
  saveLastTest: (record: LastKeyTest | undefined) => Promise<void>;
  precheck: (raw: string, locale: Locale) => PrecheckView;
  /** The pre-check with its findings in words, loaded after the first render; `precheck` until then. */
  loadPrecheckWords?: () => Promise<PopupServices['precheck']>;
  testKey: (request: { testId: string; key: string; generate: boolean }) => Promise<KeyTestResult>;
  cancelTest: (testId: string) => Promise<unknown>;
  remember: (key: string | undefined) => Promise<void>;
  copy: (text: string) => Promise<void>;
  startGuide: StartGuide;
  /** The active tab's URL, when the browser lets the popup see it (the Guides tab reads its project). */
  tabUrl?: string;
  /** Present only when the active tab is an AI Studio page. */
  scanPage?: () => Promise<ScanPageResult>;
}

/** The kept verdict as a finished test; its key is known only when "remember" kept the same key. */
function restoredState(lastTest: LastKeyTest | undefined, rememberedKey: string | undefined): TestState {
  if (!lastTest) return { phase: 'idle' };
  const key = rememberedKey && maskKey(rememberedKey) === lastTest.maskedKey ? rememberedKey : '';
  return { phase: 'done', testId: lastTest.testId, result: lastTest.result, key, maskedKey: lastTest.maskedKey, generate: lastTest.generate, findings: lastTest.findings };
}

export function App({ services }: { services: PopupServices }) {
  const strings = popupStrings[services.locale];
  const [tab, setTab] = useState<TabId>('test');
  // A tab's panel is made the first time it opens, then kept (switching loses no input).
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set(['test']));
  const selectTab = (id: TabId) => {
    setTab(id);
    setOpened((current) => (current.has(id) ? current : new Set([...current, id])));
  };
  const [state, setState] = useState<TestState>(() => restoredState(services.lastTest, services.rememberedKey));
  const [rememberedKey, setRememberedKey] = useState(services.rememberedKey);
  const [precheckIn, setPrecheckIn] = useState(() => services.precheck);
  useEffect(() => {
    let live = true;
    services.loadPrecheckWords?.().then((withWords) => live && setPrecheckIn(() => withWords), () => {});
    return () => {
      live = false;
    };
  }, [services.loadPrecheckWords]);
  const precheck = useCallback((raw: string) => precheckIn(raw, services.locale), [precheckIn, services.locale]);

  // The last key tested, in this popup's memory only: fills the form again after "Change key".
  const [lastKey, setLastKey] = useState('');
  const [lastGenerate, setLastGenerate] = useState(false);

  // The test whose answer still counts, from submit to answer: Cancel and "Change key" end it, so a
  // late answer is neither shown nor kept for the session.
  const liveTestId = useRef<string>();
  const busyTimer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(
    () => () => {
      clearTimeout(busyTimer.current);
      liveTestId.current = undefined;
    },
    [],
  );
  // The key kept for the session as stored, at once: the state above follows it at the next render
  // (a submit renders nothing before BUSY_AFTER_MS), and "Forget" in between must win.
  const storedKey = useRef(services.rememberedKey);
  const keepRemembered = (key: string | undefined) => {
    // Forgetting is always written: another popup (toolbar and tab) may have stored a key since.
    if (key !== storedKey.current || key === undefined) services.remember(key).catch(() => {});
    storedKey.current = key;
  };
  /** Ends the test on its way, if any: its answer is neither shown nor kept. */
  const endLiveTest = () => {
    if (liveTestId.current) services.cancelTest(liveTestId.current).catch(() => {});
    liveTestId.current = undefined;
    clearTimeout(busyTimer.current);
  };
  const runTest = async (request: KeyTestRequest) => {
    // One test at a time: its busy state (which disables the form) may not show yet. A second
    // submit within BUSY_AFTER_MS, even of another key, waits for the first one's answer.
    if (liveTestId.current) return;
    const testId = crypto.randomUUID();
    // The request leaves first, before any render or storage write. A synchronous throw becomes
    // the test's failure, so the form is never left waiting for a test that never started.
    let answer: Promise<KeyTestResult>;
    try {
      answer = services.testKey({ testId, key: request.key, generate: request.generate });
    } catch (error) {
      answer = Promise.reject(error);
    }
    liveTestId.current = testId;
    void loadVerdict().catch(() => {});
    const startedAt = Date.now();
    // What the form shows again after "Change key", and the remember box: read by later renders only.
    const keepRequest = () => {
      setLastKey(request.key);
      setLastGenerate(request.generate);
      setRememberedKey(storedKey.current);
    };
    // The busy state waits BUSY_AFTER_MS: an answer that comes sooner shows at once, with no
    // "Testing…" flash and no render competing with the request just sent.
    const busy = setTimeout(() => {
      if (liveTestId.current !== testId) return;
      keepRequest();
      setState({ phase: 'testing', testId, generate: request.generate, startedAt });
    }, BUSY_AFTER_MS);
    busyTimer.current = busy;
    // A test in progress replaces the kept verdict: reopening must not show the previous key's.
    services.saveLastTest(undefined).catch(() => {});
    keepRemembered(request.remember ? request.key : undefined);
    const settled = (next: TestState) => {
      clearTimeout(busy);
      if (liveTestId.current !== testId) return false;
      liveTestId.current = undefined;
      keepRequest();
      setState(next);
      return true;
    };
    try {
      const result = await answer;
      const shown = settled({ phase: 'done', testId, result, key: request.key, maskedKey: maskKey(request.key), generate: request.generate });
      if (shown && result.outcome === 'tested') services.saveLastTest(lastKeyTestRecord({ testId, key: request.key, generate: request.generate, result })).catch(() => {});
    } catch (error) {
      // Messaging errors can echo the request: never show a key in the UI.
      settled({ phase: 'failed', message: redactKeys(error instanceof Error ? error.message : String(error)) });
    }
  };

  const cancel = () => {
    if (state.phase !== 'testing') return;
    endLiveTest();
    setState({ phase: 'done', testId: state.testId, result: { outcome: 'cancelled' }, key: '', maskedKey: '', generate: state.generate });
  };

  /** "Change key": back to the form, the result forgotten. */
  const changeKey = () => {
    // Possible while "Test again" has not shown as busy yet: that test ends too.
    endLiveTest();
    setRememberedKey(storedKey.current);
    setState({ phase: 'idle' });
    services.saveLastTest(undefined).catch(() => {});
  };
  const testedResult = testedState(state);
  const { loaded: verdict, failed: verdictFailed, retry: retryVerdict } = useLazyPart(verdictPart, Boolean(testedResult) || state.phase === 'blocked');
  // Once per verdict: the card and the announcement below share it.
  const diagnosis = useMemo(() => (verdict && testedResult ? verdict.describeTest(testedResult, services.locale) : undefined), [verdict, testedResult, services.locale]);
  const knownKey = testedResult?.key || lastKey || rememberedKey || '';

  const forget = () => {
    // Possible before a test shows as busy: the key is forgotten with its test, which then ends.
    endLiveTest();
    setRememberedKey(undefined);
    keepRemembered(undefined);
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
        onSelect={selectTab}
        panels={{
          test: (
            <>
              {testedResult ? (
                // Result first: the form folds into one line once there is a verdict.
                <KeyBar
                  strings={strings}
                  maskedKey={testedResult.maskedKey}
                  onTestAgain={testedResult.key ? () => void runTest({ key: testedResult.key, generate: testedResult.generate, remember: storedKey.current !== undefined }) : undefined}
                  onChangeKey={changeKey}
                />
              ) : (
              <KeyTestPanel
                strings={strings}
                initialKey={knownKey}
                initialGenerate={lastGenerate}
                initialRemember={rememberedKey !== undefined}
                precheck={precheck}
                busy={state.phase === 'testing'}
                onTest={runTest}
                // A test on its way (not shown as busy yet) keeps the screen: its answer comes next.
                onBlocked={() => liveTestId.current || setState({ phase: 'blocked', serial: crypto.randomUUID() })}
                onCancel={cancel}
                onForget={forget}
              />
              )}
              <TestOutcome state={state} services={services} verdict={verdict} diagnosis={diagnosis} notLoaded={verdictFailed ? retryVerdict : undefined} />
              <div role="status" aria-live="polite" class="visually-hidden" data-announce>
                {/* A new node per test: the same verdict again (a quick "Test again") is announced again. */}
                {diagnosis && testedResult ? <span key={testedResult.testId}>{format(strings.testFinished, { title: diagnosis.title })}</span> : ''}
              </div>
            </>
          ),
          // Members of the loaded module, never bare names: WXT's auto-import would read a bare
          // `explainPastedText(…)` as the utils export and import the whole parser at start.
          explain: opened.has('explain') && (
            <WithLazyTabs locale={services.locale}>
              {(tabs) => (
                <tabs.ExplainPanel
                  strings={strings}
                  explain={(text) => tabs.explainPastedText(text, { locale: services.locale })}
                  onCopy={services.copy}
                  guidesFor={(diagnosis) => tabs.guidesFor(diagnosis, services.locale)}
                  onGuide={services.startGuide}
                  reportFor={(diagnosis) => tabs.buildExplanationReport(diagnosis, services.locale)}
                />
              )}
            </WithLazyTabs>
          ),
          guides: opened.has('guides') && (
            <WithLazyTabs locale={services.locale}>
              {(tabs) => (
                <tabs.GuidesPanel strings={strings} guides={tabs.allGuides(services.locale)} onGuide={services.startGuide} suggested={tabs.suggestedProject(testedResult?.result.facts.project, services.tabUrl)} />
              )}
            </WithLazyTabs>
          ),
        }}
      />
    </main>
  );
}

interface TestOutcomeProps {
  state: TestState;
  services: PopupServices;
  verdict: VerdictModule | undefined;
  /** The finished test's diagnosis, once the verdict module is in. */
  diagnosis: Diagnosis | undefined;
  /** Set when the verdict module failed to load: shown instead of a card, with a way to try again. */
  notLoaded?: (() => void) | undefined;
}

/** Shown while the verdict module loads (only when it was not prefetched in time). */
const LoadingCard = () => <div class="result" aria-busy="true" data-loading />;

function TestOutcome({ state, services, verdict, diagnosis, notLoaded }: TestOutcomeProps) {
  const strings = popupStrings[services.locale];
  const waiting = notLoaded ? <NotLoaded locale={services.locale} onRetry={notLoaded} /> : <LoadingCard />;
  if (state.phase === 'idle') return null;
  if (state.phase === 'testing') {
    // Not a live region: the counter would be read out every second. The end is announced instead.
    return (
      <div class="progress" data-testing>
        <span class="spinner" aria-hidden="true" />
        <span>{state.generate ? strings.testingGenerate : strings.testingList}</span>
        <Elapsed since={state.startedAt} template={strings.elapsed} />
      </div>
    );
  }
  if (state.phase === 'blocked') {
    // Nothing was sent: the findings under the key field say what is wrong with the value.
    return verdict ? <verdict.BlockedCard serial={state.serial} services={services} /> : waiting;
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
  const tested = testedState(state);
  return verdict && diagnosis && tested ? <verdict.TestedCard state={tested} diagnosis={diagnosis} services={services} /> : waiting;
}

/** Seconds since `since`, updated every second while shown. */
function Elapsed({ since, template }: { since: number; template: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span class="elapsed" data-elapsed aria-hidden="true">
      {format(template, { count: Math.floor((now - since) / 1000) })}
    </span>
  );
}

interface KeyBarProps {
  strings: PopupStrings;
  maskedKey: string;
  /** Absent when the key is not known here (a restored result without "remember"). */
  onTestAgain?: () => void;
  onChangeKey: () => void;
}

/** The key form folded to one line after a test: "Key AIza…1234 · Test again · Change key". */
function KeyBar({ strings, maskedKey, onTestAgain, onChangeKey }: KeyBarProps) {
  return (
    <div class="key-bar" role="group" aria-label={strings.testedKeyLabel} data-key-bar>
      <span class="key-name">{format(strings.testedKey, { key: maskedKey })}</span>
      {onTestAgain && (
        <button type="button" class="kd-button kd-quiet" data-action="test-again" onClick={onTestAgain}>
          {strings.testAgain}
        </button>
      )}
      <button type="button" class="kd-button kd-quiet" data-action="change-key" onClick={onChangeKey}>
        {strings.changeKey}
      </button>
    </div>
  );
}
