/** Step "gate-weights": how much each chosen expert counts, its affinity over the sum of the chosen ones. */
import type { Mark } from '../../contract';
import { chosenList, chosenTable } from '../chosen-experts';
import { grid } from '../grid';
import { scoreGrid } from '../score-grid';
import { focusToken, header, pct, type RoutingStep } from '../shared';

export const step: RoutingStep = (data, size, narrow) => {
  const token = focusToken(data);
  const { topK } = data.settings;
  const w = data.route.gateWeights;
  // On a phone the grid turns to one row per group, so the list of the chosen fits below it.
  const g = grid(size, data, true);
  const marks: Mark[] = [
    ...header(
      narrow
        ? topK === 1
          ? 'One expert: its gate weight is 100%'
          : `Gate weights of the ${topK}: they add to 100%`
        : `How much each chosen expert counts: its gate weight`,
      topK === 1
        ? 'Its affinity ÷ itself: the whole weight'
        : narrow
          ? `Each affinity ÷ the sum of the ${topK}`
          : `Gate weight = the expert's affinity ÷ the sum of the ${topK} chosen affinities`,
      narrow,
    ),
    ...scoreGrid(data, size, g, 'chosen'),
    ...chosenList(data, g, 'gate'),
  ];
  return {
    title: topK === 1 ? `Gate weight of the one expert chosen for ${token}` : `Gate weights of the ${topK} experts chosen for ${token}`,
    description: `The ${topK} chosen experts' outputs are mixed with weights from ${pct(Math.min(...w))} to ${pct(Math.max(...w))}: their affinities divided by their sum, so they add up to 100%. DeepSeek's code then multiplies them by route_scale ${data.settings.routeScale}. The shared expert's output is added whole.`,
    marks,
    table: chosenTable(data, true),
  };
};
