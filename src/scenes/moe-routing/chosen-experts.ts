/**
 * The chosen experts in the panel of the score grid (steps top-8 and gate-weights): a bar
 * each for its affinity or its gate weight, and the same experts as the data table.
 */
import type { DataTable, Mark } from '../contract';
import { px } from '../kit/format';
import { measure, smallType, wrap } from '../kit/text';
import type { MoeRoutingData } from './data';
import type { Grid } from './grid';
import { f2, focusToken, groupNumber, pct, type RoutingText } from './shared';

/** The chosen 8 as a list of bars: their affinity (step top-8) or gate weight (step gate-weights). */
export function chosenList(data: MoeRoutingData, g: Grid, mode: 'affinity' | 'gate', text: RoutingText): Mark[] {
  const { experts, gateWeights } = data.route;
  const fs = smallType(g.narrow);
  const labelW = g.narrow ? 74 : 100;
  const valueW = g.narrow ? 44 : 48;
  const top = g.panel.y + (g.narrow ? 14 : 0);
  // With many experts (a what-if top-k up to 32) the rows would crush their labels: list
  // the best ones that fit and say how many more (every one is in the data table).
  const fit = Math.max(2, Math.floor((g.panel.h - 40) / (fs + 4)));
  const shown = experts.length <= fit ? experts : experts.slice(0, fit - 1);
  const more = experts.length - shown.length;
  const rowH = Math.min(22, (g.panel.h - 40) / (shown.length + (more ? 1 : 0)));
  const barH = Math.max(4, Math.min(13, rowH - 5));
  const scaleMax = mode === 'affinity' ? 1 : Math.max(0.2, ...gateWeights);
  const valueOf = (k: number) => (mode === 'affinity' ? data.affinities[experts[k]!]! : gateWeights[k]!);
  const textOf = (v: number) => (mode === 'affinity' ? f2(v) : pct(v));
  // Shorter bars when a value would run past the edge ("100.0%": one expert per token takes the whole weight).
  const span = shown.reduce(
    (sp, _, k) => {
      const room = g.panel.w - labelW - 5 - measure(textOf(valueOf(k)), { size: fs, weight: k === 0 ? 700 : 400 }) - 2;
      return Math.min(sp, (room * scaleMax) / Math.max(valueOf(k), 1e-9));
    },
    Math.max(20, g.panel.w - labelW - valueW),
  );
  const marks: Mark[] = [
    {
      kind: 'text',
      key: 'panel:title',
      x: px(g.panel.x),
      y: px(g.narrow ? top - 6 : g.y0 - 10),
      text: text.t(mode === 'affinity' ? 'chosen.title.affinity' : 'chosen.title.gate', { k: data.settings.topK }),
      className: 'chart-subtitle',
      fontSize: smallType(g.narrow),
    },
  ];
  shown.forEach((e, k) => {
    const y = top + 6 + k * rowH;
    const v = valueOf(k);
    const w = (v / scaleMax) * span;
    marks.push({
      kind: 'text',
      key: `pick:${e}:label`,
      x: px(g.panel.x + labelW - 6),
      y: px(y + barH / 2),
      text: text.t(g.narrow ? 'chosen.pick.narrow' : 'chosen.pick', { e, g: groupNumber(data, e) }),
      anchor: 'end',
      baseline: 'middle',
      className: 'bar-label',
      fontSize: fs,
    });
    marks.push({
      kind: 'rect',
      key: `pick:${e}:bar`,
      x: px(g.panel.x + labelW),
      y: px(y),
      width: px(w),
      height: px(barH),
      rx: 1.5,
      className: mode === 'affinity' ? 'mr-pick-bar' : 'mr-gate-bar',
    });
    marks.push({
      kind: 'text',
      key: `pick:${e}:value`,
      x: px(g.panel.x + labelW + w + 5),
      y: px(y + barH / 2),
      text: textOf(v),
      baseline: 'middle',
      className: 'value-label',
      fontSize: fs,
      fontWeight: k === 0 ? 700 : 400,
    });
  });
  if (more)
    marks.push({
      kind: 'text',
      key: 'pick:more',
      x: px(g.panel.x + labelW),
      y: px(top + 6 + shown.length * rowH + barH / 2),
      text: text.t('chosen.more', { count: more }),
      baseline: 'middle',
      className: 'legend-label',
      fontSize: fs,
    });
  const endY = top + 6 + (shown.length + (more ? 1 : 0)) * rowH + 8;
  const sum = gateWeights.reduce((a, b) => a + b, 0);
  const lines =
    mode === 'affinity'
      ? [{ t: text.t('chosen.plusShared'), bold: true }]
      : [
          { t: text.t('chosen.together', { sum: pct(sum) }), bold: true },
          { t: text.t('chosen.sharedWhole'), bold: false },
        ];
  const x = g.panel.x + (g.narrow ? 0 : labelW);
  const texts = lines.flatMap((l) =>
    wrap(l.t, { width: g.panel.x + g.panel.w - x - 4, size: fs, weight: l.bold ? 700 : 400 }).map((t) => ({ t, bold: l.bold })),
  );
  // On a phone the two lines share one row when they fit.
  const joined = texts.length === 2 ? text.t('chosen.join', { first: texts[0]!.t, second: texts[1]!.t }) : '';
  const merged = g.narrow && texts.length === 2 && measure(joined, { size: fs, weight: 700 }) < g.panel.w ? [{ t: joined, bold: true }] : texts;
  merged.forEach((l, k) =>
    marks.push({
      kind: 'text',
      key: `pick:sum:${k}`,
      x: px(x),
      y: px(endY + k * 16),
      text: l.t,
      baseline: 'middle',
      className: l.bold ? 'legend-label mr-on-label' : 'legend-label',
      fontSize: fs,
      fontWeight: l.bold ? 700 : 400,
    }),
  );
  return marks;
}

/** The experts that run for the followed token; with `withWeights`, their gate weights too. */
export function chosenTable(data: MoeRoutingData, withWeights: boolean, text: RoutingText): DataTable {
  const rows: (string | number)[][] = data.route.experts.map((e, k) => {
    const row: (string | number)[] = [`#${e}`, groupNumber(data, e), data.affinities[e]!];
    if (withWeights)
      row.push(Math.round(data.route.gateWeights[k]! * 1e4) / 100, Math.round(data.route.gateWeights[k]! * data.settings.routeScale * 1e4) / 1e4);
    return row;
  });
  const shared = text.t('chosen.sharedRow');
  rows.push(withWeights ? [shared, '-', '-', text.t('chosen.addedWhole'), '-'] : [shared, '-', text.t('chosen.alwaysRuns')]);
  return {
    caption: text.t('chosen.caption', { token: focusToken(data) }),
    columns: [
      text.t('table.expert'),
      text.t('table.group'),
      text.t('table.affinity'),
      ...(withWeights ? [text.t('chosen.column.gate'), text.t('chosen.column.scaled', { scale: data.settings.routeScale })] : []),
    ],
    rows,
  };
}
