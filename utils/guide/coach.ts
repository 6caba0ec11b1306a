/**
 * The click coach at run time: watches the page, feeds the pure machine (machine.ts) and reports
 * what to draw. DOM and timers only, no extension API, so it is tested in happy-dom with fake
 * timers. Everything it adds to the page is bound to its own AbortController, aborted by stop()
 * and by `signal` (the content script going away).
 *
 * Cheap on a busy page: a MutationObserver on added nodes only (no attributes, no text), batched
 * into at most one check per SCHEDULE_MS; the first check after a quiet spell runs at once (no
 * fixed wait before the first ring after the target appears); a slow re-check only while a step is still looking for its
 * target (a radio that gets ticked changes no nodes); layout is never read here (the UI reads
 * rects in requestAnimationFrame).
 */
import { contextFromUrl } from '@/utils/console-links';
import { flowById, type GuideFlow, type GuideStep } from './flows';
import { currentStep, initialCoachState, reduce, type CoachEvent, type CoachState, type Observation } from './machine';
import { keyIdFromHref, pageOf } from './pages';
import { pagePath, type GuideState } from './state';
import { CHECKS, TARGETS, deletedKeyRows, deletedListSettled, iamSummary, locateTarget, KEY_LINK_SELECTOR, type GuideEnv, type IamSummary } from './targets';
import { DIALOG_SELECTOR, isShown, visibleText } from './dom';
import { keyKindFromText, type KeyKindSeen } from '@/utils/key-rules';
import type { GuideRect } from '@/components/GuideCard';
import type { FrameHub } from './frames';
import type { CheckId, TargetId } from './targets';

/** How long a step waits for its element before it turns into words with "I did it" / "Skip". */
export const MISSING_AFTER_MS = 6_000;
const SCHEDULE_MS = 60;
const POLL_MS = 1_000;
/**
 * A page change this soon after the finish card showed its result is the console moving on by
 * itself (Enable lands on the API's overview): the card follows. Later, the user left: it ends.
 */
export const FINISH_FOLLOW_MS = 10_000;

export interface CoachView {
  state: CoachState;
  flow: GuideFlow;
  step: GuideStep;
  /** What to outline: the target, or the candidate rows while the user chooses. */
  outlined: Element[];
  /** The restored key's id, from a key-page link in its row (restore flow). */
  keyId?: string;
  /** Several rows carry the restored key's name: which one came back is unknown (restore flow). */
  several?: boolean;
  /** What kind of key came back, from the masked key string its row shows (restore flow). */
  keyKind?: KeyKindSeen;
  /** The IAM page read for the check-role flow. */
  iam?: IamSummary;
  /** The step's control is on the page but greyed out: not outlined; the card says why. */
  disabled?: boolean;
  /** The target found inside console iframes, with its rect in that frame's viewport (frames.ts). */
  framed?: { frame: Element; rect: GuideRect }[];
}

export interface CoachOptions {
  document: Document;
  getUrl: () => string;
  signal: AbortSignal;
  initial: GuideState;
  /** Persist the tab's guide (null: the flow ended). Called only when it changed. */
  onState: (state: GuideState | null) => void;
  onView: (view: CoachView | null) => void;
  missingAfterMs?: number;
  log?: (message: string) => void;
  /** The console's iframes, seen through their agents (frames.ts); absent: this document only. */
  frames?: FrameHub;
  /**
   * Checks the page in an animation frame (the content script passes the frame batch it shares
   * with the rings, frame-batch.ts): one check per frame at most, none delayed by a fixed wait.
   * Absent (unit tests): a timer, at most one check per SCHEDULE_MS, the first after a quiet spell at once.
   */
  requestFrame?: (callback: () => void) => unknown;
}

export interface Coach {
  /** Events from the card: "I did it", "Skip", a chosen row, Close. */
  dispatch(event: CoachEvent): void;
  /** Check the page again soon (after a location change, or a frame's report). */
  refresh(): void;
  /** The user clicked this target inside an iframe (reported by its agent). */
  frameClicked(target: TargetId): void;
  stop(): void;
}

