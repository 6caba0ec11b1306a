/**
 * Where the rings go: the outlined elements' boxes, kept current. Scroll, resize and new nodes
 * are not enough: a CSS transition or a class-only layout shift moves an element without any of
 * them. So each outlined element is watched with a ResizeObserver, and after every change the boxes
 * are measured again for a few animation frames (a transition's length) before going quiet.
 * Layout is read only in animation frames. Browser APIs injected (unit tests).
 */
import type { GuideRect } from '@/components/GuideCard';

/** About half a second at 60 Hz: covers the console's Material transitions. */
export const SETTLE_FRAMES = 30;

export interface RingTrackerOptions {
  requestFrame: (callback: () => void) => unknown;
  /** Absent where the page has none: the settle frames still run. */
  ResizeObserver?: typeof ResizeObserver;
  /** Each measure; `changed` when the boxes differ from the last ones. */
  onMeasure: (rects: GuideRect[], changed: boolean) => void;
  settleFrames?: number;
}

export interface RingTracker {
  /** The elements to outline now (same list: only measured again). */
  track(elements: readonly Element[]): void;
  /** Something moved (scroll, resize, the page changed): measure again for a few frames. */
  request(): void;
  stop(): void;
}

function sameRects(a: readonly GuideRect[], b: readonly GuideRect[]): boolean {
  return a.length === b.length && a.every((rect, i) => rect.top === b[i]!.top && rect.left === b[i]!.left && rect.width === b[i]!.width && rect.height === b[i]!.height);
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((element, i) => element === b[i]);
}

export function createRingTracker(options: RingTrackerOptions): RingTracker {
  const settleFrames = options.settleFrames ?? SETTLE_FRAMES;
  let elements: readonly Element[] = [];
  let last: GuideRect[] = [];
  let framesLeft = 0;
  let pending = false;
  let stopped = false;
  const resizes = options.ResizeObserver ? new options.ResizeObserver(() => request()) : undefined;

  function measure() {
    pending = false;
    if (stopped) return;
    // A 0×0 element (hidden, collapsed) has no box to ring: left out, so the card does not claim one.
    const rects = elements
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.width > 0 || rect.height > 0)
      .map(({ top, left, width, height }) => ({ top, left, width, height }));
    const changed = !sameRects(rects, last);
    last = rects;
    options.onMeasure(rects, changed);
    if (--framesLeft > 0) schedule();
  }

  function schedule() {
    if (pending || stopped) return;
    pending = true;
    options.requestFrame(measure);
  }

  function request() {
    framesLeft = settleFrames;
    schedule();
  }

  return {
    track(next) {
      if (!sameElements(next, elements)) {
        resizes?.disconnect();
        for (const element of next) resizes?.observe(element);
        elements = [...next];
      }
      request();
    },
    request,
    stop() {
      stopped = true;
      elements = [];
      resizes?.disconnect();
    },
  };
}
