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
import { header, times, type RoutingStep, type RoutingText } from '../shared';

/** DeepSeek's own bias step (V3 report), against which a what-if step is said. */
const DEEPSEEK_GAMMA = modelConfigData.published.balanceGamma.value;

/** The busiest expert, as a multiple of the fair share, batch by batch: nudged and not. */
function spreadChart(data: MoeRoutingData, size: Size, top: number, narrow: boolean, text: RoutingText): Mark[] {
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
      text: text.t('times', { v: t }),
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: fs,
    });
  }
  marks.push({ kind: 'line', key: 'spread:axis', x1: px(left), x2: px(left + w), y1: px(top + h), y2: px(top + h), className: 'axis-line' });
  marks.push({
    kind: 'text',
    key: 'spread:x1',
    x: px(left),
    y: px(top + h + 13),
    text: text.t('balancing.batch', { n: 1 }),
    className: 'tick-label',
    fontSize: fs,
  });
  marks.push({
    kind: 'text',
    key: 'spread:xN',
    x: px(left + w),
    y: px(top + h + 13),
    text: text.t('balancing.batch', { n: b.batches }),
    anchor: 'end',
    className: 'tick-label',
    fontSize: fs,
  });
  marks.push({
    kind: 'text',
    key: 'spread:title',
    x: 0,
    y: px(top - 10),
    text: text.t(narrow ? 'balancing.chart.narrow' : 'balancing.chart'),
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
    text: text.t('balancing.noBias', { times: times(text, lastPlain) }),
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
      text: text.t('balancing.nudged', { times: times(text, lastNudged) }),
      baseline: 'middle',
      className: 'legend-label mr-on-label',
      fontSize: fs,
      fontWeight: 700,
    });
  return marks;
}

/** The headline: with no nudges at all (a what-if γ of 0), or after the rounds of nudges. */
function headline(data: MoeRoutingData, narrow: boolean, text: RoutingText): Mark[] {
  const b = data.balancing;
  // A what-if step of 0: no nudges at all, so nothing evens the load out.
  if (b.gamma === 0)
    return header(
      text.t(narrow ? 'balancing.off.head.narrow' : 'balancing.off.head', { n: b.batches, gamma: b.gamma }),
      text.t(narrow ? 'balancing.off.sub.narrow' : 'balancing.off.sub'),
      narrow,
    );
  // The figure's own step is 10 × DeepSeek's; a what-if one is said against DeepSeek's.
  const why =
    b.gamma === R1_LIMITS.gamma
      ? text.t('balancing.why.figure')
      : text.t('balancing.why.times', { m: formatNumber(b.gamma / DEEPSEEK_GAMMA, '.0f'), gamma: DEEPSEEK_GAMMA });
  return header(
    text.t(narrow ? 'balancing.head.narrow' : 'balancing.head', { n: b.batches, rounds: b.batches - 1 }),
    text.t(narrow ? 'balancing.sub.narrow' : 'balancing.sub', { gamma: b.gamma, why }),
    narrow,
  );
}

export const step: RoutingStep = (data, size, narrow, text) => {
  const b = data.balancing;
  const loads = b.lastLoads;
  const s = b.spread[b.batches - 1]!;
  const busiest = Math.max(...loads);
  const bars = loadBars(data, size, loads, text);
  const marks: Mark[] = [...headline(data, narrow, text), ...bars.marks, ...spreadChart(data, size, bars.bottom + 26, narrow, text)];
  const said = {
    rounds: b.batches - 1,
    gamma: b.gamma,
    n: b.batches,
    busiest,
    times: times(text, s.maxOverMean),
    fair: b.fairShare,
    first: times(text, b.spread[0]!.maxOverMean),
    plain: times(text, b.unbalancedSpread[b.batches - 1]!.maxOverMean),
  };
  const description = text.t(
    b.gamma === 0 ? 'balancing.describe.off' : s.maxOverMean <= b.spread[0]!.maxOverMean ? 'balancing.describe.down' : 'balancing.describe.up',
    said,
  );
  return {
    title: text.t('balancing.title', { rounds: b.batches - 1 }),
    description,
    marks,
    table: loadTable(data, true, text),
  };
};
