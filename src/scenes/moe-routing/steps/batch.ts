/** Step "batch": one batch of made-up tokens routed at once, and how unevenly they load the experts. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { wrap } from '../../kit/text';
import { loadBars, loadTable } from '../load-rows';
import { header, times, type RoutingStep } from '../shared';

export const step: RoutingStep = (data, size, narrow, text) => {
  const { nExperts } = data.settings;
  const b = data.balancing;
  // The run's own top-k (R1's: the runs are precomputed), not a what-if one.
  const topK = data.batchLimits.topK;
  const loads = b.firstLoads;
  const s = b.spread[0]!;
  const busiest = Math.max(...loads);
  const quietest = Math.min(...loads);
  const bars = loadBars(data, size, loads, text);
  const batch = b.batchSize;
  const fair = b.fairShare;
  const marks: Mark[] = [
    ...header(
      text.t(narrow ? 'batch.head.narrow' : 'batch.head', { batch }),
      text.t(narrow ? 'batch.sub.narrow' : 'batch.sub', { batch, k: topK, n: nExperts, fair }),
      narrow,
    ),
    ...bars.marks,
  ];
  const summary = text.t(narrow ? 'batch.summary.narrow' : 'batch.summary', { busiest, times: times(text, s.maxOverMean), fair, quietest });
  const fs = 12;
  // At the foot of the box (the room below the bars is sized for the next step's chart).
  const lines = wrap(summary, { width: size.width - 4, size: fs });
  const first = Math.max(bars.bottom + 22, size.height - 8 - (lines.length - 1) * (fs + 6));
  lines.forEach((t, k) => marks.push({ kind: 'text', key: `summary:${k}`, x: 0, y: px(first + k * (fs + 6)), text: t, className: 'bar-label', fontSize: fs }));
  return {
    title: text.t('batch.title', { batch }),
    description: text.t('batch.describe', { batch, k: topK, n: nExperts, fair, busiest, times: times(text, s.maxOverMean), quietest }),
    marks,
    table: loadTable(data, false, text),
  };
};
