/**
 * Every scene × step × {wide, narrow}: no two texts overlap, no text crosses a line, a path
 * or the edge of a rect unless it says it sits on it, no text leaves the viewBox. Measured
 * with the kit's metrics (tests/e2e/geometry.spec.ts checks the same on Chromium's drawing).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sizeFor, type Frame, type Size } from '../../src/scenes/contract';
import { sceneNames, scenes } from '../../src/scenes/registry';
import { collisions, pathSegments, shapesOf, unallowed } from '../../src/scenes/kit/geometry';
import { nudges, placeAll, type Spot } from '../../src/scenes/kit/place';
import type { Mark, TextMark } from '../../src/scenes/contract';
import { ALLOWANCES } from '../../src/scenes/kit/geometry-allowances';
import { clampWhatIf, r1State } from '../../src/scenes/kit/what-if';
import { textOf } from '../helpers/scene-text';

/**
 * The server's two sizes, and the boxes the live figure gets on phones, where the browser lays it
 * out again (measured on the claim-check chapter: the pinned box is shorter than the server's
 * narrow frame). Chinese at each: its ink fills the em, so a layout that clears English may not.
 */
const PHONE_BOXES: readonly [string, Size][] = [
  ['390×844 phone', { width: 366, height: 409 }],
  ['360×740 phone', { width: 336, height: 454 }],
  ['412×915 phone', { width: 388, height: 444 }],
  ['375×667 phone', { width: 351, height: 474 }],
];
function sizesOf(name: string): { label: string; size: Size }[] {
  const scene = scenes[name]!;
  return [
    { label: 'wide', size: sizeFor(scene, 'wide') },
    { label: 'narrow', size: sizeFor(scene, 'narrow') },
    ...PHONE_BOXES.map(([label, size]) => ({ label, size })),
  ];
}

const used = new Set<string>();

describe('figure geometry (kit metrics)', () => {
  for (const name of sceneNames) {
    const scene = scenes[name]!;
    for (const { label, size } of sizesOf(name)) {
      it(`${name} at ${label} (${size.width}×${size.height}): every step's text is clear, in English and in Chinese`, () => {
        const problems: string[] = [];
        for (const locale of ['en', 'zh'] as const)
          for (const step of scene.steps) {
            const found = collisions(shapesOf(scene.layout(scene.data, step.id, size, textOf(scene, locale))));
            for (const c of found) if (!unallowed(name, [c], ALLOWANCES).length) used.add(`${name}|${c.text}|${c.other}`);
            for (const c of unallowed(name, found, ALLOWANCES)) problems.push(`${locale} ${step.id}: ${c.message}`);
          }
        expect(problems).toEqual([]);
      });
    }
  }
  it('allows at most five exceptions, each with a reason, each still needed', () => {
    expect(ALLOWANCES.length).toBeLessThanOrEqual(5);
    for (const a of ALLOWANCES) {
      expect(a.reason.length, `${a.scene} ${a.text}`).toBeGreaterThan(20);
      expect(used.has(`${a.scene}|${a.text}|${a.other}`), `allowance ${a.scene} ${a.text} × ${a.other} matches no collision: remove it`).toBe(true);
    }
  });
});

/**
 * Scenes with what-if controls: every control alone at the ends of its range, then all at
 * their minimum and all at their maximum together, every step, both server sizes. The
 * same rules as R1's own frames, and no "NaN", "undefined" or "Infinity" in any text.
 */
