/**
 * model-size: the whole model as one square per billion parameters, and the few that
 * work on each token, lit. Drawn to scale from DeepSeek's published counts (the data
 * is built in index.ts from src/data/model-config.json; nothing is typed here). The
 * squares are two paths (all of them, and the lit ones on top) rather than 700 marks,
 * so the page stays light and a step change is one fade.
 */
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size, findStep } from '../contract';
import { px } from '../kit/format';
import { measure } from '../kit/text';
import { billions, type ModelSizeText } from './shared';
import { steps } from './steps';
import { stepsById } from './steps/index';

export interface ModelSizeData {
  /** Billions of parameters stored (published, whole number). */
  totalB: number;
  /** Billions at work on each token (published, rounded). */
  activeB: number;
  /** The same two counts computed from the configuration (src/model/parameters.ts), for the table. */
  computedTotalB: number;
  computedActiveB: number;
}

/** One step of the figure (a file in steps/): which squares are lit, and its words. */
export interface ModelSizeStep {
  /** The squares at work on each token are lit (and the second headline line shows). */
  lit: boolean;
  title(d: ModelSizeData, text: ModelSizeText): string;
  /** What the figure shows now, for screen readers. */
  describe(d: ModelSizeData, text: ModelSizeText): string;
}

/** Which squares light up: spread over the whole grid, no pattern (a fixed seed, so every render agrees). */
export function litSquares(total: number, lit: number): number[] {
  if (!Number.isInteger(total) || !Number.isInteger(lit) || lit < 0 || lit > total)
    throw new Error(`model-size: cannot light ${lit} of ${total} squares (both must be whole numbers, lit ≤ total).`);
  let seed = 20250120;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // One square in each of `lit` equal stretches, at a random place in it: scattered but even.
  const out: number[] = [];
  for (let k = 0; k < lit; k++) {
    const from = Math.floor((k * total) / lit);
    const to = Math.floor(((k + 1) * total) / lit);
    out.push(from + Math.floor(rand() * (to - from)));
  }
  return out;
}

/** The largest square (with its gap) that fits `n` squares in width × height, and the grid it makes. */
export function gridFor(n: number, width: number, height: number): { cell: number; gap: number; cols: number; rows: number } {
  for (let cell = Math.min(40, width); cell >= 2; cell -= 0.25) {
    const cols = Math.max(1, Math.floor(width / cell));
    const rows = Math.ceil(n / cols);
    if (rows * cell <= height) return { cell, gap: Math.max(1, cell * 0.16), cols, rows };
  }
  const cols = Math.max(1, Math.floor(width / 2));
  return { cell: 2, gap: 0.5, cols, rows: Math.ceil(n / cols) };
}

function squaresPath(indices: readonly number[], cols: number, cell: number, gap: number, top: number): string {
  const s = px(cell - gap);
  return indices.map((i) => `M${px((i % cols) * cell)} ${px(top + Math.floor(i / cols) * cell)}h${s}v${s}h${-s}z`).join('');
}

/** A headline size that fits the width (down to 14 px). */
function fitSize(text: string, width: number, wanted: number): number {
  let fs = wanted;
  while (fs > 14 && measure(text, { size: fs, weight: 700 }) > width) fs -= 1;
  return fs;
}

export function layout(data: ModelSizeData, stepId: string, size: Size, text: ModelSizeText): Frame {
  const step = stepsById[findStep('model-size', steps, stepId).id];
  const { width: W, height: H } = size;
  const narrow = W < NARROW_BREAKPOINT;
  const on = step.lit;
  const totalText = text.t('headline.total', { total: billions(text, data.totalB) });
  const activeText = text.t('headline.active', { active: billions(text, data.activeB) });
  const fs = Math.min(fitSize(totalText, W, narrow ? 20 : 26), fitSize(activeText, W, narrow ? 20 : 26));
  const lh = Math.round(fs * 1.25);
  // 14 at 640 wide is still 12.6 px in a 576 px chapter column.
  const keyFs = narrow ? 12 : 14;
  const y1 = fs;
  const y2 = y1 + lh;
  const yKey = y2 + Math.round(keyFs * 1.9);
  const top = yKey + Math.round(keyFs * 0.9);
  const g = gridFor(data.totalB, W, Math.max(40, H - top - 2));
  const lit = litSquares(data.totalB, data.activeB);
  const all = Array.from({ length: data.totalB }, (_, i) => i);
  const sw = px(Math.max(8, g.cell - g.gap));
  const marks: Mark[] = [
    { kind: 'text', key: 'total', x: 0, y: px(y1), text: totalText, fontSize: fs, fontWeight: 700, className: 'ms-total' },
    { kind: 'text', key: 'active', x: 0, y: px(y2), text: activeText, fontSize: fs, fontWeight: 700, className: 'ms-active', opacity: on ? 1 : 0 },
    { kind: 'rect', key: 'key-swatch', x: 0, y: px(yKey - keyFs * 0.8), width: sw, height: sw, className: 'ms-cell' },
    {
      kind: 'text',
      key: 'key',
      x: px(sw + 6),
      y: px(yKey),
      text: text.t(on ? 'key.lit' : 'key.stored'),
      fontSize: keyFs,
      className: 'ms-key',
    },
    { kind: 'path', key: 'cells', d: squaresPath(all, g.cols, g.cell, g.gap, top), className: 'ms-cells' },
    { kind: 'path', key: 'lit', d: squaresPath(lit, g.cols, g.cell, g.gap, top), className: 'ms-lit', opacity: on ? 1 : 0 },
  ];
  const table: DataTable = {
    caption: text.t('table.caption'),
    columns: [text.t('table.what'), text.t('table.published'), text.t('table.counted')],
    rows: [
      [text.t('table.stored'), data.totalB, data.computedTotalB.toFixed(1)],
      [text.t('table.active'), data.activeB, data.computedActiveB.toFixed(1)],
    ],
  };
  return {
    width: W,
    height: H,
    title: step.title(data, text),
    description: step.describe(data, text),
    marks,
    table,
  };
}
