/** Step "batch": one batch of made-up tokens routed at once, and how unevenly they load the experts. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { wrap, wrapBalanced } from '../../kit/text';
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
  // The room under the bars is sized for the next step's chart. Narrow, the summary sits at the
  // foot; wide, it is the step's point, set larger in that room (its last line 24 px above the foot)
  // rather than leaving 100 px of nothing above a small note.
  const fs = narrow ? 12 : 18;
  const lh = narrow ? fs + 6 : Math.round(fs * 1.4);
  // A wide box sets it to a reading measure (about 55 characters), not the figure's full width.
  const lines = narrow ? wrap(summary, { width: size.width - 4, size: fs }) : wrapBalanced(summary, { width: Math.min(size.width - 4, 30 * fs), size: fs });
  const foot = size.height - 8 - (lines.length - 1) * lh;
  const first = narrow ? Math.max(bars.bottom + 22, foot) : Math.max(bars.bottom + 22, foot - 20);
  lines.forEach((t, k) => marks.push({ kind: 'text', key: `summary:${k}`, x: 0, y: px(first + k * lh), text: t, className: 'bar-label', fontSize: fs }));
  return {
    title: text.t('batch.title', { batch }),
    description: text.t('batch.describe', { batch, k: topK, n: nExperts, fair, busiest, times: times(text, s.maxOverMean), quietest }),
    marks,
    table: loadTable(data, false, text),
  };
};
