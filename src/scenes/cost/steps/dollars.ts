/** Step "dollars": the same run priced at the assumed rent per GPU-hour (or a reader's what-if price). */
import { gpuHoursToDollars } from '../../../model/cost';
import { usdM } from '../../kit/chart';
import { type CostStep, REPORTED_RATE, rateText, runFigures } from '../shared';
import { runMarks, runTable } from '../run';

export const step: CostStep = {
  headline(d) {
    const f = runFigures(d.run);
    return {
      title: `Priced at ${usdM(f.dollars)} of rented GPU time`,
      sub:
        f.rate === REPORTED_RATE
          ? `The famous figure: those GPU-hours at an assumed $${f.rate} an hour, for V3’s last run only.`
          : `Those GPU-hours at ${rateText(f.rate)} an hour, for V3’s last run only; at the report’s $${REPORTED_RATE}, ${usdM(gpuHoursToDollars(f.total, REPORTED_RATE))}.`,
    };
  },
  marks: (d, W, H, narrow, top) => runMarks(d, 'dollars', W, H, narrow, top),
  describe(d) {
    const f = runFigures(d.run);
    return `The same bars in US dollars at an assumed $${f.rate} per GPU-hour: ${f.stages.map((x) => `${x.label.toLowerCase()} ${usdM(x.dollars)}`).join(', ')}; total ${usdM(f.dollars)}.`;
  },
  table: runTable,
  showsRate: true,
};
