import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** Just enough of an SVG element: attributes, a parent, and whether it was removed. */
class FakeMark {
  attrs = new Map<string, string>();
  removed = false;
  history: string[] = [];
  parentNode: FakeMark | null = null;
  children: FakeMark[] = [];
  ownerDocument = { createElementNS: (_ns: string, tag: string) => new FakeMark({}, tag) };
  constructor(
    init: Record<string, string> = {},
    readonly tagName = 'rect',
  ) {
    for (const [k, v] of Object.entries(init)) this.attrs.set(k, v);
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
    this.history.push(`${name}=${value}`);
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
    this.history.push(`-${name}`);
  }
  remove(): void {
    this.removed = true;
  }
  replaceWith(other: FakeMark): void {
    other.parentNode = this.parentNode;
    this.parentNode = null;
  }
  append(child: FakeMark): void {
    this.children.push(child);
    child.parentNode = this;
  }
}
const el = (init?: Record<string, string>, tag?: string) => new FakeMark(init, tag) as unknown as Element & FakeMark;
/** The <g> a moving text glides in (mark-tween puts it around the text). */
const glide = (m: FakeMark) => (m.parentNode?.hasAttribute('data-glide') ? m.parentNode : null);
/** Where a text mark is drawn: x/y plus the translate its glide <g> may carry. */
const drawnAt = (m: FakeMark): [number, number] => {
  const t = /translate\(([^,]+),([^)]+)\)/.exec(glide(m)?.getAttribute('transform') ?? '');
  return [Number(m.getAttribute('x')) + (t ? Number(t[1]) : 0), Number(m.getAttribute('y')) + (t ? Number(t[2]) : 0)];
};
/**
 * Fake time: d3-timer reads performance.now() and, without a window, schedules frames
 * with setTimeout; both are faked, so a tween runs in simulated milliseconds, the same
 * on a loaded machine as on an idle one.
 */
// Installed once for the file, before d3-timer is loaded: it takes its clock (the
// performance object) when it loads and keeps its queue and wake-up timer across tests.
let tweenAttrs: typeof import('../../src/client/mark-tween').tweenAttrs;
let isTweening: typeof import('../../src/client/mark-tween').isTweening;
let stopTween: typeof import('../../src/client/mark-tween').stopTween;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  // Files share one module graph (vitest.config.ts: isolate false): load d3-timer anew, so it takes this clock, not another file's.
  vi.resetModules();
  ({ tweenAttrs, isTweening, stopTween } = await import('../../src/client/mark-tween'));
});
afterAll(() => {
  vi.useRealTimers();
});
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const until = async (cond: () => boolean, ms = 2000) => {
  for (let t = 0; !cond(); t += 5) {
    if (t > ms) throw new Error(`not done after ${ms} ms of simulated time`);
    await wait(5);
  }
};

describe('mark tweens (d3-timer, d3-interpolate, d3-ease)', () => {
  it('passes through in-between values and ends on the exact target', async () => {
    const m = el({ x: '0', d: 'M0,0L10,0' });
    tweenAttrs(m, { x: 100, d: 'M0,0L20,5' }, 120);
    expect(isTweening(m)).toBe(true);
    await until(() => !isTweening(m));
    expect(m.getAttribute('x')).toBe('100');
    expect(m.getAttribute('d')).toBe('M0,0L20,5');
    const xs = m.history.filter((h) => h.startsWith('x=')).map((h) => Number(h.slice(2)));
    expect(
      xs.some((x) => x > 0 && x < 100),
      `x values ${xs.join(' ')}`,
    ).toBe(true);
    expect(
      xs.every((x, i) => i === 0 || x >= xs[i - 1]!),
      'x never moves backwards',
    ).toBe(true);
  });

  it('an element without an opacity attribute is opaque: tweening to 1 changes nothing', () => {
    const m = el({});
    tweenAttrs(m, { opacity: 1 }, 100);
    expect(isTweening(m)).toBe(false);
    expect(m.history).toEqual([]);
  });

  it('stopTween leaves the mark where it is; a new tween starts from there', async () => {
    const m = el({ y: '0' });
    tweenAttrs(m, { y: 1000 }, 400);
    await until(() => Number(m.getAttribute('y')) > 0);
    stopTween(m);
    const stoppedAt = Number(m.getAttribute('y'));
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(1000);
    await wait(60);
    expect(Number(m.getAttribute('y'))).toBe(stoppedAt);
    tweenAttrs(m, { y: 0 }, 80);
    await until(() => !isTweening(m));
    expect(m.getAttribute('y')).toBe('0');
    const ys = m.history.slice(m.history.indexOf(`y=${stoppedAt}`) + 1).map((h) => Number(h.slice(2)));
    expect(
      ys.every((y) => y <= stoppedAt),
      'the second tween starts where the first stopped',
    ).toBe(true);
  });

  it('a leaving mark fades to 0 and is removed', async () => {
    const m = el({ opacity: '0.8' });
    tweenAttrs(m, { opacity: 0 }, 60, true);
    expect(m.removed).toBe(false);
    await until(() => m.removed);
    expect(m.getAttribute('opacity')).toBe('0');
  });

  it('a moving text keeps its final x/y from the start and glides there in a <g> (no glyph relayout per frame)', async () => {
    const m = el({ x: '0', y: '10' }, 'text');
    tweenAttrs(m, { x: 100, y: 10, opacity: 0.5 }, 150);
    expect(m.getAttribute('x')).toBe('100');
    expect(glide(m)?.tagName).toBe('g');
    expect(drawnAt(m)).toEqual([0, 10]);
    await until(() => drawnAt(m)[0] > 0);
    const mid = drawnAt(m)[0];
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(100);
    expect(
      m.history.filter((h) => h.startsWith('x=')),
      'x is written once, not per frame',
    ).toEqual(['x=100']);
    expect(
      m.history.filter((h) => h.includes('transform')),
      'the text itself never gets a transform',
    ).toEqual([]);
    await until(() => !isTweening(m));
    expect(glide(m)!.getAttribute('transform')).toBeNull();
    expect(drawnAt(m)).toEqual([100, 10]);
    expect(m.getAttribute('opacity')).toBe('0.5');
    // A second move reuses the same <g>: wrapping again would lay the text out again.
    const g = glide(m);
    tweenAttrs(m, { x: 50, y: 10 }, 60);
    expect(glide(m)).toBe(g);
    await until(() => !isTweening(m));
    expect(drawnAt(m)).toEqual([50, 10]);
  });

  it('a leaving text that moved is removed with its <g>', async () => {
    const m = el({ x: '0', y: '0' }, 'text');
    tweenAttrs(m, { x: 10, y: 0 }, 30);
    await until(() => !isTweening(m));
    tweenAttrs(m, { opacity: 0 }, 30, true);
    await until(() => glide(m)!.removed);
    expect(m.removed).toBe(false);
  });

  it('a text interrupted mid-move starts its next move from where it is drawn', async () => {
    const m = el({ x: '0', y: '0' }, 'text');
    tweenAttrs(m, { x: 1000, y: 0 }, 400);
    await until(() => drawnAt(m)[0] > 0);
    stopTween(m);
    const [stoppedX] = drawnAt(m);
    expect(stoppedX).toBeLessThan(1000);
    tweenAttrs(m, { x: 0, y: 0 }, 400);
    expect(drawnAt(m)[0]).toBeCloseTo(stoppedX, 6);
    expect(m.getAttribute('x')).toBe('0');
    await until(() => !isTweening(m));
    expect(drawnAt(m)).toEqual([0, 0]);
    expect(glide(m)!.getAttribute('transform')).toBeNull();
  });
});
