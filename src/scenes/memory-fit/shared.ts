/**
 * What several steps of memory-fit share: its data, the per-step type each file in steps/
 * implements, format words, the machines' memory lines and the weights table.
 */
import { weightsAt, withAllowance, type PrecisionId } from '../../model/memory';
import type { DataTable, Frame, Mark } from '../contract';
import { px } from '../kit/format';
import { header, int, spread } from '../kit/chart';
import { smallType } from '../kit/text';
import { stepTitle } from '../kit/title';
import type { MemorySetup } from './what-if';

export interface ModelRow {
  id: string;
  name: string;
  short: string;
  /** Billions of parameters. */
  paramsB: number;
  /** Source id of the parameter count. */
  source: string;
}
export interface HardwareRow {
  id: string;
  name: string;
  short: string;
  memoryGB: number;
  memoryKind: string;
  source: string;
}
export interface MemorySceneData {
  full: ModelRow & { withMtpB: number };
  distilled: ModelRow[];
  precisions: { id: PrecisionId; label: string; bits: number }[];
  /** Illustrative allowance share (0.2 = +20%): an assumption, labelled as such. */
  allowance: number;
  allowanceLabel: string;
  hardware: HardwareRow[];
  /** The "kv-cache" step's setup (the what-if controls change it): weights plus a computed KV cache. */
  setup: MemorySetup;
}

export const PREC_SHORT: Record<PrecisionId, string> = { bf16: 'BF16', fp8: 'FP8', int4: '4-bit' };
export const PREC_BYTES_TEXT: Record<PrecisionId, string> = { bf16: '2 bytes', fp8: '1 byte', int4: '½ byte' };
export const PREC_EACH: Record<PrecisionId, string> = { bf16: '2 bytes each', fp8: '1 byte each', int4: 'half a byte each' };

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "four" for 4: the number of machines is read from the data, written as a word. */
export const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);

export function pctText(share: number): string {
  return `+${Math.round(share * 100)}%`;
}

/** Hardware vertical lines with labels spread along the top so close values don't collide. */
export function hardwareMarks(
  hw: HardwareRow[],
  x: (v: number) => number,
  xMax: number,
  labelTop: number,
  plotTop: number,
  plotBottom: number,
  narrow: boolean,
  W: number,
): Mark[] {
  const marks: Mark[] = [];
  const onScale = hw.filter((h) => h.memoryGB <= xMax);
  const off = hw.filter((h) => h.memoryGB > xMax);
  const labelW = narrow ? 58 : 92;
  const lo = labelW / 2;
  const hi = W - labelW / 2 - (off.length ? (narrow ? 70 : 110) : 0);
  const xs = spread(
    onScale.map((h) => x(h.memoryGB)),
    labelW + 4,
    lo,
    Math.max(lo, hi),
  );
  onScale.forEach((h, i) => {
    const lx = xs[i]!;
    const hx = x(h.memoryGB);
    const key = `hw:${h.id}`;
    marks.push({
      kind: 'text',
      key: `${key}:name`,
      x: px(lx),
      y: px(labelTop + 11),
      text: h.short,
      anchor: 'middle',
      className: 'mf-hw-label',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:gb`,
      x: px(lx),
      y: px(labelTop + 24),
      text: `${int(h.memoryGB)} GB`,
      anchor: 'middle',
      className: 'mf-hw-gb',
      fontSize: smallType(narrow),
    });
    marks.push({ kind: 'path', key: `${key}:leader`, d: `M${px(lx)},${px(labelTop + 29)} L${px(hx)},${px(plotTop - 2)}`, className: 'mf-hw-leader' });
    marks.push({ kind: 'line', key: `${key}:line`, x1: px(hx), x2: px(hx), y1: px(plotTop - 2), y2: px(plotBottom), className: 'mf-hw-line' });
  });
  off.forEach((h, i) => {
    const key = `hw:${h.id}`;
    marks.push({
      kind: 'text',
      key: `${key}:name`,
      x: px(W),
      y: px(labelTop + 11 + i * 26),
      text: `${h.short} →`,
      anchor: 'end',
      className: 'mf-hw-label',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:gb`,
      x: px(W),
      y: px(labelTop + 24 + i * 26),
      text: `${int(h.memoryGB)} GB, off scale`,
      anchor: 'end',
      className: 'mf-hw-gb',
      fontSize: smallType(narrow),
    });
  });
  return marks;
}

/** One step of the figure (a file in steps/): its whole frame. `label` is the step's button label. */
export type MemoryStep = (d: MemorySceneData, label: string, W: number, H: number, narrow: boolean) => Frame;

/** A step drawn under a headline, the figure's usual frame. */
export function headed(parts: {
  headline(d: MemorySceneData, narrow: boolean): { title: string; sub: string };
  marks(d: MemorySceneData, W: number, H: number, narrow: boolean, top: number): Mark[];
  /** What the figure shows now, for screen readers. */
  describe(d: MemorySceneData): string;
  table(d: MemorySceneData): DataTable;
}): MemoryStep {
  return (d, label, W, H, narrow) => {
    const h = parts.headline(d, narrow);
    const head = header(h.title, h.sub, W, narrow);
    const marks: Mark[] = [...head.marks, ...parts.marks(d, W, H, narrow, head.bottom)];
    return { width: W, height: H, title: stepTitle(label, h.title), description: parts.describe(d), marks, table: parts.table(d) };
  };
}

/** The weights of `models` at each format, with the allowance, and the machines' memory unless `withHardware` is false. */
export function weightsTable(d: MemorySceneData, models: readonly ModelRow[], withHardware: boolean): DataTable {
  const r = (v: number) => Math.round(v * 100) / 100;
  const rows: (string | number)[][] = [];
  for (const m of models) {
    for (const p of d.precisions) {
      const w = weightsAt(m.paramsB, p.id);
      rows.push([m.name, m.paramsB, p.label, r(w), r(withAllowance(w, d.allowance)), m.source]);
    }
  }
  const table: DataTable = {
    caption: 'Memory for the weights (parameters × bytes per parameter) and with an illustrative allowance, GB',
    columns: ['Model', 'Parameters (billions)', 'Format', 'Weights (GB)', `With ${pctText(d.allowance)} allowance (GB, illustrative)`, 'Source'],
    rows,
  };
  if (withHardware) {
    for (const h of d.hardware) table.rows.push([`${h.name}: ${h.memoryKind}`, '', 'hardware', h.memoryGB, '', h.source]);
  }
  return table;
}
