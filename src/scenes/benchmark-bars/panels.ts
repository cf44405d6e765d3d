/**
 * Two benchmarks as two panels of bars, one per model in the same order, each panel on its
 * own axis and unit: the steps maths, coding, codeforces and knowledge.
 */
import { scaleLinear } from 'd3-scale';
import type { Benchmarks } from '../../data/schemas';
import { NARROW_BREAKPOINT, type DataTable, type Mark } from '../contract';
import { px } from '../kit/format';
import { starPath } from '../kit/symbols';
import { measure } from '../kit/text';
import { stepTitle } from '../kit/title';
import { xAxis } from '../kit/axis';
import {
  type Row,
  MODEL_ORDER,
  DOMAIN,
  formatValue,
  rowTitle,
  rowShort,
  unitText,
  rowById,
  modelName,
  leaders,
  modelClass,
  STAR_R,
  STAR_GAP,
  legendMarks,
  type BenchStep,
  type BenchText,
  listAnd,
  LEGEND_Y,
  TOP,
} from './shared';

function panelMarks(data: Benchmarks, row: Row, slot: number, box: { x: number; y: number; w: number; h: number }, narrow: boolean, text: BenchText): Mark[] {
  const marks: Mark[] = [];
  const labelW = narrow ? 118 : 150;
  const best = new Set(leaders(row));
  // The value column is as wide as its widest value (and the best one's star), so none is cut.
  const valueW = Math.ceil(
    Math.max(
      ...MODEL_ORDER.map((m) =>
        row.values[m] == null
          ? 0
          : measure(formatValue(text, row.unit, row.values[m]!), { size: 12, weight: best.has(m) ? 700 : 400 }) + (best.has(m) ? STAR_GAP + 2 * STAR_R : 0),
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
    // The title with its gloss where it fits the panel; the benchmark's name alone where it does not
    // (SWE-bench's Chinese gloss is wider than a 336 px phone box).
    text: measure(rowTitle(text, row), { size: 14, weight: 700 }) <= box.w ? rowTitle(text, row) : rowShort(text, row),
    className: 'chart-title',
    fontSize: 14,
    fontWeight: 700,
  });
  marks.push({ kind: 'text', key: `${k}:unit`, x: px(box.x), y: px(box.y + 31), text: unitText(text, row), className: 'chart-subtitle', fontSize: 12 });
  const axisY = box.y + titleH + band * MODEL_ORDER.length + 4;
  marks.push(
    ...xAxis({
      key: k,
      scale: x,
      y: axisY,
      gridTop: box.y + titleH - 2,
      spacing: 80,
      fontSize: narrow ? 12 : 11,
      format: (t) => (row.unit === 'percent' ? `${t}%` : text.number(t)),
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
      text: v == null ? text.t('value.missing') : formatValue(text, row.unit, v),
      baseline: 'middle',
      className: v == null ? 'value-label value-missing' : `value-label${isBest ? ' value-best' : ''}`,
      fontSize: 12,
      fontWeight: isBest ? 700 : 400,
    });
    if (isBest) {
      const sx = x(v) + 5 + measure(formatValue(text, row.unit, v), { size: 12, weight: 700 }) + STAR_GAP + STAR_R;
      marks.push({ kind: 'path', key: `${k}:star:${m}`, d: starPath(sx, cy - 0.5, STAR_R), className: 'best-star' });
    }
  });
  return marks;
}

function describeRow(data: Benchmarks, row: Row, text: BenchText): string {
  const parts = MODEL_ORDER.map((m) => {
    const v = row.values[m];
    return text.t('panels.part', { model: modelName(data, m), value: v == null ? text.t('value.missing') : formatValue(text, row.unit, v) });
  });
  const lead = listAnd(
    text,
    leaders(row).map((m) => modelName(data, m)),
  );
  return text.t('panels.describe', { row: rowTitle(text, row), unit: unitText(text, row), parts: parts.join(text.t('list.parts')), leaders: lead });
}

function tableFor(data: Benchmarks, rows: Row[], caption: string, text: BenchText): DataTable {
  return {
    caption,
    columns: [text.t('table.model'), ...rows.map((r) => text.t('table.rowColumn', { row: rowTitle(text, r), unit: unitText(text, r) }))],
    rows: MODEL_ORDER.map((m) => [modelName(data, m), ...rows.map((r) => (r.values[m] == null ? text.t('value.missing') : (r.values[m] as number)))]),
  };
}

/** A step of two benchmark rows (ids in src/data/benchmarks.json), one panel each, on their own axes. */
export function panelsStep(ids: readonly [string, string]): BenchStep {
  return (data, label, size, text) => {
    const narrow = size.width < NARROW_BREAKPOINT;
    const rows = ids.map((id) => rowById(data, id));
    const gap = 14;
    const panelH = (size.height - TOP - gap) / 2;
    const marks: Mark[] = [...legendMarks(LEGEND_Y, narrow, text)];
    rows.forEach((row, slot) => {
      marks.push(...panelMarks(data, row, slot, { x: 0, y: TOP + slot * (panelH + gap), w: size.width, h: panelH }, narrow, text));
    });
    const [first, second] = rows.map((r) => rowTitle(text, r));
    const title = stepTitle(label, text.t('panels.title', { first: first!, second: second! }), text.t('title.colon'));
    return {
      width: size.width,
      height: size.height,
      title,
      description: rows.map((r) => describeRow(data, r, text)).join(' '),
      marks,
      table: tableFor(data, rows, title, text),
    };
  };
}
