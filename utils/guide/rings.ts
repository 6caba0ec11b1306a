/**
 * Where the rings go: the outlined elements' boxes, kept current at the least cost. A measure is
 * one batch of reads in one animation frame, asked for by what can move an element: a
 * ResizeObserver and an IntersectionObserver on each outlined element, and (from the UI) scroll,
 * resize, the page changing, and CSS transitions and animations starting or ending. While the
 * boxes keep changing from frame to frame (a transition under way) they are measured each frame;
 * the first frame they hold still, it goes quiet. Never a fixed run of frames: on a busy page each
 * getBoundingClientRect may force a layout (issue 11 measured a 61 ms task from 30 settle frames).
 * Browser APIs injected (unit tests).
 */
import type { GuideRect } from '@/components/GuideCard';

/** At most this many frames in a row while the boxes keep moving (half a second at 60 Hz). */
export const FOLLOW_FRAMES = 30;

export interface RingTrackerOptions {
  requestFrame: (callback: () => void) => unknown;
  /** Absent where the page has none: the other triggers still measure. */
  ResizeObserver?: typeof ResizeObserver;
  IntersectionObserver?: typeof IntersectionObserver;
  /** Each measure; `changed` when the boxes differ from the last ones. */
  onMeasure: (rects: GuideRect[], changed: boolean) => void;
  followFrames?: number;
}

export interface RingTracker {
  /** The elements to outline now (same list: only measured again). */
  track(elements: readonly Element[]): void;
  /** Something may have moved (scroll, resize, the page changed, a transition): measure in the next frame. */
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
  const followFrames = options.followFrames ?? FOLLOW_FRAMES;
  let elements: readonly Element[] = [];
  let last: GuideRect[] = [];
  /** Frames in a row whose boxes differed from the frame before. */
  let moving = 0;
  let pending = false;
  let stopped = false;
  const resizes = options.ResizeObserver ? new options.ResizeObserver(() => request()) : undefined;
  // Fires when an element's visible part changes (scrolled in or out, covered by a moving layout).
  const intersections = options.IntersectionObserver ? new options.IntersectionObserver(() => request(), { threshold: [0, 0.5, 1] }) : undefined;

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
    // Still moving: look again next frame, until the boxes hold still (or a transition's length).
    if (changed && ++moving < followFrames) schedule();
    else moving = 0;
  }

  function schedule() {
    if (pending || stopped) return;
    pending = true;
    options.requestFrame(measure);
  }

  function request() {
    schedule();
  }

  return {
    track(next) {
      if (!sameElements(next, elements)) {
        resizes?.disconnect();
        intersections?.disconnect();
        for (const element of next) {
          resizes?.observe(element);
          intersections?.observe(element);
        }
        elements = [...next];
      }
      request();
    },
    request,
    stop() {
      stopped = true;
      elements = [];
      resizes?.disconnect();
      intersections?.disconnect();
    },
  };
}
