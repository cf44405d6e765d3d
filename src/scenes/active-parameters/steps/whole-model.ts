/** Step "whole-model": the whole model as one box, every part's area its share of the parameters. */
import { NARROW_BREAKPOINT, type Frame, type Size } from '../../contract';
import { px } from '../../kit/format';
import { lines } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import type { ActiveParamsData, DisplayPart } from '../data';
import { count } from '../../kit/numbers';
import { B, billions, list, partDetail, partName, pct, type APText, type ActiveStep, start, sourceLine, swatch } from '../shared';

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

function wholeModel(d: ActiveParamsData, size: Size, text: APText): Frame {
  const c = d.count;
  const routed = d.display.find((p) => p.id === 'routed')!;
  const n = size.width < NARROW_BREAKPOINT;
  const share = pct(text, routed.total / c.total);
  const s = start(
    d,
    size,
    text,
    text.t('whole.title', { total: billions(text, c.total, n) }),
    text.t(n ? 'whole.subtitle.narrow' : 'whole.subtitle', { share }),
    text.t('whole.foot', { download: count(text, d.published.huggingFace, 0), mtp: count(text, d.published.mtp, 0), source: sourceLine(text, n) }),
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
    [partName(text, routed), fs, 700],
    [text.t('whole.inside.value', { size: billions(text, routed.total), share }), narrow ? 12 : 13, 400],
    [text.t('whole.inside.detail', { detail: partDetail(text, d, routed) }), 12, 400],
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
    const legendTitle = text.t(inside ? 'whole.legend.strip.narrow' : 'whole.legend.all.narrow');
    marks.push(...lines('legend:title', [legendTitle], 0, y0 + 8, { className: 'legend-label', fontSize: smallType(narrow) }));
    legendParts.forEach((p, k) => {
      const y = y0 + (k + 1) * lineH;
      marks.push(swatch(`legend:${p.id}`, 0, y, p.id));
      marks.push({
        kind: 'text',
        key: `legend:${p.id}:text`,
        x: 16,
        y: px(y + 9.5),
        text: text.t('whole.legend.name.narrow', { part: partName(text, p, true), size: billions(text, p.total, true) }),
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
        text: text.t('whole.legend.share', { share: pct(text, p.total / c.total), detail: partDetail(text, d, p) }),
        anchor: 'end',
        className: 'legend-label',
        fontSize: smallType(narrow),
      });
    });
  } else {
    // Legend beside the thin column, one entry per small part, with leader lines.
    const lx = boxW + gap;
    marks.push(
      ...lines('legend:title', [text.t(inside ? 'whole.legend.strip' : 'whole.legend.all')], lx, boxTop + 9, {
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
        text: text.t('whole.legend.name', { part: partName(text, p), size: billions(text, p.total) }),
        className: 'legend-label ap-legend-name',
        fontSize: 12,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `legend:${p.id}:share`,
        x: px(lx + 16),
        y: px(y + 24),
        text: text.t('whole.legend.share', { share: pct(text, p.total / c.total), detail: partDetail(text, d, p) }),
        className: 'legend-label',
        fontSize: smallType(narrow),
      });
    });
  }
  const lower = (p: DisplayPart) => partName(text, p).toLocaleLowerCase(text.tag);
  return {
    width: W,
    height: s.H,
    title: text.t(d.changes.length ? 'whole.frame.whatIf' : 'whole.frame', { total: billions(text, c.total) }),
    description: text.t('whole.describe', {
      total: billions(text, c.total),
      share,
      routed: billions(text, routed.total),
      rest: list(
        text,
        rest.map((p) => text.t('whole.describe.part', { part: lower(p), size: billions(text, p.total) })),
      ),
    }),
    marks,
    table: {
      caption: text.t('whole.table.caption'),
      columns: [text.t('whole.table.part'), text.t('whole.table.where'), text.t('whole.table.params'), text.t('whole.table.share')],
      rows: d.display.map((p) => [
        partName(text, p),
        partDetail(text, d, p),
        Math.round((p.total / B) * 1000) / 1000,
        Math.round((p.total / c.total) * 1e4) / 100,
      ]),
    },
  };
}

export const step: ActiveStep = wholeModel;
