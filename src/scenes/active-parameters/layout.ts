/**
 * active-parameters: why a 671-billion-parameter model does the work of a ~37-billion
 * one per token. Every number comes from the parameter count computed from
 * DeepSeek-V3's configuration (src/model/parameters.ts, via ./data.ts).
 *
 * Marks keep their keys across steps so the eye can follow them:
 * - `part:<id>`: each part of the model, stored. An area to scale (whole-model), then a
 *   segment of the "stored" bar (count-up) and of the FP8 memory bar (memory-vs-compute).
 * - `active:<id>`: what one token uses of each part, on the same scale as `part:<id>`.
 * - `expert:<i>`, `shared`, `attention`, `router`: one MoE layer, areas to scale.
 * Keys do not depend on the width (wrapped text has a fixed number of line slots),
 * except the leader lines of the wide whole-model legend.
 */
import { format } from 'd3-format';
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { footnote, header, lines, paragraph } from '../kit/chart';
import { measure, smallType, wrap } from '../kit/text';
import type { ActiveParamsData, DisplayPart } from './data';
import { steps } from './steps';

const B = 1e9;
const M = 1e6;
const f1 = format(',.1f');
const f0 = format(',.0f');
/** 653908770816 -> "653.9 billion" (wide) or "653.9B" (narrow). */
export const billions = (v: number, narrow = false) => (narrow ? `${f1(v / B)}B` : `${f1(v / B)} billion`);
export const millions = (v: number, narrow = false) => (narrow ? `${f1(v / M)}M` : `${f1(v / M)} million`);
/** Percent with one decimal, or two below 0.1% (so the router's share is not "0.0%"). */
const pct = (share: number) => (share < 0.001 ? `${format('.2f')(share * 100)}%` : `${f1(share * 100)}%`);
const gbText = (v: number) => `${f0(v)} GB`;
const gb1 = (v: number) => `${f1(v)} GB`;

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
/** Words for the shared experts, which a what-if may set to none or several. */
const sharedWords = (n: number, one: string, many: string, none = '') => (n === 0 ? none : n === 1 ? one : many.replace('N', String(n)));

/** Total divided by active, rounded: "about 1 in N". */
export const oneIn = (d: ActiveParamsData) => Math.round(d.count.total / d.count.active);

// ---------- shared pieces ----------

interface Frame0 {
  narrow: boolean;
  W: number;
  H: number;
  marks: Mark[];
  top: number;
  bottom: number;
}

/**
 * While a reader's what-if shape is drawn, the title area says so first: "What if… — not R1"
 * and what differs (the controls list the rest when more than two settings changed).
 */
export function whatIfLine(d: ActiveParamsData): string | null {
  if (!d.changes.length) return null;
  const what = d.changes.length > 2 ? `${d.changes.length} settings changed` : d.changes.map((c) => `${c.label} ${f0(c.value)} (R1: ${f0(c.r1)})`).join(', ');
  return `What if… — not R1: ${what}`;
}

function start(d: ActiveParamsData, size: Size, title: string, subtitle: string, foot: string): Frame0 {
  const narrow = size.width < NARROW_BREAKPOINT;
  const badge = whatIfLine(d);
  const b = badge ? paragraph('whatif', badge, 0, 12, size.width, { className: 'ap-whatif', fontSize: 12, fontWeight: 700, slots: 2 }) : null;
  const h = header(title, subtitle, size.width, narrow);
  const dy = b ? b.bottom + 8 : 0;
  const shifted = dy ? h.marks.map((m) => (m.kind === 'text' ? { ...m, y: m.y + dy } : m)) : h.marks;
  const f = footnote('foot', foot, size.width, size.height);
  return { narrow, W: size.width, H: size.height, marks: [...(b?.marks ?? []), ...shifted, ...f.marks], top: h.bottom + dy, bottom: f.top - 4 };
}

const sourceLine = (narrow: boolean) => (narrow ? 'Counted from config_671B.json.' : "Counted from DeepSeek-V3's published configuration (config_671B.json).");

function swatch(key: string, x: number, y: number, id: string, s = 11): Mark {
  return { kind: 'rect', key, x: px(x), y: px(y), width: s, height: s, rx: 2, className: `ap-part ap-${id}` };
}

/**
 * R1's own point, kept on the figure while a what-if shape is drawn: a label and an
 * outline bar on the same scale as the what-if bars. Returns the marks and the y below.
 */
function r1Reference(key: string, text: string, value: number, scale: number, y: number, barH: number, fs: number): { marks: Mark[]; bottom: number } {
  return {
    marks: [
      { kind: 'text', key: `${key}:label`, x: 0, y: px(y + fs), text, className: 'bar-label ap-r1-label', fontSize: fs },
      { kind: 'rect', key: `${key}:bar`, x: 0.5, y: px(y + fs + 4), width: px(Math.max(1, value * scale - 1)), height: px(barH), className: 'ap-r1-ref' },
    ],
    bottom: y + fs + 4 + barH,
  };
}

