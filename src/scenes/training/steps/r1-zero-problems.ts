/** Step "r1-zero-problems": V3-Base became R1-Zero by RL alone, a strong reasoner that was hard to read. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import type { Training } from '../../../data/raw-training';
import { footnote, paragraph } from '../../kit/chart';
import { percent } from '../../kit/numbers';
import { smallType } from '../../kit/text';
import { type Box, type TrainingStep, type TrainingText, arrowHead, boxMarks, key, listOf } from '../shared';

function problemsMarks(d: Training, W: number, H: number, narrow: boolean, top: number, text: TrainingText): Mark[] {
  const z = d.r1Zero;
  const base = z.baseModel.value;
  const marks: Mark[] = [];
  const bh = 48;
  let listTop: number;
  const zeroSub = text.t('zero.sub', { start: percent(text, z.aimePass1Start.value), end: percent(text, z.aimePass1End.value) });
  if (narrow) {
    const v3: Box = { x: 0, y: top, w: W, h: bh };
    const zero: Box = { x: 0, y: top + bh + 46, w: W, h: bh };
    marks.push(...boxMarks('pipe:v3', v3, base, text.t('zero.v3.sub'), 'tr-node', narrow));
    marks.push({ kind: 'line', key: 'pipe:zero:arrow', x1: 24, x2: 24, y1: px(v3.y + bh + 2), y2: px(zero.y - 6), className: 'tr-arrow' });
    marks.push(arrowHead('pipe:zero:arrow:head', 24, zero.y - 1, 'down'));
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:label',
      x: 36,
      y: px(v3.y + bh + 19),
      text: text.t('zero.arrow'),
      className: 'tr-annotation',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:sub',
      x: 36,
      y: px(v3.y + bh + 34),
      text: text.t('zero.arrow.sub'),
      className: 'tr-annotation',
      fontSize: smallType(narrow),
    });
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', zeroSub, 'tr-node-zero', narrow));
    listTop = zero.y + bh + 26;
  } else {
    const bw = Math.min(210, W * 0.34);
    const v3: Box = { x: 0, y: top + 6, w: bw, h: bh };
    const zero: Box = { x: W - bw, y: top + 6, w: bw, h: bh };
    marks.push(...boxMarks('pipe:v3', v3, base, text.t('zero.v3.sub'), 'tr-node', narrow));
    marks.push({
      kind: 'line',
      key: 'pipe:zero:arrow',
      x1: px(v3.x + bw + 4),
      x2: px(zero.x - 8),
      y1: px(v3.y + bh / 2),
      y2: px(v3.y + bh / 2),
      className: 'tr-arrow',
    });
    marks.push(arrowHead('pipe:zero:arrow:head', zero.x - 2, v3.y + bh / 2, 'right'));
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:label',
      x: px(W / 2),
      y: px(v3.y + bh / 2 - 8),
      text: text.t('zero.arrow'),
      anchor: 'middle',
      className: 'tr-annotation',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:sub',
      x: px(W / 2),
      y: px(v3.y + bh / 2 + 16),
      text: text.t('zero.arrow.sub'),
      anchor: 'middle',
      className: 'tr-annotation',
      fontSize: smallType(narrow),
    });
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', zeroSub, 'tr-node-zero', narrow));
    listTop = top + bh + 44;
  }
  // The drawbacks' words by id (messages/<locale>.json), so the data's English stays the source of which there are.
  const detail = (id: string) => text.t(key(`flaw.${id}.detail${narrow ? '.narrow' : ''}`));
  const rows: { key: string; good: boolean; label: string; detail: string }[] = [
    { key: 'good', good: true, label: text.t('flaw.good.label'), detail: detail('good') },
    ...z.drawbacks.map((b) => ({ key: b.id, good: false, label: text.t(key(`flaw.${b.id}.label`)), detail: detail(b.id) })),
  ];
  const note = footnote('pipe:note', text.t(narrow ? 'zero.note.narrow' : 'zero.note'), W, H);
  marks.push(...note.marks);
  // The quote under the list, measured first: the wide rows share what it and the note leave.
  const qw = W - 16;
  const quoteBlock = (qTop: number) => {
    const quote = paragraph('pipe:aha', text.t('aha.quote'), 14, qTop + (narrow ? 14 : 18), qw, {
      className: 'tr-quote',
      fontSize: narrow ? 13 : 19,
      fontWeight: 700,
      balance: !narrow,
      lineHeight: narrow ? 17 : 24,
    });
    const attr = paragraph('pipe:aha:who', text.t(narrow ? 'aha.who.narrow' : 'aha.who'), 14, quote.bottom + 16, qw, {
      className: 'tr-annotation',
      fontSize: smallType(narrow),
      lineHeight: 14,
    });
    return { quote, attr };
  };
  const quoteH = quoteBlock(0).attr.bottom;
  // Narrow: the rows close up (to 34 px, label over detail) when the note below needs the room.
  // Wide: 32 px a row, and up to 66 to fill the box (a taller box left 130-170 px empty above the note).
  const spare = note.top - 16 - listTop - 14 - quoteH - rows.length * 32;
  const rowH = narrow
    ? Math.max(34, Math.min(40, Math.floor((note.top - 4 - listTop) / rows.length)))
    : 32 + Math.max(0, Math.min(34, Math.floor(spare / rows.length)));
  // What the rows' cap leaves (wide): half above the list, half above the quote.
  const left = narrow ? 0 : Math.max(0, spare - (rowH - 32) * rows.length);
  const drop = Math.floor(left / 2);
  rows.forEach((r, i) => {
    const y = listTop + drop + i * rowH;
    marks.push({
      kind: 'text',
      key: `pipe:flaw:${r.key}:mark`,
      x: 0,
      y: px(y + 14),
      text: r.good ? '✓' : '×',
      className: r.good ? 'tr-yes' : 'tr-no',
      fontSize: 15,
      fontWeight: 700,
    });
    if (narrow) {
      marks.push({
        kind: 'text',
        key: `pipe:flaw:${r.key}:label`,
        x: 22,
        y: px(y + 14),
        text: r.label,
        className: 'tr-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push({ kind: 'text', key: `pipe:flaw:${r.key}:detail`, x: 22, y: px(y + 30), text: r.detail, className: 'chart-subtitle', fontSize: 12 });
    } else {
      marks.push({
        kind: 'text',
        key: `pipe:flaw:${r.key}:label`,
        x: 22,
        y: px(y + 14),
        text: r.label,
        className: 'tr-row-label',
        fontSize: 14,
        fontWeight: 700,
      });
      marks.push({ kind: 'text', key: `pipe:flaw:${r.key}:detail`, x: 172, y: px(y + 14), text: r.detail, className: 'chart-subtitle', fontSize: 13 });
    }
  });
  // The paper's "aha moment", quoted exactly, where there is room for it; on a wide box it takes
  // what the rows leave, close above the note.
  const qTop = listTop + drop + rows.length * rowH + (narrow ? 6 : 14 + Math.max(0, left - drop - 16));
  const { quote, attr } = quoteBlock(qTop);
  const room = attr.bottom < note.top - 2 ? 1 : 0;
  marks.push({
    kind: 'rect',
    key: 'pipe:aha:rule',
    x: 0,
    y: px(Math.min(qTop, H)),
    width: 3,
    height: px(room ? attr.bottom - qTop + 2 : 0),
    className: 'tr-quote-rule',
    opacity: room,
  });
  for (const m of [...quote.marks, ...attr.marks]) marks.push({ ...m, opacity: room });
  return marks;
}

export const step: TrainingStep = {
  headline: (_d, text) => ({
    title: text.t('r1-zero-problems.title'),
    sub: text.t('r1-zero-problems.sub'),
  }),
  marks: (d, W, H, narrow, top, text) => problemsMarks(d.training, W, H, narrow, top, text),
  describe(d, text) {
    const z = d.training.r1Zero;
    return text.t('r1-zero-problems.describe', {
      start: percent(text, z.aimePass1Start.value),
      end: percent(text, z.aimePass1End.value),
      flaws: listOf(
        text,
        z.drawbacks.map((b) => text.t(key(`flaw.${b.id}.label`)).toLowerCase()),
      ),
    });
  },
  table: (d, text) => ({
    caption: text.t('r1-zero-problems.caption'),
    columns: [text.t('r1-zero-problems.drawback'), text.t('r1-zero-problems.inSource'), text.t('table.source'), text.t('table.where')],
    rows: d.training.r1Zero.drawbacks.map((b) => [
      text.t(key(`flaw.${b.id}.label`)),
      text.t(key(`flaw.${b.id}.source`)),
      b.source,
      text.t(key(`where.drawback.${b.id}`)),
    ]),
  }),
};