/** What the machine needs to know about a page, read from its DOM and URL. */
function envOf(page: GuideEnv['page'], choice: GuideEnv['choice']): GuideEnv {
  return { ...(page ? { page } : {}), ...(choice ? { choice } : {}) };
}

export function observePage(root: ParentNode, url: string, frames?: FrameHub): Observation {
  const page = pageOf(url);
  const envWith = (choice: GuideEnv['choice']): GuideEnv => envOf(page, choice);
  const find = (step: GuideStep, env: GuideEnv) => (step.target ? TARGETS[step.target].find(root, env) : null);
  // A check or target counts when it holds here or in one of the console's frames.
  return {
    page,
    context: contextFromUrl(url),
    isDone: (step, choice) => (step.done ? CHECKS[step.done](root, envWith(choice)) || frames?.holds(step.done) === true : false),
    hasTarget: (step, choice) => find(step, envWith(choice)) !== null || (step.target !== undefined && frames?.found(step.target) === true),
    candidates: () => deletedKeyRows(root, page).map((row) => row.choice),
    listRendered: () => deletedListSettled(root, envWith(undefined)),
  };
}

/** Runs page-reading code; anything it throws stays with us (undefined), never reaches the page. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** A page dialog, menu or list is open: Esc belongs to it, not to our guide. */
function pageOverlayOpen(document: Document): boolean {
  return [...document.querySelectorAll(`${DIALOG_SELECTOR}, [role="menu"], [role="listbox"]`)].some(isShown);
}

