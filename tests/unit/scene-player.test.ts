/**
 * The scene player (src/client/scene-player.ts: the player, its dips and slices, and the
 * join of marks by key), on simulated time and a fake SVG DOM
 * (tests/helpers/fake-svg.ts): whatever happens on the way (a newer step, a jump, a
 * resize), the figure ends on exactly the frame of the step it is on.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Frame, Mark, SceneModule, Size } from '../../src/scenes/contract';
import { geometry, opacityOf, style } from '../../src/scenes/kit/attributes';
import { makeSceneText } from '../../src/scenes/kit/messages';
import { FakeElement, fakeComputedStyle, fakeDocument, writes } from '../helpers/fake-svg';

type Player = import('../../src/client/scene-player').ScenePlayer;
let ScenePlayer: typeof import('../../src/client/scene-player').ScenePlayer;
let isTweening: typeof import('../../src/client/mark-tween').isTweening;
let DIP_ABOVE: number;

let reduced = false;
// Installed once for the file, before d3-timer loads: it keeps the clock (performance)
// and the frame function (window.requestAnimationFrame) it finds then. A frame is a
// 16 ms timer on the fake clock, for d3-timer and the player's slices alike.
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  vi.stubGlobal('window', globalThis);
  // A live answer, as a MediaQueryList's is: the player keeps the list and reads \`matches\` on each step change.
  vi.stubGlobal('matchMedia', (q: string) => ({
    get matches() {
      return q.includes('reduced-motion') && reduced;
    },
  }));
  vi.stubGlobal('document', fakeDocument);
  vi.stubGlobal('getComputedStyle', fakeComputedStyle);
  // Files share one module graph (vitest.config.ts: isolate false): load d3-timer anew, so it takes this clock, not another file's.
  vi.resetModules();
  ({ ScenePlayer } = await import('../../src/client/scene-player'));
  ({ isTweening } = await import('../../src/client/mark-tween'));
  ({ DIP_ABOVE } = await import('../../src/client/scene-player'));
});
beforeEach(() => {
  reduced = false;
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});
afterEach(async () => {
  // Let every timer of a test run out (tweens, dips, text updates), so none reaches into the next.
  await vi.advanceTimersByTimeAsync(5000);
});

/**
 * A small scene whose marks enter, leave, move and change between steps, and whose
 * geometry follows the size (so a resize redraws): bars r0–r4 ('a'); r4 leaves, r5
 * enters, bars grow and the label moves and changes ('b'); r4 back, r5 gone ('c');
 * and 'many', with enough new marks that a step change dips the figure.
 */
