/** Step "distill-vs-rl": the same Qwen model trained two ways, RL on its own against learning from R1. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { linear } from '../../kit/linear';
import type { Training } from '../../../data/raw-training';
import { footnote } from '../../kit/chart';
import { fixed, percent, thousands } from '../../kit/numbers';
import { measure, smallType } from '../../kit/text';
import { type TrainingStep, type TrainingText, qwenSize, qwenSizeWords, percentAxis, key, totalSamples } from '../shared';

type VsModel = Training['distillVsRl']['models'][number];

/** "+25.6" / "−8.1": a difference in points, with a true minus sign. */
const signed = (text: TrainingText, v: number) => `${v >= 0 ? '+' : '−'}${fixed(text, Math.abs(v), 1)}`;

/** A model's short name in the legend; on a wide figure with its name (DeepSeek- dropped): "RL on its own (R1-Zero-Qwen-32B)". */
function legendText(m: VsModel, narrow: boolean, text: TrainingText): string {
  const short = text.t(key(`vs.model.${m.id}.short`));
  return narrow ? short : text.t('vs.legend', { short, name: m.name.replace(/^DeepSeek-/, '') });
}

/**
 * What each model is (Table 6's notes), in the reader's language. Its numbers come from the data: the RL steps
 * from the model's own English detail ("over 10,000 steps"), the samples from the stage-3 counts.
 */
function modelDetail(d: Training, m: VsModel, text: TrainingText): string {
  const steps = /over ([\d,]+) steps/.exec(m.detail)?.[1];
  return text.t(key(`vs.model.${m.id}.detail`), {
    ...(steps !== undefined && { steps: Number(steps.replace(/,/g, '')) }),
    samples: thousands(text, totalSamples(d)),
  });
}

function distillVsRlMarks(d: Training, W: number, H: number, narrow: boolean, top: number, text: TrainingText): Mark[] {
  const marks: Mark[] = [];
  const pct1 = (v: number) => percent(text, v);
  const t6 = d.distillVsRl;
  const [rl, dist] = t6.models as [Training['distillVsRl']['models'][number], Training['distillVsRl']['models'][number]];
  const note = footnote(
    'vs:note',
    narrow
      ? text.t('vs.note.narrow')
      : text.t('vs.note', { rl: rl.name, rlDetail: modelDetail(d, rl, text), dist: dist.name, distDetail: modelDetail(d, dist, text) }),
    W,
    H,
  );
  marks.push(...note.marks);
  // Legend.
  const legend: [string, string, string][] = [
    ['rl', 'tr-bar-rl', legendText(rl, narrow, text)],
    ['dist', 'tr-bar-distill', legendText(dist, narrow, text)],
  ];
  let lx = 0;
  legend.forEach(([id, cls, text], i) => {
    const ly = narrow ? top + 6 + i * 17 : top + 6;
    const xx = narrow ? 0 : lx;
    marks.push({ kind: 'rect', key: `vs:legend:${id}`, x: px(xx), y: px(ly - 6), width: 12, height: 12, rx: 2, className: cls });
    marks.push({ kind: 'text', key: `vs:legend:${id}:text`, x: px(xx + 17), y: px(ly), text, baseline: 'middle', className: 'legend-label', fontSize: 12 });
    lx += 17 + measure(text, { size: 12 }) + 22;
  });
  const plotTop = top + (narrow ? 42 : 28);
  const axisH = 20;
  const plotBottom = note.top - axisH;
  const labelW = narrow ? 0 : 130;
  const diffW = narrow ? 44 : 70;
  const x = linear([0, 100], [labelW + (narrow ? 10 : 0), W - diffW - 34]);
  const groups = t6.metrics;
  const gh = (plotBottom - plotTop) / groups.length;
  const barH = Math.min(15, (gh - (narrow ? 22 : 12)) / 2);
  marks.push(...percentAxis('vs', x, plotTop, plotBottom, narrow));
  groups.forEach((g, i) => {
    const y0 = plotTop + gh * i;
    const key = `vs:${g.id}`;
    const barsTop = narrow ? y0 + 20 : y0 + (gh - 2 * barH - 3) / 2;
    if (narrow) {
      // Right of the zero line, which runs up through the label row.
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(x(0) + 4),
        y: px(y0 + 12),
        text: text.t('vs.row', { label: g.label, metric: g.metric }),
        className: 'tr-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 10),
        y: px(barsTop + barH - 6),
        text: g.label,
        anchor: 'end',
        baseline: 'middle',
        className: 'tr-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${key}:metric`,
        x: px(labelW - 10),
        y: px(barsTop + barH + 9),
        text: g.metric,
        anchor: 'end',
        baseline: 'middle',
        className: 'tick-label',
        fontSize: smallType(narrow),
      });
    }
    [rl, dist].forEach((m, j) => {
      const v = m.values[g.id]!;
      const by = barsTop + j * (barH + 3);
      marks.push({
        kind: 'rect',
        key: `${key}:bar:${m.id}`,
        x: px(x(0)),
        y: px(by),
        width: px(x(v) - x(0)),
        height: px(barH),
        rx: 2,
        className: j === 0 ? 'tr-bar-rl' : 'tr-bar-distill',
      });
      marks.push({
        kind: 'text',
        key: `${key}:value:${m.id}`,
        x: px(x(v) + 4),
        y: px(by + barH / 2),
        text: pct1(v),
        baseline: 'middle',
        className: 'value-label',
        fontSize: smallType(narrow),
        fontWeight: j === 1 ? 700 : 400,
      });
    });
    const diff = dist.values[g.id]! - rl.values[g.id]!;
    marks.push({
      kind: 'text',
      key: `${key}:diff`,
      x: px(W),
      y: px(barsTop + barH + 1),
      text: narrow ? signed(text, diff) : text.t('vs.diff', { diff: signed(text, diff) }),
      anchor: 'end',
      baseline: 'middle',
      className: 'tr-diff',
      fontSize: 13,
      fontWeight: 700,
    });
    if (i > 0) marks.push({ kind: 'line', key: `${key}:rule`, x1: 0, x2: px(W), y1: px(y0), y2: px(y0), className: 'grid-line' });
  });
  return marks;
}

export const step: TrainingStep = {
  headline: (d, text) => ({
    title: text.t('distill-vs-rl.title'),
    sub: text.t('distill-vs-rl.sub', { size: qwenSizeWords(d, text) }),
  }),
  marks: (d, W, H, narrow, top, text) => distillVsRlMarks(d.training, W, H, narrow, top, text),
  describe(d, text) {
    const t = d.training;
    const [a, b] = t.distillVsRl.models as [VsModel, VsModel];
    return text.t('distill-vs-rl.describe', {
      size: qwenSize(d, text),
      parts: t.distillVsRl.metrics
        .map((g) => text.t('distill-vs-rl.part', { label: g.label, rl: percent(text, a.values[g.id]!), dist: percent(text, b.values[g.id]!) }))
        .join(text.t('list.parts')),
    });
  },
  table(d, text) {
    const t = d.training;
    return {
      caption: text.t('distill-vs-rl.caption', { size: qwenSize(d, text) }),
      columns: [text.t('distill-vs-rl.benchmark'), ...t.distillVsRl.models.map((m) => m.name), text.t('distill-vs-rl.difference')],
      rows: t.distillVsRl.metrics.map((g) => {
        const [a, b] = t.distillVsRl.models.map((m) => m.values[g.id]!) as [number, number];
        return [text.t('vs.row', { label: g.label, metric: g.metric }), a, b, Math.round((b - a) * 10) / 10];
      }),
    };
  },
};