/** Inputs that take no typing: Esc on them (focus stays after a click) may still end the guide. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'range', 'color', 'file']);

/** Esc in a page text field clears or leaves that field (a filter box…): it is not for us. */
function inEditable(event: Event): boolean {
  const origin = event.composedPath()[0];
  if (!origin || (origin as Node).nodeType !== 1) return false;
  const element = origin as HTMLElement;
  if (element.localName === 'input') return !NON_TEXT_INPUTS.has((element.getAttribute('type') ?? 'text').toLowerCase());
  return element.localName === 'textarea' || element.localName === 'select' || element.isContentEditable || element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

export function startCoach(options: CoachOptions): Coach {
  const { document } = options;
  // Our own: stop() must end the listeners too, not only the content script going away. A coach
  // replaced by another (a new flow, a page restored from the back/forward cache) goes silent.
  const controller = new AbortController();
  const signal = controller.signal;
  if (options.signal.aborted) controller.abort();
  else options.signal.addEventListener('abort', () => controller.abort(), { once: true, signal });
  const log = options.log ?? ((message: string) => console.warn(message));
  const missingAfterMs = options.missingAfterMs ?? MISSING_AFTER_MS;
  let state: CoachState | null = initialCoachState(options.initial);
  let scheduled = false;
  let scheduledTimer: ReturnType<typeof setTimeout> | undefined;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let waitingFor: string | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  /** When the page was last checked: checks are at least SCHEDULE_MS apart, the first one is not delayed. */
  let lastObserved = -Infinity;
  const loggedMissing = new Set<string>();

  const envFor = (choice = state?.guide.choice): GuideEnv => envOf(pageOf(options.getUrl()), choice);

  const findTarget = (step: GuideStep, env: GuideEnv): Element | null => {
    const target = step.target;
    return target ? (safely(() => TARGETS[target].find(document, env)) ?? null) : null;
  };

  const findTargets = (step: GuideStep, env: GuideEnv): Element[] => {
    const findAll = step.target && TARGETS[step.target].findAll;
    if (!findAll) {
      const target = findTarget(step, env);
      return target ? [target] : [];
    }
    return safely(() => findAll(document, env)) ?? [];
  };

  /** How long to wait: a click's effect may take its step's settleMs (enabling an API). */
  const waitMs = (current: CoachState): number => {
    const after = current.guide.confirming ?? current.clicked;
    const settle = after ? flowById(current.guide.flowId).steps.find((step) => step.id === after)?.settleMs : undefined;
    return Math.max(missingAfterMs, settle ?? 0);
  };

  const observation = (): Observation => observePage(document, options.getUrl(), options.frames);

  /** Tell the frames what the flow looks for now: every target and check of its steps. */
  const queryFrames = (current: CoachState) => {
    const frames = options.frames;
    if (!frames) return;
    const { flow, step } = currentStep(current.guide);
    const targets = new Set<TargetId>();
    const checks = new Set<CheckId>();
    for (const candidate of flow.steps) {
      if (candidate.target) targets.add(candidate.target);
      if (candidate.done) checks.add(candidate.done);
      if (candidate.passIf) checks.add(candidate.passIf.done);
    }
    const page = pageOf(options.getUrl());
    frames.query({
      targets: [...targets],
      checks: [...checks],
      ...(page ? { page } : {}),
      ...(current.guide.choice ? { choice: current.guide.choice } : {}),
      ...(step.target ? { clickTarget: step.target } : {}),
    });
  };


  const clearWait = () => {
    if (waitTimer !== undefined) clearTimeout(waitTimer);
    waitTimer = undefined;
    waitingFor = undefined;
  };

  const setPolling = (on: boolean) => {
    if (on && poll === undefined) poll = setInterval(() => schedule(), POLL_MS);
    if (!on && poll !== undefined) {
      clearInterval(poll);
      poll = undefined;
    }
  };

  function view(current: CoachState): CoachView {
    const { flow, step } = currentStep(current.guide);
    const env = envFor();
    let outlined: Element[] = [];
    if (current.phase === 'choosing') outlined = deletedKeyRows(document, env.page).map((row) => row.element);
    else if (current.phase === 'shown') outlined = findTargets(step, env);
    const result: CoachView = { state: current, flow, step, outlined };
    const target = step.target;
    if (target && current.phase !== 'shown' && current.phase !== 'elsewhere' && (safely(() => locateTarget(target, document, env).disabled) || options.frames?.disabled(target))) result.disabled = true;
    // Not in this document: the ring goes over the frame that has it.
    if (target && current.phase === 'shown' && outlined.length === 0 && options.frames) {
      const framed = options.frames.framesWith(target);
      if (framed.length) result.framed = framed;
    }
    if (flow.finish === 'restored' && step.kind === 'finish') {
      // An id only from a single row: with same-named keys, "Restrict this key" and the undelete
      // command would name whichever key happens to be listed first.
      const href = outlined.length === 1 ? outlined[0]!.querySelector(KEY_LINK_SELECTOR)?.getAttribute('href') : undefined;
      const keyId = current.guide.choice?.keyId ?? (href ? keyIdFromHref(href) : undefined);
      if (keyId) result.keyId = keyId;
      if (outlined.length > 1) result.several = true;
      // Only the prefix decides (AIza… / AQ.…); the row's text is not kept.
      if (outlined.length === 1) result.keyKind = keyKindFromText(visibleText(outlined[0]!, { skipControls: true }));
    }
    if (flow.finish === 'role') result.iam = iamSummary(document);
    return result;
  }

  /** A finish card once shown belongs to its page: leaving that page ends the flow. */
  function leftFinish(): boolean {
    if (!state?.guide.finishedOn) return false;
    const path = pagePath(options.getUrl());
    if (path === state.guide.finishedOn) return false;
    if (Date.now() - (state.guide.finishedAt ?? 0) >= FINISH_FOLLOW_MS) return true;
    state = { ...state, guide: { ...state.guide, finishedOn: path } };
    options.onState(state.guide);
    return false;
  }

  function sync() {
    if (!state) return;
    if (leftFinish()) return end();
    const { step } = currentStep(state.guide);
    const waitKey = state.guide.stepId;
    if (state.phase === 'seeking') {
      if (waitingFor !== waitKey) {
        clearWait();
        waitingFor = waitKey;
        waitTimer = setTimeout(() => apply({ type: 'timedOut', observation: observation() }), waitMs(state));
      }
    } else if (state.phase !== 'missing') {
      clearWait();
    }
    if (state.phase === 'missing' && step.target && !loggedMissing.has(waitKey)) {
      loggedMissing.add(waitKey);
      log(`[Key Doctor] guide ${state.guide.flowId}/${step.id}: not found: ${TARGETS[step.target].describe}`);
    }
    setPolling(state.phase === 'seeking' || state.phase === 'missing');
    queryFrames(state);
    options.onView(safely(() => view(state!)) ?? { state, ...currentStep(state.guide), outlined: [] });
  }

  function apply(event: CoachEvent) {
    if (!state || signal.aborted) return;
    if (leftFinish()) return end();
    const before = state;
    // A broken finder must never throw into the page: keep the current card.
    let next = safely(() => reduce(before, event));
    if (next === undefined) return;
    if (!next) return end();
    // The result was shown (not "Checking…"): remember where, so another page ends the flow.
    if (next.phase === 'shown' && !next.guide.finishedOn && !next.guide.confirming && currentStep(next.guide).step.kind === 'finish') {
      next = { ...next, guide: { ...next.guide, finishedOn: pagePath(options.getUrl()), finishedAt: Date.now() } };
    }
    state = next;
    if (next.guide !== before.guide) options.onState(next.guide);
    if (event.type === 'timedOut' && next.phase === 'missing') clearWait();
    sync();
    // Moved on: the next step may already be done, or its element already there.
    if (event.type !== 'observed' && event.type !== 'timedOut') schedule();
  }

  function observeNow() {
    scheduled = false;
    scheduledTimer = undefined;
    if (!state || signal.aborted) return;
    lastObserved = Date.now();
    apply({ type: 'observed', observation: observation() });
  }

  function schedule() {
    if (scheduled || !state || signal.aborted) return;
    scheduled = true;
    if (options.requestFrame) options.requestFrame(observeNow);
    else scheduledTimer = setTimeout(observeNow, Math.max(0, lastObserved + SCHEDULE_MS - Date.now()));
  }

  function end() {
    if (!state) return;
    stop();
    options.onState(null);
    options.onView(null);
  }

  /** Silent: no more state, views or listeners; the stored guide is left as it is. */
  function stop() {
    state = null;
    controller.abort();
    if (scheduledTimer !== undefined) clearTimeout(scheduledTimer);
    scheduledTimer = undefined;
    scheduled = false;
    clearWait();
    setPolling(false);
    observer.disconnect();
  }

  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.addedNodes.length > 0)) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  // Capture phase: we see the click before the page handles it (and before a link navigates).
  const onClick = (event: MouseEvent) => {
    // Only the user's own clicks count: a page script's element.click() proves nothing.
    if (!state || !event.isTrusted) return;
    const path = event.composedPath();
    if (state.phase === 'choosing') {
      const row = deletedKeyRows(document, pageOf(options.getUrl())).find((candidate) => path.includes(candidate.element));
      // Picks the row; if the click was its RESTORE or checkbox, the done-checks see that next.
      if (row) apply({ type: 'choose', choice: row.choice });
      return;
    }
    if (state.phase !== 'shown') return;
    const target = findTarget(currentStep(state.guide).step, envFor());
    if (target && path.includes(target)) apply({ type: 'targetClicked' });
  };
  /** A frame's agent saw the user click this target: the same as a click here, for the current step only. */
  const frameClicked = (target: TargetId) => {
    if (state?.phase === 'shown' && currentStep(state.guide).step.target === target) apply({ type: 'targetClicked' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state && !pageOverlayOpen(document) && !inEditable(event)) apply({ type: 'close' });
  };
  document.addEventListener('click', (event) => safely(() => onClick(event)), { capture: true, signal });
  document.addEventListener('keydown', (event) => safely(() => onKeyDown(event)), { capture: true, signal });

  signal.addEventListener('abort', stop);
  sync();
  schedule();

  return {
    dispatch: apply,
    refresh: schedule,
    frameClicked,
    stop,
  };
}
