/** Step "four-stages": the pipeline from V3-Base to R1, two rounds of fine-tuning and two of RL. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import type { Training } from '../../../data/raw-training';
import { footnote, int, paragraph } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { type Box, type TrainingStep, totalSamples, k, arrowHead, boxMarks } from '../shared';

function stagesMarks(d: Training, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const colW = narrow ? W : Math.round(W * 0.64);
  const pillH = 28;
  const arrowGap = 14;
  const note = footnote(
    'pipe:note',
    narrow
      ? 'Stages from the R1 paper, sec. 2.3. ≈ = the paper says "about".'
      : `Stages from the R1 paper, sec. 2.3; sample counts are the paper's rounded "about" figures, and the ${k(totalSamples(d))} is their sum.`,
    W,
    H,
  );
  marks.push(...note.marks);
  const r1Y = note.top - pillH - 2;
  const cardsTop = top + pillH + arrowGap;
  const cardsBottom = r1Y - arrowGap;
  const n = d.stages.length;
  const cardH = (cardsBottom - cardsTop - (n - 1) * arrowGap) / n;
  const cx = colW / 2;
  marks.push(...boxMarks('pipe:v3', { x: 0, y: top, w: colW, h: pillH }, 'DeepSeek-V3-Base', null, 'tr-node', narrow));
  const total = totalSamples(d);
  // One line of detail under each card's title: all a phone has room for (the figure is pinned
  // in at most half the screen), and the same words at every width. The chapter's text has the rest.
  const texts: Record<string, [string, string]> = {
    'cold-start': ['Cold start', 'Tuned on thousands of long, readable solutions'],
    'reasoning-rl': ['Reasoning RL', "R1-Zero's RL, plus a reward for one language"],
    'rejection-sampling': [
      'New training set',
      `≈${k(d.samples.reasoning.value)} reasoning + ≈${k(d.samples.nonReasoning.value)} other answers, ${d.samples.epochs.value} epochs`,
    ],
    'rl-all': ['RL for everything', 'Rules and reward models judge every answer'],
  };
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
    const [title, detail] = texts[s.id] ?? [s.label, s.detail];
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
    const kindFits = !narrow && 34 + measure(title, { size: 13, weight: 700 }) + 12 + measure(s.kind, { size: smallType(narrow) }) < colW - 10;
    marks.push({
      kind: 'text',
      key: `${key}:kind`,
      x: px(colW - 10),
      y: px(c + 18),
      text: s.kind,
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
    marks.push(...boxMarks('pipe:zero', zero, 'DeepSeek-R1-Zero', 'the RL-only model', 'tr-node-zero', narrow));
    marks.push({ kind: 'line', key: 'pipe:zero:link', x1: px(sx - 2), x2: px(colW + 2), y1: px(stage1Y + 24), y2: px(stage1Y + 24), className: 'tr-link' });
    const p1 = paragraph('pipe:zero:note', 'Some of its readable answers became cold-start examples', sx, stage1Y + 48 + 16, sw, {
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
    const p2 = paragraph('pipe:total:note', `training samples, also used to teach the small distilled models`, sx, s3Y + 42, sw, {
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
  headline: () => ({
    title: 'Four stages made DeepSeek-R1',
    sub: 'Two rounds of learning from examples and two of reinforcement learning. Stage 3 starts again from V3-Base.',
  }),
  marks: (d, W, H, narrow, top) => stagesMarks(d.training, W, H, narrow, top),
  describe(d) {
    const t = d.training;
    return `DeepSeek-R1's pipeline from DeepSeek-V3-Base: first ${t.stages[0]!.label} (${t.stages[0]!.kind}); second ${t.stages[1]!.label} with a language-consistency reward; third a new set of about ${int(totalSamples(t))} samples (about ${int(t.samples.reasoning.value)} reasoning answers sampled from the second stage's model, plus ${int(t.samples.nonReasoning.value)} other examples, partly reused from V3's fine-tuning data) on which V3-Base is fine-tuned for ${t.samples.epochs.value} epochs; fourth ${t.stages[3]!.label}.`;
  },
  table(d) {
    const t = d.training;
    return {
      caption: 'The four stages that made DeepSeek-R1',
      columns: ['Stage', 'Name', 'Kind', 'What happens', 'Source', 'Where'],
      rows: [
        ...t.stages.map((s, i) => [i + 1, s.label, s.kind, s.detail, s.source, s.where] as (string | number)[]),
        ...([t.samples.reasoning, t.samples.nonReasoning, null, t.samples.epochs] as const).map((v, i) => {
          const name = ['Reasoning samples (approx.)', 'Other samples (approx.)', 'Total (sum)', 'Epochs of fine-tuning'][i]!;
          // These rows belong to the rejection-sampling stage; its number comes from the stage list.
          const stage = `${t.stages.findIndex((x) => x.id === 'rejection-sampling') + 1} (data)`;
          return v
            ? [stage, name, 'count', v.value, v.source, v.where]
            : [stage, name, 'count', totalSamples(t), t.samples.reasoning.source, 'computed: the sum of the two'];
        }),
      ],
    };
  },
};
