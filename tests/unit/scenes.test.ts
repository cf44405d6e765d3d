/**
 * The scene contract, checked for every registered scene: a new scene folder is
 * tested here without writing a line.
 */
import { describe, expect, it } from 'vitest';
import { sizeFor, NARROW_BREAKPOINT } from '../../src/scenes/contract';
import { frameOf, sceneWords } from '../../src/scenes/words';
import { scenes, sceneNames, getScene } from '../../src/scenes/registry';
import { sources } from '../../src/data';
import { assertFiniteFrame, keysOf } from '../helpers/frames';
import { textOf } from '../helpers/scene-text';

/**
 * Scenes whose mark keys follow the box's width by design, and why. Every other scene keeps the
 * same keys from 481 to 1100 px wide, and at every phone size: the browser re-lays out at the box's
 * measured size and tweens by key, so a key that came and went with the width would blink.
 */
const KEYS_FOLLOW_WIDTH: Readonly<Record<string, string>> = {
  'benchmark-bars': 'its axis ticks: a wider axis has more of them',
  'claim-check': 'its wrapped sentences: one mark per line of text',
  'moe-routing': 'its wrapped note and labels: one mark per line of text',
};

const SIZES = [
  { width: 640, height: 500 },
  { width: 358, height: 420 },
  { width: 1000, height: 700 },
  { width: 300, height: 300 },
];

describe('scene registry', () => {
  it('finds the scenes by folder, including benchmark-bars', () => {
    expect(sceneNames).toContain('benchmark-bars');
  });
  it('rejects an unknown scene name with the list of valid names', () => {
    expect(() => getScene('benchmark-barz')).toThrow(/Unknown scene "benchmark-barz". Scenes are: .*benchmark-bars/);
  });
});

for (const name of sceneNames) {
  const scene = scenes[name]!;
  describe(`scene ${name}`, () => {
    it('has kebab-case unique step ids, labels and known sources', () => {
      const ids = scene.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of sceneWords(scene, 'en').steps) {
        expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(s.label.length).toBeGreaterThan(0);
      }
      expect(scene.sources.length).toBeGreaterThan(0);
      for (const id of scene.sources) expect(sources[id], `source ${id}`).toBeDefined();
      expect(sceneWords(scene, 'en').title.length).toBeGreaterThan(5);
    });

    for (const step of scene.steps) {
      for (const size of SIZES) {
        it(`step ${step.id} at ${size.width}x${size.height}: finite, unique keys, inside the box`, () => {
          const f = scene.layout(scene.data, step.id, size, textOf(scene));
          assertFiniteFrame(f, `${name}/${step.id}`);
          const keys = keysOf(f.marks);
          expect(new Set(keys).size, 'duplicate mark keys').toBe(keys.length);
          expect(f.width).toBe(size.width);
          expect(f.height).toBe(size.height);
          expect(f.marks.length).toBeGreaterThan(0);
          expect(f.marks.length).toBeLessThan(3000);
          expect(f.description.length).toBeGreaterThan(20);
          expect(f.table.columns.length).toBeGreaterThan(0);
          for (const r of f.table.rows) expect(r.length).toBe(f.table.columns.length);
          // Marks may overhang by a little (strokes, labels) but not leave the figure.
          for (const m of f.marks) {
            if (m.kind === 'rect') {
              expect(m.x, m.key).toBeGreaterThanOrEqual(-2);
              expect(m.x + m.width, m.key).toBeLessThanOrEqual(size.width + 2);
              expect(m.y + m.height, m.key).toBeLessThanOrEqual(size.height + 2);
              expect(m.width, m.key).toBeGreaterThanOrEqual(0);
              expect(m.height, m.key).toBeGreaterThanOrEqual(0);
            }
          }
        });
      }
    }

    it('is pure: the frame of a step does not depend on the step drawn before', () => {
      const size = { width: 640, height: 500 };
      const ids = scene.steps.map((s) => s.id);
      const direct = ids.map((id) => JSON.stringify(scene.layout(scene.data, id, size, textOf(scene))));
      const reversed = [...ids]
        .reverse()
        .map((id) => JSON.stringify(scene.layout(scene.data, id, size, textOf(scene))))
        .reverse();
      expect(reversed).toEqual(direct);
    });

    it('renders different pictures for different steps', () => {
      const size = { width: 640, height: 500 };
      const frames = scene.steps.map((s) => JSON.stringify(scene.layout(scene.data, s.id, size, textOf(scene)).marks));
      expect(new Set(frames).size).toBe(frames.length);
    });

    it('throws on an unknown step id, naming the scene', () => {
      expect(() => scene.layout(scene.data, 'no-such-step', { width: 640, height: 500 }, textOf(scene))).toThrow(new RegExp(name));
    });

    it(
      KEYS_FOLLOW_WIDTH[name] ? `mark keys follow the width (${KEYS_FOLLOW_WIDTH[name]})` : 'keeps the same mark keys at every wide width and every phone size',
      () => {
        const keys = (w: number, h: number, step: string) =>
          scene
            .layout(scene.data, step, { width: w, height: h }, textOf(scene))
            .marks.map((m) => m.key)
            .sort()
            .join('|');
        const differ: string[] = [];
        for (const st of scene.steps) {
          const wide = keys(640, Math.round(640 * scene.aspect.wide), st.id);
          for (const w of [481, 600, 704, 900, 1100]) if (keys(w, Math.round(w * scene.aspect.wide), st.id) !== wide) differ.push(`${st.id} at ${w} px`);
          const narrow = keys(360, Math.round(360 * scene.aspect.narrow), st.id);
          for (const [w, h] of [
            [366, 439],
            [351, 347],
            [320, 300],
            [470, 439],
          ] as const)
            if (keys(w, h, st.id) !== narrow) differ.push(`${st.id} at ${w}x${h}`);
        }
        // A listed scene whose keys no longer move with the width comes off the list, so the list stays true.
        if (KEYS_FOLLOW_WIDTH[name]) expect(differ.length, `${name} is listed in KEYS_FOLLOW_WIDTH but keeps its keys: take it off`).toBeGreaterThan(0);
        else expect(differ, 'steps and sizes whose mark keys differ from the 640 px (wide) or 360 px (phone) frame').toEqual([]);
      },
    );

    it('uses a narrow layout below the breakpoint and the server sizes are valid', () => {
      for (const v of ['wide', 'narrow'] as const) {
        const s = sizeFor(scene, v);
        const f = frameOf(scene, scene.steps[0]!.id, s, 'en');
        assertFiniteFrame(f, `${name}/${v}`);
      }
      expect(sizeFor(scene, 'narrow').width).toBeLessThan(NARROW_BREAKPOINT);
    });
  });
}
