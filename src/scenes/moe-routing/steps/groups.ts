/** Step "groups": node-limited routing; each group scores its two best affinities, and only the best groups stay in. */
import type { DataTable, Mark } from '../../contract';
import { px } from '../../kit/format';
import { smallType } from '../../kit/text';
import type { MoeRoutingData } from '../data';
import { grid, groupMidY, type Grid } from '../grid';
import { bestInGroup, scoreGrid } from '../score-grid';
import { f2, focusToken, header, listOf, type RoutingStep, type RoutingText } from '../shared';

/** Each group's score, beside its block: a bar and the number on a wide figure, the number alone on a phone. */
function groupScores(data: MoeRoutingData, g: Grid, text: RoutingText): Mark[] {
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
      text: text.t(isKept ? (g.narrow ? 'groups.kept.narrow' : 'groups.kept') : g.narrow ? 'groups.out.narrow' : 'groups.out', { score: f2(score) }),
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
      text: text.t('groups.panel'),
      className: 'chart-subtitle',
      fontSize: fs,
    });
  }
  return marks;
}

function groupTable(data: MoeRoutingData, text: RoutingText): DataTable {
  const kept = new Set(data.route.keptGroups);
  return {
    caption: text.t('groups.caption', { token: focusToken(data) }),
    columns: [text.t('table.group'), text.t('groups.column.best'), text.t('groups.column.score'), text.t('groups.column.kept')],
    rows: data.route.groupScores.map((s, grp) => {
      const ids = bestInGroup(data, grp);
      return [
        grp + 1,
        text.t('groups.bestTwo', { a: ids[0]!, affA: String(data.affinities[ids[0]!]), b: ids[1]!, affB: String(data.affinities[ids[1]!]) }),
        Math.round(s * 1e6) / 1e6,
        text.t(kept.has(grp) ? 'table.yes' : 'table.no'),
      ];
    }),
  };
}

export const step: RoutingStep = (data, size, narrow, text) => {
  const token = focusToken(data);
  const { nGroups, keptGroups } = data.settings;
  const g = grid(size, data, false);
  const keptList = [...data.route.keptGroups].sort((a, b) => a - b).map((x) => x + 1);
  const all = keptGroups === nGroups;
  const marks: Mark[] = [
    ...header(
      all
        ? text.t(narrow ? 'groups.all.narrow' : 'groups.all', { n: nGroups })
        : text.t(narrow ? 'groups.keep.narrow' : 'groups.keep', { count: keptGroups, n: nGroups }),
      text.t(narrow ? 'groups.sub.narrow' : 'groups.sub'),
      narrow,
    ),
    ...scoreGrid(data, size, g, 'groups', text, groupScores(data, g, text)),
  ];
  return {
    title: text.t('groups.title', { token, kept: keptGroups, n: nGroups }),
    description: all
      ? text.t('groups.describe.all', { n: nGroups, token })
      : text.t('groups.describe', { token, count: keptGroups, list: listOf(text, keptList), others: nGroups - keptGroups }),
    marks,
    table: groupTable(data, text),
  };
};
