/**
 * The score grid of the token steps (affinity to gate-weights): one square per routed expert,
 * keyed `expert:<i>` as the load bars of the batch steps are, so the eye can follow an expert.
 * Its shade is the followed token's affinity; the step dims the groups left out or the experts
 * not chosen. Under it, the affinity legend and the shared expert.
 */
import type { Mark, Size } from '../contract';
import { px } from '../kit/format';
import { measure, smallType } from '../kit/text';
import type { MoeRoutingData } from './data';
import { cellPos, groupMidY, type Grid } from './grid';
import { f2, groupLabel, groupSize, type RoutingText } from './shared';
import { tokenStrip } from './token-strip';

/** Affinity shading: 8 classes from the token's lowest to its highest score (style.css). */
const AFFINITY_BUCKETS = 8;
function affinityBucket(a: number, lo: number, hi: number): number {
  const t = hi > lo ? (a - lo) / (hi - lo) : 0.5;
  return Math.min(AFFINITY_BUCKETS - 1, Math.max(0, Math.floor(t * AFFINITY_BUCKETS)));
}

/** What the squares show: scores only, the groups kept (with each group's best two), or the experts chosen. */
type CellState = 'plain' | 'groups' | 'chosen';

/** The experts of group `grp`, best affinity first (ties: lower number first). */
export function bestInGroup(data: MoeRoutingData, grp: number): number[] {
  const per = groupSize(data);
  return Array.from({ length: per }, (_, k) => grp * per + k).sort((a, b) => data.affinities[b]! - data.affinities[a]! || a - b);
}

/** The two best experts of each group: what the group score adds up. */
function topTwo(data: MoeRoutingData): Set<number> {
  const out = new Set<number>();
  for (let grp = 0; grp < data.settings.nGroups; grp++) {
    const ids = bestInGroup(data, grp);
    out.add(ids[0]!);
    out.add(ids[1]!);
  }
  return out;
}

function gridMarks(data: MoeRoutingData, g: Grid, state: CellState, text: RoutingText): Mark[] {
  const { nGroups, nExperts } = data.settings;
  const kept = new Set(data.route.keptGroups);
  const chosen = new Set(data.route.experts);
  const top2 = topTwo(data);
  const lo = Math.min(...data.affinities);
  const hi = Math.max(...data.affinities);
  const marks: Mark[] = [];
  for (let grp = 0; grp < nGroups; grp++) {
    const dropped = state !== 'plain' && !kept.has(grp);
    marks.push({
      kind: 'text',
      key: `group:${grp}:label`,
      x: px(g.labelW - 6),
      y: px(groupMidY(g, grp)),
      text: groupLabel(text, grp + 1, g.narrow, g.rowsPerGroup * g.pitch + g.groupGap),
      anchor: 'end',
      baseline: 'middle',
      className: dropped ? 'tick-label mr-dropped-label' : 'tick-label',
      fontSize: smallType(g.narrow),
    });
  }
  for (let i = 0; i < nExperts; i++) {
    const grp = Math.floor(i / g.per);
    const classes = ['mr-cell', `aff-${affinityBucket(data.affinities[i]!, lo, hi)}`];
    let opacity = 1;
    if (state === 'groups') {
      if (!kept.has(grp)) opacity = 0.22;
      if (top2.has(i)) classes.push('is-top2');
    }
    if (state === 'chosen') {
      if (chosen.has(i)) classes.push('is-chosen');
      else opacity = kept.has(grp) ? 0.35 : 0.12;
    }
    const p = cellPos(g, i);
    marks.push({
      kind: 'rect',
      key: `expert:${i}`,
      x: px(p.x),
      y: px(p.y),
      width: px(g.cell),
      height: px(g.cell),
      rx: 1.5,
      className: classes.join(' '),
      opacity,
    });
  }
  return marks;
}

function chosenRings(data: MoeRoutingData, g: Grid): Mark[] {
  // Many chosen (a what-if top-k): tighter rings, so neighbours' rings do not pile up.
  const gap = data.route.experts.length > 12 ? 1.5 : 3.5;
  return data.route.experts.map((e) => {
    const p = cellPos(g, e);
    return { kind: 'circle' as const, key: `ring:${e}`, cx: px(p.x + g.cell / 2), cy: px(p.y + g.cell / 2), r: px(g.cell / 2 + gap), className: 'mr-ring' };
  });
}

/** The shared expert: one box, dashed until step top-8, then lit. */
function sharedMarks(g: Grid, on: boolean, words: RoutingText): Mark[] {
  const s = Math.max(Math.min(g.cell, 16), 12);
  // Lit, it is orange like the chosen experts: orange means "runs for this token" in every step.
  const text = words.t(on ? 'shared.on' : 'shared.off');
  return [
    { kind: 'rect', key: 'shared', x: px(g.sharedX), y: px(g.sharedY), width: px(s), height: px(s), rx: 2, className: on ? 'mr-shared is-on' : 'mr-shared' },
    {
      kind: 'text',
      key: 'shared:label',
      x: px(g.sharedX + s + 6),
      y: px(g.sharedY + s / 2),
      text,
      baseline: 'middle',
      className: on ? 'legend-label mr-on-label' : 'legend-label',
      fontSize: 12,
      fontWeight: on ? 700 : 400,
    },
  ];
}

function affinityLegend(data: MoeRoutingData, g: Grid, text: RoutingText): Mark[] {
  const fs = smallType(g.narrow);
  const sw = 14;
  const lo = Math.min(...data.affinities);
  const hi = Math.max(...data.affinities);
  const y = g.legendY;
  const label = text.t('legend.affinity');
  const loText = f2(lo);
  const x0 = measure(label, { size: fs }) + 8 + measure(loText, { size: fs }) + 4;
  const marks: Mark[] = [
    {
      kind: 'text',
      key: 'legend:aff:label',
      x: 0,
      y: px(y + sw / 2),
      text: label,
      baseline: 'middle',
      className: 'legend-label',
      fontSize: fs,
    },
    {
      kind: 'text',
      key: 'legend:aff:lo',
      x: px(x0 - 4),
      y: px(y + sw / 2),
      text: loText,
      anchor: 'end',
      baseline: 'middle',
      className: 'legend-label',
      fontSize: fs,
    },
  ];
  for (let b = 0; b < AFFINITY_BUCKETS; b++) {
    marks.push({ kind: 'rect', key: `legend:aff:${b}`, x: px(x0 + b * sw), y: px(y), width: sw - 1, height: sw - 1, className: `mr-cell aff-${b}` });
  }
  marks.push({
    kind: 'text',
    key: 'legend:aff:hi',
    x: px(x0 + AFFINITY_BUCKETS * sw + 4),
    y: px(y + sw / 2),
    text: text.t('legend.best', { value: f2(hi) }),
    baseline: 'middle',
    className: 'legend-label',
    fontSize: fs,
  });
  return marks;
}

/**
 * What every token step draws under its headline, in drawing order: the sentence strip, the
 * grid in `state` (circled where experts are chosen), the step's own marks beside it (`beside`),
 * the affinity legend and the shared expert, lit once experts are chosen.
 */
export function scoreGrid(data: MoeRoutingData, size: Size, g: Grid, state: CellState, text: RoutingText, beside: Mark[] = []): Mark[] {
  const chosen = state === 'chosen';
  return [
    ...tokenStrip(data, size, g.narrow, text),
    ...gridMarks(data, g, state, text),
    ...(chosen ? chosenRings(data, g) : []),
    ...beside,
    ...affinityLegend(data, g, text),
    ...sharedMarks(g, chosen, text),
  ];
}
