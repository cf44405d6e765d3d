/**
 * What the steps of benchmark-bars share: the model order, units and axis domains, row
 * names, the legend with its drawn star, and the per-step type each file in steps/ implements.
 */
import type { Benchmarks, BenchmarkUnit } from '../../data/schemas';
import type { Frame, Mark, Size } from '../contract';
import { formatNumber, formatPercent, px } from '../kit/format';
import { starPath } from '../kit/symbols';
import { measure } from '../kit/text';

export type Row = Benchmarks['rows'][number];

/** Top to bottom in every panel: the same order each step, so the eye can follow a model. */
export const MODEL_ORDER = ['deepseek-r1', 'o1-1217', 'o1-mini', 'deepseek-v3', 'claude-3-5-sonnet', 'gpt-4o'] as const;

export const UNIT_SHORT: Record<BenchmarkUnit, string> = {
  percent: '% of problems solved',
  percentile: 'percentile vs humans',
  rating: 'Elo rating',
};
export const UNIT_TEXT: Record<BenchmarkUnit, string> = {
  percent: '% of problems solved',
  percentile: 'percentile among human contestants',
  rating: 'Elo rating',
};
/** Axis domains per unit. A rating has no natural maximum; 2,500 clears the best score (2,061). */
export const DOMAIN: Record<BenchmarkUnit, [number, number]> = {
  percent: [0, 100],
  percentile: [0, 100],
  rating: [0, 2500],
};
/** The reader-facing description of what a row measures. */
export const ROW_TEXT: Record<string, string> = {
  'aime-2024-pass-1': 'AIME 2024 (maths olympiad qualifier)',
  'math-500-pass-1': 'MATH-500 (competition maths)',
  'livecodebench-pass-1-cot': 'LiveCodeBench (coding problems)',
  'swe-verified-resolved': 'SWE-bench Verified (real GitHub issues)',
  'codeforces-percentile': 'Codeforces percentile',
  'codeforces-rating': 'Codeforces rating',
  'mmlu-pass-1': 'MMLU (general knowledge)',
  'gpqa-diamond-pass-1': 'GPQA Diamond (graduate science)',
};

/** Short names for the phone layout, where the long ones do not fit. */
export const ROW_SHORT: Record<string, string> = {
  'aime-2024-pass-1': 'AIME 2024',
  'math-500-pass-1': 'MATH-500',
  'livecodebench-pass-1-cot': 'LiveCodeBench',
  'swe-verified-resolved': 'SWE-bench Verified',
  'codeforces-percentile': 'Codeforces percentile',
  'codeforces-rating': 'Codeforces rating',
  'mmlu-pass-1': 'MMLU',
  'gpqa-diamond-pass-1': 'GPQA Diamond',
};

export function formatValue(unit: BenchmarkUnit, v: number): string {
  if (unit === 'percent') return formatPercent(v);
  if (unit === 'percentile') return formatNumber(v, '.1f');
  return formatNumber(v);
}

export function rowTitle(row: Row): string {
  return ROW_TEXT[row.id] ?? `${row.benchmark} (${row.metric})`;
}

export function unitText(row: Row): string {
  return `${row.metric} · ${UNIT_TEXT[row.unit]}`;
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

export function legendMarks(y: number, narrow: boolean): Mark[] {
  // Colour is never the only cue: every bar is also labelled with its model's name.
  const items: [string, string][] = [
    ['mark-r1', 'DeepSeek-R1'],
    ['mark-o1', narrow ? 'o1-1217' : 'OpenAI o1-1217'],
    ['mark-other', narrow ? 'Others' : 'Other models'],
  ];
  const marks: Mark[] = [];
  let x = 0;
  for (const [cls, text] of items) {
    marks.push({ kind: 'rect', key: `legend:swatch:${cls}`, x, y: y - 6, width: 12, height: 12, rx: 2, className: `bar ${cls}` });
    marks.push({ kind: 'text', key: `legend:text:${cls}`, x: x + 17, y, text, baseline: 'middle', className: 'legend-label', fontSize: 12 });
    x += 17 + measure(text, { size: 12 }) + 16;
  }
  marks.push({ kind: 'path', key: 'legend:star', d: starPath(x + STAR_R, y - 0.5, STAR_R), className: 'best-star' });
  marks.push({
    kind: 'text',
    key: 'legend:best',
    x: px(x + 2 * STAR_R + 5),
    y,
    text: narrow ? 'best' : 'best of the six',
    baseline: 'middle',
    className: 'legend-label',
    fontSize: 12,
  });
  return marks;
}

/** One step of the figure (a file in steps/): its whole frame. `label` is the step's button label. */
export type BenchStep = (data: Benchmarks, label: string, size: Size) => Frame;

/** The legend's baseline and the top of the panels, the same in every step. */
export const LEGEND_Y = 9;
export const TOP = 30;
