/**
 * cost: what R1 cost. (a) DeepSeek-V3's final training run as its report prices it:
 * GPU-hours per stage, the assumed $2 rental rate, the days they imply on 2,048 GPUs,
 * and what the figure leaves out. (b) What using R1 costs: API prices per million
 * tokens next to OpenAI o1's, and a bill for a given amount of use.
 *
 * Every total, dollar amount, day count and ratio is computed with src/model/cost.ts
 * from the data; nothing here is typed in. The bill step draws the usage carried in
 * the data (the calculator's inputs), so a reader's own numbers give a valid frame.
 */
import { scaleLinear } from 'd3-scale';
import { bill, clusterDays, gpuHoursToDollars, percentCheaper, timesCheaper, totalGpuHours, type Bill, type Usage } from '../../model/cost';
import { trainingCostData, type Pricing, type TrainingCost } from '../../data/raw-cost';
import { r1OwnDollars } from './what-if';
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { footnote, header, int, lines, paragraph, usd, usdM } from '../kit/chart';
import { measure, smallType, wrap } from '../kit/text';
import { steps } from './steps';
import { billFormula, breakdownText, compareText, usageText } from './text';
import { xAxis } from '../kit/axis';

export { billFormula, breakdownText, compareText, usageText };

export interface CostSceneData {
  run: TrainingCost;
  pricing: Pricing;
  /** The calculator's inputs; the bill step draws these. */
  usage: Usage;
}

type PriceModel = Pricing['models'][number];

/** The rental price the V3 report assumes (and R1's own training is priced at). */
const REPORTED_RATE = trainingCostData.dollarsPerGpuHour.value;
/** $2, $2.50, $0.75: a what-if price in cents when it has them. */
const rateText = (rate: number) => (Number.isInteger(rate) ? `$${rate}` : `$${rate.toFixed(2)}`);

export function priceModel(p: Pricing, id: string): PriceModel {
  const m = p.models.find((x) => x.id === id);
  if (!m) throw new Error(`cost: no model "${id}" in src/data/pricing.json`);
  return m;
}

/** Everything the figure says about the V3 run, computed from the data. */
export function runFigures(run: TrainingCost) {
  const total = totalGpuHours(run.stages);
  const rate = run.dollarsPerGpuHour.value;
  const gpus = run.gpu.count.value;
  const stages = run.stages.map((s) => ({ ...s, dollars: gpuHoursToDollars(s.gpuHours, rate), days: clusterDays(s.gpuHours, gpus) }));
  return { total, dollars: gpuHoursToDollars(total, rate), days: clusterDays(total, gpus), stages, rate, gpus };
}

/** The two bills for the data's usage. */
export function bills(d: CostSceneData): { r1: Bill; o1: Bill } {
  return { r1: bill(priceModel(d.pricing, 'deepseek-r1'), d.usage), o1: bill(priceModel(d.pricing, 'o1'), d.usage) };
}

/** "2.788 million" style text for GPU-hours. */
function hoursText(h: number, narrow: boolean): string {
  if (h >= 1e6) return narrow ? `${(h / 1e6).toFixed(3)}M` : `${(h / 1e6).toFixed(3)} million`;
  return narrow ? `${int(h / 1000)}K` : int(h);
}

const STAGE_CLASS = ['co-seg-0', 'co-seg-1', 'co-seg-2'];

/* ------------------------------------------------------------------ run: hours, dollars, days */

