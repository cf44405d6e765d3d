/**
 * What the steps of benchmark-bars share: the model order, units and axis domains, row
 * names, the legend with its drawn star, and the per-step type each file in steps/ implements.
 */
import type { Benchmarks, BenchmarkUnit } from '../../data/schemas';
import type { Frame, Mark, Size } from '../contract';
import { px } from '../kit/format';
import { starPath } from '../kit/symbols';
import { measure } from '../kit/text';
import type { SceneText } from '../kit/messages';
import { fixed, percent } from '../kit/numbers';
import type en from './messages/en.json';

/** The figure's words (messages/<locale>.json), keys checked against the English. */
export type BenchText = SceneText<BenchKey>;
type BenchKey = keyof typeof en;
/** A key built from data (a row id, a unit): a missing message throws, naming it. */
const key = (k: string) => k as BenchKey;

/** What a unit means, in full (panels, the data table) or short (the summary's rows). */
export const unitWords = (text: BenchText, unit: BenchmarkUnit, short = false) => text.t(key(`${short ? 'unitShort' : 'unit'}.${unit}`));
/** A row's short name, for the phone layout and the summary, where the long ones do not fit. */
export const rowShort = (text: BenchText, row: Row) => text.t(key(`rowShort.${row.id}`));
/** Items joined as the language lists them ("A and B"). */
export const listAnd = (text: BenchText, items: readonly string[]) => items.join(text.t('list.and'));

export type Row = Benchmarks['rows'][number];

/** Top to bottom in every panel: the same order each step, so the eye can follow a model. */
export const MODEL_ORDER = ['deepseek-r1', 'o1-1217', 'o1-mini', 'deepseek-v3', 'claude-3-5-sonnet', 'gpt-4o'] as const;

/** Axis domains per unit. A rating has no natural maximum; 2,500 clears the best score (2,061). */
export const DOMAIN: Record<BenchmarkUnit, [number, number]> = {
  percent: [0, 100],
  percentile: [0, 100],
  rating: [0, 2500],
};
export function formatValue(text: BenchText, unit: BenchmarkUnit, v: number): string {
  if (unit === 'percent') return percent(text, v);
  if (unit === 'percentile') return fixed(text, v, 1);
  return text.number(v);
}

/** The reader-facing description of what a row measures. */
export function rowTitle(text: BenchText, row: Row): string {
  return text.t(key(`row.${row.id}`));
}

export function unitText(text: BenchText, row: Row): string {
  return text.t('unit.line', { metric: text.t(key(`metric.${row.metric}`)), unit: unitWords(text, row.unit) });
}

export function rowById(data: Benchmarks, id: string): Row {
  const row = data.rows.find((r) => r.id === id);
  if (!row) throw new Error(`benchmark-bars: no row "${id}" in src/data/benchmarks.json`);
  return row;
}

export function modelName(data: Benchmarks, id: string): string {
  const m = data.models.find((x) => x.id === id);
  if (!m) throw new Error(`benchmark-bars: no model "${id}" in src/data/benchmarks.json`);
  return m.name;
}

/** The model(s) with the highest reported value on a row. */
export function leaders(row: Row): string[] {
  const reported = MODEL_ORDER.filter((m) => row.values[m] != null);
  const best = Math.max(...reported.map((m) => row.values[m] as number));
  return reported.filter((m) => row.values[m] === best);
}

export function modelClass(id: string): string {
  if (id === 'deepseek-r1') return 'mark-r1';
  if (id === 'o1-1217') return 'mark-o1';
  return 'mark-other';
}

/** The star after the best value (drawn: the typeface has no ★). */
export const STAR_R = 5;
export const STAR_GAP = 3;

/** The legend: R1 and o1-1217, then (unless left out) the other models and the best-of-the-six star with its words. */
export function legendMarks(y: number, narrow: boolean, text: BenchText, { others = true, best = true } = {}): Mark[] {
  // Colour is never the only cue: every bar is also labelled with its model's name.
  const items: [string, string][] = [
    ['mark-r1', 'DeepSeek-R1'],
    ['mark-o1', narrow ? 'o1-1217' : 'OpenAI o1-1217'],
  ];
  if (others) items.push(['mark-other', text.t(narrow ? 'legend.others.narrow' : 'legend.others')]);
  const marks: Mark[] = [];
  let x = 0;
  for (const [cls, text] of items) {
    marks.push({ kind: 'rect', key: `legend:swatch:${cls}`, x, y: y - 6, width: 12, height: 12, rx: 2, className: `bar ${cls}` });
    marks.push({ kind: 'text', key: `legend:text:${cls}`, x: x + 17, y, text, baseline: 'middle', className: 'legend-label', fontSize: 12 });
    x += 17 + measure(text, { size: 12 }) + 16;
  }
  if (!best) return marks;
  marks.push({ kind: 'path', key: 'legend:star', d: starPath(x + STAR_R, y - 0.5, STAR_R), className: 'best-star' });
  marks.push({
    kind: 'text',
    key: 'legend:best',
    x: px(x + 2 * STAR_R + 5),
    y,
    text: text.t(narrow ? 'legend.best.narrow' : 'legend.best'),
    baseline: 'middle',
    className: 'legend-label',
    fontSize: 12,
  });
  return marks;
}

/** One step of the figure (a file in steps/): its whole frame. `label` is the step's button label. */
export type BenchStep = (data: Benchmarks, label: string, size: Size, text: BenchText) => Frame;

/** The legend's baseline and the top of the panels, the same in every step. */
export const LEGEND_Y = 9;
export const TOP = 30;
