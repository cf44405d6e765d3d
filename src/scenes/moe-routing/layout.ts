/**
 * moe-routing: how DeepSeek-V3's router picks experts for one token, and how the
 * bias nudges even out the load over many tokens.
 *
 * The 256 routed experts are one rect each, keyed `expert:<i>` in every step: a grid
 * of scores for one token (steps 1-4), then bars of load over a batch (steps 5-6), so
 * the eye can follow an expert. On a wide figure a group of 32 is a block of two rows
 * of 16 and a side panel holds the numbers; on a phone a group is one row of 32 and
 * the numbers go below. Marks stay under ~400 per frame: never one per token x expert.
 */
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { formatNumber, px } from '../kit/format';
import { R1_LIMITS, type MoeRoutingData } from './data';
import { modelConfigData } from '../../data/raw-model';

/** DeepSeek's own bias step (V3 report), against which a what-if step is said. */
const DEEPSEEK_GAMMA = modelConfigData.published.balanceGamma.value;
import { steps } from './steps';
import { measure, smallType, wrap } from '../kit/text';

const pct = (v: number) => `${formatNumber(v * 100, '.1f')}%`;
const f2 = (v: number) => formatNumber(v, '.2f');
const times = (v: number) => `${formatNumber(v, '.1f')}×`;

/** Affinity shading: 8 classes from the token's lowest to its highest score (moe-routing.css). */
export const AFFINITY_BUCKETS = 8;
export function affinityBucket(a: number, lo: number, hi: number): number {
  const t = hi > lo ? (a - lo) / (hi - lo) : 0.5;
  return Math.min(AFFINITY_BUCKETS - 1, Math.max(0, Math.floor(t * AFFINITY_BUCKETS)));
}

function short(token: string): string {
  return [...token].length > 12 ? `${[...token].slice(0, 11).join('')}…` : token;
}
const quote = (token: string) => `“${short(token)}”`;

// ---------- geometry of the score grid (steps 1-4) ----------

interface Grid {
  narrow: boolean;
  per: number;
  cols: number;
  rowsPerGroup: number;
  labelW: number;
  x0: number;
  y0: number;
  pitch: number;
  cell: number;
  groupGap: number;
  right: number;
  bottom: number;
  /** Where the numbers go: beside the grid (wide) or under it (phone). */
  panel: { x: number; y: number; w: number; h: number };
  /** The row holding the affinity legend and the shared expert. */
  legendY: number;
  sharedX: number;
  sharedY: number;
}

/**
 * Wide: each group is a block of 2 rows of 16, numbers in a panel on the right.
 * Phone: the same blocks while there is nothing else to show (steps 1-2); one row of
 * 32 per group (`compact`) when the list of chosen experts needs the space below.
 */
function grid(size: Size, data: MoeRoutingData, compact: boolean): Grid {
  const narrow = size.width < NARROW_BREAKPOINT;
  const { nGroups, nExperts } = data.settings;
  const per = nExperts / nGroups;
  if (narrow && compact) {
    const y0 = 72;
    const labelW = 26;
    const pitch = (size.width - labelW - 58) / per;
    const groupGap = 4;
    const cell = pitch * 0.86;
    const bottom = y0 + nGroups * (pitch + groupGap) - groupGap;
    const legendY = bottom + 10;
    const sharedY = legendY + 24;
    const panelY = sharedY + 28;
    return {
      narrow,
      per,
      cols: per,
      rowsPerGroup: 1,
      labelW,
      x0: labelW,
      y0,
      pitch,
      cell,
      groupGap,
      right: labelW + per * pitch,
      bottom,
      panel: { x: 0, y: panelY, w: size.width, h: size.height - panelY - 4 },
      legendY,
      sharedX: 0,
      sharedY,
    };
  }
  const y0 = narrow ? 72 : 86;
  const labelW = narrow ? 26 : 60;
  const cols = per / 2;
  const groupGap = narrow ? 4 : 6;
  const rows = nGroups * 2;
  const below = narrow ? 70 : 36;
  const byHeight = (size.height - y0 - below - (nGroups - 1) * groupGap) / rows;
  const byWidth = (size.width - labelW - (narrow ? 58 : 24 + 250)) / cols;
  const pitch = Math.max(3, Math.min(byHeight, byWidth));
  const cell = pitch * 0.86;
  const right = labelW + cols * pitch;
  const bottom = y0 + rows * pitch + (nGroups - 1) * groupGap;
  const panelX = narrow ? 0 : right + 24;
  const legendY = bottom + (narrow ? 10 : 12);
  const panel = narrow
    ? { x: 0, y: legendY + 52, w: size.width, h: Math.max(0, size.height - legendY - 56) }
    : { x: panelX, y: y0, w: size.width - panelX, h: bottom - y0 };
  return {
    narrow,
    per,
    cols,
    rowsPerGroup: 2,
    labelW,
    x0: labelW,
    y0,
    pitch,
    cell,
    groupGap,
    right,
    bottom,
    panel,
    legendY,
    sharedX: narrow ? 0 : 290,
    sharedY: narrow ? legendY + 24 : legendY,
  };
}

function cellPos(g: Grid, i: number): { x: number; y: number } {
  const grp = Math.floor(i / g.per);
  const k = i % g.per;
  const row = Math.floor(k / g.cols);
  const col = k % g.cols;
  return {
    x: g.x0 + col * g.pitch + (g.pitch - g.cell) / 2,
    y: g.y0 + grp * (g.rowsPerGroup * g.pitch + g.groupGap) + row * g.pitch + (g.pitch - g.cell) / 2,
  };
}

function groupMidY(g: Grid, grp: number): number {
  return g.y0 + grp * (g.rowsPerGroup * g.pitch + g.groupGap) + (g.rowsPerGroup * g.pitch) / 2;
}