function runMarks(d: CostSceneData, stepId: 'gpu-hours' | 'dollars' | 'days', W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const f = runFigures(d.run);
  const noteText =
    stepId === 'days'
      ? narrow
        ? `Days = GPU-hours ÷ ${int(f.gpus)} GPUs ÷ 24, as if every GPU worked the whole time (our arithmetic).`
        : `Days = GPU-hours ÷ ${int(f.gpus)} GPUs ÷ 24 hours, as if the whole cluster worked on each stage in turn: our arithmetic, not a reported timeline.`
      : narrow
        ? `DeepSeek-V3 technical report, Table 1${stepId === 'dollars' ? `, at ${rateText(f.rate)}/GPU-hour${f.rate === REPORTED_RATE ? '' : ' (yours)'}` : ''}. Totals computed here.`
        : `DeepSeek-V3 technical report, Table 1 (H800 GPU-hours for each stage${stepId === 'dollars' ? (f.rate === REPORTED_RATE ? `, priced at the assumed $${f.rate} each` : `, priced at your ${rateText(f.rate)} each`) : ''}). The totals are added up here from the three stages.`;
  const note = footnote('run:note', noteText, W, H);
  marks.push(...note.marks);

  // A one-line explainer under the headline.
  const calloutText =
    stepId === 'gpu-hours'
      ? `1 GPU-hour = one ${d.run.gpu.name} chip working for one hour. DeepSeek used ${int(f.gpus)} of them.`
      : stepId === 'dollars'
        ? f.rate === REPORTED_RATE
          ? `× $${f.rate} per GPU-hour: the rental price the report assumes, not money it says it paid.`
          : `× ${rateText(f.rate)} per GPU-hour: your what-if price; the report assumes $${REPORTED_RATE}, not money it says it paid.`
        : `${int(f.gpus)} GPUs × 24 hours = ${int(f.gpus * 24)} GPU-hours a day. The report: pre-training took “${d.run.reportedWallTime.value}”.`;
  const callout = paragraph('run:callout', calloutText, 12, top + 13, W - 16, {
    className: 'co-callout',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
    lineHeight: narrow ? 15 : 17,
  });
  marks.push({
    kind: 'rect',
    key: 'run:callout:rule',
    x: 0,
    y: px(top),
    width: 4,
    height: px(Math.max(4, callout.bottom - top + 4)),
    className: 'co-callout-rule',
  });
  marks.push(...callout.marks);

  const labelW = narrow ? 0 : 168;
  const valueW = narrow ? 0 : 112;
  const plotTop = callout.bottom + (narrow ? 20 : 22);
  const axisH = 22;
  const plotBottom = note.top - axisH;
  const rows = f.stages.length + 1;
  const rowH = Math.max(0, (plotBottom - plotTop) / rows);
  const barH = Math.min(narrow ? 14 : 20, Math.max(4, rowH * (narrow ? 0.32 : 0.5)));
  const x0 = labelW + (narrow ? 8 : 0);
  const x1 = W - valueW - (narrow ? 66 : 0);

  const isDays = stepId === 'days';
  const domainMax = isDays ? 60 : 3e6;
  const x = scaleLinear().domain([0, domainMax]).range([x0, x1]);
  const tickText = (t: number, i: number, all: number[]) =>
    isDays
      ? i === all.length - 1
        ? `${t} days`
        : String(t)
      : stepId === 'dollars'
        ? t === 0
          ? '$0'
          : `$${Number((gpuHoursToDollars(t, f.rate) / 1e6).toFixed(2))}M`
        : t === 0
          ? '0'
          : `${t / 1e6}M`;
  marks.push(
    ...xAxis({
      key: `run:${isDays ? 'd' : 'h'}`,
      scale: x,
      y: plotBottom,
      gridTop: plotTop - 6,
      count: isDays ? (narrow ? 4 : 6) : 3,
      format: tickText,
      fontSize: smallType(narrow),
      labelGap: 14,
    }),
  );
  const unit = isDays ? 'days' : stepId === 'dollars' ? `US dollars at $${d.run.dollarsPerGpuHour.value} per GPU-hour` : 'H800 GPU-hours';
  marks.push({
    kind: 'text',
    key: 'run:unit',
    x: px(x1),
    y: px(plotTop - 10),
    text: unit,
    anchor: 'end',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });

  let start = 0;
  f.stages.forEach((s, i) => {
    const y0 = plotTop + rowH * i;
    const cy = narrow ? y0 + Math.min(28, rowH * 0.62) : y0 + rowH / 2;
    const v = isDays ? s.days : s.gpuHours;
    const from = isDays ? start : 0;
    const bx = x(from);
    const bw = Math.max(1, x(from + v) - x(from));
    const key = `run:stage:${s.id}`;
    marks.push({
      kind: 'rect',
      key: `${key}:bar`,
      x: px(bx),
      y: px(cy - barH / 2),
      width: px(bw),
      height: px(barH),
      rx: 1.5,
      className: `co-bar ${STAGE_CLASS[i] ?? 'co-seg-2'}`,
    });
    const valueText = isDays ? `${s.days.toFixed(1)} days` : stepId === 'dollars' ? usdM(s.dollars) : hoursText(s.gpuHours, narrow);
    if (narrow) {
      // Right of the zero line, which runs up through the label row.
      marks.push({ kind: 'text', key: `${key}:label`, x: px(x0 + 4), y: px(y0 + 11), text: s.short, className: 'co-row-label', fontSize: 12, fontWeight: 700 });
      const vx = bx + bw + 5;
      const fitsRight = vx + measure(valueText, { size: 12, weight: 700 }) < W;
      marks.push({
        kind: 'text',
        key: `${key}:value`,
        x: px(fitsRight ? vx : W),
        y: px(fitsRight ? cy : y0 + 11),
        text: valueText,
        anchor: fitsRight ? 'start' : 'end',
        baseline: fitsRight ? 'middle' : 'auto',
        className: 'co-value',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      const detail = wrap(s.detail, { width: labelW - 16, size: smallType(narrow) });
      const dy = detail.length > 1 ? -7 : 0;
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 12),
        y: px(cy - 7 + dy),
        text: s.label,
        anchor: 'end',
        baseline: 'middle',
        className: 'co-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push(
        ...lines(`${key}:detail`, detail, labelW - 12, cy + 9 + dy, {
          anchor: 'end',
          baseline: 'middle',
          className: 'co-row-detail',
          fontSize: smallType(narrow),
          lineHeight: 14,
          slots: 2,
        }),
      );
      marks.push({
        kind: 'text',
        key: `${key}:value`,
        x: px(bx + bw + 6),
        y: px(cy),
        text: valueText,
        baseline: 'middle',
        className: 'co-value',
        fontSize: 13,
        fontWeight: 700,
      });
    }
    start += v;
  });

  // Total row: the three stages stacked end to end.
  const ty0 = plotTop + rowH * f.stages.length;
  const tcy = narrow ? ty0 + Math.min(28, rowH * 0.62) : ty0 + rowH / 2;
  marks.push({ kind: 'line', key: 'run:total:rule', x1: 0, x2: px(W), y1: px(ty0 + 2), y2: px(ty0 + 2), className: 'co-total-rule' });
  let acc = 0;
  f.stages.forEach((s, i) => {
    const v = isDays ? s.days : s.gpuHours;
    marks.push({
      kind: 'rect',
      key: `run:total:seg:${s.id}`,
      x: px(x(acc)),
      y: px(tcy - barH / 2),
      width: px(Math.max(0, x(acc + v) - x(acc))),
      height: px(barH),
      className: `co-bar ${STAGE_CLASS[i] ?? 'co-seg-2'}`,
    });
    acc += v;
  });
  const totalText = isDays
    ? `${f.days.toFixed(1)} days`
    : stepId === 'dollars'
      ? usdM(f.dollars)
      : narrow
        ? `${(f.total / 1e6).toFixed(3)}M`
        : `${(f.total / 1e6).toFixed(3)} million`;
  const totalLabel = isDays ? 'Whole run' : 'Total';
  if (narrow) {
    marks.push({
      kind: 'text',
      key: 'run:total:label',
      x: px(x0 + 4),
      y: px(ty0 + 16),
      text: totalLabel,
      className: 'co-row-label',
      fontSize: 12,
      fontWeight: 800,
    });
  } else {
    marks.push({
      kind: 'text',
      key: 'run:total:label',
      x: px(labelW - 12),
      y: px(tcy),
      text: totalLabel,
      anchor: 'end',
      baseline: 'middle',
      className: 'co-row-label',
      fontSize: 14,
      fontWeight: 800,
    });
  }
  marks.push({
    kind: 'text',
    key: 'run:total:value',
    x: px(x(acc) + 6),
    y: px(tcy),
    text: totalText,
    baseline: 'middle',
    className: 'co-total',
    fontSize: narrow ? 14 : 16,
    fontWeight: 800,
  });
  return marks;
}

