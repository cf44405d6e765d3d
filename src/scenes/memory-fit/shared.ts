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
import { percent } from '../kit/numbers';
import type { SceneText } from '../kit/messages';
import type en from './messages/en.json';
import type { MemorySetup } from './what-if';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type MemoryText = SceneText<keyof typeof en>;

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
  precisions: { id: PrecisionId; bits: number }[];
  /** Illustrative allowance share (0.2 = +20%): an assumption, labelled as such. */
  allowance: number;
  hardware: HardwareRow[];
  /** The "kv-cache" step's setup (the what-if controls change it): weights plus a computed KV cache. */
  setup: MemorySetup;
}

/** A number format's name (BF16, FP8, 4-bit), its bytes ("2 bytes") and "2 bytes each". */
export const formatName = (text: MemoryText, id: PrecisionId) => text.t(`format.${id}`);
export const bytesText = (text: MemoryText, id: PrecisionId) => text.t(`bytes.${id}`);
export const eachText = (text: MemoryText, id: PrecisionId) => text.t(`each.${id}`);
/** A machine's short name, full name and kind of memory, by its id in src/data/hardware.json. */
export const machine = (text: MemoryText, id: string) => (text.has(`machine.${id}`) ? text.t(`machine.${id}` as keyof typeof en) : id);
export const machineName = (text: MemoryText, id: string) => text.t(`machineName.${id}` as keyof typeof en);
export const machineKind = (text: MemoryText, id: string) => text.t(`machineKind.${id}` as keyof typeof en);
/** "four" for 4 in English (四 in Chinese) where the catalogue spells it, else the numeral. */
export const countWord = (text: MemoryText, n: number) => (text.has(`number.${n}`) ? text.t(`number.${n}` as keyof typeof en) : text.number(n));
/** Items of a list: ", " in English, "，" in Chinese. */
export const commaList = (text: MemoryText, items: readonly string[]) => items.join(text.t('list.comma'));
export const semicolonList = (text: MemoryText, items: readonly string[]) => items.join(text.t('list.semicolon'));
/** "N × GPU". */
export const gpusText = (text: MemoryText, n: number, gpuId: string) => text.t('gpus', { gpus: n, gpu: machine(text, gpuId) });

/** The allowance share as "+20%" ("20%" with `plus` false). */
export function pctText(text: MemoryText, share: number, plus = true): string {
  return `${plus ? '+' : ''}${percent(text, Math.round(share * 100), 0)}`;
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
  text: MemoryText,
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
      text: machine(text, h.id),
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
      text: `${machine(text, h.id)} →`,
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
      text: text.t('machine.offScale', { gb: `${int(h.memoryGB)} GB` }),
      anchor: 'end',
      className: 'mf-hw-gb',
      fontSize: smallType(narrow),
    });
  });
  return marks;
}

/** One step of the figure (a file in steps/): its whole frame. `label` is the step's button label. */
export type MemoryStep = (d: MemorySceneData, label: string, W: number, H: number, narrow: boolean, text: MemoryText) => Frame;

/** A step drawn under a headline, the figure's usual frame. */
export function headed(parts: {
  headline(d: MemorySceneData, narrow: boolean, text: MemoryText): { title: string; sub: string };
  marks(d: MemorySceneData, W: number, H: number, narrow: boolean, top: number, text: MemoryText): Mark[];
  /** What the figure shows now, for screen readers. */
  describe(d: MemorySceneData, text: MemoryText): string;
  table(d: MemorySceneData, text: MemoryText): DataTable;
}): MemoryStep {
  return (d, label, W, H, narrow, text) => {
    const h = parts.headline(d, narrow, text);
    const head = header(h.title, h.sub, W, narrow);
    const marks: Mark[] = [...head.marks, ...parts.marks(d, W, H, narrow, head.bottom, text)];
    return {
      width: W,
      height: H,
      title: stepTitle(label, h.title, text.t('title.colon')),
      description: parts.describe(d, text),
      marks,
      table: parts.table(d, text),
    };
  };
}

/** The weights of `models` at each format, with the allowance, and the machines' memory unless `withHardware` is false. */
export function weightsTable(d: MemorySceneData, models: readonly ModelRow[], withHardware: boolean, text: MemoryText): DataTable {
  const r = (v: number) => Math.round(v * 100) / 100;
  const rows: (string | number)[][] = [];
  for (const m of models) {
    for (const p of d.precisions) {
      const w = weightsAt(m.paramsB, p.id);
      rows.push([m.name, m.paramsB, formatName(text, p.id), r(w), r(withAllowance(w, d.allowance)), m.source]);
    }
  }
  const table: DataTable = {
    caption: text.t('table.caption'),
    columns: [
      text.t('table.model'),
      text.t('table.params'),
      text.t('table.format'),
      text.t('table.weights'),
      text.t('table.withAllowance', { pct: pctText(text, d.allowance) }),
      text.t('table.source'),
    ],
    rows,
  };
  if (withHardware) {
    for (const h of d.hardware)
      table.rows.push([
        text.t('table.machine', { name: machineName(text, h.id), kind: machineKind(text, h.id) }),
        '',
        text.t('table.hardware'),
        h.memoryGB,
        '',
        h.source,
      ]);
  }
  return table;
}