// ---------- pieces ----------

function header(title: string, subtitle: string, narrow: boolean): Mark[] {
  return [
    { kind: 'text', key: 'title', x: 0, y: 14, text: title, className: 'chart-title', fontSize: narrow ? 13 : 14, fontWeight: 700 },
    { kind: 'text', key: 'subtitle', x: 0, y: 32, text: subtitle, className: 'chart-subtitle', fontSize: 12 },
  ];
}

/**
 * The sentence as a strip of tokens with the followed one in bold and underlined, as
 * many as fit around it. Three text marks (before, token, after), so the spacing
 * inside each run is the browser's own.
 */
export function tokenStrip(data: MoeRoutingData, size: Size, narrow: boolean): Mark[] {
  const y = 54;
  const fs = 12;
  const shown = data.tokens.map(short);
  const space = measure(' ', { size: fs });
  const widths = shown.map((t, i) => measure(t, { size: fs, weight: i === data.focus ? 700 : 400 }) + space);
  const prefix = narrow ? 'Tokens:' : 'The sentence, as tokens:';
  const startX = measure(prefix, { size: fs }) + 10;
  const ell = measure('… ', { size: fs });
  const avail = size.width - startX - 2 * ell - 4;
  // Grow a window around the followed token while it fits.
  let lo = data.focus;
  let hi = data.focus;
  let used = widths[data.focus]!;
  for (;;) {
    const canR = hi + 1 < shown.length && used + widths[hi + 1]! <= avail;
    const canL = lo > 0 && used + widths[lo - 1]! <= avail;
    if (!canR && !canL) break;
    if (canR && (hi - data.focus <= data.focus - lo || !canL)) used += widths[++hi]!;
    else used += widths[--lo]!;
  }
  const before = (lo > 0 ? '… ' : '') + shown.slice(lo, data.focus).join(' ');
  const after = shown.slice(data.focus + 1, hi + 1).join(' ') + (hi < shown.length - 1 ? ' …' : '');
  const focusX = startX + (before ? measure(before, { size: fs }) + space : 0);
  const focusW = measure(shown[data.focus]!, { size: fs, weight: 700 });
  const marks: Mark[] = [{ kind: 'text', key: 'strip:label', x: 0, y, text: prefix, className: 'chart-subtitle', fontSize: fs }];
  if (before) marks.push({ kind: 'text', key: 'strip:before', x: px(focusX - space), y, text: before, anchor: 'end', className: 'mr-token', fontSize: fs });
  marks.push({
    kind: 'text',
    key: 'strip:focus',
    x: px(focusX),
    y,
    text: shown[data.focus]!,
    className: 'mr-token mr-token-focus',
    fontSize: fs,
    fontWeight: 700,
  });
  marks.push({ kind: 'line', key: 'strip:underline', x1: px(focusX), x2: px(focusX + focusW * 0.92), y1: y + 4, y2: y + 4, className: 'mr-token-underline' });
  if (after) marks.push({ kind: 'text', key: 'strip:after', x: px(focusX + focusW + space), y, text: after, className: 'mr-token', fontSize: fs });
  return marks;
}

type CellState = 'plain' | 'groups' | 'chosen';

/** The two best experts of each group: what the group score adds up. */
function topTwo(data: MoeRoutingData): Set<number> {
  const per = data.settings.nExperts / data.settings.nGroups;
  const out = new Set<number>();
  for (let grp = 0; grp < data.settings.nGroups; grp++) {
    const ids = Array.from({ length: per }, (_, k) => grp * per + k).sort((a, b) => data.affinities[b]! - data.affinities[a]! || a - b);
    out.add(ids[0]!);
    out.add(ids[1]!);
  }
  return out;
}

