/** Step "what-fits": for each model and machine, the best format that fits with the allowance. */
import { bestFit, type PrecisionId } from '../../../model/memory';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, int } from '../../kit/chart';
import { smallType } from '../../kit/text';
import { type ModelRow, type HardwareRow, type MemorySceneData, type MemoryStep, PREC_SHORT, pctText, headed } from '../shared';

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

export const step: MemoryStep = headed({
  headline: (d, narrow) => ({
    title: 'What fits where',
    sub: narrow
      ? `Best format that fits (${pctText(d.allowance)} allowance). Stronger shade = more precise; × = no fit.`
      : `The best-quality format that fits each machine, weights plus the ${pctText(d.allowance)} allowance. Stronger shade = more precise format; × = does not fit.`,
  }),
  marks: matrixMarks,
  describe: (d) =>
    `Grid of models by machines: ${fitMatrix(d)
      .map((row) => `${row.model.short}: ${row.cells.map((c) => `${c.hw.short} ${c.best ? PREC_SHORT[c.best] : 'no'}`).join(', ')}`)
      .join('; ')}.`,
  table: (d) => ({
    caption: `Best format that fits, weights plus an illustrative ${pctText(d.allowance)}`,
    columns: ['Model', ...d.hardware.map((h) => `${h.short} (${int(h.memoryGB)} GB)`)],
    rows: fitMatrix(d).map((row) => [row.model.name, ...row.cells.map((c) => (c.best ? PREC_SHORT[c.best] : 'does not fit'))]),
  }),
});
