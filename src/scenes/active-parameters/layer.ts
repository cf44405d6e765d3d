/**
 * One MoE layer with every part's area to scale, shared by the steps one-moe-layer (all
 * experts) and one-token (only the experts one token uses lit).
 */
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Size } from '../contract';
import { px } from '../kit/format';
import { paragraph } from '../kit/chart';
import { smallType } from '../kit/text';
import type { ActiveParamsData } from './data';
import { billions, millions, pct, plural, sharedWords, type Frame0, start, sourceLine } from './shared';

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

export function oneLayer(d: ActiveParamsData, size: Size, lit: boolean): Frame {
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
