/**
 * Step "balancing": the last batch of the simulation, after a bias nudge per batch, and under
 * it the busiest expert's load batch by batch, with the nudges and without.
 */
import type { Mark, Size } from '../../contract';
import { formatNumber, px } from '../../kit/format';
import { smallType } from '../../kit/text';
import { modelConfigData } from '../../../data/raw-model';
import { R1_LIMITS, type MoeRoutingData } from '../data';
import { loadBars, loadTable } from '../load-rows';
import { header, times, type RoutingStep } from '../shared';

/** DeepSeek's own bias step (V3 report), against which a what-if step is said. */
const DEEPSEEK_GAMMA = modelConfigData.published.balanceGamma.value;

/** The busiest expert, as a multiple of the fair share, batch by batch: nudged and not. */
function spreadChart(data: MoeRoutingData, size: Size, top: number, narrow: boolean): Mark[] {
  const fs = smallType(narrow);
  const b = data.balancing;
  const left = narrow ? 28 : 60;
  const right = narrow ? 92 : 130;
  const h = Math.max(20, size.height - top - 20);
  const w = size.width - left - right;
  const all = [...b.spread, ...b.unbalancedSpread].map((s) => s.maxOverMean);
  const yMax = Math.ceil(Math.max(...all));
  const x = (i: number) => left + (i / Math.max(1, b.batches - 1)) * w;
  const y = (v: number) => top + h - (v / yMax) * h;
  const path = (series: { maxOverMean: number }[]) => series.map((s, i) => `${i ? 'L' : 'M'}${px(x(i))},${px(y(s.maxOverMean))}`).join('');
  const marks: Mark[] = [];
  for (const t of [1, yMax]) {
    marks.push({
      kind: 'line',
      key: `spread:grid:${t}`,
      x1: px(left),
      x2: px(left + w),
      y1: px(y(t)),
      y2: px(y(t)),
      className: t === 1 ? 'mr-fair-line' : 'grid-line',
    });
    marks.push({
      kind: 'text',
      key: `spread:tick:${t}`,
      x: px(left - 5),
      y: px(y(t)),
      text: `${t}×`,
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: fs,
    });
  }
  marks.push({ kind: 'line', key: 'spread:axis', x1: px(left), x2: px(left + w), y1: px(top + h), y2: px(top + h), className: 'axis-line' });
  marks.push({ kind: 'text', key: 'spread:x1', x: px(left), y: px(top + h + 13), text: 'batch 1', className: 'tick-label', fontSize: fs });
  marks.push({
    kind: 'text',
    key: 'spread:xN',
    x: px(left + w),
    y: px(top + h + 13),
    text: `batch ${b.batches}`,
    anchor: 'end',
    className: 'tick-label',
    fontSize: fs,
  });
  marks.push({
    kind: 'text',
    key: 'spread:title',
    x: 0,
    y: px(top - 10),
    text: narrow ? 'Busiest expert ÷ fair share, per batch' : 'Busiest expert, as a multiple of the fair share, batch by batch',
    className: 'chart-subtitle',
    fontSize: fs,
  });
  marks.push({ kind: 'path', key: 'spread:plain', d: path(b.unbalancedSpread), className: 'mr-spread-plain' });
  // At a what-if step of 0 the nudged run is the plain one: one line, one label.
  const nudged = b.gamma > 0;
  if (nudged) marks.push({ kind: 'path', key: 'spread:nudged', d: path(b.spread), className: 'mr-spread-nudged' });
  const lastPlain = b.unbalancedSpread[b.batches - 1]!.maxOverMean;
  const lastNudged = b.spread[b.batches - 1]!.maxOverMean;
  let yP = y(lastPlain);
  let yN = y(lastNudged);
  if (nudged && Math.abs(yP - yN) < 14) [yP, yN] = yP < yN ? [yP - 7, yN + 7] : [yP + 7, yN - 7];
  marks.push({
    kind: 'text',
    key: 'spread:label:plain',
    x: px(left + w + 6),
    y: px(yP),
    text: `no bias: ${times(lastPlain)}`,
    baseline: 'middle',
    className: 'legend-label',
    fontSize: fs,
  });
  if (nudged)
    marks.push({
      kind: 'text',
      key: 'spread:label:nudged',
      x: px(left + w + 6),
      y: px(yN),
      text: `nudged: ${times(lastNudged)}`,
      baseline: 'middle',
      className: 'legend-label mr-on-label',
      fontSize: fs,
      fontWeight: 700,
    });
  return marks;
}

/** The headline: with no nudges at all (a what-if γ of 0), or after the rounds of nudges. */
function headline(data: MoeRoutingData, narrow: boolean): Mark[] {
  const b = data.balancing;
  // A what-if step of 0: no nudges at all, so nothing evens the load out.
  if (b.gamma === 0)
    return header(
      narrow ? `Batch ${b.batches}, with no nudges (γ ${b.gamma})` : `Batch ${b.batches}, with no bias nudges at all (γ ${b.gamma})`,
      narrow ? 'The bias never moves: the load stays uneven' : 'With no step the bias never moves, so the load stays as uneven as in the first batch',
      narrow,
    );
  // The figure's own step is 10 × DeepSeek's; a what-if one is said against DeepSeek's.
  const why = b.gamma === R1_LIMITS.gamma ? 'a step made big to show it' : `${formatNumber(b.gamma / DEEPSEEK_GAMMA, '.0f')} × DeepSeek’s ${DEEPSEEK_GAMMA}`;
  return header(
    narrow ? `Batch ${b.batches}, after ${b.batches - 1} rounds of nudges` : `Batch ${b.batches}: after ${b.batches - 1} rounds of bias nudges`,
    narrow
      ? `Busy experts' bias −${b.gamma}, quiet ones' +${b.gamma}`
      : `After each batch: bias −${b.gamma} for busy experts, +${b.gamma} for quiet ones (${why})`,
    narrow,
  );
}

export const step: RoutingStep = (data, size, narrow) => {
  const b = data.balancing;
  const loads = b.lastLoads;
  const s = b.spread[b.batches - 1]!;
  const busiest = Math.max(...loads);
  const bars = loadBars(data, size, loads);
  const marks: Mark[] = [...headline(data, narrow), ...bars.marks, ...spreadChart(data, size, bars.bottom + 26, narrow)];
  const description =
    b.gamma === 0
      ? `Illustrative simulation with no bias nudges (step ${b.gamma}): the busiest expert in batch ${b.batches} gets ${busiest} tokens, ${times(s.maxOverMean)} its fair share of ${b.fairShare} (batch 1: ${times(b.spread[0]!.maxOverMean)}).`
      : `Illustrative simulation: after ${b.batches - 1} rounds of bias nudges (step ${b.gamma}), the busiest expert in batch ${b.batches} gets ${busiest} tokens, ${times(s.maxOverMean)} its fair share of ${b.fairShare}, ${s.maxOverMean <= b.spread[0]!.maxOverMean ? 'down' : 'up'} from ${times(b.spread[0]!.maxOverMean)} in batch 1. Without the nudges it stays near ${times(b.unbalancedSpread[b.batches - 1]!.maxOverMean)}.`;
  return {
    title: `Load per expert after ${b.batches - 1} bias updates`,
    description,
    marks,
    table: loadTable(data, true),
  };
};