/* ------------------------------------------------------------------ not included */

function excludedMarks(d: CostSceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const f = runFigures(d.run);
  const r1 = r1OwnDollars(d);
  const note = footnote(
    'ex:note',
    narrow
      ? `R1's own training: priced by DeepSeek in the Nature paper's supplement (2025), read via press reports.`
      : `R1's own training (R1-Zero RL, SFT data, R1 RL): priced by DeepSeek in the supplement to the Nature version of the R1 paper (2025), read via press reports.`,
    W,
    H,
  );
  marks.push(...note.marks);
  // A what-if price above the report's may make the bar longer than $6M: the scale grows with it.
  const x = scaleLinear()
    .domain([0, Math.max(6e6, f.dollars)])
    .range([0, W - Math.max(narrow ? 70 : 110, measure(usdM(f.dollars), { size: narrow ? 14 : 16, weight: 800 }) + 12)]);
  const barH = narrow ? 16 : 20;
  // The $5.576M bar, kept from the earlier steps (same keys) so it slides into place.
  marks.push({
    kind: 'text',
    key: 'run:total:label',
    x: 0,
    y: px(top + 12),
    text: narrow ? 'V3’s final run, as priced' : 'DeepSeek-V3’s final training run, as priced in its report',
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 800,
  });
  const by = top + 22;
  let acc = 0;
  f.stages.forEach((s, i) => {
    marks.push({
      kind: 'rect',
      key: `run:total:seg:${s.id}`,
      x: px(x(acc)),
      y: px(by),
      width: px(Math.max(0, x(acc + s.dollars) - x(acc))),
      height: barH,
      className: `co-bar ${STAGE_CLASS[i] ?? 'co-seg-2'}`,
    });
    acc += s.dollars;
  });
  marks.push({
    kind: 'text',
    key: 'run:total:value',
    x: px(x(acc) + 6),
    y: px(by + barH / 2),
    text: usdM(f.dollars),
    baseline: 'middle',
    className: 'co-total',
    fontSize: narrow ? 14 : 16,
    fontWeight: 800,
  });
  // R1's own training, at the same scale.
  const ry = by + barH + (narrow ? 30 : 34);
  marks.push({
    kind: 'text',
    key: 'ex:r1:label',
    x: 0,
    y: px(ry - 8),
    text: narrow ? 'R1’s own training (Nature paper)' : 'R1’s own training, priced later (Nature paper, via reports)',
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
  });
  marks.push({ kind: 'rect', key: 'ex:r1:bar', x: 0, y: px(ry), width: px(Math.max(1, x(r1.dollars))), height: barH, className: 'co-bar co-secondary' });
  marks.push({
    kind: 'text',
    key: 'ex:r1:value',
    x: px(x(r1.dollars) + 6),
    y: px(ry + barH / 2),
    text: `≈$${int(r1.dollars / 1000)}K${r1.reported ? '' : narrow ? ' (computed)' : ` (computed at $${f.rate.toFixed(2)})`}`,
    baseline: 'middle',
    className: 'co-value',
    fontSize: narrow ? 13 : 14,
    fontWeight: 700,
  });

  // What is not in the figure: unknown sizes, so no bars, just labelled boxes.
  const listTop = ry + barH + (narrow ? 26 : 30);
  marks.push({
    kind: 'text',
    key: 'ex:head',
    x: 0,
    y: px(listTop),
    text: narrow ? 'Not in the figure (costs not disclosed):' : `Not in the ${usdM(f.dollars)}, and not disclosed, so drawn without a size:`,
    className: 'co-row-label',
    fontSize: narrow ? 12 : 13,
    fontWeight: 700,
  });
  const items = d.run.excluded.filter((e) => e.id !== 'r1-rl');
  const cols = narrow ? 1 : 2;
  const gap = 8;
  const rowsN = Math.ceil(items.length / cols);
  const boxW = (W - gap * (cols - 1)) / cols;
  const avail = note.top - (listTop + 10) - 6;
  const boxH = Math.max(18, Math.min(narrow ? 46 : 84, (avail - gap * (rowsN - 1)) / rowsN));
  items.forEach((e, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const bx = c * (boxW + gap);
    const by2 = listTop + 10 + r * (boxH + gap);
    const key = `ex:item:${e.id}`;
    marks.push({ kind: 'rect', key, x: px(bx), y: px(by2), width: px(boxW), height: px(boxH), rx: 6, className: 'co-unknown' });
    marks.push({
      kind: 'text',
      key: `${key}:q`,
      x: px(bx + boxW - 10),
      y: px(by2 + boxH / 2),
      text: '?',
      anchor: 'end',
      baseline: 'middle',
      className: 'co-unknown-q',
      fontSize: narrow ? 16 : 22,
      fontWeight: 800,
    });
    // Same marks at every size (stable keys): short boxes show the label and a one-line
    // basis; tall ones the report's reason in full. Lines that do not fit are hidden.
    const basis = e.basis === 'stated' ? 'excluded, says the report' : 'left out by how the figure is built';
    const tall = !narrow && boxH >= 64;
    const oneLine = boxH < 34;
    const ly = oneLine ? by2 + boxH / 2 : tall ? by2 + 18 : by2 + boxH * 0.38;
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: px(bx + 10),
      y: px(ly),
      text: e.label,
      baseline: 'middle',
      className: 'co-row-label',
      fontSize: tall ? 13 : 12,
      fontWeight: 700,
    });
    const text = tall ? `${e.detail.charAt(0).toUpperCase()}${e.detail.slice(1)}.` : basis;
    const detail = paragraph(`${key}:basis`, text, bx + 10, tall ? by2 + 37 : narrow ? by2 + boxH - 9 : by2 + boxH * 0.72 + 4, boxW - 44, {
      className: 'co-row-detail',
      fontSize: smallType(narrow),
      lineHeight: 14,
      slots: 3,
      baseline: tall ? 'auto' : 'middle',
    });
    const room = oneLine ? 0 : tall ? Math.max(1, Math.floor((boxH - 30) / 14)) : 1;
    detail.marks.forEach((m, j) => marks.push({ ...m, opacity: j < room ? 1 : 0 }));
  });
  return marks;
}

