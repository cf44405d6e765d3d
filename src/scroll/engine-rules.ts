/**
 * The scroll engine's own rules, apart from the DOM so they can be tested (on
 * simulated time where time matters): how long a scroller set up again is not
 * trusted, the check once scrolling stops, and what a resize asks for. Only chapter
 * pages load it; the rules the embed stepper and the presenter share are in
 * step-state.ts.
 */

/** How long a scroller set up after a layout change is left to settle. */
export const SETTLE_MS = 300;
/** Scrolling counts as stopped after this long without a scroll event. */
export const SCROLL_STOP_MS = 150;

/**
 * Right after a layout switch scrollama can still measure the old step heights and
 * report a step far from the trigger line: its reports are not trusted until the
 * scroller has settled.
 */
export function createSettleClock(): {
  /** A scroller is being set up again now: distrust reports for SETTLE_MS, then call `then`, if given. */
  start(then?: () => void): void;
  /** Whether reports are still not to be trusted. */
  settling(): boolean;
} {
  let until = 0;
  return {
    start(then) {
      until = performance.now() + SETTLE_MS;
      if (then) setTimeout(then, SETTLE_MS);
    },
    settling: () => performance.now() < until,
  };
}

/**
 * The listener for every scroll event: `check(direction)` runs once scrolling has
 * stopped (SCROLL_STOP_MS without a scroll event) and two frames more, with the
 * direction the page last moved. One timer per scroll event, the check only after the
 * last one: a scroll that comes while a check waits for its frames drops that check
 * (its own check runs later).
 */
export function whenScrollStops(readY: () => number, check: (moved: 'up' | 'down') => void): () => void {
  let lastY = readY();
  let moved: 'up' | 'down' = 'down';
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let scrolls = 0;
  return () => {
    const seq = ++scrolls;
    const y = readY();
    if (y !== lastY) moved = y > lastY ? 'down' : 'up';
    lastY = y;
    clearTimeout(stopTimer);
    stopTimer = setTimeout(() => {
      // Two frames on: the observers' reports for where the page now is (delivered after a
      // frame is drawn) come before this check, never after it. On a busy machine a frame
      // can take longer than SCROLL_STOP_MS, and a late report of a crossing passed on the
      // way would otherwise overrule the check and leave the figure on the wrong step.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          // Scrolled again meanwhile: that scroll's own check will run.
          if (seq === scrolls) check(moved);
        }),
      );
    }, SCROLL_STOP_MS);
  };
}

/** How far a section's reading line may move before its scrollers are set up again: more than a browser bar's wobble. */
const READING_LINE_SLACK = 24;

/**
 * What a resize asks of the scroll engine:
 * - 'switch': the layout switched between phone and desktop, so every step moved:
 *   set the scrollers up again, let them settle, then show the step at the trigger line;
 * - 'line': a section's reading line (under its pinned figure) moved more
 *   than READING_LINE_SLACK: set the scrollers up again at the new line;
 * - 'measure': the scrollers only measure the steps again.
 * `lineMoves` are how far each section's reading line has moved, in px.
 */
export function resizePlan(wasPhone: boolean, phone: boolean, lineMoves: readonly number[]): 'switch' | 'line' | 'measure' {
  if (wasPhone !== phone) return 'switch';
  if (lineMoves.some((d) => Math.abs(d) > READING_LINE_SLACK)) return 'line';
  return 'measure';
}
