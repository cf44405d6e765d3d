/** Step "whole-model": the whole model as one box, every part's area its share of the parameters. */
import { NARROW_BREAKPOINT, type Frame, type Size } from '../../contract';
import { px } from '../../kit/format';
import { lines } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import type { ActiveParamsData, DisplayPart } from '../data';
import { B, f0, billions, pct, type ActiveStep, start, sourceLine, swatch } from '../shared';

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

export const step: ActiveStep = wholeModel;
