/**
 * The scroll engine's timing, apart from the DOM so it can be tested on simulated
 * time: how long a scroller set up again is not trusted, and the check once scrolling
 * stops.
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
  /** A scroller is being set up again now: distrust reports for SETTLE_MS. */
  start(): void;
  /** Whether reports are still not to be trusted. */
  readonly settling: boolean;
  /** Call `fn` once the scroller set up now has settled. */
  afterSettling(fn: () => void): void;
} {
  let until = 0;
  return {
    start: () => {
      until = performance.now() + SETTLE_MS;
    },
    get settling() {
      return performance.now() < until;
    },
    afterSettling: (fn) => {
      setTimeout(fn, SETTLE_MS);
    },
  };
}

/**
 * `onScroll` for every scroll event; `check(direction)` runs once scrolling has
 * stopped (SCROLL_STOP_MS without a scroll event) and two frames more, with the
 * direction the page last moved. One timer per scroll event, the check only after the
 * last one: a scroll that comes while a check waits for its frames drops that check
 * (its own check runs later).
 */
export function whenScrollStops(readY: () => number, check: (moved: 'up' | 'down') => void): { onScroll(): void; cancel(): void } {
  let lastY = readY();
  let moved: 'up' | 'down' = 'down';
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let scrolls = 0;
  return {
    onScroll() {
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
    },
    cancel() {
      clearTimeout(stopTimer);
    },
  };
}
