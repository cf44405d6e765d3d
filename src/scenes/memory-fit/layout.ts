/**
 * memory-fit: what it takes to run R1. The weights' memory at BF16, FP8 and 4-bit
 * for the full model and the distilled ones (parameters x bytes, computed in
 * src/model/memory.ts), an illustrative allowance for what runs beside the weights
 * (labelled as our assumption on the figure), and common machines' memory.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { bestFit, weightsAt, withAllowance, type PrecisionId } from '../../model/memory';
import { NARROW_BREAKPOINT, type DataTable, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { footnote, gb, header, int, paragraph, spread } from '../kit/chart';
import { measure, smallType } from '../kit/text';
import { nudges, placeAll, type Spot } from '../kit/place';
import { steps } from './steps';
import { stepTitle } from '../kit/title';
import { legend } from '../kit/legend';
import type { MemorySetup } from './what-if';
import { kvDescribe, kvHeadline, kvMarks, cacheTable, kvWhatIfLine } from './kv-layout';

export interface ModelRow {
  id: string;
  name: string;
  short: string;
  /** Billions of parameters. */
  paramsB: number;
  /** Source id of the parameter count. */
  source: string;
}
export interface HardwareRow {
  id: string;
  name: string;
  short: string;
  memoryGB: number;
  memoryKind: string;
  source: string;
}
export interface MemorySceneData {
  full: ModelRow & { withMtpB: number };
  distilled: ModelRow[];
  precisions: { id: PrecisionId; label: string; bits: number }[];
  /** Illustrative allowance share (0.2 = +20%): an assumption, labelled as such. */
  allowance: number;
  allowanceLabel: string;
  hardware: HardwareRow[];
  /** The "kv-cache" step's setup (the what-if controls change it): weights plus a computed KV cache. */
  setup: MemorySetup;
}

const PREC_SHORT: Record<PrecisionId, string> = { bf16: 'BF16', fp8: 'FP8', int4: '4-bit' };
const PREC_BYTES_TEXT: Record<PrecisionId, string> = { bf16: '2 bytes', fp8: '1 byte', int4: '½ byte' };
const PREC_EACH: Record<PrecisionId, string> = { bf16: '2 bytes each', fp8: '1 byte each', int4: 'half a byte each' };

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "four" for 4: the number of machines is read from the data, written as a word. */
const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);

function pctText(share: number): string {
  return `+${Math.round(share * 100)}%`;
}

