/** Step "bill": one amount of use priced at each model's list prices (the calculator's inputs). */
import { scaleLinear } from 'd3-scale';
import type { Bill } from '../../../model/cost';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, lines, paragraph, usd } from '../../kit/chart';
import { smallType, wrap } from '../../kit/text';
import { billFormula, breakdownText, compareText, usageText } from '../text';
import { type CostSceneData, type CostStep, priceModel, bills } from '../shared';

function billMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const b = bills(d);
  const r1 = priceModel(d.pricing, 'deepseek-r1');
  const o1 = priceModel(d.pricing, 'o1');
  const note = footnote(
    'bill:note',
    narrow
      ? 'Assumes both write the same number of tokens, which real tasks do not guarantee. January 2025 list prices.'
      : 'Assumes both models write the same number of tokens for the same work, which real tasks do not guarantee. January 2025 list prices; o1’s from a secondary source.',
    W,
    H,
  );
  marks.push(...note.marks);
  const usage = paragraph('bill:usage', `For ${usageText(d.usage, narrow)}:`, 0, top + 12, W, {
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
    lineHeight: 16,
  });
  marks.push(...usage.marks);
  const labelW = narrow ? 0 : 120;
  const totalW = narrow ? 70 : 96;
  const x = scaleLinear()
    .domain([0, Math.max(b.o1.total, b.r1.total, 1e-9)])
    .range([labelW, W - totalW]);
  const cmpText = compareText(b);
  const cmpLines = wrap(cmpText, { width: W, size: narrow ? 15 : 20, weight: 700 });
  const cmpH = cmpLines.length * (narrow ? 19 : 25);
  const regionTop = usage.bottom + (narrow ? 14 : 20);
  const regionBottom = note.top - cmpH - (narrow ? 10 : 18);
  const barH = narrow ? 26 : 40;
  const rowBlock = (narrow ? 18 : 0) + barH + 18;
  const gap = Math.max(narrow ? 10 : 16, Math.min(narrow ? 22 : 30, (regionBottom - regionTop - 2 * rowBlock) / 2));
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
      text: usd(bl.total),
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
      text: breakdownText(bl),
      className: 'co-row-detail',
      fontSize: smallType(narrow),
    });
    y += barH + 18 + gap;
  }
  const cmpY = Math.min(y + (narrow ? 10 : 14), note.top - cmpH + (narrow ? 6 : 10));
  marks.push(
    ...lines('bill:compare', cmpLines, 0, cmpY, {
      className: 'co-compare',
      fontSize: narrow ? 15 : 20,
      fontWeight: 800,
      lineHeight: narrow ? 19 : 25,
      slots: 2,
    }),
  );
  // The arithmetic, in per-million-token prices, where there is room for it.
  let fy = cmpY + cmpH + (narrow ? 8 : 14);
  const head = 'The sums, at prices per million tokens:';
  // Always the same marks (stable keys); hidden when the figure is too short for them.
  const sums: Mark[] = [
    { kind: 'text', key: 'bill:sum:head', x: 0, y: px(fy), text: head, className: 'co-row-detail', fontSize: smallType(narrow), fontWeight: 700 },
  ];
  fy += 16;
  for (const [id, m, bl] of [
    ['r1', r1, b.r1],
    ['o1', o1, b.o1],
  ] as const) {
    const p = paragraph(`bill:sum:${id}`, `${m.name}: ${billFormula(m, d.usage, bl)}`, 0, fy, W, {
      className: 'co-row-detail',
      fontSize: smallType(narrow),
      lineHeight: 14,
      slots: 2,
    });
    sums.push(...p.marks);
    fy = p.bottom + 12;
  }
  const sumsFit = fy - 8 < note.top;
  for (const m of sums) marks.push({ ...m, opacity: sumsFit ? 1 : 0 });
  return marks;
}

export const step: CostStep = {
  headline(d, narrow) {
    const b = bills(d);
    return {
      title: `One bill: ${usd(b.r1.total)} for R1, ${usd(b.o1.total)} for o1`,
      sub: narrow ? 'The same use priced at each list.' : 'The same amount of use, priced at each model’s list prices.',
    };
  },
  marks: billMarks,
  describe(d) {
    const b = bills(d);
    return `For ${usageText(d.usage)}, DeepSeek-R1 would cost ${usd(b.r1.total)} and OpenAI o1 ${usd(b.o1.total)} at January 2025 list prices.`;
  },
  table(d) {
    const b = bills(d);
    return {
      caption: `Bill for ${usageText(d.usage)}, US dollars`,
      columns: ['Model', 'Input from cache', 'Input not cached', 'Output', 'Total'],
      rows: (['deepseek-r1', 'o1'] as const).map((id) => {
        const bl = id === 'o1' ? b.o1 : b.r1;
        const r = (v: number) => Math.round(v * 100) / 100;
        return [priceModel(d.pricing, id).name, r(bl.inputCacheHit), r(bl.inputCacheMiss), r(bl.output), r(bl.total)];
      }),
    };
  },
};
