/**
 * The full model's weights at each format as bars, shared by the steps full-model, hardware
 * (adds the machines' memory) and allowance (adds the illustrative working-memory allowance).
 */
import { linear } from '../kit/linear';
import { weightsAt, withAllowance } from '../../model/memory';
import type { Mark } from '../contract';
import { px } from '../kit/format';
import { footnote, gb, int } from '../kit/chart';
import { measure, smallType } from '../kit/text';
import { nudges, placeAll } from '../kit/place';
import { count, countWords } from '../kit/numbers';
import { type MemorySceneData, type MemoryText, eachText, formatName, machine, pctText, hardwareMarks } from './shared';

function legendMarks(y: number, d: MemorySceneData, narrow: boolean, text: MemoryText): Mark[] {
  const weights = text.t('legend.weights');
  const marks: Mark[] = [];
  marks.push({ kind: 'rect', key: 'legend:weights', x: 0, y: px(y - 6), width: 12, height: 12, rx: 2, className: 'mf-bar' });
  marks.push({
    kind: 'text',
    key: 'legend:weights:text',
    x: 17,
    y: px(y),
    text: weights,
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  const x2 = 17 + measure(weights, { size: smallType(narrow) }) + 16;
  marks.push({ kind: 'rect', key: 'legend:allow', x: px(x2), y: px(y - 6), width: 12, height: 12, rx: 2, className: 'mf-allow' });
  marks.push({
    kind: 'text',
    key: 'legend:allow:text',
    x: px(x2 + 17),
    y: px(y),
    text: text.t(narrow ? 'legend.allowance.narrow' : 'legend.allowance', { pct: pctText(text, d.allowance) }),
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  return marks;
}

export function fullModelMarks(
  d: MemorySceneData,
  stepId: 'full-model' | 'hardware' | 'allowance',
  W: number,
  H: number,
  narrow: boolean,
  top: number,
  text: MemoryText,
): Mark[] {
  const marks: Mark[] = [];
  const showHw = stepId !== 'full-model';
  const showAllow = stepId === 'allowance';
  const noteText = showAllow
    ? text.t(narrow ? 'bars.allowanceNote.narrow' : 'bars.allowanceNote', { pct: pctText(text, d.allowance) })
    : text.t(narrow ? 'bars.note.narrow' : 'bars.note', {
        params: (narrow ? count : countWords)(text, d.full.paramsB * 1e9),
        withMtp: count(text, d.full.withMtpB * 1e9),
      });
  const note = footnote('mf:note', noteText, W, H);
  marks.push(...note.marks);
  const legendH = showAllow ? 24 : 0;
  if (showAllow) marks.push(...legendMarks(note.top - 8, d, narrow, text));
  const labelW = narrow ? 0 : 132;
  const valueW = narrow ? 78 : 150;
  const hwTop = top;
  const plotTop = showHw ? top + 44 : top + 8;
  const axisH = 22;
  const plotBottom = note.top - axisH - legendH;
  const xMax = 1600;
  const x = linear([0, xMax], [labelW + (narrow ? 8 : 0), W - valueW]);
  for (const t of [0, 400, 800, 1200, 1600]) {
    marks.push({
      kind: 'line',
      key: `mf:grid:${t}`,
      x1: px(x(t)),
      x2: px(x(t)),
      y1: px(plotTop),
      y2: px(plotBottom),
      className: t === 0 ? 'axis-line' : 'grid-line',
    });
    marks.push({
      kind: 'text',
      key: `mf:tick:${t}`,
      x: px(x(t)),
      y: px(plotBottom + 14),
      text: t === 0 ? '0' : narrow && t !== 1600 ? int(t) : `${int(t)} GB`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  const rows = d.precisions;
  const band = Math.max(0, (plotBottom - plotTop) / rows.length);
  const barH = Math.min(narrow ? 22 : 30, band * (narrow ? 0.42 : 0.55));
  rows.forEach((p, i) => {
    const y0 = plotTop + band * i;
    const cy = narrow ? y0 + band * 0.62 : y0 + band / 2;
    const w = weightsAt(d.full.paramsB, p.id);
    const total = withAllowance(w, d.allowance);
    const key = `mf:full:${p.id}`;
    if (narrow) {
      // Right-aligned above the bar: clear of the machines' lines bunched at the left.
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(W),
        y: px(cy - barH / 2 - 6),
        text: `${formatName(text, p.id)} · ${eachText(text, p.id)}`,
        anchor: 'end',
        className: 'mf-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 12),
        y: px(cy - 7),
        text: formatName(text, p.id),
        anchor: 'end',
        baseline: 'middle',
        className: 'mf-row-label',
        fontSize: 14,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${key}:bytes`,
        x: px(labelW - 12),
        y: px(cy + 9),
        text: eachText(text, p.id),
        anchor: 'end',
        baseline: 'middle',
        className: 'mf-row-detail',
        fontSize: smallType(narrow),
      });
    }
    marks.push({ kind: 'rect', key: `${key}:bar`, x: px(x(0)), y: px(cy - barH / 2), width: px(x(w) - x(0)), height: px(barH), rx: 2, className: 'mf-bar' });
    marks.push({
      kind: 'rect',
      key: `${key}:allow`,
      x: px(x(w)),
      y: px(cy - barH / 2),
      width: px(showAllow ? x(total) - x(w) : 0),
      height: px(barH),
      className: 'mf-allow',
      opacity: showAllow ? 1 : 0,
    });
    const end = showAllow ? total : w;
    const main = gb(end);
    const server = d.hardware.reduce((a, h) => (h.memoryGB > a.memoryGB ? h : a), d.hardware[0]!);
    const over = end - server.memoryGB;
    const base = text.t(`origin.${p.id}`);
    const sub = showAllow
      ? `${gb(w)} + ${pctText(text, d.allowance, false)}`
      : showHw && over > 0
        ? text.t('bars.over', { origin: base, gb: gb(over), server: machine(text, server.id) })
        : base;
    marks.push({
      kind: 'text',
      key: `${key}:value`,
      x: px(x(end) + 6),
      y: px(narrow ? cy : cy - 7),
      text: main,
      baseline: 'middle',
      className: 'mf-value',
      fontSize: narrow ? 13 : 14,
      fontWeight: 800,
    });
    if (!narrow)
      marks.push({
        kind: 'text',
        key: `${key}:sub`,
        x: px(x(end) + 6),
        y: px(cy + 9),
        text: sub,
        baseline: 'middle',
        className: 'mf-row-detail',
        fontSize: smallType(narrow),
      });
  });
  if (showHw) marks.push(...hardwareMarks(d.hardware, x, xMax, hwTop, plotTop, plotBottom, narrow, W, text));
  // A value or note that a machine's line runs through moves right, past the line; a row's
  // value and note stay left-aligned together (the value follows its note).
  const placed = placeAll(
    marks,
    (m) => (m.key.startsWith('mf:full:') && (m.key.endsWith(':value') || m.key.endsWith(':sub')) ? nudges('dx', 2, 80) : undefined),
    { width: W, height: H },
  );
  const subX = new Map(placed.filter((m) => m.kind === 'text' && m.key.endsWith(':sub')).map((m) => [m.key.replace(/:sub$/, ''), (m as { x: number }).x]));
  return placed.map((m) =>
    m.kind === 'text' && m.key.endsWith(':value') && (subX.get(m.key.replace(/:value$/, '')) ?? m.x) > m.x
      ? { ...m, x: subX.get(m.key.replace(/:value$/, ''))! }
      : m,
  );
}
