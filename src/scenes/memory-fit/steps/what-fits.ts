/** Step "what-fits": for each model and machine, the best format that fits with the allowance. */
import { bestFit, type PrecisionId } from '../../../model/memory';
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { footnote, int } from '../../kit/chart';
import { smallType } from '../../kit/text';
import {
  type ModelRow,
  type HardwareRow,
  type MemorySceneData,
  type MemoryStep,
  type MemoryText,
  commaList,
  formatName,
  machine,
  pctText,
  headed,
  semicolonList,
} from '../shared';

export function fitMatrix(d: MemorySceneData): { model: ModelRow; cells: { hw: HardwareRow; best: PrecisionId | null }[] }[] {
  return [...d.distilled, d.full].map((m) => ({ model: m, cells: d.hardware.map((hw) => ({ hw, best: bestFit(m.paramsB, hw.memoryGB, d.allowance) })) }));
}

function matrixMarks(d: MemorySceneData, W: number, H: number, narrow: boolean, top: number, text: MemoryText): Mark[] {
  const marks: Mark[] = [];
  const note = footnote(
    'mf:note',
    narrow ? text.t('fits.note.narrow', { pct: pctText(text, d.allowance, false) }) : text.t('fits.note', { pct: pctText(text, d.allowance) }),
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
  // Rows share the height down to the note (up to 60 px on a wide box: a cap of 40 left the laptop's box 100-140 px empty).
  const rowH = Math.max(0, Math.min(narrow ? 36 : 60, (gridBottom - gridTop) / m.length));
  d.hardware.forEach((hw, c) => {
    const cx = labelW + colW * c + colW / 2;
    marks.push({
      kind: 'text',
      key: `hw:${hw.id}:name`,
      x: px(cx),
      y: px(top + 12),
      text: machine(text, hw.id),
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
        text: cell.best ? formatName(text, cell.best) : '×',
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
  headline: (d, narrow, text) => ({
    title: text.t('fits.title'),
    sub: text.t(narrow ? 'fits.sub.narrow' : 'fits.sub', { pct: pctText(text, d.allowance) }),
  }),
  marks: matrixMarks,
  describe: (d, text) =>
    text.t('fits.describe', {
      rows: semicolonList(
        text,
        fitMatrix(d).map((row) =>
          text.t('fits.row', {
            model: row.model.short,
            cells: commaList(
              text,
              row.cells.map((c) => `${machine(text, c.hw.id)} ${c.best ? formatName(text, c.best) : text.t('fits.no')}`),
            ),
          }),
        ),
      ),
    }),
  table: (d, text) => ({
    caption: text.t('fits.caption', { pct: pctText(text, d.allowance) }),
    columns: [text.t('table.model'), ...d.hardware.map((h) => text.t('fits.column', { machine: machine(text, h.id), gb: `${int(h.memoryGB)} GB` }))],
    rows: fitMatrix(d).map((row) => [row.model.name, ...row.cells.map((c) => (c.best ? formatName(text, c.best) : text.t('fits.none')))]),
  }),
});