/* ------------------------------------------------------------------ prices */

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

/* ------------------------------------------------------------------ bill */

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

/* ------------------------------------------------------------------ frames */

function headline(d: CostSceneData, stepId: string, narrow: boolean): { title: string; sub: string } {
  const f = runFigures(d.run);
  const b = bills(d);
  switch (stepId) {
    case 'gpu-hours':
      return {
        title: `V3’s final run: ${(f.total / 1e6).toFixed(3)} million GPU-hours`,
        sub: narrow
          ? 'Computer time, stage by stage. R1 was built on top of DeepSeek-V3.'
          : 'The computer time DeepSeek-V3’s last training run used, stage by stage. R1 was built on top of V3.',
      };
    case 'dollars':
      return {
        title: `Priced at ${usdM(f.dollars)} of rented GPU time`,
        sub:
          f.rate === REPORTED_RATE
            ? `The famous figure: those GPU-hours at an assumed $${f.rate} an hour, for V3’s last run only.`
            : `Those GPU-hours at ${rateText(f.rate)} an hour, for V3’s last run only; at the report’s $${REPORTED_RATE}, ${usdM(gpuHoursToDollars(f.total, REPORTED_RATE))}.`,
      };
    case 'days':
      return {
        title: `About ${Math.round(f.stages[0]!.days)} days of pre-training`,
        sub: `That many GPU-hours keep ${int(f.gpus)} GPUs busy for ${f.stages[0]!.days.toFixed(1)} days; the whole run for ${f.days.toFixed(1)}.`,
      };
    case 'not-included':
      return {
        title: `What ${usdM(f.dollars)} leaves out`,
        sub: narrow
          ? 'Not the cost of building DeepSeek, and not R1’s own training.'
          : 'It is not what DeepSeek spent to build the model, and it is not R1’s own training.',
      };
    case 'api-prices': {
      const r1 = priceModel(d.pricing, 'deepseek-r1');
      const o1 = priceModel(d.pricing, 'o1');
      return {
        title: `Per token, R1 cost about ${Math.round(percentCheaper(r1.output, o1.output))}% less than o1`,
        sub: 'API list prices per million tokens when R1 launched, January 2025.',
      };
    }
    case 'bill':
      return {
        title: `One bill: ${usd(b.r1.total)} for R1, ${usd(b.o1.total)} for o1`,
        sub: narrow ? 'The same use priced at each list.' : 'The same amount of use, priced at each model’s list prices.',
      };
  }
  throw new Error(`cost: unknown step "${stepId}"`);
}

