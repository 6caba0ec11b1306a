/**
 * Timers bound to an AbortSignal that leave nothing behind on it. WXT's ctx.setTimeout and
 * ctx.requestAnimationFrame add an `abort` listener to ctx.signal per call and never remove it, so
 * a coach re-measuring every frame while it waits for a missing control grew by about 30 listeners
 * a second (issue 8). Here each wait has its own AbortController; the listener on `signal` is
 * registered with that controller's signal and goes as soon as the wait ends: fired, cleared or
 * aborted. No extension API: the window's timer functions are parameters (unit tests).
 */

/** Cancels the wait; a no-op once it fired, was cancelled or `signal` aborted. */
export type CancelWait = () => void;

function waitUnlessAborted<Handle>(signal: AbortSignal, start: (run: () => void) => Handle, cancel: (handle: Handle) => void, callback: () => void): CancelWait {
  if (signal.aborted) return () => {};
  const wait = new AbortController();
  const handle = start(() => {
    wait.abort();
    callback();
  });
  const end = () => {
    if (wait.signal.aborted) return;
    wait.abort();
    cancel(handle);
  };
  signal.addEventListener('abort', end, { once: true, signal: wait.signal });
  return end;
}

type TimerWindow = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
type FrameWindow = Pick<typeof globalThis, 'requestAnimationFrame' | 'cancelAnimationFrame'>;

/** setTimeout that never runs after `signal` aborts. */
export function abortableTimeout(signal: AbortSignal, ms: number, callback: () => void, win: TimerWindow = globalThis): CancelWait {
  return waitUnlessAborted(signal, (run) => win.setTimeout(run, ms), (id) => win.clearTimeout(id), callback);
}

/** requestAnimationFrame that never runs after `signal` aborts. */
export function abortableFrame(signal: AbortSignal, callback: () => void, win: FrameWindow = globalThis): CancelWait {
  return waitUnlessAborted(signal, (run) => win.requestAnimationFrame(run), (id) => win.cancelAnimationFrame(id), callback);
}

type IdleWindow = Partial<Pick<typeof globalThis, 'requestIdleCallback' | 'cancelIdleCallback'>> & TimerWindow;

/**
 * requestIdleCallback (at the latest after `timeoutMs`) that never runs after `signal` aborts; a
 * timer of `timeoutMs` where the browser has no idle callbacks.
 */
export function abortableIdle(signal: AbortSignal, timeoutMs: number, callback: () => void, win: IdleWindow = globalThis): CancelWait {
  const { requestIdleCallback: request, cancelIdleCallback: cancel } = win;
  if (!request || !cancel) return abortableTimeout(signal, timeoutMs, callback, win);
  return waitUnlessAborted(signal, (run) => request.call(win, run, { timeout: timeoutMs }), (id) => cancel.call(win, id), callback);
}
