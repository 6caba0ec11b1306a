/** The ring tracker: boxes kept current through transitions and resizes, none for a 0×0 target. */
import { describe, expect, it } from 'vitest';
import type { GuideRect } from '@/components/GuideCard';
import { createRingTracker, SETTLE_FRAMES } from '@/utils/guide/rings';

/** An element whose box the test moves, as a CSS transition or a class change would. */
function box(rect: GuideRect) {
  const element = { rect, getBoundingClientRect: () => ({ ...element.rect }) };
  return element;
}

function setup() {
  const frames: (() => void)[] = [];
  const measured: { rects: GuideRect[]; changed: boolean }[] = [];
  const observers: { callback: () => void; observed: unknown[] }[] = [];
  class FakeResizeObserver {
    observed: unknown[] = [];
    constructor(callback: () => void) {
      observers.push({ callback, observed: this.observed });
    }
    observe(element: unknown) {
      this.observed.push(element);
    }
    disconnect() {
      this.observed.length = 0;
    }
  }
  const tracker = createRingTracker({
    requestFrame: (callback) => frames.push(callback),
    ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver,
    onMeasure: (rects, changed) => measured.push({ rects, changed }),
  });
  /** Runs the queued animation frames, one by one, up to `count`; returns how many ran. */
  const runFrames = (count = 1000) => {
    let ran = 0;
    while (frames.length && ran < count) {
      frames.shift()!();
      ran++;
    }
    return ran;
  };
  return { tracker, frames, measured, observers, runFrames };
}

describe('ring tracker', () => {
  it('follows an element that moves with no scroll, resize or new node (a CSS transition)', () => {
    const { tracker, measured, runFrames } = setup();
    const target = box({ top: 10, left: 10, width: 100, height: 20 });
    tracker.track([target as unknown as Element]);
    runFrames(1);
    expect(measured.at(-1)).toEqual({ rects: [{ top: 10, left: 10, width: 100, height: 20 }], changed: true });
    // The transition moves it over the next frames; nothing tells us but the frames themselves.
    target.rect = { top: 60, left: 10, width: 100, height: 20 };
    runFrames(5);
    expect(measured.at(-1)?.rects).toEqual([{ top: 60, left: 10, width: 100, height: 20 }]);
    expect(measured.filter((entry) => entry.changed)).toHaveLength(2);
    // A few frames only: then it goes quiet.
    const ran = runFrames();
    expect(ran).toBeLessThan(SETTLE_FRAMES);
    expect(measured.length).toBe(SETTLE_FRAMES);
  });

  it('measures again when an outlined element resizes (ResizeObserver)', () => {
    const { tracker, measured, observers, runFrames } = setup();
    const target = box({ top: 10, left: 10, width: 100, height: 20 });
    tracker.track([target as unknown as Element]);
    runFrames();
    expect(observers[0]!.observed).toEqual([target]);
    target.rect = { top: 10, left: 10, width: 300, height: 40 };
    observers[0]!.callback();
    runFrames();
    expect(measured.filter((entry) => entry.changed).at(-1)?.rects).toEqual([{ top: 10, left: 10, width: 300, height: 40 }]);
    tracker.track([]);
    expect(observers[0]!.observed).toEqual([]);
  });

  it('gives no box for a 0×0 target', () => {
    const { tracker, measured, runFrames } = setup();
    tracker.track([box({ top: 10, left: 10, width: 0, height: 0 }) as unknown as Element]);
    runFrames(1);
    expect(measured.at(-1)?.rects).toEqual([]);
  });

  it('does nothing once stopped', () => {
    const { tracker, measured, runFrames } = setup();
    tracker.track([box({ top: 1, left: 1, width: 1, height: 1 }) as unknown as Element]);
    tracker.stop();
    runFrames();
    tracker.request();
    runFrames();
    expect(measured).toEqual([]);
  });
});
