/**
 * Where a frame's text sits and what it runs into. The same checks run twice: on the
 * frames, with the kit's font metrics (tests/unit/geometry.test.ts), and in Chromium on
 * the drawn SVG, with getBBox() after the font has loaded (tests/e2e/geometry.spec.ts),
 * which is the one that counts because the first measures with the metrics it tests.
 *
 * The rules: no two texts overlap; no text crosses a line, a path or the edge of a rect or
 * circle (a label may sit wholly inside a bar or a badge, or wholly outside it), unless the
 * text names that mark in `sitsOn` (faint lines of class `grid-line` are references any
 * label may cross); no text leaves the viewBox. The few exceptions are in
 * ./geometry-allowances.ts, each with its reason.
 */
import type { Frame, Mark } from '../contract';
import { inkBand, measure } from './text';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface TextShape {
  key: string;
  text: string;
  box: Box;
  sitsOn?: readonly string[];
}
export type Segment = readonly [number, number, number, number];
export interface Shapes {
  width: number;
  height: number;
  texts: TextShape[];
  /** Lines and paths, as straight segments (curves by their control polygon). */
  strokes: { key: string; segments: Segment[] }[];
  /** Rects and circles, by their bounding box. */
  areas: { key: string; box: Box }[];
}

export interface Allowance {
  scene: string;
  /** Key of the text mark. */
  text: string;
  /** Key of the other mark, or 'viewBox'. */
  other: string;
  reason: string;
}

/** The text's ink box from the kit's metrics (what the browser will draw); `width` if already measured. */
export function textBox(m: Extract<Mark, { kind: 'text' }>, width?: number): Box {
  const size = m.fontSize ?? 16;
  const w = width ?? textWidth(m);
  const x0 = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  const [top, bottom] = inkBand(size, m.baseline, m.text);
  return { x0, x1: x0 + w, y0: m.y + top, y1: m.y + bottom };
}

/** The text's advance width from the kit's metrics. */
export function textWidth(m: Extract<Mark, { kind: 'text' }>): number {
  return measure(m.text, { size: m.fontSize ?? 16, weight: m.fontWeight ?? 400 });
}

/** Straight segments of an SVG path (absolute and relative M L H V Z; C S Q T A by their points). */
export function pathSegments(d: string): Segment[] {
  const out: Segment[] = [];
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  const num = () => Number(tokens[i++]);
  const to = (nx: number, ny: number) => {
    out.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  const ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    const lower = cmd.toLowerCase();
    const rel = cmd === lower;
    if (lower === 'z') {
      to(sx, sy);
      continue;
    }
    const n = ARGS[lower];
    if (n === undefined) throw new Error(`geometry: unknown path command "${cmd}" in "${d}"`);
    const a = Array.from({ length: n }, num);
    if (a.some((v) => !Number.isFinite(v))) break;
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    if (lower === 'm') {
      x = a[0]! + ox;
      y = a[1]! + oy;
      sx = x;
      sy = y;
      cmd = rel ? 'l' : 'L';
    } else if (lower === 'h') to(a[0]! + ox, y);
    else if (lower === 'v') to(x, a[0]! + oy);
    else if (lower === 'a') to(a[5]! + ox, a[6]! + oy);
    else for (let k = 0; k < n; k += 2) to(a[k]! + ox, a[k + 1]! + oy);
  }
  return out;
}

/** A frame's shapes, measured with the kit (texts that are empty or invisible are left out). */
export function shapesOf(frame: Frame): Shapes {
  const s: Shapes = { width: frame.width, height: frame.height, texts: [], strokes: [], areas: [] };
  for (const m of frame.marks) {
    if ((m.opacity ?? 1) === 0) continue;
    if (m.kind === 'text') {
      if (m.text.trim()) s.texts.push({ key: m.key, text: m.text, box: textBox(m), sitsOn: m.sitsOn });
    } else if (m.kind === 'line') {
      // A faint grid line declares, by its class, that labels may cross it (it is a reference, not data).
      if (!/\bgrid-line\b/.test(m.className ?? '')) s.strokes.push({ key: m.key, segments: [[m.x1, m.y1, m.x2, m.y2]] });
    } else if (m.kind === 'path') s.strokes.push({ key: m.key, segments: pathSegments(m.d) });
    else if (m.kind === 'rect') {
      if (m.width > 0 && m.height > 0) s.areas.push({ key: m.key, box: { x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height } });
    } else if (m.r > 0) s.areas.push({ key: m.key, box: { x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r } });
  }
  return s;
}