// ---------- step: whole-model ----------

/** The whole model as one box: area = parameters. Routed experts on the left, the rest in a thin column. */
export function wholeModelBoxes(
  d: ActiveParamsData,
  x: number,
  y: number,
  w: number,
  h: number,
): Map<DisplayPart['id'], { x: number; y: number; width: number; height: number }> {
  const out = new Map<DisplayPart['id'], { x: number; y: number; width: number; height: number }>();
  const routed = d.display.find((p) => p.id === 'routed')!;
  const rest = d.display.filter((p) => p.id !== 'routed');
  const restTotal = rest.reduce((a, p) => a + p.total, 0);
  const routedW = (w * routed.total) / d.count.total;
  out.set('routed', { x, y, width: routedW, height: h });
  let yy = y;
  for (const p of rest) {
    const ph = (h * p.total) / restTotal;
    out.set(p.id, { x: x + routedW, y: yy, width: w - routedW, height: ph });
    yy += ph;
  }
  return out;
}

function wholeModel(d: ActiveParamsData, size: Size): Frame {
  const c = d.count;
  const routed = d.display.find((p) => p.id === 'routed')!;
  const s = start(
    d,
    size,
    `All ${billions(c.total, size.width < NARROW_BREAKPOINT)} parameters, drawn to scale`,
    size.width < NARROW_BREAKPOINT
      ? `Area = number of parameters. The routed experts are ${pct(routed.total / c.total)} of the model.`
      : `Each part's area is its number of parameters. The routed experts alone are ${pct(routed.total / c.total)} of the model.`,
    `The download is ${f0(d.published.huggingFace / B)}B: it adds a ${f0(d.published.mtp / B)}B multi-token prediction (MTP) module, used in training, not needed to answer. ${sourceLine(size.width < NARROW_BREAKPOINT)}`,
  );
  const { narrow, W, marks } = s;
  const legendW = narrow ? W : Math.min(230, W * 0.38);
  const gap = narrow ? 0 : 34;
  const boxW = narrow ? W - 2 : W - legendW - gap;
  const lineH = 16;
  // A what-if with few, narrow experts leaves the routed block too thin for its own label:
  // it then joins the legend like every other part.
  const fs = narrow ? 13 : 15;
  const insideText: readonly [[string, number, number], [string, number, number], [string, number, number]] = [
    [routed.label, fs, 700],
    [`${billions(routed.total)} · ${pct(routed.total / c.total)}`, narrow ? 12 : 13, 400],
    [`${routed.detail} experts`, 12, 400],
  ];
  const insideW = 12 + Math.max(...insideText.map(([t, size, weight]) => measure(t, { size, weight }))) + 8;
  const inside = (boxW * routed.total) / c.total >= insideW;
  const legendParts = inside ? d.display.filter((p) => p.id !== 'routed') : d.display;
  const legendH = narrow ? (legendParts.length + 1) * lineH + 4 : 0;
  const boxTop = s.top + 4;
  const boxH = Math.max(40, s.bottom - boxTop - legendH - (narrow ? 10 : 0));
  const boxes = wholeModelBoxes(d, 0, boxTop, boxW, boxH);
  for (const p of d.display) {
    const b = boxes.get(p.id)!;
    marks.push({ kind: 'rect', key: `part:${p.id}`, x: px(b.x), y: px(b.y), width: px(b.width), height: px(b.height), className: `ap-part ap-${p.id}` });
  }
  // The big block's own label.
  const rb = boxes.get('routed')!;
  if (inside)
    marks.push(
      ...lines('inside:name', [insideText[0][0]], rb.x + 12, rb.y + rb.height / 2 - fs, { className: 'ap-inside', fontSize: fs, fontWeight: 700 }),
      ...lines('inside:value', [insideText[1][0]], rb.x + 12, rb.y + rb.height / 2 + 4, { className: 'ap-inside', fontSize: insideText[1][1] }),
      ...lines('inside:detail', [insideText[2][0]], rb.x + 12, rb.y + rb.height / 2 + 4 + (narrow ? 17 : 19), {
        className: 'ap-inside',
        fontSize: insideText[2][1],
      }),
    );
  const rest = d.display.filter((p) => p.id !== 'routed');
  if (narrow) {
    const y0 = boxTop + boxH + 10;
    const legendTitle = inside ? 'The thin strip on the right, top to bottom (B = billion):' : 'Left block, then the strip top to bottom (B = billion):';
    marks.push(...lines('legend:title', [legendTitle], 0, y0 + 8, { className: 'legend-label', fontSize: smallType(narrow) }));
    legendParts.forEach((p, k) => {
      const y = y0 + (k + 1) * lineH;
      marks.push(swatch(`legend:${p.id}`, 0, y, p.id));
      marks.push({
        kind: 'text',
        key: `legend:${p.id}:text`,
        x: 16,
        y: px(y + 9.5),
        text: `${p.short} ${billions(p.total, true)}`,
        className: 'legend-label ap-legend-name',
        fontSize: smallType(narrow),
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `legend:${p.id}:share`,
        // A px short of the edge: at 12 px Chromium measured "0.00% · 1 layer" 0.6 px past it (text-geometry e2e).
        x: px(W - 1),
        y: px(y + 9.5),
        text: `${pct(p.total / c.total)} · ${p.detail}`,
        anchor: 'end',
        className: 'legend-label',
        fontSize: smallType(narrow),
      });
    });
  } else {
    // Legend beside the thin column, one entry per small part, with leader lines.
    const lx = boxW + gap;
    marks.push(
      ...lines('legend:title', [inside ? 'The thin strip, top to bottom:' : 'Left block, then the strip:'], lx, boxTop + 9, {
        className: 'legend-label',
        fontSize: smallType(narrow),
      }),
    );
    const slot = (boxH - 18) / legendParts.length;
    legendParts.forEach((p, k) => {
      const b = boxes.get(p.id)!;
      const y = boxTop + 18 + k * slot + slot / 2 - 13;
      // The routed block, when it is in the legend, sits left of the strip: a leader would cross the strip.
      if (p.id !== 'routed')
        marks.push({
          kind: 'path',
          key: `legend:${p.id}:leader`,
          d: `M${px(b.x + b.width + 2)},${px(b.y + b.height / 2)} L${px(lx - 4)},${px(y + 5.5)}`,
          className: 'ap-leader',
        });
      marks.push(swatch(`legend:${p.id}`, lx, y, p.id));
      marks.push({
        kind: 'text',
        key: `legend:${p.id}:text`,
        x: px(lx + 16),
        y: px(y + 9.5),
        text: `${p.label}: ${billions(p.total)}`,
        className: 'legend-label ap-legend-name',
        fontSize: 12,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `legend:${p.id}:share`,
        x: px(lx + 16),
        y: px(y + 24),
        text: `${pct(p.total / c.total)} · ${p.detail}`,
        className: 'legend-label',
        fontSize: smallType(narrow),
      });
    });
  }
  return {
    width: W,
    height: s.H,
    title: `${d.changes.length ? 'What if… — not R1: a model of' : "DeepSeek-V3/R1's"} ${billions(c.total)} parameters by part, areas to scale`,
    description: `A box whose area is the model's ${billions(c.total)} parameters. Routed experts fill ${pct(routed.total / c.total)} of it (${billions(routed.total)}); the rest is a thin strip: ${rest.map((p) => `${p.label.toLowerCase()} ${billions(p.total)}`).join(', ')}.`,
    marks,
    table: {
      caption: 'Parameters by part of the model, counted from config_671B.json',
      columns: ['Part', 'Where', 'Parameters (billions)', 'Share of the model (%)'],
      rows: d.display.map((p) => [p.label, p.detail, Math.round((p.total / B) * 1000) / 1000, Math.round((p.total / c.total) * 1e4) / 100]),
    },
  };
}

