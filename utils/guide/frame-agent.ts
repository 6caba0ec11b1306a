/**
 * The coach's eyes inside a console iframe (see frames.ts): it draws nothing and decides nothing.
 * It looks for what the top frame asked (targets and checks of the running flow) in its own
 * document, after each batch of added nodes, on scroll and resize, and once a second while asked;
 * reports what it found to the parent frame; and reports the user's own (trusted) click on the
 * current step's target. DOM only, injected window (unit-tested in happy-dom).
 */
import type { GuideRect } from '@/components/GuideCard';
import { abortableTimeout, type CancelWait } from '@/utils/abortable';
import { CONSOLE_FRAME_ORIGINS, envelope, parseFrameMessage, type FrameQuery, type FrameReport } from './frames';
import { CHECKS, TARGETS, locateTarget, type GuideEnv } from './targets';

const SCHEDULE_MS = 60;
const POLL_MS = 1_000;

export interface FrameAgentOptions {
  window: Window;
  document: Document;
  signal: AbortSignal;
  /** The timer functions (tests pass fake ones); default: the global ones. */
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
  /** The top frame's query that woke the agent (the startup script saw it first): no hello then. */
  first?: MessageEvent;
}

function boxOf(element: Element): GuideRect | null {
  const { top, left, width, height } = element.getBoundingClientRect();
  return width > 0 || height > 0 ? { top, left, width, height } : null;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** What the frame sees for a query: pure DOM reads. */
export function frameReport(document: Document, query: FrameQuery): FrameReport {
  const env: GuideEnv = { ...(query.page ? { page: query.page } : {}), ...(query.choice ? { choice: query.choice } : {}) };
  const report: FrameReport = { type: 'report', seq: query.seq, found: {}, disabled: [], holds: [] };
  for (const id of query.targets) {
    const located = safely(() => locateTarget(id, document, env), { element: null, disabled: false });
    if (located.element) report.found[id] = boxOf(located.element);
    else if (located.disabled) report.disabled.push(id);
  }
  for (const id of query.checks) if (safely(() => CHECKS[id](document, env), false)) report.holds.push(id);
  return report;
}

export function startFrameAgent(options: FrameAgentOptions): void {
  const { window, document, signal } = options;
  const parent = window.parent;
  // Only a console frame inside a console page: anything else has no coach to report to.
  if (!parent || parent === window || !CONSOLE_FRAME_ORIGINS.has(window.location.origin)) return;
  const timers = options.timers ?? globalThis;
  let query: FrameQuery | undefined;
  let cancelScheduled: CancelWait | undefined;
  let cancelPoll: CancelWait | undefined;
  let last = '';

  const post = (report: FrameReport) => {
    for (const origin of CONSOLE_FRAME_ORIGINS) parent.postMessage(envelope(report), origin);
  };
  const report = (clicked?: FrameReport['clicked']) => {
    cancelScheduled = undefined;
    if (!query || signal.aborted) return;
    const next = frameReport(document, query);
    if (clicked) next.clicked = clicked;
    const text = JSON.stringify(next);
    // Unchanged reports are not sent again (the poll runs every second).
    if (text === last && !clicked) return;
    last = text;
    post(next);
  };
  // Timers through utils/abortable.ts: none outlives the content script, none leaves a listener.
  const schedule = () => {
    if (cancelScheduled === undefined && query && !signal.aborted) cancelScheduled = abortableTimeout(signal, SCHEDULE_MS, () => report(), timers);
  };
  const poll = () => {
    cancelPoll = abortableTimeout(
      signal,
      POLL_MS,
      () => {
        schedule();
        poll();
      },
      timers,
    );
  };

  const onMessage = (event: MessageEvent) => {
    // Only the parent frame, only from the console's origin, only a well-formed query.
    if (event.source !== parent || !CONSOLE_FRAME_ORIGINS.has(event.origin)) return;
    const message = parseFrameMessage(event.data);
    if (message?.type !== 'query') return;
    query = message;
    last = '';
    if (cancelPoll === undefined) poll();
    schedule();
  };
  window.addEventListener('message', onMessage, { signal });

  // Capture: seen before the page handles the click (and before a link navigates).
  document.addEventListener(
    'click',
    (event) => {
      const current = query;
      const target = current?.clickTarget;
      if (!event.isTrusted || !current || !target) return;
      const env = { ...(current.page ? { page: current.page } : {}), ...(current.choice ? { choice: current.choice } : {}) };
      const element = safely(() => TARGETS[target].find(document, env), null);
      if (element && event.composedPath().includes(element)) report(target);
    },
    { capture: true, signal },
  );
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  if (options.first) return onMessage(options.first);
  // The top frame may have a flow running already: ask for it.
  for (const origin of CONSOLE_FRAME_ORIGINS) parent.postMessage(envelope({ type: 'hello' }), origin);
}
