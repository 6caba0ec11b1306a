/**
 * utils/abortable.ts: each wait's abort listener leaves `signal` when the wait ends (fired,
 * cancelled, aborted). Counted with Node's getEventListeners, which also sees listeners removed
 * through an `{ signal }` option (those never pass through removeEventListener).
 */
import { getEventListeners } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableFrame, abortableIdle, abortableTimeout } from '@/utils/abortable';

const abortListeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

/** requestAnimationFrame on fake timers: one frame every 16 ms. */
const frames = {
  requestAnimationFrame: (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16) as unknown as number,
  cancelAnimationFrame: (id: number) => clearTimeout(id),
};

/** requestIdleCallback on fake timers: idle after 5 ms (the timeout is the latest, never sooner). */
const idle = {
  requestIdleCallback: (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 5) as unknown as number,
  cancelIdleCallback: (id: number) => clearTimeout(id),
  setTimeout: () => {
    throw new Error('idle callbacks exist: no timer');
  },
  clearTimeout: () => {},
} as unknown as Parameters<typeof abortableIdle>[3];

const waits = {
  timeout: (signal: AbortSignal, callback: () => void) => abortableTimeout(signal, 100, callback),
  frame: (signal: AbortSignal, callback: () => void) => abortableFrame(signal, callback, frames),
  idle: (signal: AbortSignal, callback: () => void) => abortableIdle(signal, 1_000, callback, idle),
  'idle without requestIdleCallback (a timer)': (signal: AbortSignal, callback: () => void) =>
    abortableIdle(signal, 1_000, callback, { setTimeout, clearTimeout } as Parameters<typeof abortableIdle>[3]),
};

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe.each(Object.entries(waits))('abortable %s', (_name, wait) => {
  it('sees a listener left on the signal (the measure works)', () => {
    const controller = new AbortController();
    controller.signal.addEventListener('abort', () => {});
    expect(abortListeners(controller.signal)).toBe(1);
  });

  it('runs once, and its abort listener is gone after it fired', () => {
    const controller = new AbortController();
    const callback = vi.fn();
    wait(controller.signal, callback);
    expect(abortListeners(controller.signal)).toBe(1);
    vi.runAllTimers();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it('a cancelled wait never runs and leaves no listener; cancelling twice or after firing is harmless', () => {
    const controller = new AbortController();
    const callback = vi.fn();
    const cancel = wait(controller.signal, callback);
    cancel();
    expect(abortListeners(controller.signal)).toBe(0);
    cancel();
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();

    const fired = vi.fn();
    const cancelFired = wait(controller.signal, fired);
    vi.runAllTimers();
    cancelFired();
    expect(fired).toHaveBeenCalledTimes(1);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it('abort cancels a pending wait; none starts on an aborted signal', () => {
    const controller = new AbortController();
    const callback = vi.fn();
    wait(controller.signal, callback);
    controller.abort();
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);

    wait(controller.signal, callback);
    expect(vi.getTimerCount()).toBe(0);
    expect(abortListeners(controller.signal)).toBe(0);
  });

  it('1,000 waits one after another (a re-measure every frame) leave the signal as they found it', () => {
    const controller = new AbortController();
    let runs = 0;
    const next = () => {
      runs += 1;
      if (runs < 1_000) wait(controller.signal, next);
    };
    wait(controller.signal, next);
    vi.runAllTimers();
    expect(runs).toBe(1_000);
    expect(abortListeners(controller.signal)).toBe(0);
  });
});

describe('convention', () => {
  it('no content script code uses WXT’s per-call timers, which leave a listener on ctx.signal each time', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const sources = ['entrypoints', 'components', 'utils'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => join(dir, file)),
    );
    expect(sources.length).toBeGreaterThan(20);
    const offenders = sources.filter((file) => /\bctx\.(setTimeout|setInterval|requestAnimationFrame|requestIdleCallback)\s*\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
