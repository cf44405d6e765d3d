/** Step "four-stages": the pipeline from V3-Base to R1, two rounds of fine-tuning and two of RL. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import type { Training } from '../../../data/raw-training';
import { footnote, paragraph } from '../../kit/chart';
import { thousands } from '../../kit/numbers';
import { measure, smallType } from '../../kit/text';
import { type Box, type TrainingStep, type TrainingText, totalSamples, arrowHead, boxMarks, key as msgKey } from '../shared';

function stagesMarks(d: Training, W: number, H: number, narrow: boolean, top: number, text: TrainingText): Mark[] {
  const marks: Mark[] = [];
  const k = (v: number) => thousands(text, v);
  const colW = narrow ? W : Math.round(W * 0.64);
  const pillH = 28;
  const arrowGap = 14;
  const note = footnote('pipe:note', narrow ? text.t('stages.note.narrow') : text.t('stages.note', { total: k(totalSamples(d)) }), W, H);
  marks.push(...note.marks);
  const r1Y = note.top - pillH - 2;
  const cardsTop = top + pillH + arrowGap;
  const cardsBottom = r1Y - arrowGap;
  const n = d.stages.length;
  const cardH = (cardsBottom - cardsTop - (n - 1) * arrowGap) / n;
  const cx = colW / 2;
  marks.push(...boxMarks('pipe:v3', { x: 0, y: top, w: colW, h: pillH }, d.r1Zero.baseModel.value, null, 'tr-node', narrow));
  const total = totalSamples(d);
  // One line of detail under each card's title: all a phone has room for (the figure is pinned
  // in at most half the screen), and the same words at every width. The chapter's text has the rest.
  const detailParams = { reasoning: k(d.samples.reasoning.value), other: k(d.samples.nonReasoning.value), epochs: d.samples.epochs.value };
  const connector = (key: string, yTop: number) => {
    marks.push({ kind: 'line', key, x1: px(cx), x2: px(cx), y1: px(yTop + 1), y2: px(yTop + arrowGap - 5), className: 'tr-arrow' });
    marks.push(arrowHead(`${key}:head`, cx, yTop + arrowGap - 1, 'down'));
  };
  connector('pipe:arrow:0', top + pillH);
  d.stages.forEach((s, i) => {
    const y = cardsTop + i * (cardH + arrowGap);
    const key = `pipe:stage:${s.id}`;
    marks.push({ kind: 'rect', key, x: 0, y: px(y), width: px(colW), height: px(cardH), rx: 6, className: 'tr-card' });
    // The title and its line of detail (48 px) sit in the middle of a taller card.
    const c = y + Math.max(0, (cardH - 48) / 2);
    marks.push({ kind: 'circle', key: `${key}:badge`, cx: 16, cy: px(c + 16), r: 10, className: 'tr-badge' });
    marks.push({
      kind: 'text',
      key: `${key}:n`,
      x: 16,
      y: px(c + 16),
      text: String(i + 1),
      anchor: 'middle',
      baseline: 'middle',
      className: 'tr-badge-text',
      fontSize: 12,
      fontWeight: 700,
    });
    const title = text.t(msgKey(`stage.${s.id}.label`));
    const detail = text.t(msgKey(`stage.${s.id}.detail`), detailParams);
    const kind = text.t(msgKey(`stage.${s.id}.kind`));
    marks.push({
      kind: 'text',
      key: `${key}:title`,
      x: 34,
      y: px(c + 18),
      text: title,
      baseline: 'middle',
      className: 'tr-card-title',
      fontSize: 13,
      fontWeight: 700,
    });
    // Always present (stable keys across widths); hidden where it would collide with the title.
    const kindFits = !narrow && 34 + measure(title, { size: 13, weight: 700 }) + 12 + measure(kind, { size: smallType(narrow) }) < colW - 10;
    marks.push({
      kind: 'text',
      key: `${key}:kind`,
      x: px(colW - 10),
      y: px(c + 18),
      text: kind,
      anchor: 'end',
      baseline: 'middle',
      className: 'tr-card-kind',
      fontSize: smallType(narrow),
      opacity: kindFits ? 1 : 0,
    });
    const p = paragraph(`${key}:detail`, detail, 34, c + 38, colW - 42, {
      className: 'tr-card-text',
      fontSize: 12,
      lineHeight: narrow ? 14 : 15,
    });
    marks.push(...p.marks);
    if (i < n - 1) connector(`pipe:arrow:${i + 1}`, y + cardH);
  });
  connector(`pipe:arrow:${n}`, cardsBottom);
  marks.push(...boxMarks('pipe:r1', { x: 0, y: r1Y, w: colW, h: pillH }, 'DeepSeek-R1', null, 'tr-node-r1', narrow));

  if (!narrow) {
    // Side column: where R1-Zero fits in, and what the 800k set was also used for.
    const sx = colW + 18;
    const sw = W - sx;
    const stage1Y = cardsTop;
    const zero: Box = { x: sx, y: stage1Y, w: sw, h: 48 };
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', text.t('stages.zero.sub'), 'tr-node-zero', narrow));
    marks.push({ kind: 'line', key: 'pipe:zero:link', x1: px(sx - 2), x2: px(colW + 2), y1: px(stage1Y + 24), y2: px(stage1Y + 24), className: 'tr-link' });
    const p1 = paragraph('pipe:zero:note', text.t('stages.zero.note'), sx, stage1Y + 48 + 16, sw, {
      className: 'tr-annotation',
      fontSize: smallType(narrow),
      lineHeight: 14,
    });
    marks.push(...p1.marks);
    const s3Y = cardsTop + 2 * (cardH + arrowGap);
    marks.push({
      kind: 'text',
      key: 'pipe:total',
      x: px(sx),
      y: px(s3Y + 24),
      text: `≈${k(total)}`,
      className: 'tr-big-number',
      fontSize: 26,
      fontWeight: 800,
    });
    const p2 = paragraph('pipe:total:note', text.t('stages.total.note'), sx, s3Y + 42, sw, {
      className: 'tr-annotation',
      fontSize: smallType(narrow),
      lineHeight: 14,
    });
    marks.push(...p2.marks);
    marks.push({ kind: 'line', key: 'pipe:total:link', x1: px(sx - 2), x2: px(colW + 2), y1: px(s3Y + 16), y2: px(s3Y + 16), className: 'tr-link' });
  }
  return marks;
}

export const step: TrainingStep = {
  headline: (_d, text) => ({
    title: text.t('four-stages.title'),
    sub: text.t('four-stages.sub'),
  }),
  marks: (d, W, H, narrow, top, text) => stagesMarks(d.training, W, H, narrow, top, text),
  describe(d, text) {
    const t = d.training;
    const label = (i: number) => text.t(msgKey(`stage.${t.stages[i]!.id}.label`));
    return text.t('four-stages.describe', {
      first: label(0),
      firstKind: text.t(msgKey(`stage.${t.stages[0]!.id}.kind`)),
      second: label(1),
      total: totalSamples(t),
      reasoning: t.samples.reasoning.value,
      other: t.samples.nonReasoning.value,
      epochs: t.samples.epochs.value,
      fourth: label(3),
    });
  },
  table(d, text) {
    const t = d.training;
    // These rows belong to the rejection-sampling stage; its number comes from the stage list.
    const stage = text.t('four-stages.dataRow', { stage: t.stages.findIndex((x) => x.id === 'rejection-sampling') + 1 });
    const count = text.t('four-stages.count');
    const s = t.samples;
    return {
      caption: text.t('four-stages.caption'),
      columns: [
        text.t('four-stages.stage'),
        text.t('four-stages.name'),
        text.t('four-stages.kind'),
        text.t('four-stages.what'),
        text.t('table.source'),
        text.t('table.where'),
      ],
      rows: [
        ...t.stages.map(
          (st, i) =>
            [
              i + 1,
              text.t(msgKey(`stage.${st.id}.label`)),
              text.t(msgKey(`stage.${st.id}.kind`)),
              text.t(msgKey(`stage.${st.id}.about`), { stage: t.stages.findIndex((x) => x.id === 'reasoning-rl') + 1 }),
              st.source,
              text.t(msgKey(`where.stage.${st.id}`)),
            ] as (string | number)[],
        ),
        [
          stage,
          text.t('four-stages.reasoning'),
          count,
          s.reasoning.value,
          s.reasoning.source,
          text.t('where.samples.reasoning', { count: thousands(text, s.reasoning.value) }),
        ],
        [
          stage,
          text.t('four-stages.other'),
          count,
          s.nonReasoning.value,
          s.nonReasoning.source,
          text.t('where.samples.nonReasoning', { count: thousands(text, s.nonReasoning.value) }),
        ],
        [stage, text.t('four-stages.total'), count, totalSamples(t), s.reasoning.source, text.t('where.samples.total')],
        [stage, text.t('four-stages.epochs'), count, s.epochs.value, s.epochs.source, text.t('where.samples.epochs')],
      ],
    };
  },
};
