/**
 * Issue 16: no figure text renders below 12 CSS px on a 390 px wide phone. For every scene ×
 * step in the narrow size (and at the ends of every what-if control), every text mark's font
 * size × the scale its SVG is drawn at in the phone's pinned figure box must reach
 * PHONE_MIN_TEXT (kit/text.ts). The scale comes from contract.ts (phoneScale: the box the CSS gives the
 * figure on that phone, over the viewBox), not from this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { phoneFigureBox, phoneScale, sizeFor, type Frame } from '../../src/scenes/contract';
import { PHONE_MIN_TEXT } from '../../src/scenes/kit/text';
import { sceneNames, scenes } from '../../src/scenes/registry';
import { clampWhatIf, r1State } from '../../src/scenes/kit/what-if';
import { textOf } from '../helpers/scene-text';

/** Text marks that would render below the floor, as "step: key (size px)". */
function tooSmall(frame: Frame, scale: number, where: string): string[] {
  const out: string[] = [];
  for (const m of frame.marks) {
    if (m.kind !== 'text') continue;
    // Without fontSize SVG text inherits the page's 16px (kit/geometry.ts measures it so).
    const rendered = (m.fontSize ?? 16) * scale;
    if (rendered < PHONE_MIN_TEXT - 1e-9) out.push(`${where}: ${m.key} "${m.text}" at ${rendered.toFixed(2)} px`);
  }
  return out;
}

describe(`figure text on a phone is at least ${PHONE_MIN_TEXT} CSS px`, () => {
  // What some controls' dataFor needs beyond the scene's data (moe-routing's precomputed runs).
  beforeAll(async () => {
    for (const name of sceneNames) await scenes[name]!.whatIf?.prepare?.();
  });
  it('the narrow frame is drawn at (or above) 1:1 in the pinned box of a 390×844 phone', () => {
    for (const name of sceneNames) {
      const scene = scenes[name]!;
      const box = phoneFigureBox(scene.aspect.narrow);
      // Half of 844 less the pin's padding and rule: a tall figure is capped, and the static
      // SVG must then not be drawn taller than that box (it would be shrunk, and its type with it).
      expect(box.width, name).toBe(366);
      expect(box.height, name).toBeLessThanOrEqual(409);
      expect(phoneScale(scene.aspect.narrow, sizeFor(scene, 'narrow')), name).toBeGreaterThanOrEqual(1);
    }
    // A frame drawn taller than the box is scaled down: the scale says so.
    expect(phoneScale(1.35, { width: 360, height: 486 })).toBeCloseTo(409 / 486, 5);
  });

  for (const name of sceneNames) {
    const scene = scenes[name]!;
    it(`${name}: every step's text`, () => {
      const size = sizeFor(scene, 'narrow');
      const scale = phoneScale(scene.aspect.narrow, size);
      const problems = scene.steps.flatMap((s) => tooSmall(scene.layout(scene.data, s.id, size, textOf(scene)), scale, s.id));
      expect(problems).toEqual([]);
    });
    const w = scene.whatIf;
    if (!w) continue;
    it(`${name}: every step's text at the ends of every what-if control`, () => {
      const size = sizeFor(scene, 'narrow');
      const scale = phoneScale(scene.aspect.narrow, size);
      const r1 = r1State(w.spec);
      const states: Record<string, number>[] = w.spec.controls.flatMap((c) => [
        { ...r1, [c.key]: c.min },
        { ...r1, [c.key]: c.max },
      ]);
      states.push(Object.fromEntries(w.spec.controls.map((c) => [c.key, c.min])));
      states.push(Object.fromEntries(w.spec.controls.map((c) => [c.key, c.max])));
      const problems = states.flatMap((st) => {
        const data = w.dataFor(clampWhatIf(w.spec, st).state);
        return scene.steps.flatMap((s) => tooSmall(scene.layout(data, s.id, size, textOf(scene)), scale, `${JSON.stringify(st)} ${s.id}`));
      });
      expect(problems).toEqual([]);
    });
  }
});
