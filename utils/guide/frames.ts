/**
 * The click coach across the console's frames. Parts of the console (the credentials app, a terms
 * dialog) have been seen inside `iframe[title="RifIframeEle"]` (console-dom-evidence D1), where
 * the top frame's finders cannot see. The content script runs in every console frame: the top
 * frame keeps the one card and the coach; each frame runs a small agent (frame-agent.ts) that
 * looks for the current flow's targets and checks in its own document and reports back what it
 * found: booleans, rects in its own viewport, and which target the user clicked. The top frame
 * offsets a rect by the iframe's box to draw the ring over the right frame.
 *
 * Messages go through window.postMessage between console frames only: sent with the console
 * origin as target origin, accepted only from that origin and from the expected window (the
 * parent, or one of our page's iframes), and checked field by field. Nothing secret travels: ids,
 * booleans, rects, and the chosen deleted row's name (already on the page).
 */
import type { GuideRect } from '@/components/GuideCard';
import type { ConsolePageId } from './pages';
import { CONSOLE_PAGE_IDS } from './pages';
import type { RowChoice } from './state';
import { CHECK_IDS, TARGET_IDS, type CheckId, type TargetId } from './targets';

export const CONSOLE_FRAME_ORIGINS = new Set(['https://console.cloud.google.com']);
const MARK = 'key-doctor-guide-frames';
const MAX_IDS = 64;

/** Top → frame: what to look for now. */
export interface FrameQuery {
  type: 'query';
  /** Bumped by each new query: a report for an older one is dropped. */
  seq: number;
  page?: ConsolePageId;
  choice?: RowChoice;
  targets: TargetId[];
  checks: CheckId[];
  /** The current step's target: a trusted click on it is reported. */
  clickTarget?: TargetId;
}

/** Frame → top. */
export interface FrameReport {
  type: 'report';
  seq: number;
  /** Targets found, with their box in the frame's viewport (null: found but has no box). */
  found: Partial<Record<TargetId, GuideRect | null>>;
  /** Targets on the frame's page but greyed out. */
  disabled: TargetId[];
  /** Checks that hold in the frame. */
  holds: CheckId[];
  /** The user clicked this target in the frame (trusted click). */
  clicked?: TargetId;
}

/** Frame → top when the agent starts: please send the current query. */
export interface FrameHello {
  type: 'hello';
}

type Envelope<T> = { [MARK]: 1; message: T };

