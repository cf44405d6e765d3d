/**
 * Label placement that avoids collisions: try the label where the layout wants it, then
 * each alternative in order (nudged along, flipped to the other side, moved above), and
 * keep the first spot where it overlaps no other text, crosses no line and stays inside
 * the figure. Uses the same rules as the geometry tests (./geometry.ts).
 */
import type { Mark, Size, TextMark } from '../contract';
import { collisions, shapesOf } from './geometry';

/** A spot to try: any of the label's position fields, or a shift (dx, dy) from where it is. */
export type Spot = Partial<Pick<TextMark, 'x' | 'y' | 'anchor' | 'baseline'>> & { dx?: number; dy?: number };

/** Shifts to try, nearest first: every `step` px up to `max` along x (dx) or y (dy), one direction (sign of step). */
export function nudges(axis: 'dx' | 'dy', step: number, max: number): Spot[] {
  const out: Spot[] = [];
  for (let d = step; Math.abs(d) <= Math.abs(max); d += step) out.push({ [axis]: d });
  return out;
}

function at(label: TextMark, s: Spot): TextMark {
  const { dx = 0, dy = 0, ...abs } = s;
  const m = { ...label, ...abs };
  return { ...m, x: Math.round((m.x + dx) * 10) / 10, y: Math.round((m.y + dy) * 10) / 10 };
}

function clashes(label: TextMark, others: readonly Mark[], size: Size): number {
  const shapes = shapesOf({
    width: size.width,
    height: size.height,
    title: '',
    description: '',
    marks: [label, ...others],
    table: { caption: '', columns: [], rows: [] },
  });
  // A moved label keeps 3 px clear of the lines it dodges, so it does not read as touching them.
  return collisions(shapes, 0.5, 3).filter((c) => c.text === label.key || c.other === label.key).length;
}

/**
 * The label at the first spot (its own first) with no clash against `others`; if every
 * spot clashes, the one with the fewest clashes (ties: the earliest).
 */
export function place(label: TextMark, spots: readonly Spot[], others: readonly Mark[], size: Size): TextMark {
  let best = label;
  let bestN = clashes(label, others, size);
  for (const s of spots) {
    if (bestN === 0) break;
    const cand = at(label, s);
    const n = clashes(cand, others, size);
    if (n < bestN) {
      best = cand;
      bestN = n;
    }
  }
  return best;
}

/** Place each label of `marks` whose key `spotsFor` answers for, against all the other marks. */
export function placeAll(marks: Mark[], spotsFor: (m: TextMark) => readonly Spot[] | undefined, size: Size): Mark[] {
  const out = [...marks];
  out.forEach((m, i) => {
    if (m.kind !== 'text') return;
    const spots = spotsFor(m);
    if (!spots) return;
    out[i] = place(
      m,
      spots,
      out.filter((_, j) => j !== i),
      size,
    );
  });
  return out;
}