// ---------- steps: one-moe-layer and one-token ----------

interface LayerGeo {
  pitch: number;
  cell: number;
  cols: number;
  gx: number;
  gy: number;
  /** Column beside the grid for the shared expert, attention, router and their labels. */
  sx: number;
  sw: number;
}

function layerGeo(d: ActiveParamsData, s: Frame0): LayerGeo {
  const sh = d.count.shape;
  const L = d.count.perLayer;
  const cols = Math.round(Math.sqrt(sh.n_routed_experts));
  const rows = Math.ceil(sh.n_routed_experts / cols);
  const avail = s.bottom - s.top - 8;
  const gx = 0;
  const gy = s.top + 4;
  const gapX = s.narrow ? 12 : 24;
  // The side column (shared experts, attention, router, their labels and the summary) is on
  // the grid's scale, so a what-if with few or narrow experts makes it tall: shrink the
  // grid until the column fits beside it and under the header.
  let side = s.narrow ? Math.min(avail, s.W * 0.62) : Math.min(avail, s.W * 0.46);
  for (let i = 0; i < 80; i++) {
    const pitch = side / Math.max(cols, rows);
    const cell = pitch * (s.narrow ? 0.86 : 0.88);
    const sx = gx + cols * pitch + gapX;
    const sw = s.W - sx;
    const g = { pitch, cell, cols, gx, gy, sx, sw };
    const col = sideColumn(g, sh.n_shared_experts, L, s.narrow);
    if (sw >= (s.narrow ? 120 : 170) && col.height <= avail) return g;
    side *= 0.95;
  }
  const pitch = side / Math.max(cols, rows);
  return { pitch, cell: pitch * (s.narrow ? 0.86 : 0.88), cols, gx, gy, sx: gx + cols * pitch + gapX, sw: s.W - (gx + cols * pitch + gapX) };
}

