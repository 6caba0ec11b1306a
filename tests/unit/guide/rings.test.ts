/** The ring tracker: boxes kept current through transitions and resizes, none for a 0×0 target, no idle frames. */
import { describe, expect, it } from 'vitest';
import type { GuideRect } from '@/components/GuideCard';
import { createRingTracker, FOLLOW_FRAMES } from '@/utils/guide/rings';

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
  it('follows an element frame by frame while it moves (a CSS transition), then goes quiet', () => {
    const { tracker, measured, frames, runFrames } = setup();
    const target = box({ top: 10, left: 10, width: 100, height: 20 });
    tracker.track([target as unknown as Element]);
    runFrames(1);
    expect(measured.at(-1)).toEqual({ rects: [{ top: 10, left: 10, width: 100, height: 20 }], changed: true });
    // The transition moves it over the next frames: each changed box asks for one more frame.
    for (const top of [30, 60]) {
      target.rect = { top, left: 10, width: 100, height: 20 };
      runFrames(1);
    }
    expect(measured.at(-1)?.rects).toEqual([{ top: 60, left: 10, width: 100, height: 20 }]);
    // The first still frame ends it: no frame is left queued, nothing runs while the page idles.
    expect(runFrames()).toBe(1);
    expect(frames).toHaveLength(0);
    expect(measured.map((entry) => entry.changed)).toEqual([true, true, true, false]);
  });

  it('stops following after FOLLOW_FRAMES frames of an element that never holds still', () => {
    const { tracker, measured, runFrames } = setup();
    const target = box({ top: 0, left: 0, width: 10, height: 10 });
    tracker.track([target as unknown as Element]);
    for (let frame = 0; frame < FOLLOW_FRAMES * 2 && runFrames(1) > 0; frame++) target.rect = { ...target.rect, top: target.rect.top + 1 };
    expect(measured).toHaveLength(FOLLOW_FRAMES);
  });

  it('measures once when asked and nothing moved (one frame, one batch of reads)', () => {
    const { tracker, measured, runFrames } = setup();
    const target = box({ top: 10, left: 10, width: 100, height: 20 });
    tracker.track([target as unknown as Element]);
    runFrames();
    const before = measured.length;
    tracker.request();
    tracker.request();
    expect(runFrames()).toBe(1);
    expect(measured.length).toBe(before + 1);
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