function tableFor(d: CostSceneData, stepId: string): DataTable {
  const f = runFigures(d.run);
  switch (stepId) {
    case 'gpu-hours':
    case 'dollars':
    case 'days':
      return {
        caption: 'DeepSeek-V3 final training run (V3 technical report, Table 1); dollars and days computed',
        columns: ['Stage', 'H800 GPU-hours', `US dollars at $${f.rate}/GPU-hour`, `Days on ${int(f.gpus)} GPUs`],
        rows: [
          ...f.stages.map((s) => [s.label, s.gpuHours, s.dollars, Math.round(s.days * 10) / 10] as (string | number)[]),
          ['Total (sum)', f.total, f.dollars, Math.round(f.days * 10) / 10],
        ],
      };
    case 'not-included':
      return {
        caption: 'What the DeepSeek-V3 training figure includes and leaves out',
        columns: ['Item', 'In the figure?', 'Amount (US dollars)', 'Source', 'Where'],
        rows: [
          [`DeepSeek-V3 final training run, GPU time at $${f.rate}/hour`, 'yes', f.dollars, d.run.source, 'Table 1'],
          ...d.run.excluded.map(
            (e) =>
              [
                e.label,
                `no (${e.basis})`,
                e.id === 'r1-rl' ? `about $${int(d.run.r1OwnTraining.reportedCost.value)} (published ${d.run.r1OwnTraining.date})` : 'not disclosed',
                e.source,
                e.where,
              ] as (string | number)[],
          ),
        ],
      };
    case 'api-prices':
      return {
        caption: 'API list prices, US dollars per million tokens',
        columns: ['Model', 'Input, cache hit', 'Input, cache miss', 'Output', 'Date', 'Source'],
        rows: d.pricing.models.map((m) => [m.name, m.inputCacheHit, m.inputCacheMiss, m.output, m.dateLabel, m.source]),
      };
    case 'bill': {
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
    }
  }
  throw new Error(`cost: no table for step "${stepId}"`);
}

