/** Step "r1-zero-problems": V3-Base became R1-Zero by RL alone, a strong reasoner that was hard to read. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import type { Training } from '../../../data/raw-training';
import { footnote, paragraph, pct1 } from '../../kit/chart';
import { smallType } from '../../kit/text';
import { type Box, type TrainingStep, arrowHead, boxMarks } from '../shared';

function problemsMarks(d: Training, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const z = d.r1Zero;
  const marks: Mark[] = [];
  const bh = 48;
  let listTop: number;
  const zeroSub = `AIME ${pct1(z.aimePass1Start.value)} → ${pct1(z.aimePass1End.value)}`;
  if (narrow) {
    const v3: Box = { x: 0, y: top, w: W, h: bh };
    const zero: Box = { x: 0, y: top + bh + 46, w: W, h: bh };
    marks.push(...boxMarks('pipe:v3', v3, 'DeepSeek-V3-Base', 'the starting model', 'tr-node', narrow));
    marks.push({ kind: 'line', key: 'pipe:zero:arrow', x1: 24, x2: 24, y1: px(v3.y + bh + 2), y2: px(zero.y - 6), className: 'tr-arrow' });
    marks.push(arrowHead('pipe:zero:arrow:head', 24, zero.y - 1, 'down'));
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:label',
      x: 36,
      y: px(v3.y + bh + 19),
      text: 'RL only, no worked examples',
      className: 'tr-annotation',
      fontSize: 12,
      fontWeight: 700,
    });
    marks.push({
      kind: 'text',
      key: 'pipe:zero:arrow:sub',
      x: 36,
      y: px(v3.y + bh + 34),
      text: 'GRPO with rule-based rewards',
      className: 'tr-annotation',
      fontSize: smallType(narrow),
    });
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', zeroSub, 'tr-node-zero', narrow));
    listTop = zero.y + bh + 26;
  } else {
    const bw = Math.min(210, W * 0.34);
    const v3: Box = { x: 0, y: top + 6, w: bw, h: bh };
    const zero: Box = { x: W - bw, y: top + 6, w: bw, h: bh };
    marks.push(...boxMarks('pipe:v3', v3, 'DeepSeek-V3-Base', 'the starting model', 'tr-node', narrow));
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
      text: 'RL only, no worked examples',
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
      text: 'GRPO with rule-based rewards',
      anchor: 'middle',
      className: 'tr-annotation',
      fontSize: smallType(narrow),
    });
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', zeroSub, 'tr-node-zero', narrow));
    listTop = top + bh + 44;
  }
  const rows: { key: string; good: boolean; label: string; detail: string }[] = [
    {
      key: 'good',
      good: true,
      label: 'Reasons well',
      detail: narrow ? 'long answers that check their own work' : 'writes long answers that stop, re-check and change course',
    },
    ...z.drawbacks.map((b) => ({
      key: b.id,
      good: false,
      label: b.label,
      detail:
        b.id === 'readability'
          ? narrow
            ? 'its thinking is hard to follow'
            : 'its thinking is hard for people to follow'
          : b.id === 'language-mixing'
            ? narrow
              ? 'switches language mid-answer'
              : 'switches between languages inside one answer'
            : narrow
              ? 'can loop (noted in the README)'
              : 'can get stuck in loops (noted in the R1 README)',
    })),
  ];
  const note = footnote(
    'pipe:note',
    narrow
      ? 'R1 paper (sec. 2.2.4) and README; the paper gives no numbers.'
      : 'Flaws as listed in the R1 paper (sec. 2.2.4) and the R1 README; the paper gives no numbers for them.',
    W,
    H,
  );
  marks.push(...note.marks);
  // Narrow: the rows close up (to 34 px, label over detail) when the note below needs the room.
  const rowH = narrow ? Math.max(34, Math.min(40, Math.floor((note.top - 4 - listTop) / rows.length))) : 32;
  rows.forEach((r, i) => {
    const y = listTop + i * rowH;
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
  // The paper's "aha moment", quoted exactly, where there is room for it.
  const qTop = listTop + rows.length * rowH + (narrow ? 6 : 14);
  const qw = W - 16;
  const quote = paragraph('pipe:aha', `“${z.ahaQuote.value}”`, 14, qTop + 14, qw, {
    className: 'tr-quote',
    fontSize: narrow ? 13 : 15,
    fontWeight: 700,
    lineHeight: narrow ? 17 : 19,
  });
  const attr = paragraph(
    'pipe:aha:who',
    narrow
      ? 'R1-Zero mid-answer, partway through training (R1 paper, Table 3)'
      : 'An intermediate version of R1-Zero, in the middle of a maths answer (R1 paper, Table 3)',
    14,
    quote.bottom + 16,
    qw,
    { className: 'tr-annotation', fontSize: smallType(narrow), lineHeight: 14 },
  );
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
  headline: () => ({
    title: 'Clever, but hard to read',
    sub: 'Reinforcement learning alone made a strong reasoner that people found difficult to use.',
  }),
  marks: (d, W, H, narrow, top) => problemsMarks(d.training, W, H, narrow, top),
  describe(d) {
    const z = d.training.r1Zero;
    return `DeepSeek-V3-Base, trained with reinforcement learning only, became DeepSeek-R1-Zero: good at reasoning (AIME ${pct1(z.aimePass1Start.value)} to ${pct1(z.aimePass1End.value)}) but ${z.drawbacks.map((b) => b.label.toLowerCase()).join(', ')}.`;
  },
  table: (d) => ({
    caption: "DeepSeek-R1-Zero's drawbacks",
    columns: ['Drawback', 'In the source', 'Source', 'Where'],
    rows: d.training.r1Zero.drawbacks.map((b) => [b.label, b.detail, b.source, b.where]),
  }),
};