describe('figure geometry at the ends of every what-if control', () => {
  // What some controls' dataFor needs beyond the scene's data (moe-routing's precomputed runs).
  beforeAll(async () => {
    for (const name of sceneNames) await scenes[name]!.whatIf?.prepare?.();
  });
  for (const name of sceneNames) {
    const scene = scenes[name]!;
    const w = scene.whatIf;
    if (!w) continue;
    const r1 = r1State(w.spec);
    const states: { label: string; state: Record<string, number> }[] = [];
    for (const c of w.spec.controls) {
      states.push({ label: `${c.key}=${c.min}`, state: { ...r1, [c.key]: c.min } });
      states.push({ label: `${c.key}=${c.max}`, state: { ...r1, [c.key]: c.max } });
    }
    states.push({ label: 'all at minimum', state: Object.fromEntries(w.spec.controls.map((c) => [c.key, c.min])) });
    states.push({ label: 'all at maximum', state: Object.fromEntries(w.spec.controls.map((c) => [c.key, c.max])) });
    const problemsAt = (state: Record<string, number>): string[] => {
      const data = w.dataFor(clampWhatIf(w.spec, state).state);
      const problems: string[] = [];
      for (const variant of ['wide', 'narrow'] as const) {
        const size = sizeFor(scene, variant);
        for (const step of scene.steps) {
          const frame = scene.layout(data, step.id, size, textOf(scene));
          for (const c of unallowed(name, collisions(shapesOf(frame)), ALLOWANCES)) problems.push(`${variant} ${step.id}: ${c.message}`);
          const words = [frame.title, frame.description, ...frame.marks.map((m) => (m.kind === 'text' ? m.text : ''))].join(' ');
          if (/NaN|undefined|Infinity/.test(words)) problems.push(`${variant} ${step.id}: a text says NaN, undefined or Infinity`);
        }
      }
      return problems;
    };
    for (const { label, state } of states) {
      it(`${name} with ${label}: text clear and finite at both sizes`, () => expect(problemsAt(state)).toEqual([]));
    }
    it(`${name} at random settings in between: text clear and finite`, () => {
      const any = fc.record(
        Object.fromEntries(w.spec.controls.map((c) => [c.key, fc.integer({ min: 0, max: (c.max - c.min) / c.step }).map((i) => c.min + i * c.step)])),
      );
      fc.assert(
        fc.property(any, (state) => {
          expect(problemsAt(state)).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  }
});

describe('the geometry checks catch what they should (planted fixtures)', () => {
  const frame = (marks: Frame['marks']): Frame => ({
    width: 200,
    height: 100,
    title: 't',
    description: 'd',
    marks,
    table: { caption: 'c', columns: [], rows: [] },
  });
  const label = (key: string, x: number, y: number, text = 'Label 42%') => ({ kind: 'text' as const, key, x, y, text, fontSize: 12 });
  it('two labels on top of each other', () => {
    expect(collisions(shapesOf(frame([label('a', 10, 40), label('b', 30, 44)]))).map((c) => c.other)).toEqual(['b']);
    expect(collisions(shapesOf(frame([label('a', 10, 40), label('b', 10, 60)])))).toEqual([]);
  });
  it('a line through a label, unless the label sits on it', () => {
    const line = { kind: 'line' as const, key: 'rule', x1: 0, y1: 36, x2: 200, y2: 36 };
    expect(collisions(shapesOf(frame([label('a', 10, 40), line]))).map((c) => c.other)).toEqual(['rule']);
    expect(collisions(shapesOf(frame([{ ...label('a', 10, 40), sitsOn: ['rule'] }, line])))).toEqual([]);
    expect(collisions(shapesOf(frame([label('a', 10, 40), { ...line, y1: 50, y2: 50 }])))).toEqual([]);
  });
  it('a label half on a bar, but not one wholly inside or outside it', () => {
    const bar = { kind: 'rect' as const, key: 'bar', x: 0, y: 30, width: 40, height: 16 };
    expect(collisions(shapesOf(frame([label('a', 10, 42), bar]))).map((c) => c.other)).toEqual(['bar']);
    expect(collisions(shapesOf(frame([label('a', 10, 42), { ...bar, width: 120 }])))).toEqual([]);
    expect(collisions(shapesOf(frame([label('a', 50, 42), bar])))).toEqual([]);
  });
  it('a label cut by the edge of the figure (the phone "★" case)', () => {
    expect(collisions(shapesOf(frame([label('a', 160, 40, '97.3% best')]))).map((c) => c.other)).toEqual(['viewBox']);
  });
  it('a path crossing a label, from its d attribute', () => {
    expect(pathSegments('M0,0 L10,0 l0,10 h-10 Z')).toEqual([
      [0, 0, 10, 0],
      [10, 0, 10, 10],
      [10, 10, 0, 10],
      [0, 10, 0, 0],
    ]);
    const path = { kind: 'path' as const, key: 'curve', d: 'M0,60 L200,20' };
    expect(collisions(shapesOf(frame([label('a', 80, 44), path]))).map((c) => c.other)).toEqual(['curve']);
  });
});

/**
 * Label placement measures the rest of the frame once and checks only the moving label (a figure
 * of a hundred marks tries fifty spots per label); it must choose exactly what the frame-wide
 * rules would: the first spot with no clash, else the one with fewest (ties: the earliest).
 */
describe('label placement agrees with the frame-wide rules', () => {
  const SIZE = { width: 200, height: 100 };
  const asFrame = (marks: Mark[]): Frame => ({ ...SIZE, title: 't', description: 'd', marks, table: { caption: 'c', columns: [], rows: [] } });
  /** The rule the kit promises, spelled out the slow way: every spot, the whole frame's collisions. */
  function reference(marks: Mark[], spotsFor: (m: TextMark) => readonly Spot[] | undefined): Mark[] {
    const out = [...marks];
    out.forEach((m, i) => {
      if (m.kind !== 'text') return;
      const spots = spotsFor(m);
      if (!spots) return;
      const clashesAt = (cand: TextMark) => {
        const all = out.map((o, j) => (j === i ? cand : o));
        return collisions(shapesOf(asFrame(all)), 0.5, 3).filter((c) => c.text === cand.key || c.other === cand.key).length;
      };
      let best = m;
      let bestN = clashesAt(m);
      for (const s of spots) {
        if (bestN === 0) break;
        const { dx = 0, dy = 0, ...abs } = s;
        const moved = { ...m, ...abs };
        const cand = { ...moved, x: Math.round((moved.x + dx) * 10) / 10, y: Math.round((moved.y + dy) * 10) / 10 };
        const n = clashesAt(cand);
        if (n < bestN) [best, bestN] = [cand, n];
      }
      out[i] = best;
    });
    return out;
  }
  const mark = fc.oneof(
    fc.record({
      kind: fc.constant('text' as const),
      x: fc.integer({ min: -20, max: 200 }),
      y: fc.integer({ min: 0, max: 110 }),
      text: fc.constantFrom('97.3%', 'GPU 80 GB', '4.2–16.8', ''),
      fontSize: fc.constantFrom(11, 12, 14),
    }),
    fc.record({
      kind: fc.constant('line' as const),
      x1: fc.integer({ min: 0, max: 200 }),
      y1: fc.integer({ min: 0, max: 100 }),
      x2: fc.integer({ min: 0, max: 200 }),
      y2: fc.integer({ min: 0, max: 100 }),
    }),
    fc.record({
      kind: fc.constant('rect' as const),
      x: fc.integer({ min: 0, max: 180 }),
      y: fc.integer({ min: 0, max: 90 }),
      width: fc.integer({ min: 0, max: 80 }),
      height: fc.integer({ min: 0, max: 40 }),
    }),
  );
  it('chooses the same spot for every label as checking the whole frame at each spot (random figures)', () => {
    fc.assert(
      fc.property(fc.array(mark, { minLength: 2, maxLength: 14 }), (drawn) => {
        const marks = drawn.map((m, i) => ({ ...m, key: `m${i}` }) as Mark);
        const spotsFor = (m: TextMark): Spot[] => [...nudges('dx', 4, 40), { anchor: 'end' as const }, { dy: -14 }, { dy: 14 }].filter(() => m.key !== 'm0');
        expect(placeAll(marks, spotsFor, SIZE)).toEqual(reference(marks, spotsFor));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