function describe(d: CostSceneData, stepId: string): string {
  const f = runFigures(d.run);
  const s = f.stages;
  switch (stepId) {
    case 'gpu-hours':
      return `Bar chart of DeepSeek-V3's final training run in H800 GPU-hours: ${s.map((x) => `${x.label.toLowerCase()} ${int(x.gpuHours)}`).join(', ')}; total ${int(f.total)}.`;
    case 'dollars':
      return `The same bars in US dollars at an assumed $${f.rate} per GPU-hour: ${s.map((x) => `${x.label.toLowerCase()} ${usdM(x.dollars)}`).join(', ')}; total ${usdM(f.dollars)}.`;
    case 'days':
      return `Timeline in days if all ${int(f.gpus)} GPUs worked on each stage in turn: ${s.map((x) => `${x.label.toLowerCase()} ${x.days.toFixed(1)} days`).join(', ')}; whole run ${f.days.toFixed(1)} days.`;
    case 'not-included':
      return `The ${usdM(f.dollars)} bar for V3's final run next to R1's own training, about $${int(r1OwnDollars(d).dollars / 1000)}K (Nature paper, read via press reports${r1OwnDollars(d).reported ? '' : `; computed from its GPU-hours at $${f.rate.toFixed(2)}`}), and boxes without sizes for what the figure leaves out: ${d.run.excluded
        .filter((e) => e.id !== 'r1-rl')
        .map((e) => e.label.toLowerCase())
        .join(', ')}.`;
    case 'api-prices':
      return `Price per million tokens, DeepSeek-R1 vs OpenAI o1: ${(['inputCacheHit', 'inputCacheMiss', 'output'] as const).map((k) => `${k === 'output' ? 'output' : k === 'inputCacheHit' ? 'cached input' : 'input'} ${usd(priceModel(d.pricing, 'deepseek-r1')[k])} vs ${usd(priceModel(d.pricing, 'o1')[k])}`).join('; ')}.`;
    case 'bill': {
      const b = bills(d);
      return `For ${usageText(d.usage)}, DeepSeek-R1 would cost ${usd(b.r1.total)} and OpenAI o1 ${usd(b.o1.total)} at January 2025 list prices.`;
    }
  }
  throw new Error(`cost: no description for step "${stepId}"`);
}