function gridMarks(data: MoeRoutingData, g: Grid, state: CellState): Mark[] {
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
      text: g.narrow ? `G${grp + 1}` : `Group ${grp + 1}`,
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

function groupScoreMarks(data: MoeRoutingData, g: Grid): Mark[] {
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
      fontSize: smallType(g.narrow),
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
      fontSize: smallType(g.narrow),
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
function sharedMarks(g: Grid, on: boolean): Mark[] {
  const s = Math.max(Math.min(g.cell, 16), 12);
  // Lit, it is orange like the chosen experts: orange means "runs for this token" in every step.
  const text = on ? 'Shared expert: runs too, for every token' : 'Shared expert: not routed';
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

function affinityLegend(data: MoeRoutingData, g: Grid): Mark[] {
  const sw = 14;
  const lo = Math.min(...data.affinities);
  const hi = Math.max(...data.affinities);
  const y = g.legendY;
  const label = 'Affinity';
  const loText = f2(lo);
  const x0 = measure(label, { size: smallType(g.narrow) }) + 8 + measure(loText, { size: smallType(g.narrow) }) + 4;
  const marks: Mark[] = [
    {
      kind: 'text',
      key: 'legend:aff:label',
      x: 0,
      y: px(y + sw / 2),
      text: label,
      baseline: 'middle',
      className: 'legend-label',
      fontSize: smallType(g.narrow),
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
      fontSize: smallType(g.narrow),
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
    text: `${f2(hi)} (best)`,
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(g.narrow),
  });
  return marks;
}

function noteMarks(lines: string, g: Grid, key: string): Mark[] {
  const fs = 12;
  const width = g.panel.w - 4;
  const y0 = g.panel.y + (g.narrow ? 8 : 6);
  return wrap(lines, { width, size: fs }).map((t, k) => ({
    kind: 'text' as const,
    key: `${key}:${k}`,
    x: px(g.panel.x),
    y: px(y0 + k * (fs + 5)),
    text: t,
    className: 'chart-subtitle',
    fontSize: fs,
  }));
}

/** The chosen 8 as a list of bars: their affinity (step top-8) or gate weight (step gate-weights). */
function pickList(data: MoeRoutingData, g: Grid, mode: 'affinity' | 'gate'): Mark[] {
  const { experts, gateWeights } = data.route;
  const per = g.per;
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
  // Shorter bars when a value would run past the edge ("100.0%": one expert per token takes the whole weight).
  const valueOf = (k: number) => (mode === 'affinity' ? data.affinities[experts[k]!]! : gateWeights[k]!);
  const textOf = (v: number) => (mode === 'affinity' ? f2(v) : pct(v));
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
      text: mode === 'affinity' ? `The chosen ${data.settings.topK}: affinity (0 to 1)` : `The chosen ${data.settings.topK}: gate weight`,
      className: 'chart-subtitle',
      fontSize: smallType(g.narrow),
    },
  ];
  shown.forEach((e, k) => {
    const y = top + 6 + k * rowH;
    const v = mode === 'affinity' ? data.affinities[e]! : gateWeights[k]!;
    const w = (v / scaleMax) * span;
    marks.push({
      kind: 'text',
      key: `pick:${e}:label`,
      x: px(g.panel.x + labelW - 6),
      y: px(y + barH / 2),
      text: g.narrow ? `#${e} · G${Math.floor(e / per) + 1}` : `#${e} · group ${Math.floor(e / per) + 1}`,
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
      text: mode === 'affinity' ? f2(v) : pct(v),
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
      text: `+ ${more} more (all in the data table)`,
      baseline: 'middle',
      className: 'legend-label',
      fontSize: fs,
    });
  const endY = top + 6 + (shown.length + (more ? 1 : 0)) * rowH + 8;
  const sum = gateWeights.reduce((a, b) => a + b, 0);
  const lines =
    mode === 'affinity'
      ? [{ t: 'Plus the shared expert, for every token.', bold: true }]
      : [
          { t: `Together: ${pct(sum)}.`, bold: true },
          { t: 'The shared expert is added whole.', bold: false },
        ];
  const x = g.panel.x + (g.narrow ? 0 : labelW);
  const texts = lines.flatMap((l) =>
    wrap(l.t, { width: g.panel.x + g.panel.w - x - 4, size: fs, weight: l.bold ? 700 : 400 }).map((t) => ({ t, bold: l.bold })),
  );
  // On a phone the two lines share one row when they fit.
  const merged =
    g.narrow && texts.length === 2 && measure(`${texts[0]!.t} ${texts[1]!.t}`, { size: fs, weight: 700 }) < g.panel.w
      ? [{ t: `${texts[0]!.t} ${texts[1]!.t}`, bold: true }]
      : texts;
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

// ---------- load steps (batch, balancing) ----------

interface Rows {
  narrow: boolean;
  per: number;
  labelW: number;
  x0: number;
  pitch: number;
  bar: number;
  y0: number;
  rowPitch: number;
  rowH: number;
  rightX: number;
}

function rows(size: Size, data: MoeRoutingData): Rows {
  const narrow = size.width < NARROW_BREAKPOINT;
  const { nGroups, nExperts } = data.settings;
  const per = nExperts / nGroups;
  const labelW = narrow ? 26 : 60;
  const rightW = narrow ? 64 : 110;
  const pitch = (size.width - labelW - rightW) / per;
  const y0 = 48;
  const bottom = narrow ? 124 : 134;
  const rowPitch = (size.height - y0 - bottom) / nGroups;
  return { narrow, per, labelW, x0: labelW, pitch, bar: pitch * 0.8, y0, rowPitch, rowH: rowPitch - 6, rightX: labelW + per * pitch + 8 };
}

function loadMarks(data: MoeRoutingData, r: Rows, loads: readonly number[], scaleMax: number): Mark[] {
  const { nGroups, nExperts } = data.settings;
  const fair = data.balancing.fairShare;
  const marks: Mark[] = [];
  const hOf = (v: number) => (v / scaleMax) * r.rowH;
  const rowMax = Array.from({ length: nGroups }, (_, grp) => Math.max(...loads.slice(grp * r.per, (grp + 1) * r.per)));
  const overall = Math.max(...rowMax);
  for (let grp = 0; grp < nGroups; grp++) {
    const base = r.y0 + grp * r.rowPitch + r.rowH;
    marks.push({
      kind: 'text',
      key: `group:${grp}:label`,
      x: px(r.labelW - 6),
      y: px(base - 5),
      text: r.narrow ? `G${grp + 1}` : `Group ${grp + 1}`,
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: smallType(r.narrow),
    });
    marks.push({ kind: 'line', key: `load:${grp}:base`, x1: px(r.x0), x2: px(r.x0 + r.per * r.pitch), y1: px(base), y2: px(base), className: 'axis-line' });
  }
  for (let i = 0; i < nExperts; i++) {
    const grp = Math.floor(i / r.per);
    const base = r.y0 + grp * r.rowPitch + r.rowH;
    const h = hOf(loads[i]!);
    marks.push({
      kind: 'rect',
      key: `expert:${i}`,
      x: px(r.x0 + (i % r.per) * r.pitch + (r.pitch - r.bar) / 2),
      y: px(base - h),
      width: px(r.bar),
      height: px(h),
      className: 'mr-load',
    });
  }
  for (let grp = 0; grp < nGroups; grp++) {
    // Fair share: one dashed line per row, over the bars.
    const y = r.y0 + grp * r.rowPitch + r.rowH - hOf(fair);
    marks.push({
      kind: 'line',
      key: `load:${grp}:fair`,
      x1: px(r.x0 - 2),
      x2: px(r.x0 + r.per * r.pitch + 2),
      y1: px(y),
      y2: px(y),
      className: 'mr-fair-line',
    });
    const top = rowMax[grp] === overall;
    marks.push({
      kind: 'text',
      key: `load:${grp}:max`,
      x: px(r.rightX),
      y: px(r.y0 + grp * r.rowPitch + r.rowH - 5),
      text: r.narrow ? `max ${rowMax[grp]}` : `busiest: ${rowMax[grp]}`,
      baseline: 'middle',
      className: top ? 'legend-label mr-on-label' : 'legend-label',
      fontSize: smallType(r.narrow),
      fontWeight: top ? 700 : 400,
    });
  }
  return marks;
}

function spreadChart(data: MoeRoutingData, size: Size, top: number, narrow: boolean): Mark[] {
  const b = data.balancing;
  const left = narrow ? 28 : 60;
  const right = narrow ? 92 : 130;
  const h = Math.max(20, size.height - top - 20);
  const w = size.width - left - right;
  const all = [...b.spread, ...b.unbalancedSpread].map((s) => s.maxOverMean);
  const yMax = Math.ceil(Math.max(...all));
  const x = (i: number) => left + (i / Math.max(1, b.batches - 1)) * w;
  const y = (v: number) => top + h - (v / yMax) * h;
  const path = (series: { maxOverMean: number }[]) => series.map((s, i) => `${i ? 'L' : 'M'}${px(x(i))},${px(y(s.maxOverMean))}`).join('');
  const marks: Mark[] = [];
  for (const t of [1, yMax]) {
    marks.push({
      kind: 'line',
      key: `spread:grid:${t}`,
      x1: px(left),
      x2: px(left + w),
      y1: px(y(t)),
      y2: px(y(t)),
      className: t === 1 ? 'mr-fair-line' : 'grid-line',
    });
    marks.push({
      kind: 'text',
      key: `spread:tick:${t}`,
      x: px(left - 5),
      y: px(y(t)),
      text: `${t}×`,
      anchor: 'end',
      baseline: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  marks.push({ kind: 'line', key: 'spread:axis', x1: px(left), x2: px(left + w), y1: px(top + h), y2: px(top + h), className: 'axis-line' });
  marks.push({ kind: 'text', key: 'spread:x1', x: px(left), y: px(top + h + 13), text: 'batch 1', className: 'tick-label', fontSize: smallType(narrow) });
  marks.push({
    kind: 'text',
    key: 'spread:xN',
    x: px(left + w),
    y: px(top + h + 13),
    text: `batch ${b.batches}`,
    anchor: 'end',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  marks.push({
    kind: 'text',
    key: 'spread:title',
    x: 0,
    y: px(top - 10),
    text: narrow ? 'Busiest expert ÷ fair share, per batch' : 'Busiest expert, as a multiple of the fair share, batch by batch',
    className: 'chart-subtitle',
    fontSize: smallType(narrow),
  });
  marks.push({ kind: 'path', key: 'spread:plain', d: path(b.unbalancedSpread), className: 'mr-spread-plain' });
  // At a what-if step of 0 the nudged run is the plain one: one line, one label.
  const nudged = b.gamma > 0;
  if (nudged) marks.push({ kind: 'path', key: 'spread:nudged', d: path(b.spread), className: 'mr-spread-nudged' });
  const lastPlain = b.unbalancedSpread[b.batches - 1]!.maxOverMean;
  const lastNudged = b.spread[b.batches - 1]!.maxOverMean;
  let yP = y(lastPlain);
  let yN = y(lastNudged);
  if (nudged && Math.abs(yP - yN) < 14) [yP, yN] = yP < yN ? [yP - 7, yN + 7] : [yP + 7, yN - 7];
  marks.push({
    kind: 'text',
    key: 'spread:label:plain',
    x: px(left + w + 6),
    y: px(yP),
    text: `no bias: ${times(lastPlain)}`,
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  if (nudged)
    marks.push({
      kind: 'text',
      key: 'spread:label:nudged',
      x: px(left + w + 6),
      y: px(yN),
      text: `nudged: ${times(lastNudged)}`,
      baseline: 'middle',
      className: 'legend-label mr-on-label',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
  return marks;
}

// ---------- step every-token: the whole sentence, token x expert ----------

/**
 * Every token of the sentence (up to MAX_TOKENS) against all the routed experts: one
 * row per token, a tick where it picked an expert. Each row is ONE path mark (its
 * ticks as sub-paths), so 64 tokens x 256 experts cost 64 marks, not 16,384. The
 * expert rects become a strip on top: how many of the sentence's tokens picked each.
 */
function everyToken(data: MoeRoutingData, size: Size, narrow: boolean): { marks: Mark[]; busiest: number; busiestCount: number; bottom: number } {
  const { nExperts, nGroups } = data.settings;
  const per = nExperts / nGroups;
  const n = data.tokens.length;
  const labelW = narrow ? 62 : 96;
  const x0 = labelW;
  const w = size.width - labelW - 2;
  const pitch = w / nExperts;
  const counts = new Array<number>(nExperts).fill(0);
  for (const t of data.tokenRoutes) for (const e of t.experts) counts[e]!++;
  const maxCount = Math.max(1, ...counts);
  const busiest = counts.indexOf(maxCount);
  const stripTop = 70;
  const stripH = narrow ? 26 : 34;
  const top = stripTop + stripH + 22;
  const bottom = size.height - (narrow ? 30 : 30);
  const rowH = Math.max(2, Math.min(30, (bottom - top) / n));
  const tick = Math.max(1.5, pitch * 0.9);
  const marks: Mark[] = [];
  marks.push({
    kind: 'text',
    key: 'strip:label',
    x: px(labelW - 6),
    y: px(stripTop + stripH - 2),
    text: narrow ? 'picks' : 'tokens each',
    anchor: 'end',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  marks.push({
    kind: 'text',
    key: 'strip:max',
    x: px(labelW - 6),
    y: px(stripTop + 9),
    text: `max ${maxCount}`,
    anchor: 'end',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  for (let i = 0; i < nExperts; i++) {
    const h = (counts[i]! / maxCount) * stripH;
    marks.push({
      kind: 'rect',
      key: `expert:${i}`,
      x: px(x0 + i * pitch + (pitch - tick) / 2),
      y: px(stripTop + stripH - h),
      width: px(tick),
      height: px(h),
      className: 'mr-load',
    });
  }
  marks.push({ kind: 'line', key: 'strip:base', x1: px(x0), x2: px(x0 + w), y1: px(stripTop + stripH), y2: px(stripTop + stripH), className: 'axis-line' });
  for (let grp = 0; grp < nGroups; grp++) {
    const gx = x0 + grp * per * pitch;
    if (grp > 0)
      marks.push({ kind: 'line', key: `col:${grp}:sep`, x1: px(gx), x2: px(gx), y1: px(stripTop - 4), y2: px(top + n * rowH), className: 'mr-group-sep' });
    marks.push({
      kind: 'text',
      key: `col:${grp}:label`,
      x: px(gx + (per * pitch) / 2),
      y: px(top - 6),
      text: narrow ? `${grp + 1}` : `G${grp + 1}`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  marks.push({
    kind: 'text',
    key: 'col:title',
    x: 0,
    y: px(top - 6),
    text: narrow ? 'Group' : 'Expert group',
    className: 'tick-label',
    fontSize: smallType(narrow),
  });
  // Label as many rows as fit at 11px: every k-th token, always the followed one.
  const every = Math.max(1, Math.ceil(13 / rowH));
  data.tokenRoutes.forEach((t, k) => {
    const y = top + k * rowH;
    const h = Math.max(1.5, rowH * 0.8);
    const d = t.experts.map((e) => `M${px(x0 + e * pitch + (pitch - tick) / 2)},${px(y)}h${px(tick)}v${px(h)}h${px(-tick)}Z`).join('');
    marks.push({ kind: 'path', key: `tok:${k}`, d, className: k === data.focus ? 'mr-tok-row is-focus' : 'mr-tok-row' });
    if (k % every === 0 || k === data.focus) {
      if (k !== data.focus && Math.abs(k - data.focus) < every) return;
      const label = [...t.token].length > 9 ? `${[...t.token].slice(0, 8).join('')}…` : t.token;
      marks.push({
        kind: 'text',
        key: `tok:${k}:label`,
        x: px(labelW - 6),
        y: px(y + h / 2),
        text: label,
        anchor: 'end',
        baseline: 'middle',
        className: k === data.focus ? 'bar-label mr-on-label' : 'tick-label',
        fontSize: smallType(narrow),
        fontWeight: k === data.focus ? 700 : 400,
      });
    }
  });
  return { marks, busiest, busiestCount: maxCount, bottom: top + n * rowH };
}

function sentenceTable(data: MoeRoutingData): DataTable {
  const per = data.settings.nExperts / data.settings.nGroups;
  return {
    caption: `Experts chosen for each token of “${data.sentence}” (illustrative router; the shared expert runs for all)`,
    columns: ['Token', 'Routed experts chosen', 'Groups used'],
    rows: data.tokenRoutes.map((t, k) => [
      `${k + 1}. ${t.token}`,
      t.experts.map((e) => `#${e}`).join(' '),
      [...new Set(t.experts.map((e) => Math.floor(e / per) + 1))].sort((a, b) => a - b).join(', '),
    ]),
  };
}

// ---------- tables ----------

function expertTable(data: MoeRoutingData): DataTable {
  const per = data.settings.nExperts / data.settings.nGroups;
  return {
    caption: `Affinity of ${quote(data.tokens[data.focus]!)} to each routed expert (illustrative router)`,
    columns: ['Expert', 'Group', 'Affinity (0-1)'],
    rows: data.affinities.map((a, i) => [i, Math.floor(i / per) + 1, a]),
  };
}

function groupTable(data: MoeRoutingData): DataTable {
  const per = data.settings.nExperts / data.settings.nGroups;
  const kept = new Set(data.route.keptGroups);
  return {
    caption: `Group scores for ${quote(data.tokens[data.focus]!)} (sum of the two highest affinities in the group)`,
    columns: ['Group', 'Best two experts', 'Group score', 'Kept'],
    rows: data.route.groupScores.map((s, grp) => {
      const ids = Array.from({ length: per }, (_, k) => grp * per + k).sort((a, b) => data.affinities[b]! - data.affinities[a]! || a - b);
      return [
        grp + 1,
        `#${ids[0]} (${data.affinities[ids[0]!]}), #${ids[1]} (${data.affinities[ids[1]!]})`,
        Math.round(s * 1e6) / 1e6,
        kept.has(grp) ? 'yes' : 'no',
      ];
    }),
  };
}

function chosenTable(data: MoeRoutingData, withWeights: boolean): DataTable {
  const per = data.settings.nExperts / data.settings.nGroups;
  const rows: (string | number)[][] = data.route.experts.map((e, k) => {
    const row: (string | number)[] = [`#${e}`, Math.floor(e / per) + 1, data.affinities[e]!];
    if (withWeights)
      row.push(Math.round(data.route.gateWeights[k]! * 1e4) / 100, Math.round(data.route.gateWeights[k]! * data.settings.routeScale * 1e4) / 1e4);
    return row;
  });
  rows.push(withWeights ? ['Shared expert', '-', '-', 'added whole', '-'] : ['Shared expert', '-', 'always runs']);
  return {
    caption: `Experts that run for ${quote(data.tokens[data.focus]!)}`,
    columns: withWeights
      ? ['Expert', 'Group', 'Affinity', 'Gate weight (%)', `Weight x route_scale ${data.settings.routeScale}`]
      : ['Expert', 'Group', 'Affinity'],
    rows,
  };
}

function loadTable(data: MoeRoutingData, last: boolean): DataTable {
  const per = data.settings.nExperts / data.settings.nGroups;
  const b = data.balancing;
  return last
    ? {
        caption: `Tokens per expert: batch 1 (no bias) and batch ${b.batches} (after ${b.batches - 1} bias updates), ${formatNumber(b.batchSize)} tokens each`,
        columns: ['Expert', 'Group', 'Tokens, batch 1', `Tokens, batch ${b.batches}`, 'Bias at the end'],
        rows: b.firstLoads.map((l, i) => [i, Math.floor(i / per) + 1, l, b.lastLoads[i]!, b.finalBias[i]!]),
      }
    : {
        caption: `Tokens per expert in one batch of ${formatNumber(b.batchSize)} made-up tokens (fair share: ${b.fairShare})`,
        columns: ['Expert', 'Group', 'Tokens'],
        rows: b.firstLoads.map((l, i) => [i, Math.floor(i / per) + 1, l]),
      };
}

// ---------- the layout ----------

const isBatchStep = (stepId: string) => stepId === 'batch' || stepId === 'balancing';

/**
 * While the reader's what-if routing is drawn, the title area says so first ("What if… — not
 * R1: top-4 (R1: 8)"), with what this step shows of it: the token steps the routing, the batch
 * steps the balancing step γ (their run keeps R1's top-k and groups: it is precomputed).
 */
export function whatIfLine(d: MoeRoutingData, stepId: string, width: number): string | null {
  if (!d.whatIf) return null;
  const { topK, keptGroups, nGroups } = d.settings;
  const gamma = d.balancing.gamma;
  const k = topK !== R1_LIMITS.topK;
  const g = keptGroups !== R1_LIMITS.keptGroups;
  const y = gamma !== R1_LIMITS.gamma;
  const long: string[] = [];
  const brief: string[] = [];
  if (isBatchStep(stepId)) {
    const b = d.batchLimits;
    // Batch 1 is routed before any nudge: γ acts from the next step on.
    if (y && stepId === 'batch') {
      long.push(`γ ${gamma} (acts from the second batch: next step)`);
      brief.push(`γ ${gamma} (next step)`);
    } else if (y) {
      long.push(`γ ${gamma} (the figure’s: ${R1_LIMITS.gamma})`);
      brief.push(`γ ${gamma}`);
    }
    if (k || g) {
      long.push(`this batch keeps R1’s top-${b.topK} in ${b.keptGroups} groups`);
      brief.push(`batch at R1’s top-${b.topK}`);
    }
  } else {
    if (k) {
      long.push(`top-${topK} (R1: ${R1_LIMITS.topK})`);
      brief.push(`top-${topK}`);
    }
    if (g) {
      long.push(`${keptGroups} of ${nGroups} groups (R1: ${R1_LIMITS.keptGroups})`);
      brief.push(`${keptGroups} group${keptGroups === 1 ? '' : 's'}`);
    }
    if (y) {
      long.push(`γ ${gamma} (see the batch steps)`);
      brief.push(`γ ${gamma}`);
    }
  }
  const head = 'What if… — not R1: ';
  for (const parts of [long, brief]) {
    const t = head + parts.join(', ');
    if (measure(t, { size: 12, weight: 700 }) <= width - 2) return t;
  }
  return `${head}${long.length} settings changed`;
}

/** A mark moved down by `dy` (the what-if line above the title). Paths here start their pieces with absolute M/L x,y. */
function shiftDown(m: Mark, dy: number): Mark {
  switch (m.kind) {
    case 'text':
    case 'rect':
      return { ...m, y: px(m.y + dy) };
    case 'line':
      return { ...m, y1: px(m.y1 + dy), y2: px(m.y2 + dy) };
    case 'circle':
      return { ...m, cy: px(m.cy + dy) };
    case 'path':
      return { ...m, d: m.d.replace(/([ML])(-?[\d.]+),(-?[\d.]+)/g, (_, c: string, x: string, y: string) => `${c}${x},${px(Number(y) + dy)}`) };
  }
}

export function layout(data: MoeRoutingData, stepId: string, size: Size): Frame {
  const badge = whatIfLine(data, stepId, size.width);
  if (!badge) return layoutAt(data, stepId, size);
  const dy = 20;
  const inner = layoutAt(data, stepId, { width: size.width, height: size.height - dy });
  return {
    ...inner,
    height: size.height,
    title: `${badge.replace(/: .*/, ':')} ${inner.title}`,
    marks: [
      { kind: 'text', key: 'whatif', x: 0, y: 13, text: badge, className: 'mr-whatif', fontSize: 12, fontWeight: 700 },
      ...inner.marks.map((m) => shiftDown(m, dy)),
    ],
  };
}

function layoutAt(data: MoeRoutingData, stepId: string, size: Size): Frame {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`moe-routing: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  const narrow = size.width < NARROW_BREAKPOINT;
  const token = quote(data.tokens[data.focus]!);
  const { nExperts, nGroups, keptGroups, topK, nShared } = data.settings;
  const per = nExperts / nGroups;
  const frame = (title: string, description: string, marks: Mark[], table: DataTable): Frame => ({
    width: size.width,
    height: size.height,
    title,
    description,
    marks,
    table,
  });

  if (stepId === 'every-token') {
    const n = data.tokens.length;
    const m = everyToken(data, size, narrow);
    const marks: Mark[] = [
      ...header(
        narrow ? `All ${n} tokens, each to its own ${topK}` : `Every token of the sentence picks its own ${topK === 1 ? 'expert' : `${topK} experts`}`,
        narrow
          ? `Row = a token · tick = a chosen expert`
          : `Row = a token · tick = ${topK === 1 ? 'its expert' : `one of its ${topK} experts`} · top: how many tokens chose each expert`,
        narrow,
      ),
      ...m.marks,
    ];
    const fs = smallType(narrow);
    // At the foot of the box, so no blank is left under the drawing whatever the sentence's length.
    marks.push({
      kind: 'text',
      key: 'summary:0',
      x: 0,
      y: px(size.height - 8),
      text: narrow
        ? `Busiest: #${m.busiest}, ${m.busiestCount} of ${n} tokens. Each row: ≤ ${keptGroups} group${keptGroups === 1 ? '' : 's'}.`
        : `Busiest expert: #${m.busiest}, picked by ${m.busiestCount} of ${n} tokens. Every row stays within ${keptGroups} of the ${nGroups} groups.`,
      className: 'bar-label',
      fontSize: fs,
    });
    return frame(
      `Routing of all ${n} tokens of the sentence`,
      `Illustrative router. Each of the ${n} tokens of “${data.sentence}” is sent to ${topK} of the ${nExperts} routed experts, always within at most ${keptGroups} of the ${nGroups} groups, plus the shared expert. The busiest expert, #${m.busiest}, is picked by ${m.busiestCount} tokens.`,
      marks,
      sentenceTable(data),
    );
  }

  if (stepId === 'batch' || stepId === 'balancing') {
    const r = rows(size, data);
    const b = data.balancing;
    // The run's own top-k (R1's: the runs are precomputed), not a what-if one.
    const topK = data.batchLimits.topK;
    const scaleMax = Math.max(...b.firstLoads, ...b.lastLoads);
    const last = stepId === 'balancing';
    const loads = last ? b.lastLoads : b.firstLoads;
    const s = last ? b.spread[b.batches - 1]! : b.spread[0]!;
    const busiest = Math.max(...loads);
    const quietest = Math.min(...loads);
    const marks: Mark[] = [];
    if (last && b.gamma === 0) {
      // A what-if step of 0: no nudges at all, so nothing evens the load out.
      marks.push(
        ...header(
          narrow ? `Batch ${b.batches}, with no nudges (γ ${b.gamma})` : `Batch ${b.batches}, with no bias nudges at all (γ ${b.gamma})`,
          narrow ? 'The bias never moves: the load stays uneven' : 'With no step the bias never moves, so the load stays as uneven as in the first batch',
          narrow,
        ),
      );
    } else if (last) {
      // The figure's own step is 10 × DeepSeek's; a what-if one is said against DeepSeek's.
      const why =
        b.gamma === R1_LIMITS.gamma ? 'a step made big to show it' : `${formatNumber(b.gamma / DEEPSEEK_GAMMA, '.0f')} × DeepSeek’s ${DEEPSEEK_GAMMA}`;
      marks.push(
        ...header(
          narrow ? `Batch ${b.batches}, after ${b.batches - 1} rounds of nudges` : `Batch ${b.batches}: after ${b.batches - 1} rounds of bias nudges`,
          narrow
            ? `Busy experts' bias −${b.gamma}, quiet ones' +${b.gamma}`
            : `After each batch: bias −${b.gamma} for busy experts, +${b.gamma} for quiet ones (${why})`,
          narrow,
        ),
      );
    } else {
      marks.push(
        ...header(
          narrow ? `${formatNumber(b.batchSize)} tokens: load per expert` : `One batch of ${formatNumber(b.batchSize)} tokens: how many each expert gets`,
          narrow
            ? `Bar = tokens per expert · dashes = fair share, ${b.fairShare}`
            : `Bar = tokens sent to the expert · dashed line = fair share (${formatNumber(b.batchSize)} × ${topK} ÷ ${nExperts} = ${b.fairShare})`,
          narrow,
        ),
      );
    }
    marks.push(...loadMarks(data, r, loads, scaleMax));
    const bottomTop = r.y0 + nGroups * r.rowPitch;
    if (last) {
      marks.push(...spreadChart(data, size, bottomTop + 26, narrow));
    } else {
      const text = narrow
        ? `Busiest expert: ${busiest} tokens, ${times(s.maxOverMean)} its fair share; quietest: ${quietest}. The busiest set the pace: the others wait for them.`
        : `Busiest expert: ${busiest} tokens, ${times(s.maxOverMean)} its fair share of ${b.fairShare}. Quietest: ${quietest}. The busiest experts set the pace of the whole batch: the others wait for them.`;
      const fs = 12;
      // At the foot of the box (the room below the bars is sized for the next step's chart).
      const lines = wrap(text, { width: size.width - 4, size: fs });
      const first = Math.max(bottomTop + 22, size.height - 8 - (lines.length - 1) * (fs + 6));
      lines.forEach((t, k) =>
        marks.push({ kind: 'text', key: `summary:${k}`, x: 0, y: px(first + k * (fs + 6)), text: t, className: 'bar-label', fontSize: fs }),
      );
    }
    const description = last
      ? b.gamma === 0
        ? `Illustrative simulation with no bias nudges (step ${b.gamma}): the busiest expert in batch ${b.batches} gets ${busiest} tokens, ${times(s.maxOverMean)} its fair share of ${b.fairShare} (batch 1: ${times(b.spread[0]!.maxOverMean)}).`
        : `Illustrative simulation: after ${b.batches - 1} rounds of bias nudges (step ${b.gamma}), the busiest expert in batch ${b.batches} gets ${busiest} tokens, ${times(s.maxOverMean)} its fair share of ${b.fairShare}, ${s.maxOverMean <= b.spread[0]!.maxOverMean ? 'down' : 'up'} from ${times(b.spread[0]!.maxOverMean)} in batch 1. Without the nudges it stays near ${times(b.unbalancedSpread[b.batches - 1]!.maxOverMean)}.`
      : `Illustrative simulation: one batch of ${formatNumber(b.batchSize)} tokens, each routed to ${topK} of ${nExperts} experts. The fair share is ${b.fairShare} tokens per expert; the busiest gets ${busiest} (${times(s.maxOverMean)}), the quietest ${quietest}.`;
    return frame(
      last ? `Load per expert after ${b.batches - 1} bias updates` : `Load per expert in one batch of ${formatNumber(b.batchSize)} tokens`,
      description,
      marks,
      loadTable(data, last),
    );
  }

  const g = grid(size, data, narrow && (stepId === 'top-8' || stepId === 'gate-weights'));
  const marks: Mark[] = [];
  const lowest = Math.min(...data.affinities);
  const highest = Math.max(...data.affinities);
  const best = data.affinities.indexOf(highest);

  if (stepId === 'affinity') {
    marks.push(
      ...header(
        narrow ? `${token} against each of ${nExperts} experts` : `How well ${token} matches each of the ${nExperts} routed experts`,
        narrow
          ? `Stronger shade = better match · ${g.rowsPerGroup === 1 ? 'a row' : 'a block'} = a group of ${per}`
          : `Stronger shade = better match · the experts come in ${nGroups} groups of ${per}`,
        narrow,
      ),
    );
    marks.push(...tokenStrip(data, size, narrow));
    marks.push(...gridMarks(data, g, 'plain'));
    marks.push(...affinityLegend(data, g));
    marks.push(...sharedMarks(g, false));
    if (!narrow)
      marks.push(
        ...noteMarks(
          `Each square is one expert. The router gives ${token} a score between 0 and 1 for every expert: a sigmoid of how well the two match. The best match here is expert #${best} (${f2(highest)}).`,
          g,
          'note',
        ),
      );
    return frame(
      `Affinity of ${token} to each of ${nExperts} experts`,
      `Illustrative router. The token ${token} gets a sigmoid affinity between ${f2(lowest)} and ${f2(highest)} to each of the ${nExperts} routed experts, drawn as ${nGroups} groups of ${per}. Its best match is expert #${best} in group ${Math.floor(best / per) + 1} (${f2(highest)}).`,
      marks,
      expertTable(data),
    );
  }

  if (stepId === 'groups') {
    const keptList = [...data.route.keptGroups].sort((a, b) => a - b).map((x) => x + 1);
    const all = keptGroups === nGroups;
    const best = keptGroups === 1 ? 'best' : `${keptGroups} best`;
    marks.push(
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
    );
    marks.push(...tokenStrip(data, size, narrow));
    marks.push(...gridMarks(data, g, 'groups'));
    marks.push(...groupScoreMarks(data, g));
    marks.push(...affinityLegend(data, g));
    marks.push(...sharedMarks(g, false));
    return frame(
      `Node-limited routing for ${token}: ${keptGroups} of ${nGroups} groups kept`,
      all
        ? `Each group scores the sum of its two highest affinities. With all ${nGroups} groups allowed, every expert can be chosen for ${token}.`
        : `Each group scores the sum of its two highest affinities. For ${token} the ${keptGroups === 1 ? 'best group is' : `best ${keptGroups} groups are`} ${keptList.join(', ')}; experts in the other ${nGroups - keptGroups} groups cannot be chosen, even if one of them scores well.`,
      marks,
      groupTable(data),
    );
  }

  if (stepId === 'top-8') {
    const groupsUsed = [...new Set(data.route.experts.map((e) => Math.floor(e / per) + 1))].sort((a, b) => a - b);
    marks.push(
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
    );
    marks.push(...tokenStrip(data, size, narrow));
    marks.push(...gridMarks(data, g, 'chosen'));
    marks.push(...chosenRings(data, g));
    marks.push(...affinityLegend(data, g));
    marks.push(...sharedMarks(g, true));
    marks.push(...pickList(data, g, 'affinity'));
    return frame(
      `${topK} routed expert${topK === 1 ? '' : 's'} and the shared expert run for ${token}`,
      `For ${token} the router picks experts ${data.route.experts.map((e) => `#${e}`).join(', ')} (in groups ${groupsUsed.join(', ')}), plus the shared expert that every token uses: ${topK + nShared} experts run, ${nExperts - topK} stay idle.`,
      marks,
      chosenTable(data, false),
    );
  }

  // gate-weights
  const w = data.route.gateWeights;
  marks.push(
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
  );
  marks.push(...tokenStrip(data, size, narrow));
  marks.push(...gridMarks(data, g, 'chosen'));
  marks.push(...chosenRings(data, g));
  marks.push(...affinityLegend(data, g));
  marks.push(...sharedMarks(g, true));
  marks.push(...pickList(data, g, 'gate'));
  return frame(
    topK === 1 ? `Gate weight of the one expert chosen for ${token}` : `Gate weights of the ${topK} experts chosen for ${token}`,
    `The ${topK} chosen experts' outputs are mixed with weights from ${pct(Math.min(...w))} to ${pct(Math.max(...w))}: their affinities divided by their sum, so they add up to 100%. DeepSeek's code then multiplies them by route_scale ${data.settings.routeScale}. The shared expert's output is added whole.`,
    marks,
    chosenTable(data, true),
  );
}