/** Overlap of two boxes shrunk by `slack` px on every side (touching is not colliding). */
function overlaps(a: Box, b: Box, slack: number): boolean {
  return a.x0 + slack < b.x1 - slack && b.x0 + slack < a.x1 - slack && a.y0 + slack < b.y1 - slack && b.y0 + slack < a.y1 - slack;
}

function inside(a: Box, b: Box, slack: number): boolean {
  return a.x0 >= b.x0 - slack && a.x1 <= b.x1 + slack && a.y0 >= b.y0 - slack && a.y1 <= b.y1 + slack;
}

/** Does the segment pass through the box (Liang–Barsky clipping)? */
function segmentHitsBox([x1, y1, x2, y2]: Segment, b: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, x1 - b.x0) && clip(dx, b.x1 - x1) && clip(-dy, y1 - b.y0) && clip(dy, b.y1 - y1) && t0 < t1;
}

export interface Collision {
  text: string;
  other: string;
  message: string;
}

/**
 * Every rule a frame breaks. `slack` forgives sub-pixel contact (rounding, anti-aliasing):
 * boxes are shrunk by it before they are compared.
 */
export function collisions(s: Shapes, slack = 0.5, clearance = 0): Collision[] {
  // Each pair of texts once: a text against the texts after it.
  return s.texts.flatMap((t, i) => textCollisions(t, s, s.texts.slice(i + 1), slack, clearance));
}

/**
 * The rules one text breaks: leaving the viewBox of `s`, overlapping any of `texts`, and
 * crossing `s`'s strokes and areas. Label placement (./place.ts) asks this of each spot it
 * tries, against the rest of the frame measured once.
 */
export function textCollisions(t: TextShape, s: Shapes, texts: readonly TextShape[], slack = 0.5, clearance = 0): Collision[] {
  const out: Collision[] = [];
  const { box } = t;
  const q = (u: TextShape) => `"${u.text}" (${u.key})`;
  if (box.x0 < -slack || box.y0 < -slack || box.x1 > s.width + slack || box.y1 > s.height + slack) {
    out.push({ text: t.key, other: 'viewBox', message: `${q(t)} leaves the viewBox (${fmt(box)} in ${s.width}×${s.height})` });
  }
  for (const u of texts) {
    if (overlaps(box, u.box, slack)) out.push({ text: t.key, other: u.key, message: `${q(t)} overlaps ${q(u)}` });
  }
  // `clearance` (for placing labels) keeps a text this many px from the lines it dodges, not just off them.
  const inner: Box = { x0: box.x0 + slack - clearance, y0: box.y0 + slack, x1: box.x1 - slack + clearance, y1: box.y1 - slack };
  const sits = new Set(t.sitsOn ?? []);
  for (const st of s.strokes) {
    if (sits.has(st.key)) continue;
    if (st.segments.some((seg) => segmentHitsBox(seg, inner))) out.push({ text: t.key, other: st.key, message: `${q(t)} is crossed by ${st.key}` });
  }
  for (const a of s.areas) {
    if (sits.has(a.key)) continue;
    if (overlaps(box, a.box, slack) && !inside(box, a.box, slack) && !inside(a.box, box, slack)) {
      out.push({ text: t.key, other: a.key, message: `${q(t)} straddles the edge of ${a.key} (${fmt(box)} vs ${fmt(a.box)})` });
    }
  }
  return out;
}

const fmt = (b: Box) => `${b.x0.toFixed(1)},${b.y0.toFixed(1)}–${b.x1.toFixed(1)},${b.y1.toFixed(1)}`;

/** The collisions no allowance covers, for one scene. */
export function unallowed(scene: string, found: Collision[], allowances: readonly Allowance[]): Collision[] {
  return found.filter((c) => !allowances.some((a) => a.scene === scene && a.text === c.text && a.other === c.other));
}
