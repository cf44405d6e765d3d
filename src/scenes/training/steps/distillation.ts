/** Step "distillation": six small open models fine-tuned on examples curated with R1, and their AIME scores. */
import type { Mark } from '../../contract';
import { px } from '../../kit/format';
import { linear } from '../../kit/linear';
import { footnote } from '../../kit/chart';
import { percent, thousands } from '../../kit/numbers';
import { measure, smallType } from '../../kit/text';
import { nudges, placeAll } from '../../kit/place';
import { type TrainingSceneData, type TrainingStep, type TrainingText, totalSamples, percentAxis, listOf } from '../shared';

function distillMarks(data: TrainingSceneData, W: number, H: number, narrow: boolean, top: number, text: TrainingText): Mark[] {
  const { distilled, teacher } = data;
  const pct1 = (v: number) => percent(text, v);
  const marks: Mark[] = [];
  const note = footnote('dist:note', text.t(narrow ? 'dist.note.narrow' : 'dist.note'), W, H);
  marks.push(...note.marks);
  const labelW = narrow ? 88 : 168;
  const valueW = narrow ? 40 : 50;
  const refRows = 2;
  const refTop = top;
  const plotTop = refTop + refRows * 15 + 6;
  const axisH = 20;
  const plotBottom = note.top - axisH;
  const x = linear([0, 100], [labelW, W - valueW]);
  const models = distilled.models;
  const band = (plotBottom - plotTop) / models.length;
  const barH = Math.min(20, band * 0.62);
  marks.push(...percentAxis('dist', x, plotTop, plotBottom, narrow));
  const refs = [
    ...distilled.references.map((r) => ({ id: r.id, name: r.name, v: r.scores['aime-pass1']!, cls: r.id === 'o1-mini' ? 'tr-ref-o1' : 'tr-ref-other' })),
    { id: 'teacher', name: narrow ? 'R1' : text.t('dist.teacher', { name: teacher.name }), v: teacher.aimePass1, cls: 'tr-ref-r1' },
  ].map((r) => (narrow ? { ...r, name: r.name.replace(/^OpenAI /, '') } : r));
  refs.sort((a, b) => a.v - b.v);
  refs.forEach((r, i) => {
    const rx = x(r.v);
    // On a phone the highest score (R1's) takes the lower row: a line runs down from its label,
    // and the next label to its left, 12 px wide, would reach it in a row below.
    const row = (narrow ? refs.length - i : i) % refRows;
    const ly = refTop + 11 + row * 15;
    const label = `${r.name} ${pct1(r.v)}`;
    const w = measure(label, { size: smallType(narrow) });
    const anchor: 'start' | 'middle' | 'end' = rx - w / 2 < 0 ? 'start' : rx + w / 2 > W ? 'end' : 'middle';
    marks.push({ kind: 'line', key: `dist:ref:${r.id}`, x1: px(rx), x2: px(rx), y1: px(ly + 4), y2: px(plotBottom), className: `tr-ref-v ${r.cls}` });
    marks.push({
      kind: 'text',
      key: `dist:ref:${r.id}:label`,
      x: px(anchor === 'start' ? rx - 2 : anchor === 'end' ? rx + 2 : rx),
      y: px(ly),
      text: label,
      anchor,
      className: `tr-ref-label ${r.cls}`,
      fontSize: smallType(narrow),
    });
  });
  models.forEach((m, i) => {
    const cy = plotTop + band * i + band / 2;
    const v = m.scores['aime-pass1']!;
    const key = `dist:${m.id}`;
    if (narrow) {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 8),
        y: px(cy),
        text: m.short,
        anchor: 'end',
        baseline: 'middle',
        className: 'tr-row-label',
        fontSize: 12,
        fontWeight: 700,
      });
    } else {
      marks.push({
        kind: 'text',
        key: `${key}:label`,
        x: px(labelW - 10),
        y: px(cy - 6),
        text: m.short,
        anchor: 'end',
        baseline: 'middle',
        className: 'tr-row-label',
        fontSize: 13,
        fontWeight: 700,
      });
      marks.push({
        kind: 'text',
        key: `${key}:base`,
        x: px(labelW - 10),
        y: px(cy + 9),
        text: text.t('dist.base', { model: m.baseModel }),
        anchor: 'end',
        baseline: 'middle',
        className: 'tick-label',
        fontSize: smallType(narrow),
      });
    }
    marks.push({
      kind: 'rect',
      key: `${key}:bar`,
      x: px(x(0)),
      y: px(cy - barH / 2),
      width: px(x(v) - x(0)),
      height: px(barH),
      rx: 2,
      className: 'tr-bar-distill',
    });
    marks.push({
      kind: 'text',
      key: `${key}:value`,
      x: px(x(v) + 5),
      y: px(cy),
      text: pct1(v),
      baseline: 'middle',
      className: 'value-label tr-halo',
      fontSize: 12,
      fontWeight: 700,
    });
  });
  // A value the teacher's or o1-mini's line runs through moves right, past the line.
  return placeAll(marks, (m) => (m.key.startsWith('dist:') && m.key.endsWith(':value') ? nudges('dx', 2, 100) : undefined), { width: W, height: H });
}

export const step: TrainingStep = {
  headline: (d, text) => ({
    title: text.t('distillation.title'),
    sub: text.t('distillation.sub', { samples: thousands(text, totalSamples(d.training)) }),
  }),
  marks: (d, W, H, narrow, top, text) => distillMarks(d, W, H, narrow, top, text),
  describe: (d, text) =>
    text.t('distillation.describe', {
      models: listOf(
        text,
        d.distilled.models.map((m) => `${m.short} ${percent(text, m.scores['aime-pass1']!)}`),
      ),
      refs: listOf(
        text,
        d.distilled.references.map((r) => `${r.name} ${percent(text, r.scores['aime-pass1']!)}`),
      ),
      teacher: d.teacher.name,
      teacherScore: percent(text, d.teacher.aimePass1),
    }),
  table(d, text) {
    const ref = d.distilled.references;
    return {
      caption: text.t('distillation.caption'),
      columns: [text.t('distillation.model'), text.t('distillation.base'), text.t('distillation.params'), text.t('distillation.score')],
      rows: [
        ...d.distilled.models.map((m) => [m.name, m.baseModel, m.paramsB, m.scores['aime-pass1']!] as (string | number)[]),
        ...ref.map((r) => [r.name, text.t('distillation.reference'), text.t('distillation.notStated'), r.scores['aime-pass1']!] as (string | number)[]),
        [text.t('distillation.teacherRow', { name: d.teacher.name }), d.training.r1Zero.baseModel.value, 671, d.teacher.aimePass1],
      ],
    };
  },
};