/** Label block under each side-column item: name, value and the gap after them. */
const ITEM_TEXT = (narrow: boolean) => 13 + 12 + 3 + (narrow ? 10 : 14);

/** Sizes of the side column's items on the grid's scale (area = parameters), and its height with labels and summary. */
function sideColumn(g: LayerGeo, nShared: number, L: ActiveParamsData['count']['perLayer'], narrow: boolean) {
  const unit = (g.cell * g.cell) / L.expert; // px² per parameter
  const colW = Math.min(g.sw, narrow ? 2 * g.cell : 2.4 * g.cell);
  const sharedCols = Math.max(1, Math.min(nShared, Math.floor((g.sw + g.pitch - g.cell) / g.pitch)));
  const sharedRows = nShared ? Math.ceil(nShared / sharedCols) : 0;
  const sharedH = sharedRows ? (sharedRows - 1) * g.pitch + g.cell : 0;
  const attH = (L.attention * unit) / colW;
  const routerH = Math.max((L.router * unit) / colW, 0.5);
  const summary = 4 + 4 * Math.round(12 * 1.3);
  const height = (nShared ? sharedH + ITEM_TEXT(narrow) : 0) + attH + routerH + 2 * ITEM_TEXT(narrow) + summary;
  return { unit, colW, sharedCols, sharedH, attH, routerH, height };
}

