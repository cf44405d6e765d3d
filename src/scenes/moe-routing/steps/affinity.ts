/** Step "affinity": the followed token's score for each of the 256 routed experts, as shades. */
import type { DataTable, Mark } from '../../contract';
import { px } from '../../kit/format';
import { wrap } from '../../kit/text';
import type { MoeRoutingData } from '../data';
import { grid, type Grid } from '../grid';
import { scoreGrid } from '../score-grid';
import { f2, focusToken, groupNumber, header, type RoutingStep, type RoutingText } from '../shared';

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

function expertTable(data: MoeRoutingData, text: RoutingText): DataTable {
  return {
    caption: text.t('affinity.caption', { token: focusToken(data) }),
    columns: [text.t('table.expert'), text.t('table.group'), text.t('affinity.column')],
    rows: data.affinities.map((a, i) => [i, groupNumber(data, i), a]),
  };
}

export const step: RoutingStep = (data, size, narrow, text) => {
  const token = focusToken(data);
  const { nExperts, nGroups } = data.settings;
  const per = nExperts / nGroups;
  const g = grid(size, data, false);
  const lowest = Math.min(...data.affinities);
  const highest = Math.max(...data.affinities);
  const best = data.affinities.indexOf(highest);
  const marks: Mark[] = [
    ...header(
      text.t(narrow ? 'affinity.head.narrow' : 'affinity.head', { token, n: nExperts }),
      narrow
        ? text.t(g.rowsPerGroup === 1 ? 'affinity.sub.narrow.row' : 'affinity.sub.narrow.block', { per })
        : text.t('affinity.sub', { groups: nGroups, per }),
      narrow,
    ),
    ...scoreGrid(data, size, g, 'plain', text),
  ];
  if (!narrow) marks.push(...panelNote(text.t('affinity.panel', { token, best, score: f2(highest) }), g));
  return {
    title: text.t('affinity.title', { token, n: nExperts }),
    description: text.t('affinity.describe', {
      token,
      lo: f2(lowest),
      hi: f2(highest),
      n: nExperts,
      groups: nGroups,
      per,
      best,
      group: groupNumber(data, best),
      score: f2(highest),
    }),
    marks,
    table: expertTable(data, text),
  };
};
