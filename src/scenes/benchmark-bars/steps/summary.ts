/** Step "summary": R1 against o1-1217 on every benchmark, one row each in its own unit. */
import { scaleLinear } from 'd3-scale';
import type { Benchmarks } from '../../../data/schemas';
import { NARROW_BREAKPOINT, type Mark, type Size } from '../../contract';
import { px } from '../../kit/format';
import { fixed } from '../../kit/numbers';
import {
  DOMAIN,
  formatValue,
  rowShort,
  unitWords,
  listAnd,
  type BenchText,
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

function summaryMarks(data: Benchmarks, size: Size, narrow: boolean, top: number, text: BenchText): Mark[] {
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
    const lead = listAnd(
      text,
      leaders(row).map((m) => modelName(data, m)),
    );
    const diff = r1 - o1;
    const diffText =
      diff === 0
        ? text.t('summary.level')
        : text.t('summary.lead', {
            model: diff > 0 ? 'R1' : 'o1',
            points: row.unit === 'rating' ? text.number(Math.abs(diff)) : fixed(text, Math.abs(diff), 1),
          });
    const barH = narrow ? Math.min(9, (rowH - 24) / 2) : Math.min(10, (rowH - 12) / 2);
    const barsTop = narrow ? y0 + 18 : y0 + rowH / 2 - barH - 1;
    marks.push({
      kind: 'text',
      key: `${k}:name`,
      x: 0,
      y: px(narrow ? y0 + 10 : y0 + rowH / 2 - 7),
      text: rowShort(text, row),
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
      text: narrow ? diffText : unitWords(text, row.unit, true),
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
        text: formatValue(text, row.unit, v),
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
        text: text.t('summary.best', { leaders: lead }),
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

export const step: BenchStep = (data, _label, size, text) => {
  const narrow = size.width < NARROW_BREAKPOINT;
  const rows = SUMMARY_ROWS.map((id) => rowById(data, id));
  const r1Wins = rows.filter((r) => (r.values['deepseek-r1'] as number) > (r.values['o1-1217'] as number));
  const o1Wins = rows.filter((r) => (r.values['o1-1217'] as number) > (r.values['deepseek-r1'] as number));
  return {
    width: size.width,
    height: size.height,
    title: text.t('summary.title'),
    description: text.t('summary.describe', {
      count: rows.length,
      wins: r1Wins.length,
      winList: r1Wins.map((r) => rowTitle(text, r)).join(text.t('list.comma')),
      losses: o1Wins.length,
      lossList: o1Wins.map((r) => rowTitle(text, r)).join(text.t('list.comma')),
    }),
    marks: [
      // The summary names only the two models it compares, and says 'best' in words on each row, not with a star.
      ...legendMarks(LEGEND_Y, narrow, text, { others: false, best: false }),
      ...summaryMarks(data, size, narrow, TOP, text),
    ],
    table: {
      caption: text.t('summary.caption'),
      columns: [text.t('summary.benchmark'), text.t('summary.unit'), 'DeepSeek-R1', 'OpenAI o1-1217', text.t('summary.bestOfSix')],
      rows: rows.map((r) => [
        rowTitle(text, r),
        unitText(text, r),
        r.values['deepseek-r1'] as number,
        r.values['o1-1217'] as number,
        listAnd(
          text,
          leaders(r).map((m) => modelName(data, m)),
        ),
      ]),
    },
  };
};
