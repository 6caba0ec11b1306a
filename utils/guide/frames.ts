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
 * parent, or one of our page's iframes), and checked strictly (parseFrameMessage): a malformed
 * message is dropped whole. Nothing secret travels: ids, booleans, rects, and the chosen deleted
 * row's name (already on the page), whose key id passes the one validator (utils/page-values.ts).
 */
import type { GuideRect } from '@/components/GuideCard';
import type { ConsolePageId } from './pages';
import { CONSOLE_PAGE_IDS } from './pages';
import { pickChoice, type RowChoice } from './state';
import { CHECK_IDS, TARGET_IDS, type CheckId, type TargetId } from './targets';

import { CONSOLE_FRAME_ORIGINS, FRAME_MARK as MARK, envelope as wrap, type Envelope } from './frame-wire';

export { CONSOLE_FRAME_ORIGINS };
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

export function envelope<T extends FrameQuery | FrameReport | FrameHello>(message: T): Envelope<T> {
  return wrap(message);
}

/** Larger than any viewport: a coordinate beyond it is not a real box. */
const MAX_COORDINATE = 100_000;

/** The fields each message may carry; a message with any other field is not ours. */
const FIELDS = {
  hello: ['type'],
  query: ['type', 'seq', 'page', 'choice', 'targets', 'checks', 'clickTarget'],
  report: ['type', 'seq', 'found', 'disabled', 'holds', 'clicked'],
} as const;

/** Thrown inside the parser for a malformed field; the message is then dropped whole. */
class Malformed extends Error {}

function record(value: unknown): Record<string, unknown> {
  // Not a prototype check: in Firefox a content script sees another frame's message through an
  // Xray wrapper, whose prototype is the page's Object.prototype.
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.prototype.toString.call(value) !== '[object Object]') throw new Malformed();
  return value as Record<string, unknown>;
}

function onlyFields(raw: Record<string, unknown>, allowed: readonly string[]): void {
  if (Object.keys(raw).some((key) => !allowed.includes(key))) throw new Malformed();
}

function knownId<T extends string>(value: unknown, known: readonly T[]): T {
  if (typeof value !== 'string' || !(known as readonly string[]).includes(value)) throw new Malformed();
  return value as T;
}

/** A list of known ids, or the whole message is dropped: no unknown id is filtered in silence. */
function idList<T extends string>(value: unknown, known: readonly T[]): T[] {
  if (!Array.isArray(value) || value.length > MAX_IDS) throw new Malformed();
  return [...new Set(value.map((id) => knownId(id, known)))];
}

function coordinate(value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_COORDINATE) throw new Malformed();
  return value;
}

function rectOf(value: unknown): GuideRect | null {
  if (value === null) return null;
  const raw = record(value);
  onlyFields(raw, ['top', 'left', 'width', 'height']);
  return { top: coordinate(raw.top, -MAX_COORDINATE), left: coordinate(raw.left, -MAX_COORDINATE), width: coordinate(raw.width, 0), height: coordinate(raw.height, 0) };
}

function seqOf(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw new Malformed();
  return value as number;
}

function parseQuery(message: Record<string, unknown>): FrameQuery {
  const query: FrameQuery = { type: 'query', seq: seqOf(message.seq), targets: idList(message.targets, TARGET_IDS), checks: idList(message.checks, CHECK_IDS) };
  if (message.page !== undefined) query.page = knownId(message.page, CONSOLE_PAGE_IDS);
  if (message.choice !== undefined) {
    // The same validator as stored state: the key id must be a console uid (utils/page-values.ts).
    const choice = pickChoice(record(message.choice));
    if (!choice) throw new Malformed();
    query.choice = choice;
  }
  if (message.clickTarget !== undefined) query.clickTarget = knownId(message.clickTarget, TARGET_IDS);
  return query;
}

function parseReport(message: Record<string, unknown>): FrameReport {
  const rawFound = record(message.found);
  if (Object.keys(rawFound).length > MAX_IDS) throw new Malformed();
  const found: FrameReport['found'] = {};
  for (const [id, rect] of Object.entries(rawFound)) found[knownId(id, TARGET_IDS)] = rectOf(rect);
  const report: FrameReport = { type: 'report', seq: seqOf(message.seq), found, disabled: idList(message.disabled, TARGET_IDS), holds: idList(message.holds, CHECK_IDS) };
  if (message.clicked !== undefined) report.clicked = knownId(message.clicked, TARGET_IDS);
  return report;
}

/**
 * A message of ours, checked strictly: the envelope, the type, exactly the known fields, known ids
 * only, bounded lists and coordinates, a choice in the stored state's grammar. Anything else
 * (another script's message, a page posting look-alikes) gives null, never a partial message.
 */
export function parseFrameMessage(data: unknown): FrameQuery | FrameReport | FrameHello | null {
  try {
    const outer = record(data);
    onlyFields(outer, [MARK, 'message']);
    if (outer[MARK] !== 1) return null;
    const message = record(outer.message);
    const type = message.type;
    if (type !== 'hello' && type !== 'query' && type !== 'report') return null;
    onlyFields(message, FIELDS[type]);
    if (type === 'hello') return { type: 'hello' };
    return type === 'query' ? parseQuery(message) : parseReport(message);
  } catch (error) {
    if (error instanceof Malformed) return null;
    throw error;
  }
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
