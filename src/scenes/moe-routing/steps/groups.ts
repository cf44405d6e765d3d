/** Step "groups": node-limited routing; each group scores its two best affinities, and only the best groups stay in. */
import type { DataTable, Mark } from '../../contract';
import { px } from '../../kit/format';
import { smallType } from '../../kit/text';
import type { MoeRoutingData } from '../data';
import { grid, groupMidY, type Grid } from '../grid';
import { bestInGroup, scoreGrid } from '../score-grid';
import { f2, focusToken, header, type RoutingStep } from '../shared';

/** Each group's score, beside its block: a bar and the number on a wide figure, the number alone on a phone. */
function groupScores(data: MoeRoutingData, g: Grid): Mark[] {
  const fs = smallType(g.narrow);
  const kept = new Set(data.route.keptGroups);
  const max = Math.max(...data.route.groupScores);
  const marks: Mark[] = [];
  const x = g.narrow ? g.right + 8 : g.panel.x;
  const barMax = g.narrow ? 0 : Math.max(40, g.panel.w - 100);
  for (let grp = 0; grp < data.settings.nGroups; grp++) {
    const y = groupMidY(g, grp);
    const score = data.route.groupScores[grp]!;
    const isKept = kept.has(grp);
    if (!g.narrow) {
      const h = Math.min(14, g.rowsPerGroup * g.pitch - 4);
      marks.push({
        kind: 'rect',
        key: `group:${grp}:bar`,
        x: px(x),
        y: px(y - h / 2),
        width: px((score / max) * barMax),
        height: px(h),
        rx: 1.5,
        className: isKept ? 'mr-group-bar is-kept' : 'mr-group-bar',
      });
    }
    marks.push({
      kind: 'text',
      key: `group:${grp}:score`,
      x: px(x + (g.narrow ? 0 : (score / max) * barMax + 6)),
      y: px(y),
      text: `${f2(score)} ${isKept ? (g.narrow ? '✓' : '✓ kept') : g.narrow ? '×' : '× out'}`,
      baseline: 'middle',
      className: isKept ? 'value-label mr-kept-label' : 'value-label mr-dropped-label',
      fontSize: fs,
      fontWeight: isKept ? 700 : 400,
    });
  }
  if (!g.narrow) {
    marks.push({
      kind: 'text',
      key: 'panel:title',
      x: px(g.panel.x),
      y: px(g.y0 - 10),
      text: 'Group score (its best two added)',
      className: 'chart-subtitle',
      fontSize: fs,
    });
  }
  return marks;
}

function groupTable(data: MoeRoutingData): DataTable {
  const kept = new Set(data.route.keptGroups);
  return {
    caption: `Group scores for ${focusToken(data)} (sum of the two highest affinities in the group)`,
    columns: ['Group', 'Best two experts', 'Group score', 'Kept'],
    rows: data.route.groupScores.map((s, grp) => {
      const ids = bestInGroup(data, grp);
      return [
        grp + 1,
        `#${ids[0]} (${data.affinities[ids[0]!]}), #${ids[1]} (${data.affinities[ids[1]!]})`,
        Math.round(s * 1e6) / 1e6,
        kept.has(grp) ? 'yes' : 'no',
      ];
    }),
  };
}

export const step: RoutingStep = (data, size, narrow) => {
  const token = focusToken(data);
  const { nGroups, keptGroups } = data.settings;
  const g = grid(size, data, false);
  const keptList = [...data.route.keptGroups].sort((a, b) => a - b).map((x) => x + 1);
  const all = keptGroups === nGroups;
  const best = keptGroups === 1 ? 'best' : `${keptGroups} best`;
  const marks: Mark[] = [
    ...header(
      all
        ? narrow
          ? `All ${nGroups} groups stay in: no limit`
          : `All ${nGroups} groups stay in: no group limit`
        : narrow
          ? `Keep the ${best} of ${nGroups} groups`
          : `Keep only the ${best} of the ${nGroups} groups`,
      narrow ? `Score = a group's two best affinities (outlined)` : `A group's score = its two highest affinities (outlined) added up`,
      narrow,
    ),
    ...scoreGrid(data, size, g, 'groups', groupScores(data, g)),
  ];
  return {
    title: `Node-limited routing for ${token}: ${keptGroups} of ${nGroups} groups kept`,
    description: all
      ? `Each group scores the sum of its two highest affinities. With all ${nGroups} groups allowed, every expert can be chosen for ${token}.`
      : `Each group scores the sum of its two highest affinities. For ${token} the ${keptGroups === 1 ? 'best group is' : `best ${keptGroups} groups are`} ${keptList.join(', ')}; experts in the other ${nGroups - keptGroups} groups cannot be chosen, even if one of them scores well.`,
    marks,
    table: groupTable(data),
  };
};
