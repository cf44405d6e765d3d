/**
 * benchmark-bars: DeepSeek-R1 against five other models on the R1 paper's table.
 * Each metric keeps its own axis and unit: a Codeforces rating is an Elo number,
 * a percentile is a rank among human contestants, and only the others are
 * accuracies in percent. Nothing here is ever drawn on a shared 0-100% axis.
 */
import { scaleLinear } from 'd3-scale';
import type { Benchmarks, BenchmarkUnit } from '../../data/schemas';
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { formatNumber, formatPercent, px } from '../kit/format';
import { starPath } from '../kit/symbols';
import { measure } from '../kit/text';
import { PANELS_BY_STEP, SUMMARY_ROWS, steps } from './steps';
import { stepTitle } from '../kit/title';
import { xAxis } from '../kit/axis';

type Row = Benchmarks['rows'][number];

/** Top to bottom in every panel: the same order each step, so the eye can follow a model. */
export const MODEL_ORDER = ['deepseek-r1', 'o1-1217', 'o1-mini', 'deepseek-v3', 'claude-3-5-sonnet', 'gpt-4o'] as const;

const UNIT_SHORT: Record<BenchmarkUnit, string> = {
  percent: '% of problems solved',
  percentile: 'percentile vs humans',
  rating: 'Elo rating',
};
const UNIT_TEXT: Record<BenchmarkUnit, string> = {
  percent: '% of problems solved',
  percentile: 'percentile among human contestants',
  rating: 'Elo rating',
};
/** Axis domains per unit. A rating has no natural maximum; 2,500 clears the best score (2,061). */
const DOMAIN: Record<BenchmarkUnit, [number, number]> = {
  percent: [0, 100],
  percentile: [0, 100],
  rating: [0, 2500],
};
/** The reader-facing description of what a row measures. */
const ROW_TEXT: Record<string, string> = {
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
const ROW_SHORT: Record<string, string> = {
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

function rowById(data: Benchmarks, id: string): Row {
  const row = data.rows.find((r) => r.id === id);
  if (!row) throw new Error(`benchmark-bars: no row "${id}" in src/data/benchmarks.json`);
  return row;
}

function modelName(data: Benchmarks, id: string): string {
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

function modelClass(id: string): string {
  if (id === 'deepseek-r1') return 'mark-r1';
  if (id === 'o1-1217') return 'mark-o1';
  return 'mark-other';
}

function panelMarks(data: Benchmarks, row: Row, slot: number, box: { x: number; y: number; w: number; h: number }, narrow: boolean): Mark[] {
  const marks: Mark[] = [];
  const labelW = narrow ? 118 : 150;
  const best = new Set(leaders(row));
  // The value column is as wide as its widest value (and the best one's star), so none is cut.
  const valueW = Math.ceil(
    Math.max(
      ...MODEL_ORDER.map((m) =>
        row.values[m] == null
          ? 0
          : measure(formatValue(row.unit, row.values[m]!), { size: 12, weight: best.has(m) ? 700 : 400 }) + (best.has(m) ? STAR_GAP + 2 * STAR_R : 0),
      ),
    ) + 7,
  );
  const titleH = 40;
  const axisH = narrow ? 22 : 20;
  const x = scaleLinear()
    .domain(DOMAIN[row.unit])
    .range([box.x + labelW, box.x + box.w - valueW]);
  const band = (box.h - titleH - axisH) / MODEL_ORDER.length;
  const barH = Math.min(18, band * 0.68);
  const k = `p${slot}`;
  marks.push({
    kind: 'text',
    key: `${k}:title`,
    x: px(box.x),
    y: px(box.y + 14),
    text: rowTitle(row),
    className: 'chart-title',
    fontSize: 14,
    fontWeight: 700,
  });
  marks.push({ kind: 'text', key: `${k}:unit`, x: px(box.x), y: px(box.y + 31), text: unitText(row), className: 'chart-subtitle', fontSize: 12 });
  const axisY = box.y + titleH + band * MODEL_ORDER.length + 4;
  marks.push(
    ...xAxis({
      key: k,
      scale: x,
      y: axisY,
      gridTop: box.y + titleH - 2,
      spacing: 80,
      fontSize: narrow ? 12 : 11,
      format: (t) => (row.unit === 'percent' ? `${t}%` : formatNumber(t)),
    }),
  );
  MODEL_ORDER.forEach((m, i) => {
    const cy = box.y + titleH + band * i + band / 2;
    const v = row.values[m];
    const name = modelName(data, m);
    marks.push({
      kind: 'text',
      key: `${k}:label:${m}`,
      x: px(box.x + labelW - 8),
      y: px(cy),
      text: name,
      anchor: 'end',
      baseline: 'middle',
      className: `bar-label ${modelClass(m)}`,
      fontSize: narrow ? 12 : 13,
      fontWeight: m === 'deepseek-r1' ? 700 : 400,
    });
    const w = v == null ? 0 : x(v) - x(0);
    marks.push({
      kind: 'rect',
      key: `${k}:bar:${m}`,
      x: px(x(0)),
      y: px(cy - barH / 2),
      width: px(w),
      height: px(barH),
      rx: 2,
      className: `bar ${modelClass(m)}`,
    });
    const isBest = v != null && best.has(m);
    marks.push({
      kind: 'text',
      key: `${k}:value:${m}`,
      x: px(v == null ? x(0) + 4 : x(v) + 5),
      y: px(cy),
      text: v == null ? 'not reported' : formatValue(row.unit, v),
      baseline: 'middle',
      className: v == null ? 'value-label value-missing' : `value-label${isBest ? ' value-best' : ''}`,
      fontSize: 12,
      fontWeight: isBest ? 700 : 400,
    });
    if (isBest) {
      const sx = x(v) + 5 + measure(formatValue(row.unit, v), { size: 12, weight: 700 }) + STAR_GAP + STAR_R;
      marks.push({ kind: 'path', key: `${k}:star:${m}`, d: starPath(sx, cy - 0.5, STAR_R), className: 'best-star' });
    }
  });
  return marks;
}

/** The star after the best value (drawn: the typeface has no ★). */
const STAR_R = 5;
const STAR_GAP = 3;

function legendMarks(y: number, narrow: boolean): Mark[] {
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

function summaryMarks(data: Benchmarks, size: Size, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const rows = SUMMARY_ROWS.map((id) => rowById(data, id));
  const rowH = (size.height - top) / rows.length;
  const labelW = narrow ? 0 : 180;
  const leadW = narrow ? 0 : 120;
  const valueW = 52;
  rows.forEach((row, i) => {
    const y0 = top + rowH * i;
    const k = `s:${row.id}`;
    const x = scaleLinear()
      .domain(DOMAIN[row.unit])
      .range([labelW, size.width - leadW - valueW]);
    const r1 = row.values['deepseek-r1'] as number;
    const o1 = row.values['o1-1217'] as number;
    const lead = leaders(row)
      .map((m) => modelName(data, m))
      .join(' and ');
    const diff = r1 - o1;
    const diffText =
      diff === 0 ? 'level' : `${diff > 0 ? 'R1' : 'o1'} +${row.unit === 'rating' ? formatNumber(Math.abs(diff)) : formatNumber(Math.abs(diff), '.1f')}`;
    const barH = narrow ? Math.min(9, (rowH - 24) / 2) : Math.min(10, (rowH - 12) / 2);
    const barsTop = narrow ? y0 + 18 : y0 + rowH / 2 - barH - 1;
    marks.push({
      kind: 'text',
      key: `${k}:name`,
      x: 0,
      y: px(narrow ? y0 + 10 : y0 + rowH / 2 - 7),
      text: ROW_SHORT[row.id] ?? row.benchmark,
      baseline: 'middle',
      className: 'bar-label',
      fontSize: narrow ? 12 : 13,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${k}:unit`,
      x: narrow ? px(size.width) : 0,
      y: px(narrow ? y0 + 10 : y0 + rowH / 2 + 8),
      text: narrow ? diffText : UNIT_SHORT[row.unit],
      anchor: narrow ? 'end' : 'start',
      baseline: 'middle',
      className: narrow ? (diff > 0 ? 'lead-r1' : diff < 0 ? 'lead-o1' : 'chart-subtitle') : 'chart-subtitle',
      fontSize: narrow ? 12 : 11,
      fontWeight: narrow ? 700 : 400,
    });
    (['deepseek-r1', 'o1-1217'] as const).forEach((m, j) => {
      const v = m === 'deepseek-r1' ? r1 : o1;
      const by = barsTop + j * (barH + 2);
      marks.push({
        kind: 'rect',
        key: `${k}:bar:${m}`,
        x: px(x(0)),
        y: px(by),
        width: px(x(v) - x(0)),
        height: px(barH),
        rx: 1.5,
        className: `bar ${modelClass(m)}`,
      });
      marks.push({
        kind: 'text',
        key: `${k}:value:${m}`,
        x: px(x(v) + 4),
        y: px(by + barH / 2),
        text: formatValue(row.unit, v),
        baseline: 'middle',
        className: 'value-label',
        fontSize: narrow ? 12 : 11,
        fontWeight: m === 'deepseek-r1' ? 700 : 400,
      });
    });
    if (!narrow) {
      marks.push({
        kind: 'text',
        key: `${k}:lead`,
        x: px(size.width),
        y: px(y0 + rowH / 2 - 7),
        text: diffText,
        anchor: 'end',
        baseline: 'middle',
        className: diff > 0 ? 'lead-r1' : diff < 0 ? 'lead-o1' : 'chart-subtitle',
        fontSize: 12,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${k}:best`,
        x: px(size.width),
        y: px(y0 + rowH / 2 + 8),
        text: `best: ${lead}`,
        anchor: 'end',
        baseline: 'middle',
        className: 'chart-subtitle',
        fontSize: 11,
      });
    }
    if (i > 0) marks.push({ kind: 'line', key: `${k}:rule`, x1: 0, x2: px(size.width), y1: px(y0), y2: px(y0), className: 'grid-line' });
  });
  return marks;
}

function describeRow(data: Benchmarks, row: Row): string {
  const parts = MODEL_ORDER.map((m) => {
    const v = row.values[m];
    return `${modelName(data, m)} ${v == null ? 'not reported' : formatValue(row.unit, v)}`;
  });
  const lead = leaders(row)
    .map((m) => modelName(data, m))
    .join(' and ');
  return `${rowTitle(row)}, ${unitText(row)}: ${parts.join('; ')}. Highest: ${lead}.`;
}

function tableFor(data: Benchmarks, rows: Row[], caption: string): DataTable {
  return {
    caption,
    columns: ['Model', ...rows.map((r) => `${rowTitle(r)} – ${unitText(r)}`)],
    rows: MODEL_ORDER.map((m) => [modelName(data, m), ...rows.map((r) => (r.values[m] == null ? 'not reported' : (r.values[m] as number)))]),
  };
}

export function layout(data: Benchmarks, stepId: string, size: Size): Frame {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`benchmark-bars: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  const narrow = size.width < NARROW_BREAKPOINT;
  const legendY = 9;
  const top = 30;
  if (stepId === 'summary') {
    const rows = SUMMARY_ROWS.map((id) => rowById(data, id));
    const r1Wins = rows.filter((r) => (r.values['deepseek-r1'] as number) > (r.values['o1-1217'] as number));
    const o1Wins = rows.filter((r) => (r.values['o1-1217'] as number) > (r.values['deepseek-r1'] as number));
    return {
      width: size.width,
      height: size.height,
      title: 'DeepSeek-R1 and OpenAI o1-1217, benchmark by benchmark',
      description: `Across ${rows.length} benchmarks, DeepSeek-R1 is ahead of o1-1217 on ${r1Wins.length} (${r1Wins.map(rowTitle).join(', ')}) and behind on ${o1Wins.length} (${o1Wins.map(rowTitle).join(', ')}). Each row keeps its own unit.`,
      marks: [...legendMarks(legendY, narrow).filter((m) => !m.key.includes('other') && !m.key.includes('best')), ...summaryMarks(data, size, narrow, top)],
      table: {
        caption: 'DeepSeek-R1 vs OpenAI o1-1217 (each benchmark in its own unit)',
        columns: ['Benchmark', 'Unit', 'DeepSeek-R1', 'OpenAI o1-1217', 'Best of the six'],
        rows: rows.map((r) => [
          rowTitle(r),
          unitText(r),
          r.values['deepseek-r1'] as number,
          r.values['o1-1217'] as number,
          leaders(r)
            .map((m) => modelName(data, m))
            .join(' and '),
        ]),
      },
    };
  }
  const ids = PANELS_BY_STEP[stepId]!;
  const rows = ids.map((id) => rowById(data, id));
  const gap = 14;
  const panelH = (size.height - top - gap) / 2;
  const marks: Mark[] = [...legendMarks(legendY, narrow)];
  rows.forEach((row, slot) => {
    marks.push(...panelMarks(data, row, slot, { x: 0, y: top + slot * (panelH + gap), w: size.width, h: panelH }, narrow));
  });
  return {
    width: size.width,
    height: size.height,
    title: stepTitle(step.label, rows.map(rowTitle).join(' and ')),
    description: rows.map((r) => describeRow(data, r)).join(' '),
    marks,
    table: tableFor(data, rows, stepTitle(step.label, rows.map(rowTitle).join(' and '))),
  };
}
