/**
 * One MoE layer with every part's area to scale, shared by the steps one-moe-layer (all
 * experts) and one-token (only the experts one token uses lit).
 */
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Size } from '../contract';
import { px } from '../kit/format';
import { paragraph } from '../kit/chart';
import { smallType } from '../kit/text';
import type { ActiveParamsData } from './data';
import { billions, frameTitle, ifShared, list, millions, pct, type APText, type Frame0, start, sourceLine } from './shared';

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
  // Wide, the grid starts as tall as the space under the header (as wide as leaves the column its
  // minimum): a grid held to a share of the width left a band of blank above the footnote.
  let side = s.narrow ? Math.min(avail, s.W * 0.62) : Math.min(avail, s.W - 170 - gapX);
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

export function oneLayer(d: ActiveParamsData, size: Size, text: APText, lit: boolean): Frame {
  const c = d.count;
  const L = c.perLayer;
  const sh = c.shape;
  const narrow = size.width < NARROW_BREAKPOINT;
  const chosen = new Set(d.experts);
  const used = L.moeLayerActive;
  const k = sh.n_activated_experts;
  const nSh = sh.n_shared_experts;
  const title = lit
    ? text.t('layer.title.lit', { count: k, shared: ifShared(text, nSh, 'layer.title.shared') })
    : text.t('layer.title', { count: c.moeLayers, size: billions(text, L.moeLayer, narrow) });
  const subtitle = lit
    ? text.t('layer.subtitle.lit', { token: d.token, k: sh.n_activated_experts, n: sh.n_routed_experts })
    : text.t('layer.subtitle', { size: millions(text, L.expert, narrow) });
  const s = start(
    d,
    size,
    text,
    title,
    subtitle,
    lit
      ? narrow
        ? text.t('layer.foot.lit.narrow', { count: k, shared: ifShared(text, nSh, 'layer.foot.lit.shared.narrow') })
        : text.t('layer.foot.lit', { count: k, shared: ifShared(text, nSh, 'layer.foot.lit.shared') })
      : text.t('layer.foot', { count: c.denseLayers, source: sourceLine(text, narrow) }),
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
      text.t(narrow ? 'layer.shared.narrow' : 'layer.shared', { count: nSh }),
      millions(text, L.sharedExperts, narrow),
      narrow ? 10 : 14,
      sharedH,
    );
  }
  item('attention', 'attention', colW, attH, text.t('layer.attention'), millions(text, L.attention + L.layerNorms, narrow), narrow ? 10 : 14);
  item('router', 'router', colW, Math.max(routerH, 0.5), text.t('layer.router'), millions(text, L.router, narrow), narrow ? 10 : 14);
  // Summary under the side column.
  const sumText = lit
    ? text.t('layer.sum.lit', { used: millions(text, used, narrow), size: billions(text, L.moeLayer, narrow), share: pct(text, used / L.moeLayer) })
    : text.t('layer.sum', {
        n: sh.n_routed_experts,
        routed: billions(text, L.routedExperts, narrow),
        rest: millions(text, L.moeLayer - L.routedExperts, narrow),
      });
  const para = paragraph('layer:sum', sumText, g.sx, y + 4, g.sw - 2, { className: 'bar-label ap-sum', fontSize: 12, fontWeight: 700, slots: 5 });
  marks.push(...para.marks);
  const mil = (v: number) => Math.round(v / 1e3) / 1e3;
  const always = text.t('layer.table.lit.always');
  const table: DataTable = lit
    ? {
        caption: text.t('layer.table.lit.caption', { token: d.token }),
        columns: [text.t('layer.table.part'), text.t('layer.table.lit.used'), text.t('layer.table.lit.params')],
        rows: [
          ...d.experts.map((e) => [text.t('layer.table.lit.expert', { n: e }), text.t('layer.table.lit.yes'), mil(L.expert)]),
          [text.t('layer.table.lit.idle', { count: c.idleExpertsPerMoeLayer }), text.t('layer.table.lit.no'), 0],
          [text.t('layer.table.lit.shared', { count: nSh }), always, mil(L.sharedExperts)],
          [text.t('layer.table.lit.attention'), always, mil(L.attention + L.layerNorms)],
          [text.t('layer.table.router'), always, mil(L.router)],
          [text.t('layer.table.lit.total'), text.t('layer.table.lit.share', { share: pct(text, used / L.moeLayer) }), mil(used)],
        ],
      }
    : {
        caption: text.t('layer.table.caption'),
        columns: [text.t('layer.table.part'), text.t('layer.table.count'), text.t('layer.table.each'), text.t('layer.table.layer')],
        rows: [
          [text.t('layer.table.routed'), sh.n_routed_experts, mil(L.expert), mil(L.routedExperts)],
          [text.t('layer.table.shared'), sh.n_shared_experts, mil(L.expert), mil(L.sharedExperts)],
          [text.t('layer.table.attention'), 1, mil(L.attention + L.layerNorms), mil(L.attention + L.layerNorms)],
          [text.t('layer.table.router'), 1, mil(L.router), mil(L.router)],
          [text.t('layer.table.whole'), '', '', mil(L.moeLayer)],
        ],
      };
  return {
    width: s.W,
    height: s.H,
    title: frameTitle(
      d,
      text,
      lit
        ? text.t('layer.frame.lit', { count: k, shared: ifShared(text, nSh, 'layer.frame.lit.shared') })
        : text.t('layer.frame', { n: sh.n_routed_experts, shared: nSh }),
    ),
    description: lit
      ? text.t('layer.describe.lit', {
          count: k,
          token: d.token,
          experts: list(
            text,
            d.experts.map((e) => text.number(e)),
          ),
          shared: ifShared(text, nSh, 'layer.describe.lit.shared'),
          used: millions(text, used),
          size: billions(text, L.moeLayer),
          share: pct(text, used / L.moeLayer),
          idle: c.idleExpertsPerMoeLayer,
        })
      : text.t('layer.describe', {
          layers: c.moeLayers,
          size: billions(text, L.moeLayer),
          n: sh.n_routed_experts,
          each: millions(text, L.expert),
          shared: nSh ? text.t('layer.describe.shared', { count: nSh }) : text.t('layer.describe.noShared'),
          attention: millions(text, L.attention + L.layerNorms),
          router: millions(text, L.router),
        }),
    marks,
    table,
  };
}
