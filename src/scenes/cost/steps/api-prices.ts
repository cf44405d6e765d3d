/** Step "api-prices": API list prices per million tokens, R1 against o1, when R1 launched. */
import { scaleLinear } from 'd3-scale';
import { percentCheaper, timesCheaper } from '../../../model/cost';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, usd } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { type CostSceneData, type CostStep, priceModel } from '../shared';

function legend(d: CostSceneData, y: number, narrow: boolean): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  const r1 = priceModel(d.pricing, 'deepseek-r1');
  const o1 = priceModel(d.pricing, 'o1');
  const items: [string, string, string][] = [
    ['r1', 'co-r1', narrow ? `${r1.name}: launch list price, Jan 2025` : `${r1.name} (${r1.apiName}): ${r1.dateLabel}, DeepSeek API docs`],
    ['o1', 'co-o1', narrow ? `${o1.name}: as quoted, Jan 2025 (secondary)` : `${o1.name}: ${o1.dateLabel} (secondary source)`],
  ];
  items.forEach(([id, cls, text], i) => {
    const ly = y + i * 17;
    marks.push({ kind: 'rect', key: `price:legend:${id}`, x: 0, y: px(ly - 6), width: 12, height: 12, rx: 2, className: `co-bar ${cls}` });
    marks.push({
      kind: 'text',
      key: `price:legend:${id}:text`,
      x: 17,
      y: px(ly),
      text,
      baseline: 'middle',
      className: 'legend-label',
      fontSize: smallType(narrow),
    });
  });
  return { marks, bottom: y + items.length * 17 };
}

function pricesMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const r1 = priceModel(d.pricing, 'deepseek-r1');
  const o1 = priceModel(d.pricing, 'o1');
  const note = footnote(
    'price:note',
    narrow
      ? 'US dollars per million tokens. Prices change; these are the January 2025 list prices.'
      : 'US dollars per million tokens. Prices change over time: these are the list prices of January 2025. Output includes the reasoning for both models.',
    W,
    H,
  );
  marks.push(...note.marks);
  const lg = legend(d, top + 6, narrow);
  marks.push(...lg.marks);
  const groups: { id: 'inputCacheHit' | 'inputCacheMiss' | 'output'; label: string; short: string }[] = [
    { id: 'inputCacheHit', label: 'Input, cached', short: 'Input, cached' },
    { id: 'inputCacheMiss', label: 'Input, not cached', short: 'Input, not cached' },
    { id: 'output', label: 'Output', short: 'Output' },
  ];
  const labelW = narrow ? 0 : 130;
  const ratioW = narrow ? 0 : 92;
  const plotTop = lg.bottom + 12;
  const axisH = 20;
  const plotBottom = note.top - axisH;
  const gh = Math.max(0, (plotBottom - plotTop) / groups.length);
  const barH = Math.min(18, Math.max(3, (gh - (narrow ? 26 : 14)) / 2));
  const max = Math.max(...groups.map((g) => Math.max(r1[g.id], o1[g.id])));
  const x = scaleLinear()
    .domain([0, Math.ceil(max / 20) * 20])
    .range([labelW + (narrow ? 6 : 0), W - ratioW - (narrow ? 58 : 52)]);
  for (const t of x.ticks(4)) {
    marks.push({
      kind: 'line',
      key: `price:grid:${t}`,
      x1: px(x(t)),
      x2: px(x(t)),
      y1: px(plotTop),
      y2: px(plotBottom),
      className: t === 0 ? 'axis-line' : 'grid-line',
    });
    // The zero tick's label starts at the axis when centring it would cut it at the figure's edge.
    const edge = t === 0 && x(t) < measure(`$${t}`, { size: smallType(narrow) }) / 2;
    marks.push({
      kind: 'text',
      key: `price:tick:${t}`,
      x: px(edge ? x(t) - 2 : x(t)),
      y: px(plotBottom + 14),
      text: `$${t}`,
      anchor: edge ? 'start' : 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  groups.forEach((g, i) => {
    const y0 = plotTop + gh * i;
    const key = `price:${g.id}`;
    const barsTop = narrow ? y0 + 20 : y0 + (gh - 2 * barH - 4) / 2;
    if (i > 0) marks.push({ kind: 'line', key: `${key}:rule`, x1: 0, x2: px(W), y1: px(y0), y2: px(y0), className: 'grid-line' });
    if (narrow)
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(x(0) + 4),
        y: px(y0 + 13),
        text: g.short,
        className: 'co-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    else
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 12),
        y: px(barsTop + barH + 2),
        text: g.label,
        anchor: 'end',
        baseline: 'middle',
        className: 'co-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    (
      [
        ['r1', r1, 'co-r1'],
        ['o1', o1, 'co-o1'],
      ] as const
    ).forEach(([id, m, cls], j) => {
      const v = m[g.id];
      const by = barsTop + j * (barH + 4);
      marks.push({
        kind: 'rect',
        key: `${key}:bar:${id}`,
        x: px(x(0)),
        y: px(by),
        width: px(Math.max(1, x(v) - x(0))),
        height: px(barH),
        rx: 1.5,
        className: `co-bar ${cls}`,
      });
      marks.push({
        kind: 'text',
        key: `${key}:value:${id}`,
        x: px(x(v) + 5),
        y: px(by + barH / 2),
        text: usd(v),
        baseline: 'middle',
        className: id === 'r1' ? 'co-value co-r1-text' : 'co-value',
        fontSize: 12,
        fontWeight: 700,
      });
    });
    const pc = percentCheaper(r1[g.id], o1[g.id]);
    const times = timesCheaper(r1[g.id], o1[g.id]);
    if (narrow) {
      marks.push({
        kind: 'text',
        key: `${key}:ratio`,
        x: px(W),
        y: px(y0 + 13),
        text: `R1 ${Math.round(pc)}% less`,
        anchor: 'end',
        className: 'co-ratio',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:ratio`,
        x: px(W),
        y: px(barsTop + barH - 5),
        text: `${Math.round(pc)}% less`,
        anchor: 'end',
        baseline: 'middle',
        className: 'co-ratio',
        fontSize: 14,
        fontWeight: 800,
      });
      marks.push({
        kind: 'text',
        key: `${key}:times`,
        x: px(W),
        y: px(barsTop + barH + 11),
        text: `1/${Math.round(times)} the price`,
        anchor: 'end',
        baseline: 'middle',
        className: 'co-row-detail',
        fontSize: smallType(narrow),
      });
    }
  });
  return marks;
}

export const step: CostStep = {
  headline(d) {
    const r1 = priceModel(d.pricing, 'deepseek-r1');
    const o1 = priceModel(d.pricing, 'o1');
    return {
      title: `Per token, R1 cost about ${Math.round(percentCheaper(r1.output, o1.output))}% less than o1`,
      sub: 'API list prices per million tokens when R1 launched, January 2025.',
    };
  },
  marks: pricesMarks,
  describe: (d) =>
    `Price per million tokens, DeepSeek-R1 vs OpenAI o1: ${(['inputCacheHit', 'inputCacheMiss', 'output'] as const).map((k) => `${k === 'output' ? 'output' : k === 'inputCacheHit' ? 'cached input' : 'input'} ${usd(priceModel(d.pricing, 'deepseek-r1')[k])} vs ${usd(priceModel(d.pricing, 'o1')[k])}`).join('; ')}.`,
  table: (d) => ({
    caption: 'API list prices, US dollars per million tokens',
    columns: ['Model', 'Input, cache hit', 'Input, cache miss', 'Output', 'Date', 'Source'],
    rows: d.pricing.models.map((m) => [m.name, m.inputCacheHit, m.inputCacheMiss, m.output, m.dateLabel, m.source]),
  }),
};
