/** Step "top-8": the best experts inside the kept groups run, circled, plus the shared expert. */
import type { Mark } from '../../contract';
import { chosenList, chosenTable } from '../chosen-experts';
import { grid } from '../grid';
import { scoreGrid } from '../score-grid';
import { focusToken, groupsOf, header, type RoutingStep } from '../shared';

export const step: RoutingStep = (data, size, narrow) => {
  const token = focusToken(data);
  const { nExperts, topK, nShared } = data.settings;
  // On a phone the grid turns to one row per group, so the list of the chosen fits below it.
  const g = grid(size, data, true);
  const groupsUsed = groupsOf(data, data.route.experts);
  const marks: Mark[] = [
    ...header(
      narrow
        ? `${topK} routed expert${topK === 1 ? '' : 's'} + ${nShared} shared one run`
        : topK === 1
          ? 'The best expert in the kept groups runs, plus the shared one'
          : `The ${topK} best experts in the kept groups run, plus the shared one`,
      narrow
        ? `Orange, circled: chosen · the other ${nExperts - topK} idle`
        : `Orange, circled: the ${topK} chosen · the other ${nExperts - topK} do nothing for this token`,
      narrow,
    ),
    ...scoreGrid(data, size, g, 'chosen'),
    ...chosenList(data, g, 'affinity'),
  ];
  return {
    title: `${topK} routed expert${topK === 1 ? '' : 's'} and the shared expert run for ${token}`,
    description: `For ${token} the router picks experts ${data.route.experts.map((e) => `#${e}`).join(', ')} (in groups ${groupsUsed.join(', ')}), plus the shared expert that every token uses: ${topK + nShared} experts run, ${nExperts - topK} stay idle.`,
    marks,
    table: chosenTable(data, false),
  };
};
