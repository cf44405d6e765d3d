/** Step "distill-vs-rl": the same Qwen model trained two ways, RL on its own against learning from R1. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { linear } from '../../kit/linear';
import type { Training } from '../../../data/raw-training';
import { footnote, pct1 } from '../../kit/chart';
import { measure, smallType } from '../../kit/text';
import { type TrainingStep, qwenSize, percentAxis } from '../shared';

function distillVsRlMarks(d: Training, W: number, H: number, narrow: boolean, top: number): Mark[] {
  const marks: Mark[] = [];
  const t6 = d.distillVsRl;
  const [rl, dist] = t6.models as [Training['distillVsRl']['models'][number], Training['distillVsRl']['models'][number]];
  const note = footnote(
    'vs:note',
    narrow ? 'R1 paper, Table 6. % of problems solved (pass@1).' : `R1 paper, Table 6. ${rl.name}: ${rl.detail}. ${dist.name}: ${dist.detail}.`,
    W,
    H,
  );
  marks.push(...note.marks);
  // Legend.
  const legend: [string, string, string][] = [
    ['rl', 'tr-bar-rl', narrow ? 'RL on its own' : `${rl.short} (R1-Zero-Qwen-32B)`],
    ['dist', 'tr-bar-distill', narrow ? 'Learned from R1' : `${dist.short} (R1-Distill-Qwen-32B)`],
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
        text: `${g.label} (${g.metric})`,
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
      text: `${diff >= 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)}${narrow ? '' : ' pts'}`,
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
  headline(d) {
    const qwen = d.distilled.models.find((m) => m.id === d.training.distillVsRl.models[1]?.id);
    return {
      title: 'For a small model, copying R1 beat RL',
      sub: `The same ${qwen ? `${qwen.paramsB}-billion-parameter ` : ''}Qwen model, trained two ways. Learning from R1’s examples wins on every test.`,
    };
  },
  marks: (d, W, H, narrow, top) => distillVsRlMarks(d.training, W, H, narrow, top),
  describe(d) {
    const t = d.training;
    const [a, b] = t.distillVsRl.models as [Training['distillVsRl']['models'][number], Training['distillVsRl']['models'][number]];
    return `Grouped bars for the same ${qwenSize(d)} Qwen model: ${t.distillVsRl.metrics.map((g) => `${g.label} ${pct1(a.values[g.id]!)} with RL on its own vs ${pct1(b.values[g.id]!)} learning from R1`).join('; ')}.`;
  },
  table(d) {
    const t = d.training;
    return {
      caption: `Distillation vs reinforcement learning on the same ${qwenSize(d)} model (R1 paper, Table 6), % (pass@1)`,
      columns: ['Benchmark', ...t.distillVsRl.models.map((m) => m.name), 'Difference (points)'],
      rows: t.distillVsRl.metrics.map((g) => {
        const [a, b] = t.distillVsRl.models.map((m) => m.values[g.id]!) as [number, number];
        return [`${g.label} (${g.metric})`, a, b, Math.round((b - a) * 10) / 10];
      }),
    };
  },
};
