/**
 * The scene player's scheduler (src/client/slices.ts) on simulated time: work is cut
 * into slices by cost and by time, one slice per animation frame, never in the
 * caller's task, and a newer step's stop() ends the older work between frames.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inSlices, runSlice } from '../../src/client/slices';

// Node has no animation frames: a frame is a 16 ms timer on the fake clock.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Work of `n` changes costing `cost` each; `log` records which ran; each change takes `ms` of (simulated) script time. */
function* changes(n: number, log: number[], cost = 1, ms = 0): Generator<number, void, void> {
  for (let i = 0; i < n; i++) {
    log.push(i);
    if (ms) vi.advanceTimersByTime(ms);
    yield cost;
  }
}
const frame = () => vi.advanceTimersByTime(16);

describe('runSlice', () => {
  it('stops when the budget is spent, and reports whether the work finished', () => {
    const log: number[] = [];
    const work = changes(10, log, 3);
    expect(runSlice(work, 9, 1000)).toBe(false);
    expect(log).toEqual([0, 1, 2]);
    expect(runSlice(work, 100, 1000)).toBe(true);
    expect(log).toHaveLength(10);
  });
  it('stops when its time is up, but always makes one change', () => {
    const log: number[] = [];
    const work = changes(10, log, 1, 3);
    expect(runSlice(work, 100, 4)).toBe(false);
    expect(log).toEqual([0, 1]); // 0 ms, 3 ms: under 4; after the second change 6 ms have passed
    const slow = changes(5, [], 1, 50);
    expect(runSlice(slow, 100, 4)).toBe(false); // one change of 50 ms still runs: no slice is empty
  });
});

describe('inSlices', () => {
  it('does nothing in the caller’s task, then one slice per frame, then done once', () => {
    const log: number[] = [];
    const done = vi.fn();
    inSlices(changes(7, log), 3, 1000, done);
    expect(log).toEqual([]);
    frame();
    expect(log).toEqual([0, 1, 2]);
    frame();
    expect(log).toEqual([0, 1, 2, 3, 4, 5]);
    expect(done).not.toHaveBeenCalled();
    frame();
    expect(log).toHaveLength(7);
    expect(done).toHaveBeenCalledTimes(1);
    frame();
    expect(done).toHaveBeenCalledTimes(1);
  });
  it('a stop between frames (a newer step) ends the work where it is; done is never called', () => {
    const log: number[] = [];
    const done = vi.fn();
    const stop = inSlices(changes(9, log), 3, 1000, done);
    frame();
    stop();
    frame();
    frame();
    expect(log).toEqual([0, 1, 2]);
    expect(done).not.toHaveBeenCalled();
  });
  it('two figures’ work runs side by side, each in its own slices', () => {
    const a: number[] = [];
    const b: number[] = [];
    inSlices(changes(4, a), 2, 1000, () => {});
    inSlices(changes(4, b), 2, 1000, () => {});
    frame();
    expect([a.length, b.length]).toEqual([2, 2]);
    frame();
    expect([a.length, b.length]).toEqual([4, 4]);
  });
});
