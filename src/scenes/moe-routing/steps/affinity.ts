/** Step "affinity": the followed token's score for each of the 256 routed experts, as shades. */
import type { DataTable, Mark } from '../../contract';
import { px } from '../../kit/format';
import { wrap } from '../../kit/text';
import type { MoeRoutingData } from '../data';
import { grid, type Grid } from '../grid';
import { scoreGrid } from '../score-grid';
import { f2, focusToken, groupNumber, header, type RoutingStep } from '../shared';

/** A few lines of words in the side panel (wide figure only: on a phone the grid needs the room). */
function panelNote(text: string, g: Grid): Mark[] {
  const fs = 12;
  const width = g.panel.w - 4;
  const y0 = g.panel.y + 6;
  return wrap(text, { width, size: fs }).map((t, k) => ({
    kind: 'text' as const,
    key: `note:${k}`,
    x: px(g.panel.x),
    y: px(y0 + k * (fs + 5)),
    text: t,
    className: 'chart-subtitle',
    fontSize: fs,
  }));
}

function expertTable(data: MoeRoutingData): DataTable {
  return {
    caption: `Affinity of ${focusToken(data)} to each routed expert (illustrative router)`,
    columns: ['Expert', 'Group', 'Affinity (0-1)'],
    rows: data.affinities.map((a, i) => [i, groupNumber(data, i), a]),
  };
}

export const step: RoutingStep = (data, size, narrow) => {
  const token = focusToken(data);
  const { nExperts, nGroups } = data.settings;
  const per = nExperts / nGroups;
  const g = grid(size, data, false);
  const lowest = Math.min(...data.affinities);
  const highest = Math.max(...data.affinities);
  const best = data.affinities.indexOf(highest);
  const marks: Mark[] = [
    ...header(
      narrow ? `${token} against each of ${nExperts} experts` : `How well ${token} matches each of the ${nExperts} routed experts`,
      narrow
        ? `Stronger shade = better match · ${g.rowsPerGroup === 1 ? 'a row' : 'a block'} = a group of ${per}`
        : `Stronger shade = better match · the experts come in ${nGroups} groups of ${per}`,
      narrow,
    ),
    ...scoreGrid(data, size, g, 'plain'),
  ];
  if (!narrow)
    marks.push(
      ...panelNote(
        `Each square is one expert. The router gives ${token} a score between 0 and 1 for every expert: a sigmoid of how well the two match. The best match here is expert #${best} (${f2(highest)}).`,
        g,
      ),
    );
  return {
    title: `Affinity of ${token} to each of ${nExperts} experts`,
    description: `Illustrative router. The token ${token} gets a sigmoid affinity between ${f2(lowest)} and ${f2(highest)} to each of the ${nExperts} routed experts, drawn as ${nGroups} groups of ${per}. Its best match is expert #${best} in group ${groupNumber(data, best)} (${f2(highest)}).`,
    marks,
    table: expertTable(data),
  };
};