export function envelope<T extends FrameQuery | FrameReport | FrameHello>(message: T): Envelope<T> {
  return { [MARK]: 1, message };
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function idList<T extends string>(value: unknown, known: readonly T[]): T[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_IDS).filter((id): id is T => typeof id === 'string' && (known as readonly string[]).includes(id));
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function rectOf(value: unknown): GuideRect | null | undefined {
  if (value === null) return null;
  const raw = record(value);
  if (!raw) return undefined;
  const { top, left, width, height } = raw;
  if (!finite(top) || !finite(left) || !finite(width) || !finite(height) || width < 0 || height < 0) return undefined;
  return { top, left, width, height };
}

function choiceOf(value: unknown): RowChoice | undefined {
  const raw = record(value);
  if (!raw) return undefined;
  const { name, detail, signature, index, keyId } = raw;
  if (typeof name !== 'string' || typeof signature !== 'string' || typeof index !== 'number') return undefined;
  const choice: RowChoice = { name: name.slice(0, 300), detail: typeof detail === 'string' ? detail.slice(0, 300) : '', signature: signature.slice(0, 2000), index };
  if (typeof keyId === 'string' && /^[\w-]{1,100}$/.test(keyId)) choice.keyId = keyId;
  return choice;
}

/** A message of ours, checked field by field; anything else gives null. */
export function parseFrameMessage(data: unknown): FrameQuery | FrameReport | FrameHello | null {
  const outer = record(data);
  if (!outer || outer[MARK] !== 1) return null;
  const message = record(outer.message);
  if (!message) return null;
  if (message.type === 'hello') return { type: 'hello' };
  if (!finite(message.seq)) return null;
  if (message.type === 'query') {
    const query: FrameQuery = { type: 'query', seq: message.seq, targets: idList(message.targets, TARGET_IDS), checks: idList(message.checks, CHECK_IDS) };
    if (typeof message.page === 'string' && (CONSOLE_PAGE_IDS as readonly string[]).includes(message.page)) query.page = message.page as ConsolePageId;
    const choice = choiceOf(message.choice);
    if (choice) query.choice = choice;
    const [clickTarget] = idList([message.clickTarget], TARGET_IDS);
    if (clickTarget) query.clickTarget = clickTarget;
    return query;
  }
  if (message.type === 'report') {
    const found: FrameReport['found'] = {};
    const rawFound = record(message.found) ?? {};
    for (const id of TARGET_IDS) {
      if (!(id in rawFound)) continue;
      const rect = rectOf(rawFound[id]);
      if (rect !== undefined) found[id] = rect;
    }
    const report: FrameReport = { type: 'report', seq: message.seq, found, disabled: idList(message.disabled, TARGET_IDS), holds: idList(message.holds, CHECK_IDS) };
    const [clicked] = idList([message.clicked], TARGET_IDS);
    if (clicked) report.clicked = clicked;
    return report;
  }
  return null;
}

/** A rect in a frame's viewport, in the top viewport: moved by the iframe's content box. */
export function offsetRect(rect: GuideRect, frameBox: { top: number; left: number }, border: { top: number; left: number } = { top: 0, left: 0 }): GuideRect {
  return { top: rect.top + frameBox.top + border.top, left: rect.left + frameBox.left + border.left, width: rect.width, height: rect.height };
}

/** What the top frame's coach sees of its frames. */
export interface FrameHub {
  /** Ask every console iframe to look for these (sent again to frames that load later). */
  query(query: Omit<FrameQuery, 'type' | 'seq'>): void;
  holds(check: CheckId): boolean;
  found(target: TargetId): boolean;
  disabled(target: TargetId): boolean;
  /** The frames where the target is, with its rect in that frame's viewport. */
  framesWith(target: TargetId): { frame: HTMLIFrameElement; rect: GuideRect }[];
  stop(): void;
}

export interface FrameHubOptions {
  window: Window;
  document: Document;
  signal: AbortSignal;
  /** A frame's report changed what we know: check the page again. */
  onChange: () => void;
  /** The user clicked this target inside a frame. */
  onClick: (target: TargetId) => void;
}

export function createFrameHub(options: FrameHubOptions): FrameHub {
  const { window, document, signal } = options;
  let seq = 0;
  let current: FrameQuery | undefined;
  const reports = new Map<HTMLIFrameElement, FrameReport>();

  const frames = () => [...document.querySelectorAll('iframe')] as HTMLIFrameElement[];
  const send = (frame: HTMLIFrameElement) => {
    if (!current) return;
    try {
      // Delivered only if the frame is on the console's origin.
      for (const origin of CONSOLE_FRAME_ORIGINS) frame.contentWindow?.postMessage(envelope(current), origin);
    } catch {
      // A frame going away: nothing to tell it.
    }
  };
  const live = () => {
    // Reports of frames no longer in the page do not count.
    for (const frame of reports.keys()) if (!frame.isConnected) reports.delete(frame);
    return [...reports.values()].filter((report) => report.seq === current?.seq);
  };

  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (!CONSOLE_FRAME_ORIGINS.has(event.origin)) return;
      const frame = frames().find((candidate) => candidate.contentWindow === event.source);
      if (!frame) return;
      const message = parseFrameMessage(event.data);
      if (!message || message.type === 'query') return;
      if (message.type === 'hello') return send(frame);
      if (message.seq !== current?.seq) return;
      reports.set(frame, message);
      if (message.clicked) options.onClick(message.clicked);
      options.onChange();
    },
    { signal },
  );

  return {
    query(next) {
      const same = current && JSON.stringify({ ...current, seq: 0 }) === JSON.stringify({ type: 'query', seq: 0, ...next });
      if (same) return;
      current = { type: 'query', seq: ++seq, ...next };
      for (const frame of frames()) send(frame);
    },
    holds: (check) => live().some((report) => report.holds.includes(check)),
    found: (target) => live().some((report) => target in report.found),
    disabled: (target) => live().some((report) => report.disabled.includes(target)),
    framesWith(target) {
      live(); // drops detached frames
      const out: { frame: HTMLIFrameElement; rect: GuideRect }[] = [];
      for (const [frame, report] of reports) {
        const rect = report.seq === current?.seq ? report.found[target] : undefined;
        if (rect) out.push({ frame, rect });
      }
      return out;
    },
    stop() {
      current = undefined;
      reports.clear();
    },
  };
}
