/**
 * One animation frame for the coach's page check and the rings' measure: callbacks asked for while
 * the batch runs join it, so a check that finds the target and the ring measure it asks for run in
 * the same frame (the ring is drawn ≤ 1 frame after the target appears), reads batched together.
 * The frame request is injected (abortableFrame in the content script, fakes in unit tests).
 */
export type RequestFrame = (callback: () => void) => unknown;

export function createFrameBatch(requestFrame: RequestFrame): RequestFrame {
  let queue: (() => void)[] = [];
  let pending = false;
  let running = false;
  const run = () => {
    pending = false;
    running = true;
    try {
      // Live length: what a callback adds runs in this frame too.
      for (let i = 0; i < queue.length; i++) queue[i]!();
    } finally {
      queue = [];
      running = false;
    }
  };
  return (callback) => {
    queue.push(callback);
    if (running || pending) return;
    pending = true;
    requestFrame(run);
  };
}
