/** Step "gate-weights": how much each chosen expert counts, its affinity over the sum of the chosen ones. */
import type { Mark } from '../../contract';
import { chosenList, chosenTable } from '../chosen-experts';
import { grid } from '../grid';
import { scoreGrid } from '../score-grid';
import { focusToken, header, pct, type RoutingStep } from '../shared';

export const step: RoutingStep = (data, size, narrow, text) => {
  const token = focusToken(data);
  const { topK } = data.settings;
  const w = data.route.gateWeights;
  // On a phone the grid turns to one row per group, so the list of the chosen fits below it.
  const g = grid(size, data, true);
  const marks: Mark[] = [
    ...header(
      narrow ? text.t(topK === 1 ? 'gate.head.one' : 'gate.head.narrow', { k: topK }) : text.t('gate.head'),
      topK === 1 ? text.t('gate.sub.one') : text.t(narrow ? 'gate.sub.narrow' : 'gate.sub', { k: topK }),
      narrow,
    ),
    ...scoreGrid(data, size, g, 'chosen', text),
    ...chosenList(data, g, 'gate', text),
  ];
  return {
    title: text.t('gate.title', { count: topK, token }),
    description: text.t('gate.describe', { k: topK, lo: pct(Math.min(...w)), hi: pct(Math.max(...w)), scale: data.settings.routeScale }),
    marks,
    table: chosenTable(data, true, text),
  };
};
