/** Step "summary": R1 against o1-1217 on every benchmark, one row each in its own unit. */
import { scaleLinear } from 'd3-scale';
import type { Benchmarks } from '../../../data/schemas';
import { NARROW_BREAKPOINT, type Mark, type Size } from '../../contract';
import { formatNumber, px } from '../../kit/format';
import {
  UNIT_SHORT,
  DOMAIN,
  ROW_SHORT,
  formatValue,
  rowTitle,
  unitText,
  rowById,
  modelName,
  leaders,
  modelClass,
  legendMarks,
  type BenchStep,
  LEGEND_Y,
  TOP,
} from '../shared';

/** Benchmarks recapped in the summary step, in reading order. */
const SUMMARY_ROWS = [
  'aime-2024-pass-1',
  'math-500-pass-1',
  'livecodebench-pass-1-cot',
  'swe-verified-resolved',
  'codeforces-percentile',
  'codeforces-rating',
  'mmlu-pass-1',
  'gpqa-diamond-pass-1',
] as const;

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

export const step: BenchStep = (data, _label, size) => {
  const narrow = size.width < NARROW_BREAKPOINT;
  const rows = SUMMARY_ROWS.map((id) => rowById(data, id));
  const r1Wins = rows.filter((r) => (r.values['deepseek-r1'] as number) > (r.values['o1-1217'] as number));
  const o1Wins = rows.filter((r) => (r.values['o1-1217'] as number) > (r.values['deepseek-r1'] as number));
  return {
    width: size.width,
    height: size.height,
    title: 'DeepSeek-R1 and OpenAI o1-1217, benchmark by benchmark',
    description: `Across ${rows.length} benchmarks, DeepSeek-R1 is ahead of o1-1217 on ${r1Wins.length} (${r1Wins.map(rowTitle).join(', ')}) and behind on ${o1Wins.length} (${o1Wins.map(rowTitle).join(', ')}). Each row keeps its own unit.`,
    marks: [...legendMarks(LEGEND_Y, narrow).filter((m) => !m.key.includes('other') && !m.key.includes('best')), ...summaryMarks(data, size, narrow, TOP)],
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
};
