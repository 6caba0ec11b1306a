/**
 * One background read that the startup script makes to decide and the lazy module then makes
 * again: `decide()` asks and keeps the answer, the module's first `read()` takes it, later reads ask.
 */
export function handedOnce<T>(ask: () => Promise<T>) {
  let kept: Promise<T> | undefined;
  return {
    decide: () => (kept = ask()),
    hand: (answer: Promise<T>) => void (kept = answer),
    drop: () => void (kept = undefined),
    read: () => {
      const answer = kept ?? ask();
      kept = undefined;
      return answer;
    },
  };
}