function oneLayer(d: ActiveParamsData, size: Size, lit: boolean): Frame {
  const c = d.count;
  const L = c.perLayer;
  const sh = c.shape;
  const narrow = size.width < NARROW_BREAKPOINT;
  const chosen = new Set(d.experts);
  const used = L.moeLayerActive;
  const k = sh.n_activated_experts;
  const nSh = sh.n_shared_experts;
  const title = lit
    ? `One token uses ${k} routed ${plural(k, 'expert')}${sharedWords(nSh, ' and the shared one', ' and the N shared ones')}`
    : `${c.moeLayers === 1 ? 'The one MoE layer' : `One of the ${c.moeLayers} MoE layers`}: ${billions(L.moeLayer, narrow)} parameters`;
  const subtitle = lit
    ? `For “${d.token}”, the router picks ${sh.n_activated_experts} of the ${sh.n_routed_experts} routed experts (illustrative router). Lit = used; the rest sits idle.`
    : `Each square is one expert: ${millions(L.expert, narrow)} parameters. Everything is drawn to the same scale, area = parameters.`;
  const s = start(
    d,
    size,
    title,
    subtitle,
    lit
      ? narrow
        ? `Attention, router${sharedWords(nSh, ' and shared expert', ' and shared experts')} run for every token; the ${k} routed ${plural(k, 'expert')} change from token to token.`
        : `Attention, the router${sharedWords(nSh, ' and the shared expert', ' and the N shared experts')} run for every token. Which ${k} routed ${plural(k, 'expert')} run changes from token to token and layer to layer.`
      : `The first ${c.denseLayers} layers have one big feed-forward network instead of experts. ${sourceLine(narrow)}`,
  );
  const { marks } = s;
  const g = layerGeo(d, s);
  const dim = (on: boolean) => (lit && !on ? 0.4 : 1);
  for (let i = 0; i < sh.n_routed_experts; i++) {
    const x = g.gx + (i % g.cols) * g.pitch;
    const y = g.gy + Math.floor(i / g.cols) * g.pitch;
    const on = chosen.has(i);
    marks.push({
      kind: 'rect',
      key: `expert:${i}`,
      x: px(x),
      y: px(y),
      width: px(g.cell),
      height: px(g.cell),
      rx: 1,
      className: `ap-part ap-routed${lit && on ? ' is-on' : ''}`,
      opacity: dim(on),
    });
  }
  // The side column: shared experts (cells), attention and router, same scale as a cell.
  const { colW, attH, routerH, sharedCols, sharedH } = sideColumn(g, nSh, L, narrow);
  const fsName = 12;
  let y = g.gy;
  const item = (key: string, id: string, w: number, h: number, name: string, value: string, minGap: number, blockH = h) => {
    marks.push({ kind: 'rect', key, x: px(g.sx), y: px(y), width: px(w), height: px(h), className: `ap-part ap-${id}${lit ? ' is-on' : ''}` });
    const ty = y + blockH + 13;
    marks.push({
      kind: 'text',
      key: `${key}:name`,
      x: px(g.sx),
      y: px(ty),
      text: name,
      className: 'legend-label ap-legend-name',
      fontSize: fsName,
      fontWeight: 700,
    });
    marks.push({ kind: 'text', key: `${key}:value`, x: px(g.sx), y: px(ty + fsName + 3), text: value, className: 'legend-label', fontSize: smallType(narrow) });
    y = ty + fsName + 3 + minGap;
  };
  if (nSh > 0) {
    // Shared experts after the first, in rows as wide as the column allows.
    for (let e = 1; e < nSh; e++) {
      const x = g.sx + (e % sharedCols) * g.pitch;
      const yy = y + Math.floor(e / sharedCols) * g.pitch;
      marks.push({
        kind: 'rect',
        key: `shared:${e}`,
        x: px(x),
        y: px(yy),
        width: px(g.cell),
        height: px(g.cell),
        className: `ap-part ap-shared${lit ? ' is-on' : ''}`,
      });
    }
    item(
      'shared',
      'shared',
      g.cell,
      g.cell,
      narrow ? plural(nSh, 'Shared expert') : `${nSh} shared ${plural(nSh, 'expert')}`,
      millions(L.sharedExperts, narrow),
      narrow ? 10 : 14,
      sharedH,
    );
  }
  item('attention', 'attention', colW, attH, 'Attention', millions(L.attention + L.layerNorms, narrow), narrow ? 10 : 14);
  item('router', 'router', colW, Math.max(routerH, 0.5), narrow ? 'Router (a sliver)' : 'Router (a sliver)', millions(L.router, narrow), narrow ? 10 : 14);
  // Summary under the side column.
  const sumText = lit
    ? `Used in this layer: ${millions(used, narrow)} of ${billions(L.moeLayer, narrow)} (${pct(used / L.moeLayer)}).`
    : `Per layer: ${sh.n_routed_experts} routed experts = ${billions(L.routedExperts, narrow)}; all else = ${millions(L.moeLayer - L.routedExperts, narrow)}.`;
  const para = paragraph('layer:sum', sumText, g.sx, y + 4, g.sw - 2, { className: 'bar-label ap-sum', fontSize: 12, fontWeight: 700, slots: 5 });
  marks.push(...para.marks);
  const table: DataTable = lit
    ? {
        caption: `What “${d.token}” uses in one MoE layer (illustrative router)`,
        columns: ['Part', 'Used for this token', 'Parameters used (millions)'],
        rows: [
          ...d.experts.map((e) => [`Routed expert #${e}`, 'yes', Math.round(L.expert / 1e3) / 1e3]),
          [`Other ${c.idleExpertsPerMoeLayer} routed experts`, 'no (idle)', 0],
          [`${plural(nSh, 'Shared expert')} (${nSh})`, 'yes, every token', Math.round(L.sharedExperts / 1e3) / 1e3],
          ['Attention and norms', 'yes, every token', Math.round((L.attention + L.layerNorms) / 1e3) / 1e3],
          ['Router', 'yes, every token', Math.round(L.router / 1e3) / 1e3],
          ['Total used in the layer', `${pct(used / L.moeLayer)} of the layer`, Math.round(used / 1e3) / 1e3],
        ],
      }
    : {
        caption: 'Parameters in one MoE layer, counted from config_671B.json',
        columns: ['Part', 'How many', 'Parameters each (millions)', 'Parameters in the layer (millions)'],
        rows: [
          ['Routed experts', sh.n_routed_experts, Math.round(L.expert / 1e3) / 1e3, Math.round(L.routedExperts / 1e3) / 1e3],
          ['Shared expert', sh.n_shared_experts, Math.round(L.expert / 1e3) / 1e3, Math.round(L.sharedExperts / 1e3) / 1e3],
          ['Attention (MLA) and norms', 1, Math.round((L.attention + L.layerNorms) / 1e3) / 1e3, Math.round((L.attention + L.layerNorms) / 1e3) / 1e3],
          ['Router', 1, Math.round(L.router / 1e3) / 1e3, Math.round(L.router / 1e3) / 1e3],
          ['Whole layer', '', '', Math.round(L.moeLayer / 1e3) / 1e3],
        ],
      };
  return {
    width: s.W,
    height: s.H,
    title: `${d.changes.length ? 'What if… — not R1: ' : ''}${
      lit
        ? `One token in one MoE layer: ${sh.n_activated_experts} routed ${plural(sh.n_activated_experts, 'expert')}${sharedWords(sh.n_shared_experts, ' and the shared one', ' and the shared ones')}`
        : `One MoE layer to scale: ${sh.n_routed_experts} routed experts and ${sh.n_shared_experts} shared`
    }`,
    description: lit
      ? `In one MoE layer, the token “${d.token}” uses ${k} routed ${plural(k, 'expert')} (${plural(k, 'number')} ${d.experts.join(', ')}, from an illustrative router),${sharedWords(nSh, ' the shared expert,', ' the N shared experts,')} attention and the router: ${millions(used)} of the layer's ${billions(L.moeLayer)} parameters, ${pct(used / L.moeLayer)}. The other ${c.idleExpertsPerMoeLayer} routed experts sit idle.`
      : `One of the ${c.moeLayers} MoE layers, ${billions(L.moeLayer)} parameters: ${sh.n_routed_experts} routed experts of ${millions(L.expert)} each, drawn as a grid of squares, ${sharedWords(nSh, 'one shared expert', 'N shared experts', 'no shared expert')} of the same size, attention (${millions(L.attention + L.layerNorms)}) and the router (${millions(L.router)}), areas to scale.`,
    marks,
    table,
  };
}

