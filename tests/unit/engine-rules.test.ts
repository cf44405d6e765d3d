/**
 * The scroll engine's rules (src/scroll/engine-rules.ts), timing on simulated time:
 * reports of a scroller set up again are not trusted until it settles; the check once
 * scrolling stops runs once, after the last scroll event, for the direction last
 * moved; what a resize asks for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettleClock, resizePlan, SCROLL_STOP_MS, SETTLE_MS, whenScrollStops } from '../../src/scroll/engine-rules';

const FRAME = 16;
// Node has no animation frames: a frame is a 16 ms timer on the fake clock.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), FRAME));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
const wait = (ms: number) => vi.advanceTimersByTime(ms);

describe('settling after a scroller is set up again (a layout switch, a moved reading line)', () => {
  it('reports are distrusted for SETTLE_MS, then trusted', () => {
    const settle = createSettleClock();
    expect(settle.settling(), 'before any resize').toBe(false);
    settle.start();
    expect(settle.settling()).toBe(true);
    wait(SETTLE_MS - 1);
    expect(settle.settling()).toBe(true);
    wait(1);
    expect(settle.settling()).toBe(false);
  });
  it('a second switch while settling distrusts reports until SETTLE_MS after it', () => {
    const settle = createSettleClock();
    settle.start();
    wait(200);
    settle.start();
    wait(SETTLE_MS - 1);
    expect(settle.settling()).toBe(true);
    wait(1);
    expect(settle.settling()).toBe(false);
  });
  it('the step at the trigger line is looked up once, when the scroller has settled, not before', () => {
    const settle = createSettleClock();
    const lookUp = vi.fn(() => settle.settling());
    settle.start(lookUp);
    wait(SETTLE_MS - 1);
    expect(lookUp).not.toHaveBeenCalled();
    wait(1);
    expect(lookUp).toHaveBeenCalledTimes(1);
    expect(lookUp.mock.results[0]!.value, 'it runs when reports are trusted again').toBe(false);
    wait(5 * SETTLE_MS);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });
});

describe('the check once scrolling stops', () => {
  /** A page whose scroll position the test sets; `checks` are the directions checked. */
  function page() {
    let y = 1000;
    const checks: string[] = [];
    const onScroll = whenScrollStops(
      () => y,
      (moved) => checks.push(moved),
    );
    return {
      checks,
      scrollTo(to: number) {
        y = to;
        onScroll();
      },
    };
  }
  /** After the last scroll event: the stop timer, then two frames. */
  const CHECK_AFTER = SCROLL_STOP_MS + 2 * FRAME;

  it('runs once after a burst of scroll events, SCROLL_STOP_MS and two frames after the last, never during it', () => {
    const p = page();
    for (let i = 1; i <= 50; i++) {
      p.scrollTo(1000 + 40 * i);
      wait(10);
    }
    expect(p.checks).toEqual([]);
    wait(CHECK_AFTER - 10 - 1);
    expect(p.checks).toEqual([]);
    wait(1);
    expect(p.checks).toEqual(['down']);
    wait(2000);
    expect(p.checks).toEqual(['down']);
  });

  it('a scroll while a check waits for its two frames drops that check: only the newer one runs', () => {
    const p = page();
    p.scrollTo(1500);
    wait(SCROLL_STOP_MS + FRAME); // the stop timer has fired; the check waits for its second frame
    p.scrollTo(900); // a late fling back up
    wait(FRAME);
    expect(p.checks, 'the older check does not run').toEqual([]);
    wait(CHECK_AFTER);
    expect(p.checks).toEqual(['up']);
  });

  it('the direction is the one the page last moved; an event without movement keeps it', () => {
    const p = page();
    p.scrollTo(800);
    wait(50);
    p.scrollTo(800);
    wait(CHECK_AFTER);
    expect(p.checks).toEqual(['up']);
    p.scrollTo(1200);
    wait(CHECK_AFTER);
    expect(p.checks).toEqual(['up', 'down']);
  });
});

describe('resizePlan: what a resize asks of the scroll engine', () => {
  it('a switch between phone and desktop layouts sets the scrollers up again and settles, whatever else moved', () => {
    expect(resizePlan(false, true, [0])).toBe('switch');
    expect(resizePlan(true, false, [-180])).toBe('switch');
  });
  it('a reading line that moved more than a browser bar’s wobble (24 px), in any section, moves the scrollers’ line', () => {
    expect(resizePlan(false, false, [0, 25])).toBe('line');
    expect(resizePlan(false, false, [-25])).toBe('line');
  });
  it('otherwise the scrollers only measure again', () => {
    expect(resizePlan(false, false, [24, -24])).toBe('measure');
    expect(resizePlan(true, true, [])).toBe('measure');
  });
});
