/**
 * The scheduler the scene player draws with: work cut into slices, one per animation
 * frame, so no frame of a step change is a long task on a slow phone. Work is a
 * generator that yields the cost of each change it made (see SLICE_COST in
 * scene-player.ts). Apart from the DOM so it can be tested on simulated time.
 */

/** Run `work` for one slice: until `budget` units are spent or `ms` have passed (at least one unit). True when it has finished. */
export function runSlice(work: Generator<number, void, void>, budget: number, ms: number): boolean {
  const end = performance.now() + ms;
  let spent = 0;
  while (spent < budget && (spent === 0 || performance.now() < end)) {
    const r = work.next();
    if (r.done) return true;
    spent += r.value;
  }
  return false;
}

/**
 * Run `work` in slices of `budget` units or `ms`, one per animation frame, then call
 * `done`. Never in the caller's task: a slice is all the changes a frame gets.
 * Returns a stop function (a newer step stops the older step's work).
 */
export function inSlices(work: Generator<number, void, void>, budget: number, ms: number, done: () => void): () => void {
  const slice = () => {
    if (runSlice(work, budget, ms)) done();
    else raf = requestAnimationFrame(slice);
  };
  let raf = requestAnimationFrame(slice);
  return () => cancelAnimationFrame(raf);
}

/** Call `fn` in an idle moment, at the latest after `timeout` ms (Safari has no requestIdleCallback: a short timer there). */
export function whenIdle(fn: () => void, timeout: number): void {
  const ric = (window as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(fn, { timeout });
  else window.setTimeout(fn, 50);
}
