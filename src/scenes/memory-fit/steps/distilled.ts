/** Step "distilled": the distilled models at the same formats, on a log scale against the machines. */
import { logarithmic } from '../../kit/linear';
import { bestFit, weightsAt, withAllowance } from '../../../model/memory';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, gb, int } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { nudges, placeAll, type Spot } from '../../kit/place';
import { legend } from '../../kit/legend';
import { count } from '../../kit/numbers';
import {
  type MemorySceneData,
  type MemoryStep,
  type MemoryText,
  bytesText,
  formatName,
  pctText,
  hardwareMarks,
  headed,
  semicolonList,
  weightsTable,
} from '../shared';

/**
 * Small and large models together need a log scale: 0.9 GB to 1,610 GB. Each row is
 * a model; its three dots are the three formats (weights + allowance), so equal
 * spacing means "twice as much memory", the same for every model.
 */
function distilledMarks(d: MemorySceneData, W: number, H: number, narrow: boolean, top: number, text: MemoryText): Mark[] {
  const marks: Mark[] = [];
  const note = footnote('mf:note', text.t(narrow ? 'distilled.note.narrow' : 'distilled.note', { pct: pctText(text, d.allowance) }), W, H);
  marks.push(...note.marks);
  // Legend: the three formats.
  const legendY = note.top - 2;
  const items = [...d.precisions].reverse().map((p) => ({
    id: p.id,
    label: text.t('format.withBytes', { format: formatName(text, p.id), bytes: bytesText(text, p.id) }),
    className: `mf-dot mf-dot-${p.id}`,
    swatch: 'circle' as const,
  }));
  marks.push(
    ...legend({ key: 'legend:dot', x: 0, y: legendY, width: W, items, measure: (t, fs) => measure(t, { size: fs }), fontSize: smallType(narrow) }).marks,
  );
  const labelW = narrow ? 86 : 112;
  const valueW = narrow ? 70 : 104;
  const plotTop = top + 44;
  const axisH = 22;
  const plotBottom = legendY - 20 - axisH;
  const x = logarithmic([0.5, 2000], [labelW, W - valueW]);
  for (const t of [1, 10, 100, 1000]) {
    marks.push({ kind: 'line', key: `mf:log:grid:${t}`, x1: px(x(t)), x2: px(x(t)), y1: px(plotTop), y2: px(plotBottom), className: 'grid-line' });
    marks.push({
      kind: 'text',
      key: `mf:log:tick:${t}`,
      x: px(x(t)),
      y: px(plotBottom + 14),
      text: `${int(t)} GB`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  const models = [...d.distilled, d.full];
  /** Where each range label could go instead: left of its row's lowest dot, flipped. */
  const flips = new Map<string, Spot[]>();
  const band = Math.max(0, (plotBottom - plotTop) / models.length);
  const r = narrow ? 4.5 : 5;
  models.forEach((m, i) => {
    const cy = plotTop + band * i + band / 2;
    const key = `mf:dist:${m.id}`;
    const isFull = m.id === d.full.id;
    const totals = d.precisions.map((p) => ({ p: p.id, v: withAllowance(weightsAt(m.paramsB, p.id), d.allowance) }));
    const lo = Math.min(...totals.map((t) => t.v));
    const hi = Math.max(...totals.map((t) => t.v));
    if (i > 0) marks.push({ kind: 'line', key: `${key}:rule`, x1: 0, x2: px(W), y1: px(plotTop + band * i), y2: px(plotTop + band * i), className: 'mf-rule' });
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: px(labelW - 12),
      y: px(cy),
      text: m.short,
      anchor: 'end',
      baseline: 'middle',
      className: 'mf-row-label',
      fontSize: narrow ? 12 : 13,
      fontWeight: isFull ? 800 : 700,
    });
    marks.push({ kind: 'line', key: `${key}:track`, x1: px(x(lo)), x2: px(x(hi)), y1: px(cy), y2: px(cy), className: 'mf-track' });
    for (const t of totals) marks.push({ kind: 'circle', key: `${key}:${t.p}`, cx: px(x(t.v)), cy: px(cy), r, className: `mf-dot mf-dot-${t.p}` });
    // Last resorts where the machines' lines crowd the row (a 336 px phone box): just above the row's dots.
    const above = { y: px(cy - r - 7) };
    flips.set(`${key}:range`, [
      ...nudges('dx', 2, 100),
      { x: px(x(lo) - r - 5), anchor: 'end' },
      { ...above, x: px(x(lo)), anchor: 'start' },
      { ...above, x: px(x(hi)), anchor: 'end' },
    ]);
    marks.push({
      kind: 'text',
      key: `${key}:range`,
      x: px(x(hi) + r + 5),
      y: px(cy),
      text: `${gb(lo).replace(' GB', '')}–${narrow ? gb(hi).replace(' GB', '') : gb(hi)}`,
      baseline: 'middle',
      className: 'mf-small-value',
      fontSize: smallType(narrow),
    });
  });
  marks.push(...hardwareMarks(d.hardware, x, 2000, top, plotTop, plotBottom, narrow, W, text));
  // A range that a machine's line runs through moves right, past the lines, or flips to the left of its dots.
  return placeAll(marks, (m) => flips.get(m.key), { width: W, height: H });
}

export const step: MemoryStep = headed({
  headline(d, narrow, text) {
    const fits = d.distilled.filter((m) => bestFit(m.paramsB, d.hardware[0]!.memoryGB, d.allowance) != null);
    return {
      title: text.t('distilled.title'),
      sub: text.t(narrow ? 'distilled.sub.narrow' : 'distilled.sub', {
        fits: fits.length,
        all: d.distilled.length,
        gb: `${int(d.hardware[0]!.memoryGB)} GB`,
        largest: count(text, Math.max(...d.distilled.map((m) => m.paramsB)) * 1e9),
      }),
    };
  },
  marks: distilledMarks,
  describe: (d, text) =>
    text.t('distilled.describe', {
      pct: pctText(text, d.allowance),
      models: semicolonList(
        text,
        d.distilled.map(
          (m) => `${m.short} ${d.precisions.map((p) => `${formatName(text, p.id)} ${gb(withAllowance(weightsAt(m.paramsB, p.id), d.allowance))}`).join(' / ')}`,
        ),
      ),
    }),
  table: (d, text) => weightsTable(d, d.distilled, true, text),
});
