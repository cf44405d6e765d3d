/** Step "batch": one batch of made-up tokens routed at once, and how unevenly they load the experts. */
import type { Mark } from '../../contract';
import { formatNumber, px } from '../../kit/format';
import { wrap } from '../../kit/text';
import { loadBars, loadTable } from '../load-rows';
import { header, times, type RoutingStep } from '../shared';

export const step: RoutingStep = (data, size, narrow) => {
  const { nExperts } = data.settings;
  const b = data.balancing;
  // The run's own top-k (R1's: the runs are precomputed), not a what-if one.
  const topK = data.batchLimits.topK;
  const loads = b.firstLoads;
  const s = b.spread[0]!;
  const busiest = Math.max(...loads);
  const quietest = Math.min(...loads);
  const bars = loadBars(data, size, loads);
  const marks: Mark[] = [
    ...header(
      narrow ? `${formatNumber(b.batchSize)} tokens: load per expert` : `One batch of ${formatNumber(b.batchSize)} tokens: how many each expert gets`,
      narrow
        ? `Bar = tokens per expert · dashes = fair share, ${b.fairShare}`
        : `Bar = tokens sent to the expert · dashed line = fair share (${formatNumber(b.batchSize)} × ${topK} ÷ ${nExperts} = ${b.fairShare})`,
      narrow,
    ),
    ...bars.marks,
  ];
  const text = narrow
    ? `Busiest expert: ${busiest} tokens, ${times(s.maxOverMean)} its fair share; quietest: ${quietest}. The busiest set the pace: the others wait for them.`
    : `Busiest expert: ${busiest} tokens, ${times(s.maxOverMean)} its fair share of ${b.fairShare}. Quietest: ${quietest}. The busiest experts set the pace of the whole batch: the others wait for them.`;
  const fs = 12;
  // At the foot of the box (the room below the bars is sized for the next step's chart).
  const lines = wrap(text, { width: size.width - 4, size: fs });
  const first = Math.max(bars.bottom + 22, size.height - 8 - (lines.length - 1) * (fs + 6));
  lines.forEach((t, k) => marks.push({ kind: 'text', key: `summary:${k}`, x: 0, y: px(first + k * (fs + 6)), text: t, className: 'bar-label', fontSize: fs }));
  return {
    title: `Load per expert in one batch of ${formatNumber(b.batchSize)} tokens`,
    description: `Illustrative simulation: one batch of ${formatNumber(b.batchSize)} tokens, each routed to ${topK} of ${nExperts} experts. The fair share is ${b.fairShare} tokens per expert; the busiest gets ${busiest} (${times(s.maxOverMean)}), the quietest ${quietest}.`,
    marks,
    table: loadTable(data, false),
  };
};
