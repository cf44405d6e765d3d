/**
 * Label placement that avoids collisions: try the label where the layout wants it, then
 * each alternative in order (nudged along, flipped to the other side, moved above), and
 * keep the first spot where it overlaps no other text, crosses no line and stays inside
 * the figure. Uses the same rules as the geometry tests (./geometry.ts).
 */
import type { Frame, Mark, Size, TextMark } from '../contract';
import { shapesOf, textBox, textCollisions, textWidth, type Shapes } from './geometry';

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

/** How many rules the label at this spot breaks against the rest of the frame (`rest`, measured once). */
function clashes(label: TextMark, width: number, rest: Shapes): number {
  if ((label.opacity ?? 1) === 0 || !label.text.trim()) return 0;
  const shape = { key: label.key, text: label.text, box: textBox(label, width), sitsOn: label.sitsOn };
  // A moved label keeps 3 px clear of the lines it dodges, so it does not read as touching them.
  return textCollisions(shape, rest, rest.texts, 0.5, 3).length;
}

/**
 * The label at the first spot (its own first) with no clash against the rest of the frame
 * (`rest`, measured once); if every spot clashes, the one with the fewest clashes (ties: the earliest).
 */
function place(label: TextMark, spots: readonly Spot[], rest: Shapes): TextMark {
  // Every spot sets the same words at the same size: measure them once.
  const width = textWidth(label);
  let best = label;
  let bestN = clashes(label, width, rest);
  for (const s of spots) {
    if (bestN === 0) break;
    const cand = at(label, s);
    const n = clashes(cand, width, rest);
    if (n < bestN) {
      best = cand;
      bestN = n;
    }
  }
  return best;
}

/** Place each label of `marks` whose key `spotsFor` answers for, against all the other marks (as already placed). */
export function placeAll(marks: Mark[], spotsFor: (m: TextMark) => readonly Spot[] | undefined, size: Size): Mark[] {
  const out = [...marks];
  // Each mark measured once, and again only when it moves.
  const parts = out.map((m) => shapesOf(frameOf([m], size)));
  out.forEach((m, i) => {
    if (m.kind !== 'text') return;
    const spots = spotsFor(m);
    if (!spots) return;
    const rest = parts.filter((_, j) => j !== i);
    const placed = place(m, spots, {
      width: size.width,
      height: size.height,
      texts: rest.flatMap((p) => p.texts),
      strokes: rest.flatMap((p) => p.strokes),
      areas: rest.flatMap((p) => p.areas),
    });
    if (placed !== m) {
      out[i] = placed;
      parts[i] = shapesOf(frameOf([placed], size));
    }
  });
  return out;
}

/** Marks as a frame, for the geometry rules (which read only the marks and the size). */
function frameOf(marks: Mark[], size: Size): Frame {
  return { width: size.width, height: size.height, title: '', description: '', marks, table: { caption: '', columns: [], rows: [] } };
}