const scene: SceneModule<null> = {
  name: 'test-bars',
  title: 'Test bars',
  steps: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
    { id: 'many', label: 'Many' },
  ],
  sources: [],
  aspect: { wide: 0.5, narrow: 1 },
  data: null,
  layout(_data, step, { width, height }: Size): Frame {
    const col = width / 10;
    const bar = (i: number, h: number, opacity?: number): Mark => ({
      key: `r${i}`,
      kind: 'rect',
      x: i * col,
      y: height - h,
      width: col * 0.8,
      height: h,
      className: 'bar',
      ...(opacity === undefined ? {} : { opacity }),
    });
    const label = (x: number, text: string): Mark => ({ key: 'label', kind: 'text', x, y: 20, text, fontSize: 12, anchor: 'middle' });
    const marks: Mark[] = {
      a: () => [0, 1, 2, 3, 4].map((i) => bar(i, 10 * (i + 1))).concat(label(col, 'first')),
      b: () => [0, 1, 2, 3, 5].map((i) => bar(i, 20 * (i + 1), i === 0 ? 0.4 : undefined)).concat(label(width - col, 'second')),
      c: () => [4, 3, 2, 1, 0].map((i) => bar(i, 5 * (i + 1))).concat(label(width / 2, 'third')),
      many: () => Array.from({ length: 40 }, (_, i): Mark => ({ key: `dot${i}`, kind: 'circle', cx: (i % 10) * col, cy: Math.floor(i / 10) * 20 + 40, r: 3 })),
    }[step]!();
    return {
      width,
      height,
      title: `Test bars: ${step}`,
      description: `Step ${step} at ${width}×${height}.`,
      marks,
      table: { caption: 'none', columns: [], rows: [] },
    };
  },
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** An empty catalogue: the test scene draws its own words (an unconverted scene's way). */
const TEXT = makeSceneText('en', {});
/** The SVG the server renders for `frame` (as src/components draws it): title, desc, then the marks. */
function serverSvg(frame: Frame): FakeElement {
  const svg = fakeDocument.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  svg.setAttribute('class', 'scene-svg scene-svg--wide');
  const title = fakeDocument.createElementNS(SVG_NS, 'title');
  title.textContent = frame.title;
  const desc = fakeDocument.createElementNS(SVG_NS, 'desc');
  desc.textContent = frame.description;
  svg.append(title);
  svg.append(desc);
  for (const mark of frame.marks) {
    const el = fakeDocument.createElementNS(SVG_NS, mark.kind);
    el.setAttribute('data-key', mark.key);
    for (const [k, v] of Object.entries({ ...geometry(mark), ...style(mark) })) el.setAttribute(k, String(v));
    if (opacityOf(mark) !== 1) el.setAttribute('opacity', String(opacityOf(mark)));
    if (mark.kind === 'text') el.textContent = mark.text;
    svg.append(el);
  }
  return svg;
}

interface Figure {
  fig: FakeElement;
  box: FakeElement;
  svg: FakeElement;
  player: Player;
  /** The steps the player told its listeners about (caption, table, live region). */
  told: string[];
}
/** A figure as a chapter page has it: the server drew step 'a' in a box of `size`, wide and narrow variants, the narrow one hidden by CSS. */
function mount(size: Size = { width: 600, height: 300 }): Figure {
  const fig = fakeDocument.createElementNS(SVG_NS, 'figure');
  const box = fakeDocument.createElementNS(SVG_NS, 'div');
  box.classList.add('scene-box');
  box.clientWidth = size.width;
  box.clientHeight = size.height;
  fig.append(box);
  const svg = serverSvg(scene.layout(null, 'a', size, TEXT));
  const narrow = serverSvg(scene.layout(null, 'a', { width: 360, height: 360 }, TEXT));
  narrow.rendered = false;
  box.append(svg);
  box.append(narrow);
  fig.dataset['currentStep'] = 'a';
  writes.length = 0;
  const player = new ScenePlayer(fig as unknown as HTMLElement, scene, TEXT);
  const told: string[] = [];
  player.onChange((step) => told.push(step));
  return { fig, box, svg, player, told };
}

/** What a frame looks like drawn: its marks in paint order, each with its tag, attributes and text. */
function expected(step: string, size: Size) {
  const frame = scene.layout(null, step, size, TEXT);
  return {
    size: [String(frame.width), String(frame.height), `0 0 ${frame.width} ${frame.height}`],
    title: frame.title,
    marks: frame.marks.map((m) => {
      const attrs: Record<string, string> = { 'data-key': m.key };
      for (const [k, v] of Object.entries({ ...geometry(m), ...style(m) })) attrs[k] = String(v);
      if (opacityOf(m) !== 1) attrs['opacity'] = String(opacityOf(m));
      return { tag: m.kind, attrs, text: m.kind === 'text' ? m.text : '' };
    }),
  };
}
/** What the SVG draws now, in the same form. A text that has moved sits in a <g> of its own; that <g> must carry no leftover offset. */
function drawn(svg: FakeElement) {
  const marks = svg.children
    .filter((el) => el.tagName !== 'title' && el.tagName !== 'desc')
    .map((el) => {
      if (el.hasAttribute('data-glide')) {
        expect(el.getAttribute('transform'), 'a moved text keeps no offset').toBeNull();
        expect(el.children).toHaveLength(1);
        return el.children[0]!;
      }
      return el;
    })
    .map((el) => {
      // opacity="1" draws as no opacity at all (a tween ends by writing it).
      const attrs = Object.fromEntries([...el.attrs].filter(([k, v]) => !(k === 'opacity' && v === '1')));
      return { tag: el.tagName, attrs, text: el.tagName === 'text' ? el.textContent : '' };
    });
  return {
    size: [svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')],
    title: svg.querySelector('title')!.textContent,
    marks,
  };
}
const marksOf = (svg: FakeElement) => svg.querySelectorAll('[data-key]');
const anyTweening = (svg: FakeElement) => marksOf(svg).some((el) => isTweening(el as unknown as Element));
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/** Advance simulated time 1 ms at a time until `cond` holds. */
async function until(cond: () => boolean, ms = 3000): Promise<void> {
  for (let t = 0; !cond(); t++) {
    if (t > ms) throw new Error(`not so after ${ms} ms of simulated time`);
    await wait(1);
  }
}
/** Time for any step change to end: the longest is a dip (fade out, redraw, fade in) of 650 ms. */
const settle = () => wait(2000);
const SIZE = { width: 600, height: 300 };

describe('the scene player on simulated time', () => {
  it('starts on the step the server drew, keeps the visible SVG only, and draws nothing at construction', () => {
    const { box, svg, player, fig } = mount();
    expect(player.step).toBe('a');
    expect(box.children).toEqual([svg]);
    expect(fig.classList.contains('is-live')).toBe(true);
    expect(writes.filter((w) => !w.startsWith('svg class=') && !w.startsWith('figure class='))).toEqual(['remove svg']);
  });

  it('tweens a step change: in-between values on the way, the exact frame at the end', async () => {
    const { svg, player, told } = mount();
    player.go('b');
    await wait(200);
    expect(anyTweening(svg)).toBe(true);
    const r1 = svg.querySelector('[data-key]')!.nextSibling!;
    const h = Number(r1.getAttribute('height'));
    expect(h, 'r1 is between its heights in a and b').toBeGreaterThan(20);
    expect(h).toBeLessThan(40);
    await settle();
    expect(drawn(svg)).toEqual(expected('b', SIZE));
    expect(anyTweening(svg)).toBe(false);
    expect(told).toEqual(['b']);
  });

  it('a tween interrupted by newer steps ends on the newest step’s frame, with no leftover marks', async () => {
    const { svg, player, fig, told } = mount();
    player.go('b');
    await wait(120);
    // r4 is fading out, r5 fading in, the label gliding: all interrupted.
    expect(svg.querySelector('[data-exiting]')).not.toBeNull();
    expect(anyTweening(svg)).toBe(true);
    player.go('c');
    await wait(60);
    player.go('b');
    await wait(30);
    player.go('c');
    expect(fig.dataset['currentStep']).toBe('c');
    await settle();
    expect(drawn(svg)).toEqual(expected('c', SIZE));
    expect(svg.querySelector('[data-exiting]')).toBeNull();
    expect(anyTweening(svg)).toBe(false);
    // The words follow the step the reader stopped at, not each step passed.
    expect(told).toEqual(['c']);
  });

  describe('a jump (duration 0) during a dip ends at once on the jumped-to frame, and the dip does nothing after', () => {
    const phases: [string, (svg: FakeElement) => boolean][] = [
      ['fading out', (svg) => svg.animations.length === 1 && svg.computedOpacity < 1 && svg.computedOpacity > 0.1],
      // Some of the 40 dots drawn, not all: the redraw is cut into slices, one per frame.
      ['redrawing', (svg) => svg.querySelectorAll('circle').length > 0 && svg.querySelectorAll('circle').length < 40],
      ['fading back in', (svg) => svg.animations.length === 2 && svg.computedOpacity > 0.1 && svg.computedOpacity < 1],
    ];
    for (const [phase, during] of phases) {
      it(phase, async () => {
        const { svg, player, told } = mount();
        player.go('many');
        expect(svg.animations, 'so many marks change that the figure dips').toHaveLength(1);
        await until(() => during(svg));
        player.go('b', { duration: 0 });
        expect(drawn(svg)).toEqual(expected('b', SIZE));
        expect(svg.getAnimations(), 'the dip is stopped: the figure is fully shown').toEqual([]);
        expect(svg.computedOpacity).toBe(1);
        writes.length = 0;
        await settle();
        expect(writes, 'nothing of the dip runs on after the jump').toEqual([]);
        expect(svg.animations.filter((a) => !a.cancelled)).toEqual([]);
        expect(drawn(svg)).toEqual(expected('b', SIZE));
        expect(told).toEqual(['b']);
      });
    }
  });

  it('a dip ends on its frame, and a newer step during the dip aims it there (one dip, not two)', async () => {
    const { svg, player } = mount();
    expect(scene.layout(null, 'many', SIZE, TEXT).marks.length + 6).toBeGreaterThan(DIP_ABOVE);
    player.go('many');
    await wait(50);
    player.go('a');
    player.go('many');
    await settle();
    expect(svg.animations, 'one fade out, one fade in').toHaveLength(2);
    expect(svg.getAnimations()).toEqual([]);
    expect(drawn(svg)).toEqual(expected('many', SIZE));
  });

  it('a resize during a tween redraws at the new size at once and ends on the current step', async () => {
    const { svg, box, player, told } = mount();
    player.go('b');
    await wait(150);
    expect(anyTweening(svg)).toBe(true);
    const small = { width: 400, height: 250 };
    box.clientWidth = small.width;
    box.clientHeight = small.height;
    player.resize();
    expect(drawn(svg)).toEqual(expected('b', small));
    expect(anyTweening(svg), 'a resize does not animate').toBe(false);
    await settle();
    expect(drawn(svg)).toEqual(expected('b', small));
    expect(svg.querySelector('[data-exiting]')).toBeNull();
    expect(player.step).toBe('b');
    expect(told.at(-1)).toBe('b');
  });

  it('a resize that keeps the size draws nothing', async () => {
    const { svg, player } = mount();
    player.go('b');
    await settle();
    writes.length = 0;
    player.resize();
    await settle();
    expect(writes).toEqual([]);
    expect(drawn(svg)).toEqual(expected('b', SIZE));
  });

  it('with reduced motion a step change draws at once: no tween, no dip', async () => {
    reduced = true;
    const { svg, player, told } = mount();
    player.go('b');
    expect(drawn(svg)).toEqual(expected('b', SIZE));
    expect(anyTweening(svg)).toBe(false);
    player.go('many');
    expect(drawn(svg)).toEqual(expected('many', SIZE));
    expect(svg.animations, 'no dip either').toEqual([]);
    await wait(0);
    expect(told).toEqual(['many']);
    writes.length = 0;
    await settle();
    expect(writes).toEqual([]);
  });

  it('with reduced motion new data draws at once too', () => {
    reduced = true;
    const { svg, player } = mount();
    player.setData(null);
    expect(anyTweening(svg)).toBe(false);
    expect(drawn(svg)).toEqual(expected('a', SIZE));
  });

  it('showing the step already shown does nothing', async () => {
    const { svg, player } = mount();
    player.go('b');
    await settle();
    writes.length = 0;
    player.go('b');
    await settle();
    expect(writes).toEqual([]);
    expect(anyTweening(svg)).toBe(false);
    expect(drawn(svg)).toEqual(expected('b', SIZE));
  });

  it('an unknown step changes nothing', async () => {
    const { svg, player } = mount();
    writes.length = 0;
    player.go('nope');
    await settle();
    expect(writes).toEqual([]);
    expect(player.step).toBe('a');
    expect(svg.animations).toEqual([]);
  });
});
