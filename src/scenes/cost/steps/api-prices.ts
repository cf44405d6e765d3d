/** Step "api-prices": API list prices per million tokens, R1 against o1, when R1 launched. */
import { scaleLinear } from 'd3-scale';
import { percentCheaper, timesCheaper } from '../../../model/cost';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { type CostSceneData, type CostStep, type CostText, cents, key, listOf, price, priceModel } from '../shared';

const PARTS = ['inputCacheHit', 'inputCacheMiss', 'output'] as const;
/** A model's price date in words (its `dateLabel`, by model id). */
export const dateLabel = (text: CostText, id: string) => text.t(key(`model.${id}.dateLabel`));

function legend(d: CostSceneData, y: number, narrow: boolean, text: CostText): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  const r1 = priceModel(d.pricing, 'deepseek-r1');
  const o1 = priceModel(d.pricing, 'o1');
  const items: [string, string, string][] = [
    [
      'r1',
      'co-r1',
      narrow
        ? text.t('price.legend.r1.narrow', { name: r1.name })
        : text.t('price.legend.r1', { name: r1.name, api: r1.apiName, date: dateLabel(text, r1.id) }),
    ],
    ['o1', 'co-o1', narrow ? text.t('price.legend.o1.narrow', { name: o1.name }) : text.t('price.legend.o1', { name: o1.name, date: dateLabel(text, o1.id) })],
  ];
  items.forEach(([id, cls, words], i) => {
    const ly = y + i * 17;
    marks.push({ kind: 'rect', key: `price:legend:${id}`, x: 0, y: px(ly - 6), width: 12, height: 12, rx: 2, className: `co-bar ${cls}` });
    marks.push({
      kind: 'text',
      key: `price:legend:${id}:text`,
      x: 17,
      y: px(ly),
      text: words,
      baseline: 'middle',
      className: 'legend-label',
      fontSize: smallType(narrow),
    });
  });
  return { marks, bottom: y + items.length * 17 };
}

function pricesMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number, text: CostText): Mark[] {
  const marks: Mark[] = [];
  const r1 = priceModel(d.pricing, 'deepseek-r1');
  const o1 = priceModel(d.pricing, 'o1');
  const note = footnote('price:note', text.t(narrow ? 'price.note.narrow' : 'price.note'), W, H);
  marks.push(...note.marks);
  const lg = legend(d, top + 6, narrow, text);
  marks.push(...lg.marks);
  const groups = PARTS.map((id) => ({ id, label: text.t(`price.group.${id}`) }));
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
    // Room after the longest bar for its value (60.00美元 is wider than $60.00).
    .range([
      labelW + (narrow ? 6 : 0),
      W -
        ratioW -
        Math.max(narrow ? 58 : 52, ...groups.flatMap((g) => [r1[g.id], o1[g.id]]).map((v) => measure(cents(text, v), { size: 12, weight: 700 }) + 6)),
    ]);
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
    const tick = price(text, t);
    const edge = t === 0 && x(t) < measure(tick, { size: smallType(narrow) }) / 2;
    marks.push({
      kind: 'text',
      key: `price:tick:${t}`,
      x: px(edge ? x(t) - 2 : x(t)),
      y: px(plotBottom + 14),
      text: tick,
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
        text: g.label,
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
        text: cents(text, v),
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
        text: text.t('price.less.narrow', { pct: Math.round(pc) }),
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
        text: text.t('price.less', { pct: Math.round(pc) }),
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
        text: text.t('price.times', { times: Math.round(times) }),
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
  headline(d, _narrow, text) {
    const r1 = priceModel(d.pricing, 'deepseek-r1');
    const o1 = priceModel(d.pricing, 'o1');
    return {
      title: text.t('price.title', { pct: Math.round(percentCheaper(r1.output, o1.output)) }),
      sub: text.t('price.sub'),
    };
  },
  marks: pricesMarks,
  describe(d, text) {
    const r1 = priceModel(d.pricing, 'deepseek-r1');
    const o1 = priceModel(d.pricing, 'o1');
    return text.t('price.describe', {
      list: listOf(
        text,
        PARTS.map((k) => text.t('price.describe.item', { part: text.t(`part.${k}`), r1: cents(text, r1[k]), o1: cents(text, o1[k]) })),
        'list.semicolon',
      ),
    });
  },
  table: (d, text) => ({
    caption: text.t('price.caption'),
    columns: [text.t('col.model'), text.t('price.col.hit'), text.t('price.col.miss'), text.t('col.output'), text.t('price.col.date'), text.t('col.source')],
    rows: d.pricing.models.map((m) => [m.name, m.inputCacheHit, m.inputCacheMiss, m.output, dateLabel(text, m.id), m.source]),
  }),
};
