/**
 * A figure fills its box (issue 17: "no more than 32 px blank between the drawing and the figure's
 * note"). The box keeps one height per scene and width, so nothing shifts while scrolling; each step
 * draws to fill it. Here: no horizontal band of a step's drawing taller than MAX_BLANK px is empty,
 * at the server's size (640 px wide) and the laptop's (704 px, a 1280 px window), in both languages.
 * A chart's plot area (from its first grid line to its last) counts as drawn.
 *
 * And every footnote drawn in the box sits under the drawing, no more than MAX_NOTE_GAP px below it.
 *
 * The e2e check (tests/e2e/reading.spec.ts) measures only from the last mark to the box's foot, so a
 * note pinned to the foot hid the blank above it: this check finds it. STILL_OPEN lists the steps not
 * yet redrawn to fill their box, each with why; an entry that no longer needs to be there fails too.
 */
import { describe, expect, it } from 'vitest';
import { sizeFor, type Frame, type Mark, type Size } from '../../src/scenes/contract';
import { sceneNames, scenes } from '../../src/scenes/registry';
import { shapesOf } from '../../src/scenes/kit/geometry';
import { textOf } from '../helpers/scene-text';

const MAX_BLANK = 64;

// Steps not yet redrawn to fill their box, each with why. Empty since the five listed in stop 28
// (moe-routing batch, memory-vs-compute, kv-cache, r1-zero-problems, cost bill) were redrawn.
const STILL_OPEN: Record<string, string> = {};

/** The tallest empty horizontal band between the drawing's marks, and where it starts. */
function blankBand(frame: Frame): { blank: number; at: number } {
  const s = shapesOf(frame);
  const spans: [number, number][] = [
    ...s.texts.map((t): [number, number] => [t.box.y0, t.box.y1]),
    ...s.areas.map((a): [number, number] => [a.box.y0, a.box.y1]),
    ...s.strokes.flatMap((k) => k.segments.map((g): [number, number] => [Math.min(g[1], g[3]), Math.max(g[1], g[3])])),
  ];
  const grid = frame.marks.flatMap((m) => (m.kind === 'line' && /\bgrid-line\b/.test(m.className ?? '') && m.y1 === m.y2 ? [m.y1] : []));
  if (grid.length >= 2) spans.push([Math.min(...grid), Math.max(...grid)]);
  spans.sort((a, b) => a[0] - b[0]);
  let end = 0;
  let blank = 0;
  let at = 0;
  for (const [y0, y1] of spans) {
    if (y0 - end > blank) {
      blank = y0 - end;
      at = end;
    }
    end = Math.max(end, y1);
  }
  return { blank: Math.round(blank), at: Math.round(at) };
}

/**
 * The blank between a step's footnote (the kit's `footnote()`, class tcm-note) and the lowest mark
 * above it: the "no more than 32 px blank between the drawing and the figure's note", for the
 * note drawn inside the box (the figure's own note under the box is reading.spec.ts's check).
 * null where the step has no footnote.
 */
function noteGap(frame: Frame): number | null {
  const s = shapesOf(frame);
  const noteKeys = new Set(frame.marks.filter((m) => m.kind === 'text' && /\btcm-note\b/.test(m.className ?? '')).map((m) => m.key));
  const notes = s.texts.filter((t) => noteKeys.has(t.key));
  if (!notes.length) return null;
  const top = Math.min(...notes.map((t) => t.box.y0));
  const above = [...s.texts.filter((t) => !noteKeys.has(t.key)).map((t) => t.box), ...s.areas.map((a) => a.box)].filter((b) => b.y1 <= top + 1);
  return Math.round(top - Math.max(0, ...above.map((b) => b.y1)));
}
const MAX_NOTE_GAP = 32;

/** A 640×300 frame of just these marks, for the planted faults. */
const planted = (marks: Mark[]): Frame => ({ width: 640, height: 300, title: 't', description: 'd', table: { caption: 'c', columns: [], rows: [] }, marks });

const laptop = (aspect: number): Size => ({ width: 704, height: Math.round(704 * aspect) });

describe('every step draws to fill its box (wide)', () => {
  const over = new Map<string, string[]>();
  const farNotes: string[] = [];
  for (const name of sceneNames) {
    const scene = scenes[name]!;
    for (const size of [sizeFor(scene, 'wide'), laptop(scene.aspect.wide)])
      for (const locale of ['en', 'zh'] as const)
        for (const step of scene.steps) {
          const frame = scene.layout(scene.data, step.id, size, textOf(scene, locale));
          const { blank, at } = blankBand(frame);
          const gap = noteGap(frame);
          if (gap !== null && gap > MAX_NOTE_GAP) farNotes.push(`${name} ${step.id} ${locale} ${size.width}×${size.height}: ${gap} px above its note`);
          if (blank > MAX_BLANK) {
            const id = `${name} ${step.id}`;
            over.set(id, [...(over.get(id) ?? []), `${locale} ${size.width}×${size.height}: ${blank} px empty from y ${at}`]);
          }
        }
  }
  it(`no step leaves a band over ${MAX_BLANK} px empty, but those still open`, () => {
    expect([...over].filter(([id]) => !(id in STILL_OPEN)).map(([id, where]) => `${id}: ${where.join('; ')}`)).toEqual([]);
  });
  it(`every footnote sits under the drawing: no more than ${MAX_NOTE_GAP} px blank above it`, () => {
    expect(farNotes).toEqual([]);
  });
  it('the note check finds a planted gap: a note 60 px under the last mark', () => {
    const frame = planted([
      { kind: 'rect', key: 'a', x: 0, y: 0, width: 100, height: 200 },
      { kind: 'text', key: 'n:0', x: 0, y: 275, text: 'A note at the foot', fontSize: 11, className: 'tcm-note' },
    ]);
    expect(noteGap(frame)).toBeGreaterThan(50);
  });
  it('each step still open is still short of filling its box (else take it off the list)', () => {
    expect(Object.keys(STILL_OPEN).filter((id) => !over.has(id))).toEqual([]);
  });
  it('the check finds a planted blank: a frame whose marks stop 100 px above its note', () => {
    const frame = planted([
      { kind: 'rect', key: 'a', x: 0, y: 0, width: 100, height: 150 },
      { kind: 'text', key: 'note', x: 0, y: 290, text: 'A note at the foot', fontSize: 11 },
    ]);
    expect(blankBand(frame).blank).toBeGreaterThan(100);
  });
});