// ---------- step: count-up ----------

/** Horizontal stacked bar: one segment per part, widths = value x scale. */
function stacked(
  d: ActiveParamsData,
  keyPrefix: string,
  x: number,
  y: number,
  h: number,
  scale: number,
  value: (p: DisplayPart) => number,
  extraClass = '',
): { marks: Mark[]; right: number } {
  const marks: Mark[] = [];
  let xx = x;
  for (const p of d.display) {
    const w = value(p) * scale;
    marks.push({ kind: 'rect', key: `${keyPrefix}:${p.id}`, x: px(xx), y: px(y), width: px(w), height: px(h), className: `ap-part ap-${p.id}${extraClass}` });
    xx += w;
  }
  return { marks, right: xx };
}

/** Active parts in the order they are added up (the routed experts first). */
function activeParts(d: ActiveParamsData): DisplayPart[] {
  return d.display;
}

function countUp(d: ActiveParamsData, size: Size): Frame {
  const c = d.count;
  const narrow = size.width < NARROW_BREAKPOINT;
  const ratio = c.active / c.total;
  const s = start(
    d,
    size,
    narrow ? `Per token: ${billions(c.active, true)} of ${billions(c.total, true)}` : `Per token: ${billions(c.active)} of ${billions(c.total)} parameters`,
    `Only ${pct(ratio)} of the model works on each token, about 1 in ${oneIn(d)}. Adding up what one token uses:`,
    narrow
      ? `DeepSeek states ${f0(d.published.active / B)}B (${f1(d.published.activePrecise / B)}B precisely): counts differ a little with what is counted. ${sourceLine(true)}`
      : `DeepSeek states ${f0(d.published.active / B)}B (${f1(d.published.activePrecise / B)}B precisely): counts differ by a few percent with what is counted, such as the embedding, of which a token uses one row. ${sourceLine(false)}`,
  );
  const { W, marks } = s;
  const fs = 12;
  const barH = narrow ? 12 : 16;
  const whatIf = d.changes.length > 0;
  // R1's bar stays on the same scale, so the longer of the two sets it.
  const scale = W / (whatIf ? Math.max(c.total, d.r1.total) : c.total);
  let y = s.top + 2;
  marks.push({
    kind: 'text',
    key: 'bar:stored:label',
    x: 0,
    y: px(y + fs),
    text: `Stored: ${billions(c.total, narrow)}`,
    className: 'bar-label',
    fontSize: fs,
    fontWeight: 700,
  });
  y += fs + 5;
  marks.push(...stacked(d, 'part', 0, y, barH, scale, (p) => p.total).marks);
  if (whatIf) {
    const ref = r1Reference(
      'r1:stored',
      `R1, for comparison: ${billions(d.r1.total, narrow)} stored, ${billions(d.r1.active, narrow)} per token`,
      d.r1.total,
      scale,
      y + barH + 2,
      Math.round(barH * 0.6),
      smallType(narrow),
    );
    marks.push(...ref.marks);
    y = ref.bottom - barH;
  }
  y += barH + 6 + fs;
  marks.push({
    kind: 'text',
    key: 'bar:active:label',
    x: 0,
    y: px(y),
    text: `Used per token: ${billions(c.active, narrow)} (${pct(ratio)})`,
    className: 'bar-label',
    fontSize: fs,
    fontWeight: 700,
  });
  y += 5;
  const small = stacked(d, 'active', 0, y, barH, scale, (p) => p.active, ' is-on');
  marks.push(...small.marks);
  const zoomTop = y + barH;
  y = zoomTop + (narrow ? 14 : 24);
  // The active bar, magnified to the full width.
  const zScale = W / c.active;
  marks.push({ kind: 'path', key: 'zoom', d: `M0,${px(zoomTop)} L${px(small.right)},${px(zoomTop)} L${px(W)},${px(y)} L0,${px(y)} Z`, className: 'ap-zoom' });
  marks.push(...stacked(d, 'zoom', 0, y, barH, zScale, (p) => p.active, ' is-on').marks);
  y += barH + 8;
  // The running list.
  const parts = activeParts(d);
  const rowH = Math.max(14, Math.min(narrow ? 17 : 20, (s.bottom - y - (fs + 10)) / (parts.length + 1)));
  let running = 0;
  parts.forEach((p, k) => {
    running += p.active;
    const ry = y + k * rowH;
    marks.push(swatch(`sum:${p.id}:swatch`, 0, ry + 1, p.id, 10));
    const name =
      p.id === 'routed'
        ? narrow
          ? `Routed: ${c.shape.n_activated_experts} of ${c.shape.n_routed_experts} × ${c.moeLayers} ${plural(c.moeLayers, 'layer')}`
          : `Routed experts: ${c.shape.n_activated_experts} of ${c.shape.n_routed_experts} in each of ${c.moeLayers} ${plural(c.moeLayers, 'layer')}`
        : narrow
          ? p.short
          : `${p.label} (${p.detail})`;
    marks.push({ kind: 'text', key: `sum:${p.id}:name`, x: 15, y: px(ry + 9.5), text: name, className: 'bar-label', fontSize: smallType(narrow) });
    marks.push({
      kind: 'text',
      key: `sum:${p.id}:value`,
      x: px(W - (narrow ? 52 : 80)),
      y: px(ry + 9.5),
      text: `${k ? '+' : ''}${f1(p.active / B)}B`,
      anchor: 'end',
      className: 'value-label',
      fontSize: smallType(narrow),
    });
    marks.push({
      kind: 'text',
      key: `sum:${p.id}:running`,
      x: px(W),
      y: px(ry + 9.5),
      text: `= ${f1(running / B)}B`,
      anchor: 'end',
      className: 'value-label ap-running',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
  });
  const ty = y + parts.length * rowH + 4;
  marks.push({ kind: 'line', key: 'sum:rule', x1: 0, x2: px(W), y1: px(ty), y2: px(ty), className: 'axis-line' });
  marks.push({
    kind: 'text',
    key: 'sum:total',
    x: px(W),
    y: px(ty + fs + 3),
    text: narrow ? `${billions(c.active, true)} per token of ${billions(c.total, true)}` : `${billions(c.active)} per token, of ${billions(c.total)} stored`,
    anchor: 'end',
    className: 'bar-label ap-running',
    fontSize: fs,
    fontWeight: 700,
  });
  let cum = 0;
  return {
    width: W,
    height: s.H,
    title: `${d.changes.length ? 'What if… — not R1: ' : ''}Parameters used per token: ${billions(c.active)} of ${billions(c.total)} (${pct(ratio)})`,
    description: `Adding up what one token uses: ${parts.map((p) => `${p.label.toLowerCase()} ${billions(p.active)}`).join(', ')}. Total ${billions(c.active)} of ${billions(c.total)}, ${pct(ratio)}, about 1 in ${oneIn(d)}. DeepSeek states ${f1(d.published.activePrecise / B)} billion.`,
    marks,
    table: {
      caption: 'Parameters one token uses, part by part (computed from config_671B.json)',
      columns: ['Part', 'Stored (billions)', 'Used per token (billions)', 'Running total (billions)'],
      rows: parts.map((p) => {
        cum += p.active;
        return [p.label, Math.round(p.total / 1e6) / 1e3, Math.round(p.active / 1e6) / 1e3, Math.round(cum / 1e6) / 1e3];
      }),
    },
  };
}

// ---------- step: memory-vs-compute ----------

function memoryVsCompute(d: ActiveParamsData, size: Size): Frame {
  const c = d.count;
  const narrow = size.width < NARROW_BREAKPOINT;
  const m = d.memory;
  const s = start(
    d,
    size,
    narrow ? 'Memory of a giant, work of a mid-size model' : `Stored like a ${f0(c.total / B)}B model, run like a ${f1(c.active / B)}B one`,
    narrow
      ? `Every weight must sit in GPU memory; each token works only ${billions(c.active, true)} of them.`
      : `Every weight must sit in GPU memory, because the next token may need any expert. But each token works only ${billions(c.active)} of them.`,
    narrow
      ? `Weights only: memory for the conversation (the KV cache) comes on top. Weights published in ${d.dtype}. ${sourceLine(true)}`
      : `Weights only: memory for the conversation so far (the KV cache) comes on top. DeepSeek publishes the weights in ${d.dtype}. ${sourceLine(false)}`,
  );
  const { W, marks } = s;
  const fs = 12;
  const text = `So ${d.changes.length ? 'this shape' : 'R1'} needs the memory of a ${f0(c.total / B)}-billion-parameter model, but each token costs about as much arithmetic as in a ${f1(c.active / B)}-billion one: 1 in ${oneIn(d)} of its weights.`;
  const paraLines = Math.min(4, wrap(text, { width: W - 2, size: fs, weight: 700 }).length);
  // Bars and gaps share what the text leaves over, so a short figure still fits.
  const whatIf = d.changes.length > 0;
  const textH = 2 * (fs + 10) + 3 * (fs + 4) + fs + paraLines * Math.round(fs * 1.3) + (whatIf ? smallType(narrow) + 10 : 0);
  const free = Math.max(0, s.bottom - s.top - 2 - textH);
  const barH = Math.max(6, Math.min(narrow ? 14 : 22, free * 0.14));
  const gapBig = Math.max(4, Math.min(narrow ? 20 : 26, (free - 3 * barH) / 3));
  const gapSmall = Math.min(8, gapBig);
  const scale = W / Math.max(m.bf16GB, whatIf ? 2 * d.r1.fp8GB : 0); // px per GB; R1's bar stays on the same scale
  const perParamFp8 = scale / B; // px per parameter at 1 byte
  let y = s.top + 2;
  marks.push({
    kind: 'text',
    key: 'mem:title',
    x: 0,
    y: px(y + fs),
    text: 'In GPU memory: all the weights',
    className: 'chart-subtitle ap-panel-title',
    fontSize: fs + 1,
    fontWeight: 700,
  });
  y += fs + 10;
  marks.push({ kind: 'text', key: 'mem:fp8:label', x: 0, y: px(y + fs), text: `FP8, 1 byte each: ${gbText(m.fp8GB)}`, className: 'bar-label', fontSize: fs });
  y += fs + 4;
  marks.push(...stacked(d, 'part', 0, y, barH, perParamFp8, (p) => p.total).marks);
  if (whatIf) {
    const ref = r1Reference(
      'r1:fp8',
      `R1 at FP8, for comparison: ${gbText(d.r1.fp8GB)}`,
      d.r1.fp8GB,
      scale,
      y + barH + 2,
      Math.max(4, Math.round(barH * 0.5)),
      smallType(narrow),
    );
    marks.push(...ref.marks);
    y = ref.bottom - barH;
  }
  y += barH + gapSmall;
  marks.push({
    kind: 'text',
    key: 'mem:bf16:label',
    x: 0,
    y: px(y + fs),
    text: `BF16, 2 bytes each: ${gbText(m.bf16GB)}`,
    className: 'bar-label',
    fontSize: fs,
  });
  y += fs + 4;
  marks.push({ kind: 'rect', key: 'mem:bf16', x: 0, y: px(y), width: px(m.bf16GB * scale), height: barH, className: 'ap-mem-bf16' });
  y += barH + gapBig;
  marks.push({
    kind: 'text',
    key: 'work:title',
    x: 0,
    y: px(y + fs),
    text: 'Work per token: only the active weights',
    className: 'chart-subtitle ap-panel-title',
    fontSize: fs + 1,
    fontWeight: 700,
  });
  y += fs + 10;
  marks.push({
    kind: 'text',
    key: 'work:label',
    x: 0,
    y: px(y + fs),
    text: `${billions(c.active, narrow)} parameters = ${gb1(m.activeFp8GB)} at FP8`,
    className: 'bar-label',
    fontSize: fs,
  });
  y += fs + 4;
  const act = stacked(d, 'active', 0, y, barH, perParamFp8, (p) => p.active, ' is-on');
  marks.push(...act.marks);
  marks.push({
    kind: 'text',
    key: 'work:same-scale',
    x: px(act.right + 6),
    y: px(y + barH / 2),
    text: '← same scale',
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  y += barH + gapBig;
  marks.push(...paragraph('work:text', text, 0, y + fs, W - 2, { className: 'bar-label ap-sum', fontSize: fs, fontWeight: 700, slots: 4 }).marks);
  return {
    width: W,
    height: s.H,
    title: `${d.changes.length ? 'What if… — not R1: m' : 'M'}emory for ${billions(c.total)} parameters, work for ${billions(c.active)} per token`,
    description: `All ${billions(c.total)} parameters must be in GPU memory: ${gbText(m.fp8GB)} at FP8 (1 byte each) or ${gbText(m.bf16GB)} at BF16 (2 bytes each), weights only. Each token uses only ${billions(c.active)} of them (${gb1(m.activeFp8GB)} at FP8), so its arithmetic is that of a model about 1/${oneIn(d)} the size.`,
    marks,
    table: {
      caption: 'Weight memory (parameters x bytes per parameter; weights only)',
      columns: ['What', 'Parameters (billions)', 'Bytes each', 'Memory (GB)'],
      rows: [
        ['All weights, FP8', Math.round(c.total / 1e6) / 1e3, 1, Math.round(m.fp8GB * 10) / 10],
        ['All weights, BF16', Math.round(c.total / 1e6) / 1e3, 2, Math.round(m.bf16GB * 10) / 10],
        ['Used per token, FP8', Math.round(c.active / 1e6) / 1e3, 1, Math.round(m.activeFp8GB * 10) / 10],
        ['Used per token, BF16', Math.round(c.active / 1e6) / 1e3, 2, Math.round(m.activeBf16GB * 10) / 10],
      ],
    },
  };
}

// ---------- the layout ----------

export function layout(d: ActiveParamsData, stepId: string, size: Size): Frame {
  if (!steps.some((s) => s.id === stepId)) throw new Error(`active-parameters: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  switch (stepId) {
    case 'whole-model':
      return wholeModel(d, size);
    case 'one-moe-layer':
      return oneLayer(d, size, false);
    case 'one-token':
      return oneLayer(d, size, true);
    case 'count-up':
      return countUp(d, size);
    default:
      return memoryVsCompute(d, size);
  }
}