export function layout(data: CostSceneData, stepId: string, size: Size): Frame {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`cost: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  const narrow = size.width < NARROW_BREAKPOINT;
  const W = size.width;
  const H = size.height;
  const h = headline(data, stepId, narrow);
  // A reader's what-if price (what-if.ts) changes the dollars steps: their title area says so first.
  const rate = data.run.dollarsPerGpuHour.value;
  const badge =
    rate !== REPORTED_RATE && (stepId === 'dollars' || stepId === 'not-included')
      ? paragraph('whatif', `What if… — not the report’s $${REPORTED_RATE}: $${rate.toFixed(2)} per GPU-hour`, 0, 12, W, {
          className: 'co-whatif',
          fontSize: 12,
          fontWeight: 700,
          slots: 1,
        })
      : null;
  const dy = badge ? badge.bottom + 8 : 0;
  const head = header(h.title, h.sub, W, narrow);
  const marks: Mark[] = [...(badge?.marks ?? []), ...(dy ? head.marks.map((m) => (m.kind === 'text' ? { ...m, y: m.y + dy } : m)) : head.marks)];
  const top = head.bottom + dy;
  switch (stepId) {
    case 'gpu-hours':
    case 'dollars':
    case 'days':
      marks.push(...runMarks(data, stepId, W, H, narrow, top));
      break;
    case 'not-included':
      marks.push(...excludedMarks(data, W, H, narrow, top));
      break;
    case 'api-prices':
      marks.push(...pricesMarks(data, W, H, narrow, top));
      break;
    case 'bill':
      marks.push(...billMarks(data, W, H, narrow, top));
      break;
  }
  return {
    width: W,
    height: H,
    title: badge ? `What if… — not the report’s $${REPORTED_RATE}: ${h.title}` : h.title,
    description: describe(data, stepId),
    marks,
    table: tableFor(data, stepId),
  };
}
