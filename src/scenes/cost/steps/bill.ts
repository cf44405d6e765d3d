/** Step "bill": one amount of use priced at each model's list prices (the calculator's inputs). */
import { scaleLinear } from 'd3-scale';
import type { Bill } from '../../../model/cost';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, lines, paragraph } from '../../kit/chart';
import { measure, smallType, wrapBalanced } from '../../kit/text';
import { billFormulaWords, breakdownWords, compareWords, usageWords } from '../bill-words';
import { type CostSceneData, type CostStep, type CostText, cents, priceModel, bills } from '../shared';

function billMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number, text: CostText): Mark[] {
  const marks: Mark[] = [];
  const b = bills(d);
  const r1 = priceModel(d.pricing, 'deepseek-r1');
  const o1 = priceModel(d.pricing, 'o1');
  const note = footnote('bill:note', text.t(narrow ? 'bill.note.narrow' : 'bill.note'), W, H);
  marks.push(...note.marks);
  const usage = paragraph('bill:usage', text.t('bill.for', { usage: usageWords(text, d.usage, narrow) }), 0, top + 12, W, {
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
    lineHeight: 16,
  });
  marks.push(...usage.marks);
  const labelW = narrow ? 0 : 120;
  // Room for the larger total after its bar (75.00美元 is wider than $75.00).
  const totalSize = narrow ? 15 : 20;
  const totalW = Math.max(narrow ? 70 : 96, ...[b.r1, b.o1].map((bl) => measure(cents(text, bl.total), { size: totalSize, weight: 800 }) + 10));
  const x = scaleLinear()
    .domain([0, Math.max(b.o1.total, b.r1.total, 1e-9)])
    .range([labelW, W - totalW]);
  const cmpText = compareWords(text, b);
  const cmpLines = wrapBalanced(cmpText, { width: W, size: narrow ? 15 : 20, weight: 700 });
  const cmpH = cmpLines.length * (narrow ? 19 : 25);
  // The arithmetic, in per-million-token prices, under the comparison where there is room for it.
  const sumsAt = (top: number): { marks: Mark[]; bottom: number } => {
    const out: Mark[] = [
      {
        kind: 'text',
        key: 'bill:sum:head',
        x: 0,
        y: px(top),
        text: text.t('bill.sums'),
        className: 'co-row-detail',
        fontSize: smallType(narrow),
        fontWeight: 700,
      },
    ];
    let fy = top + 16;
    for (const [id, m, bl] of [
      ['r1', r1, b.r1],
      ['o1', o1, b.o1],
    ] as const) {
      const p = paragraph(`bill:sum:${id}`, text.t('bill.sum', { model: m.name, formula: billFormulaWords(text, m, d.usage, bl) }), 0, fy, W, {
        className: 'co-row-detail',
        fontSize: smallType(narrow),
        lineHeight: 14,
        slots: 2,
      });
      out.push(...p.marks);
      fy = p.bottom + 12;
    }
    return { marks: out, bottom: fy - 8 };
  };
  const sumsGap = narrow ? 8 : 14;
  const sumsH = sumsAt(0).bottom + sumsGap;
  const regionTop = usage.bottom + (narrow ? 14 : 20);
  const baseBar = narrow ? 26 : 40;
  const rowBlock0 = (narrow ? 18 : 0) + baseBar + 18;
  const minGap = narrow ? 10 : 16;
  const cmpGap = narrow ? 10 : 14;
  // The sums show only where the rows, at their closest, leave room for them; where they do not,
  // their room goes to the rows rather than staying empty above the note.
  const sumsFit = regionTop + 2 * (rowBlock0 + minGap) + cmpGap + cmpH + sumsH + 12 < note.top;
  const regionBottom = note.top - cmpH - (narrow ? 10 : 18) - (sumsFit ? sumsH + 12 : 0);
  // The rows spread over the room there is, so a tall box is filled: the room is shared between the
  // gap above the rows (half a share), between them and after them (up to 60 px a share on a wide box).
  const gapCap = narrow ? 36 : 60;
  const free = regionBottom - regionTop - 2 * rowBlock0;
  const gap = Math.max(minGap, Math.min(gapCap, free / 2.5));
  // Where the gaps reach their cap, the bars take the rest (up to 16 px thicker), so the comparison
  // and sums under them end near the note instead of over a blank band.
  const barH = baseBar + Math.max(0, Math.min(16, (free - 2.5 * gap) / 2));
  const rows: [string, string, Bill, string][] = [
    ['r1', r1.name, b.r1, 'co-r1'],
    ['o1', o1.name, b.o1, 'co-o1'],
  ];
  let y = regionTop + gap / 2;
  for (const [id, name, bl, cls] of rows) {
    const key = `bill:${id}`;
    if (narrow) {
      marks.push({ kind: 'text', key: `${key}:label`, x: 0, y: px(y + 11), text: name, className: 'co-row-label', fontSize: 12, fontWeight: 700 });
      y += 18;
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 12),
        y: px(y + barH / 2),
        text: name,
        anchor: 'end',
        baseline: 'middle',
        className: 'co-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
    }
    const parts: [string, number, string][] = [
      ['hit', bl.inputCacheHit, 'co-part-hit'],
      ['miss', bl.inputCacheMiss, 'co-part-miss'],
      ['out', bl.output, 'co-part-out'],
    ];
    let acc = 0;
    for (const [pid, v, pcls] of parts) {
      const bx = x(acc);
      marks.push({
        kind: 'rect',
        key: `${key}:part:${pid}`,
        x: px(bx),
        y: px(y),
        width: px(Math.max(0, x(acc + v) - bx)),
        height: barH,
        className: `co-bar ${cls} ${pcls}`,
      });
      acc += v;
    }
    marks.push({
      kind: 'text',
      key: `${key}:total`,
      x: px(x(acc) + 6),
      y: px(y + barH / 2),
      text: cents(text, bl.total),
      baseline: 'middle',
      className: id === 'r1' ? 'co-total co-r1-text' : 'co-total',
      fontSize: narrow ? 15 : 20,
      fontWeight: 800,
    });
    marks.push({
      kind: 'text',
      key: `${key}:parts`,
      x: px(labelW),
      y: px(y + barH + 14),
      text: breakdownWords(text, bl),
      className: 'co-row-detail',
      fontSize: smallType(narrow),
    });
    y += barH + 18 + gap;
  }
  const cmpY = Math.min(
    y + cmpGap + Math.max(0, free - 2.5 * gap - 2 * (barH - baseBar)) / 2,
    note.top - cmpH + (narrow ? 6 : 10) - (sumsFit ? sumsH + 12 : 0),
  );
  marks.push(
    ...lines('bill:compare', cmpLines, 0, cmpY, {
      className: 'co-compare',
      fontSize: narrow ? 15 : 20,
      fontWeight: 800,
      lineHeight: narrow ? 19 : 25,
      slots: 2,
    }),
  );
  // Always the same marks (stable keys); hidden when the figure is too short for them.
  for (const m of sumsAt(cmpY + cmpH + sumsGap).marks) marks.push({ ...m, opacity: sumsFit ? 1 : 0 });
  return marks;
}

export const step: CostStep = {
  headline(d, narrow, text) {
    const b = bills(d);
    return {
      title: text.t('bill.title', { r1: cents(text, b.r1.total), o1: cents(text, b.o1.total) }),
      sub: text.t(narrow ? 'bill.sub.narrow' : 'bill.sub'),
    };
  },
  marks: billMarks,
  describe(d, text) {
    const b = bills(d);
    return text.t('bill.describe', { usage: usageWords(text, d.usage), r1: cents(text, b.r1.total), o1: cents(text, b.o1.total) });
  },
  table(d, text) {
    const b = bills(d);
    return {
      caption: text.t('bill.caption', { usage: usageWords(text, d.usage) }),
      columns: [text.t('col.model'), text.t('bill.col.hit'), text.t('bill.col.miss'), text.t('col.output'), text.t('bill.col.total')],
      rows: (['deepseek-r1', 'o1'] as const).map((id) => {
        const bl = id === 'o1' ? b.o1 : b.r1;
        const r = (v: number) => Math.round(v * 100) / 100;
        return [priceModel(d.pricing, id).name, r(bl.inputCacheHit), r(bl.inputCacheMiss), r(bl.output), r(bl.total)];
      }),
    };
  },
};