/** Hardware vertical lines with labels spread along the top so close values don't collide. */
function hardwareMarks(
  hw: HardwareRow[],
  x: (v: number) => number,
  xMax: number,
  labelTop: number,
  plotTop: number,
  plotBottom: number,
  narrow: boolean,
  W: number,
): Mark[] {
  const marks: Mark[] = [];
  const onScale = hw.filter((h) => h.memoryGB <= xMax);
  const off = hw.filter((h) => h.memoryGB > xMax);
  const labelW = narrow ? 58 : 92;
  const lo = labelW / 2;
  const hi = W - labelW / 2 - (off.length ? (narrow ? 70 : 110) : 0);
  const xs = spread(
    onScale.map((h) => x(h.memoryGB)),
    labelW + 4,
    lo,
    Math.max(lo, hi),
  );
  onScale.forEach((h, i) => {
    const lx = xs[i]!;
    const hx = x(h.memoryGB);
    const key = `hw:${h.id}`;
    marks.push({
      kind: 'text',
      key: `${key}:name`,
      x: px(lx),
      y: px(labelTop + 11),
      text: h.short,
      anchor: 'middle',
      className: 'mf-hw-label',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:gb`,
      x: px(lx),
      y: px(labelTop + 24),
      text: `${int(h.memoryGB)} GB`,
      anchor: 'middle',
      className: 'mf-hw-gb',
      fontSize: smallType(narrow),
    });
    marks.push({ kind: 'path', key: `${key}:leader`, d: `M${px(lx)},${px(labelTop + 29)} L${px(hx)},${px(plotTop - 2)}`, className: 'mf-hw-leader' });
    marks.push({ kind: 'line', key: `${key}:line`, x1: px(hx), x2: px(hx), y1: px(plotTop - 2), y2: px(plotBottom), className: 'mf-hw-line' });
  });
  off.forEach((h, i) => {
    const key = `hw:${h.id}`;
    marks.push({
      kind: 'text',
      key: `${key}:name`,
      x: px(W),
      y: px(labelTop + 11 + i * 26),
      text: `${h.short} →`,
      anchor: 'end',
      className: 'mf-hw-label',
      fontSize: smallType(narrow),
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `${key}:gb`,
      x: px(W),
      y: px(labelTop + 24 + i * 26),
      text: `${int(h.memoryGB)} GB, off scale`,
      anchor: 'end',
      className: 'mf-hw-gb',
      fontSize: smallType(narrow),
    });
  });
  return marks;
}

function legendMarks(y: number, d: MemorySceneData, narrow: boolean): Mark[] {
  const marks: Mark[] = [];
  marks.push({ kind: 'rect', key: 'legend:weights', x: 0, y: px(y - 6), width: 12, height: 12, rx: 2, className: 'mf-bar' });
  marks.push({
    kind: 'text',
    key: 'legend:weights:text',
    x: 17,
    y: px(y),
    text: 'weights',
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  const x2 = 17 + measure('weights', { size: smallType(narrow) }) + 16;
  marks.push({ kind: 'rect', key: 'legend:allow', x: px(x2), y: px(y - 6), width: 12, height: 12, rx: 2, className: 'mf-allow' });
  marks.push({
    kind: 'text',
    key: 'legend:allow:text',
    x: px(x2 + 17),
    y: px(y),
    text: narrow
      ? `${pctText(d.allowance)}: our illustrative assumption`
      : `${pctText(d.allowance)} for the KV cache and the program: our illustrative assumption, not a measurement`,
    baseline: 'middle',
    className: 'legend-label',
    fontSize: smallType(narrow),
  });
  return marks;
}

/* ------------------------------------------------------------------ full model */

function fullModelMarks(d: MemorySceneData, stepId: string, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const showHw = stepId !== 'full-model';
  const showAllow = stepId === 'allowance';
  const noteText = showAllow
    ? narrow
      ? `Weights = parameters × bytes. The ${pctText(d.allowance)} is illustrative: real needs depend on conversation length, users and software.`
      : `Weights = parameters × bytes per parameter. The ${pctText(d.allowance)} is an illustrative assumption: real needs depend on conversation length, how many people are served at once, and the software.`
    : narrow
      ? `Weights only: ${int(d.full.paramsB)}B parameters × bytes each. ${int(d.full.withMtpB)}B with the MTP module.`
      : `Weights only: ${int(d.full.paramsB)} billion parameters × bytes per parameter (GB = 10⁹ bytes). The Hugging Face files hold ${int(d.full.withMtpB)}B, with the extra MTP module.`;
  const note = footnote('mf:note', noteText, W, H);
  marks.push(...note.marks);
  const legendH = showAllow ? 24 : 0;
  if (showAllow) marks.push(...legendMarks(note.top - 8, d, narrow));
  const labelW = narrow ? 0 : 132;
  const valueW = narrow ? 78 : 150;
  const hwTop = top;
  const plotTop = showHw ? top + 44 : top + 8;
  const axisH = 22;
  const plotBottom = note.top - axisH - legendH;
  const xMax = 1600;
  const x = scaleLinear()
    .domain([0, xMax])
    .range([labelW + (narrow ? 8 : 0), W - valueW]);
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
        text: `${p.label} · ${PREC_EACH[p.id]}`,
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
        text: p.label,
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
        text: PREC_EACH[p.id],
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
    const base = p.id === 'fp8' ? 'as released' : p.id === 'int4' ? 'third-party copies' : 'converted';
    const sub = showAllow ? `${gb(w)} + ${Math.round(d.allowance * 100)}%` : showHw && over > 0 ? `${base}; ${gb(over)} over ${server.short}` : base;
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
  if (showHw) marks.push(...hardwareMarks(d.hardware, x, xMax, hwTop, plotTop, plotBottom, narrow, W));
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

/* ------------------------------------------------------------------ distilled */

/**
 * Small and large models together need a log scale: 0.9 GB to 1,610 GB. Each row is
 * a model; its three dots are the three formats (weights + allowance), so equal
 * spacing means "twice as much memory", the same for every model.
 */
function distilledMarks(d: MemorySceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const note = footnote(
    'mf:note',
    narrow
      ? `Log scale: each gridline is 10× the last. Dots = weights + the illustrative ${pctText(d.allowance)}, in GB.`
      : `Log scale: each gridline is ten times the one before. Each dot is the weights plus the illustrative ${pctText(d.allowance)}. Sizes as in the model names.`,
    W,
    H,
  );
  marks.push(...note.marks);
  // Legend: the three formats.
  const legendY = note.top - 2;
  const items = [...d.precisions]
    .reverse()
    .map((p) => ({ id: p.id, label: `${p.label} (${PREC_BYTES_TEXT[p.id]})`, className: `mf-dot mf-dot-${p.id}`, swatch: 'circle' as const }));
  marks.push(
    ...legend({ key: 'legend:dot', x: 0, y: legendY, width: W, items, measure: (t, fs) => measure(t, { size: fs }), fontSize: smallType(narrow) }).marks,
  );
  const labelW = narrow ? 86 : 112;
  const valueW = narrow ? 70 : 104;
  const plotTop = top + 44;
  const axisH = 22;
  const plotBottom = legendY - 20 - axisH;
  const x = scaleLog()
    .domain([0.5, 2000])
    .range([labelW, W - valueW]);
  for (const t of [1, 10, 100, 1000]) {
    marks.push({ kind: 'line', key: `mf:log:grid:${t}`, x1: px(x(t)), x2: px(x(t)), y1: px(plotTop), y2: px(plotBottom), className: 'grid-line' });
    marks.push({
      kind: 'text',
      key: `mf:log:tick:${t}`,
      x: px(x(t)),
      y: px(plotBottom + 14),
      text: `${int(t)} GB`,
      anchor: 'middle',
      className: 'tick-label',
      fontSize: smallType(narrow),
    });
  }
  const models = [...d.distilled, d.full];
  /** Where each range label could go instead: left of its row's lowest dot, flipped. */
  const flips = new Map<string, Spot[]>();
  const band = Math.max(0, (plotBottom - plotTop) / models.length);
  const r = narrow ? 4.5 : 5;
  models.forEach((m, i) => {
    const cy = plotTop + band * i + band / 2;
    const key = `mf:dist:${m.id}`;
    const isFull = m.id === d.full.id;
    const totals = d.precisions.map((p) => ({ p: p.id, v: withAllowance(weightsAt(m.paramsB, p.id), d.allowance) }));
    const lo = Math.min(...totals.map((t) => t.v));
    const hi = Math.max(...totals.map((t) => t.v));
    if (i > 0) marks.push({ kind: 'line', key: `${key}:rule`, x1: 0, x2: px(W), y1: px(plotTop + band * i), y2: px(plotTop + band * i), className: 'mf-rule' });
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: px(labelW - 12),
      y: px(cy),
      text: m.short,
      anchor: 'end',
      baseline: 'middle',
      className: 'mf-row-label',
      fontSize: narrow ? 12 : 13,
      fontWeight: isFull ? 800 : 700,
    });
    marks.push({ kind: 'line', key: `${key}:track`, x1: px(x(lo)), x2: px(x(hi)), y1: px(cy), y2: px(cy), className: 'mf-track' });
    for (const t of totals) marks.push({ kind: 'circle', key: `${key}:${t.p}`, cx: px(x(t.v)), cy: px(cy), r, className: `mf-dot mf-dot-${t.p}` });
    flips.set(`${key}:range`, [...nudges('dx', 2, 100), { x: px(x(lo) - r - 5), anchor: 'end' }]);
    marks.push({
      kind: 'text',
      key: `${key}:range`,
      x: px(x(hi) + r + 5),
      y: px(cy),
      text: `${gb(lo).replace(' GB', '')}–${narrow ? gb(hi).replace(' GB', '') : gb(hi)}`,
      baseline: 'middle',
      className: 'mf-small-value',
      fontSize: smallType(narrow),
    });
  });
  marks.push(...hardwareMarks(d.hardware, x, 2000, top, plotTop, plotBottom, narrow, W));
  // A range that a machine's line runs through moves right, past the lines, or flips to the left of its dots.
  return placeAll(marks, (m) => flips.get(m.key), { width: W, height: H });
}

/* ------------------------------------------------------------------ matrix */

export function fitMatrix(d: MemorySceneData): { model: ModelRow; cells: { hw: HardwareRow; best: PrecisionId | null }[] }[] {
  return [...d.distilled, d.full].map((m) => ({ model: m, cells: d.hardware.map((hw) => ({ hw, best: bestFit(m.paramsB, hw.memoryGB, d.allowance) })) }));
}

function matrixMarks(d: MemorySceneData, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const note = footnote(
    'mf:note',
    narrow
      ? `Best format whose weights + ${Math.round(d.allowance * 100)}% fit. A laptop also needs memory for itself, so treat a tight fit as a no.`
      : `The best format whose weights plus the illustrative ${pctText(d.allowance)} fit in the machine’s memory. A laptop also needs memory for itself, so a tight fit there is really a no.`,
    W,
    H,
  );
  marks.push(...note.marks);
  const m = fitMatrix(d);
  const labelW = narrow ? 88 : 128;
  const headH = 34;
  const gridTop = top + headH;
  const gridBottom = note.top - 4;
  const cols = d.hardware.length;
  const colW = (W - labelW) / cols;
  const rowH = Math.max(0, Math.min(narrow ? 36 : 40, (gridBottom - gridTop) / m.length));
  d.hardware.forEach((hw, c) => {
    const cx = labelW + colW * c + colW / 2;
    marks.push({
      kind: 'text',
      key: `hw:${hw.id}:name`,
      x: px(cx),
      y: px(top + 12),
      text: hw.short,
      anchor: 'middle',
      className: 'mf-hw-label',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: `hw:${hw.id}:gb`,
      x: px(cx),
      y: px(top + 26),
      text: `${int(hw.memoryGB)} GB`,
      anchor: 'middle',
      className: 'mf-hw-gb',
      fontSize: smallType(narrow),
    });
  });
  m.forEach((row, r) => {
    const y = gridTop + rowH * r;
    const isFull = row.model.id === d.full.id;
    const key = `mf:fit:${row.model.id}`;
    marks.push({
      kind: 'text',
      key: `${key}:label`,
      x: px(labelW - 10),
      y: px(y + rowH / 2),
      text: row.model.short,
      anchor: 'end',
      baseline: 'middle',
      className: 'mf-row-label',
      fontSize: narrow ? 12 : 13,
      fontWeight: isFull ? 800 : 700,
    });
    row.cells.forEach((cell, c) => {
      const cx = labelW + colW * c;
      const ck = `${key}:${cell.hw.id}`;
      const pad = 2;
      marks.push({
        kind: 'rect',
        key: ck,
        x: px(cx + pad),
        y: px(y + pad),
        width: px(Math.max(0, colW - 2 * pad)),
        height: px(Math.max(0, rowH - 2 * pad)),
        rx: 4,
        className: `mf-cell mf-cell-${cell.best ?? 'none'}`,
      });
      marks.push({
        kind: 'text',
        key: `${ck}:text`,
        x: px(cx + colW / 2),
        y: px(y + rowH / 2),
        text: cell.best ? PREC_SHORT[cell.best] : '×',
        anchor: 'middle',
        baseline: 'middle',
        className: `mf-cell-text mf-cell-text-${cell.best ?? 'none'}`,
        fontSize: narrow ? 12 : 13,
        fontWeight: 700,
      });
    });
  });
  return marks;
}

/* ------------------------------------------------------------------ frames */

function headline(d: MemorySceneData, stepId: string, narrow: boolean): { title: string; sub: string } {
  const fp8 = weightsAt(d.full.paramsB, 'fp8');
  const server = d.hardware.reduce((a, h) => (h.memoryGB > a.memoryGB ? h : a), d.hardware[0]!);
  const fits = d.distilled.filter((m) => bestFit(m.paramsB, d.hardware[0]!.memoryGB, d.allowance) != null);
  switch (stepId) {
    case 'full-model':
      return {
        title: `The full R1 needs ${gb(fp8)} just for its weights`,
        sub: narrow
          ? `${int(d.full.paramsB)} billion numbers, stored at 2 bytes, 1 byte or ½ byte each.`
          : `${int(d.full.paramsB)} billion parameters, each stored in 2 bytes, 1 byte (as DeepSeek released them) or half a byte.`,
      };
    case 'hardware':
      return {
        title: fp8 > server.memoryGB ? `Too big even for an ${server.short} server` : `It fits in one ${server.short} server`,
        sub: narrow
          ? 'Machines’ memory, on the same scale. The laptop is the thin line at the left.'
          : `The memory of ${countWord(d.hardware.length)} machines on the same scale. The laptop and the gaming card are the thin lines at the far left.`,
      };
    case 'allowance':
      return {
        title: 'Running it needs more than the weights',
        sub: narrow
          ? `Plus an illustrative ${pctText(d.allowance)} for the working memory.`
          : `Answering also needs working memory: here an illustrative ${pctText(d.allowance)} for the KV cache and the program.`,
      };
    case 'distilled':
      return {
        title: 'The distilled models fit ordinary machines',
        sub: narrow
          ? `${fits.length} of ${d.distilled.length} fit a ${int(d.hardware[0]!.memoryGB)} GB laptop, at some format.`
          : `${fits.length} of the ${d.distilled.length} fit a ${int(d.hardware[0]!.memoryGB)} GB laptop at some format; the ${int(Math.max(...d.distilled.map((m) => m.paramsB)))}B needs a data-centre GPU.`,
      };
    case 'what-fits':
      return {
        title: 'What fits where',
        sub: narrow
          ? `Best format that fits (${pctText(d.allowance)} allowance). Stronger shade = more precise; × = no fit.`
          : `The best-quality format that fits each machine, weights plus the ${pctText(d.allowance)} allowance. Stronger shade = more precise format; × = does not fit.`,
      };
  }
  throw new Error(`memory-fit: unknown step "${stepId}"`);
}

function tableFor(d: MemorySceneData, stepId: string): DataTable {
  const r = (v: number) => Math.round(v * 100) / 100;
  if (stepId === 'what-fits') {
    return {
      caption: `Best format that fits, weights plus an illustrative ${pctText(d.allowance)}`,
      columns: ['Model', ...d.hardware.map((h) => `${h.short} (${int(h.memoryGB)} GB)`)],
      rows: fitMatrix(d).map((row) => [row.model.name, ...row.cells.map((c) => (c.best ? PREC_SHORT[c.best] : 'does not fit'))]),
    };
  }
  const models = stepId === 'distilled' ? d.distilled : [d.full];
  const rows: (string | number)[][] = [];
  for (const m of models) {
    for (const p of d.precisions) {
      const w = weightsAt(m.paramsB, p.id);
      rows.push([m.name, m.paramsB, p.label, r(w), r(withAllowance(w, d.allowance)), m.source]);
    }
  }
  const table: DataTable = {
    caption: 'Memory for the weights (parameters × bytes per parameter) and with an illustrative allowance, GB',
    columns: ['Model', 'Parameters (billions)', 'Format', 'Weights (GB)', `With ${pctText(d.allowance)} allowance (GB, illustrative)`, 'Source'],
    rows,
  };
  if (stepId !== 'full-model') {
    for (const h of d.hardware) table.rows.push([`${h.name}: ${h.memoryKind}`, '', 'hardware', h.memoryGB, '', h.source]);
  }
  return table;
}

function describe(d: MemorySceneData, stepId: string): string {
  const full = d.precisions.map((p) => `${p.label} ${gb(weightsAt(d.full.paramsB, p.id))}`).join(', ');
  const hw = d.hardware.map((h) => `${h.name} ${int(h.memoryGB)} GB`).join(', ');
  switch (stepId) {
    case 'full-model':
      return `Bars of the memory DeepSeek-R1's ${int(d.full.paramsB)} billion parameters take: ${full}.`;
    case 'hardware':
      return `The same bars (${full}) against machines' memory: ${hw}.`;
    case 'allowance':
      return `Each bar extended by an illustrative ${pctText(d.allowance)} for the KV cache and program: ${d.precisions.map((p) => `${p.label} ${gb(withAllowance(weightsAt(d.full.paramsB, p.id), d.allowance))}`).join(', ')}; machines: ${hw}.`;
    case 'distilled':
      return `The distilled models at three formats with the ${pctText(d.allowance)} allowance: ${d.distilled.map((m) => `${m.short} ${d.precisions.map((p) => `${p.label} ${gb(withAllowance(weightsAt(m.paramsB, p.id), d.allowance))}`).join(' / ')}`).join('; ')}.`;
    case 'what-fits':
      return `Grid of models by machines: ${fitMatrix(d)
        .map((row) => `${row.model.short}: ${row.cells.map((c) => `${c.hw.short} ${c.best ? PREC_SHORT[c.best] : 'no'}`).join(', ')}`)
        .join('; ')}.`;
  }
  throw new Error(`memory-fit: no description for step "${stepId}"`);
}

export function layout(data: MemorySceneData, stepId: string, size: Size): Frame {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`memory-fit: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  const narrow = size.width < NARROW_BREAKPOINT;
  const W = size.width;
  const H = size.height;
  if (stepId === 'kv-cache') return kvFrame(data.setup, step.label, W, H, narrow);
  const h = headline(data, stepId, narrow);
  const head = header(h.title, h.sub, W, narrow);
  const marks: Mark[] = [...head.marks];
  const top = head.bottom;
  if (stepId === 'distilled') marks.push(...distilledMarks(data, W, H, narrow, top));
  else if (stepId === 'what-fits') marks.push(...matrixMarks(data, W, H, narrow, top));
  else marks.push(...fullModelMarks(data, stepId, W, H, narrow, top));
  return { width: W, height: H, title: stepTitle(step.label, h.title), description: describe(data, stepId), marks, table: tableFor(data, stepId) };
}

/** The reader's setup (what-if.ts): while it differs from the figure's own, the title area says so first. */
function kvFrame(s: MemorySetup, label: string, W: number, H: number, narrow: boolean): Frame {
  const h = kvHeadline(s, narrow);
  const line = kvWhatIfLine(s);
  const badge = line ? paragraph('whatif', line, 0, 12, W, { className: 'mf-whatif', fontSize: 12, fontWeight: 700, slots: 2 }) : null;
  const dy = badge ? badge.bottom + 8 : 0;
  const head = header(h.title, h.sub, W, narrow);
  const marks: Mark[] = [...(badge?.marks ?? []), ...head.marks.map((m) => (m.kind === 'text' && dy ? { ...m, y: m.y + dy } : m))];
  marks.push(...kvMarks(s, W, H, narrow, head.bottom + dy));
  return {
    width: W,
    height: H,
    title: line ? `${line}. ${h.title}` : stepTitle(label, h.title),
    description: kvDescribe(s),
    marks,
    table: cacheTable(s),
  };
}
