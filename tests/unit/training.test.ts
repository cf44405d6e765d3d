/**
 * The training scene and its data: values equal the R1 paper as recorded in the
 * shared fact sheet, and the curves show only what the paper states.
 */
import { describe, expect, it } from 'vitest';
import { distilled, training } from '../../src/data/checks/training';
import derived from '../../src/data/derived/training';
import scene from '../../src/scenes/training';
import { grpoScores, totalSamples } from '../../src/scenes/training/shared';
import type { CircleMark, LineMark, Mark, TextMark } from '../../src/scenes/contract';
import { sharedFacts } from '../helpers/shared-facts';
import { textOf } from '../helpers/scene-text';

const size = { width: 640, height: 470 };
const frame = (step: string) => scene.layout(scene.data, step, size, textOf(scene));
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text').map((t) => t.text);

describe('training data equals the fact sheet', () => {
  it.skipIf(!sharedFacts)('R1-Zero: 15.6% → 71.0% pass@1, 86.7% by majority vote; o1-0912 74.4 / 83.3', () => {
    const p = sharedFacts['3_r1_pipeline'];
    const z = training.r1Zero;
    expect(z.aimePass1Start.value).toBe(p.r1_zero_aime_pass1_start.value);
    expect(z.aimePass1End.value).toBe(p.r1_zero_aime_pass1_end.value);
    expect(z.aimeCons64End.value).toBe(p.r1_zero_aime_majority_vote.value);
    const o1 = sharedFacts['4_benchmarks'].r1_zero_table.rows.find((r: any) => r.model === 'OpenAI-o1-0912');
    expect(training.o1_0912.aimePass1.value).toBe(o1['AIME 2024 pass@1']);
    expect(training.o1_0912.aimeCons64.value).toBe(o1['AIME 2024 cons@64']);
    expect(z.ahaQuote.value).toBe(p.aha_moment.value.replace(/^'|'$/g, ''));
    expect(p.r1_zero_rl_steps.value).toContain(z.rlSteps.value.toLocaleString('en-US'));
    expect(p.r1_zero_response_length.value).toContain(`${z.responseLengthStart.low}-${z.responseLengthStart.high}`);
    expect(p.r1_zero_response_length.value).toContain(`${z.responseLengthEnd.low.toLocaleString('en-US')}-${z.responseLengthEnd.high.toLocaleString('en-US')}`);
  });

  it.skipIf(!sharedFacts)('≈600k + ≈200k samples add up to the fact sheet’s ≈800k', () => {
    const p = sharedFacts['3_r1_pipeline'];
    expect(training.samples.reasoning.value).toBe(p.stage3_reasoning_samples.value * 1000);
    expect(training.samples.nonReasoning.value).toBe(p.stage3_non_reasoning_samples.value * 1000);
    expect(totalSamples(training)).toBe(p.stage3_rejection_sampling_sft.value * 1000);
    expect(derived['training.samples-total']!.value).toBe(totalSamples(training));
  });

  it.skipIf(!sharedFacts)('distilled models equal Table 5, and base models the fact sheet', () => {
    const rows = sharedFacts['4_benchmarks'].distilled_table.rows;
    const bases = sharedFacts['3_r1_pipeline'].distilled_models.value;
    const col: Record<string, string> = {
      'aime-pass1': 'AIME 2024 pass@1',
      'aime-cons64': 'AIME 2024 cons@64',
      math500: 'MATH-500 pass@1',
      gpqa: 'GPQA Diamond pass@1',
      livecodebench: 'LiveCodeBench pass@1',
      'codeforces-rating': 'CodeForces rating',
    };
    for (const m of distilled.models) {
      const row = rows.find((r: any) => r.model === m.name);
      expect(row, m.name).toBeDefined();
      for (const [id, c] of Object.entries(col)) expect(m.scores[id], `${m.name} ${c}`).toBe(row[c]);
      expect(bases.find((b: any) => b.model === m.name).base_model).toBe(m.baseModel);
    }
    for (const r of distilled.references) {
      const row = rows.find((x: any) => x.model === (r.id === 'o1-mini' ? 'o1-mini' : 'GPT-4o-0513'));
      expect(r.scores['aime-pass1']).toBe(row['AIME 2024 pass@1']);
    }
  });

  it.skipIf(!sharedFacts)('Table 6: R1-Zero-Qwen-32B vs R1-Distill-Qwen-32B', () => {
    const rows = sharedFacts['4_benchmarks'].distill_vs_rl_table.rows;
    const col: Record<string, string> = {
      'aime-pass1': 'AIME 2024 pass@1',
      math500: 'MATH-500 pass@1',
      gpqa: 'GPQA Diamond pass@1',
      livecodebench: 'LiveCodeBench pass@1',
    };
    const [rl, dist] = training.distillVsRl.models;
    const rlRow = rows.find((r: any) => r.model.startsWith('DeepSeek-R1-Zero-Qwen-32B'));
    const distRow = rows.find((r: any) => r.model === 'DeepSeek-R1-Distill-Qwen-32B');
    for (const [id, c] of Object.entries(col)) {
      expect(rl!.values[id]).toBe(rlRow[c]);
      expect(dist!.values[id]).toBe(distRow[c]);
    }
  });
});

describe('the curves show only stated values', () => {
  it('AIME: two stated dots (start, end), joined by a dashed line marked as drawn', () => {
    const f = frame('aime-rises');
    const dots = f.marks.filter((m): m is CircleMark => m.kind === 'circle' && m.key.startsWith('aime:'));
    expect(dots.map((d) => d.key).sort()).toEqual(['aime:end', 'aime:start']);
    const interp = f.marks.find((m): m is LineMark => m.key === 'aime:interp')!;
    expect(interp.className).toBe('tr-interp');
    const start = dots.find((d) => d.key === 'aime:start')!;
    const end = dots.find((d) => d.key === 'aime:end')!;
    expect([interp.x1, interp.y1, interp.x2, interp.y2]).toEqual([start.cx, start.cy, end.cx, end.cy]);
    expect(f.marks.some((m) => m.kind === 'path' && m.key.startsWith('aime:'))).toBe(false);
    const t = texts(f.marks).join(' ');
    expect(t).toMatch(/interpolated/);
    expect(t).toMatch(/drawn/);
    expect(t).toMatch(/stated in the paper/);
    expect(t).toContain('≈8,400');
  });

  it('puts the dots at their values: 71.0 sits 71/15.6 as high above zero as 15.6', () => {
    const f = frame('aime-rises');
    const zeroY = (f.marks.find((m) => m.key === 'aime:grid:0') as LineMark).y1;
    const s = f.marks.find((m) => m.key === 'aime:start') as CircleMark;
    const e = f.marks.find((m) => m.key === 'aime:end') as CircleMark;
    expect((zeroY - e.cy) / (zeroY - s.cy)).toBeCloseTo(training.r1Zero.aimePass1End.value / training.r1Zero.aimePass1Start.value, 1);
  });

  it('majority vote adds exactly one stated point and the o1 reference', () => {
    const f = frame('majority-vote');
    const dots = f.marks.filter((m) => m.kind === 'circle' && m.key.startsWith('aime:'));
    expect(dots).toHaveLength(3);
    expect(texts(f.marks).join(' ')).toContain('86.7%');
    expect(texts(f.marks).join(' ')).toContain('83.3%');
  });

  it('answer lengths are ranges read by eye, said so on the figure', () => {
    const f = frame('longer-answers');
    expect(f.marks.some((m) => m.key === 'len:start' && m.kind === 'rect')).toBe(true);
    expect(f.marks.some((m) => m.key === 'len:end' && m.kind === 'rect')).toBe(true);
    expect(texts(f.marks).join(' ')).toMatch(/read by eye/);
    expect(f.description).toMatch(/read by eye/);
  });
});

describe('other steps', () => {
  it('GRPO: illustrative, and the differences from the group average sum to zero', () => {
    const g = grpoScores();
    expect(g.reduce((s, a) => s + a.advantage, 0)).toBeCloseTo(0, 10);
    expect(texts(frame('grpo').marks).join(' ')).toMatch(/Illustrative/);
  });

  it('four stages name the computed ≈800k and the 2 epochs', () => {
    const t = texts(frame('four-stages').marks).join(' ');
    expect(t).toContain('≈800k');
    expect(t).toContain(`${training.samples.epochs.value} epochs`);
    expect(frame('four-stages').table.rows.some((r) => r[2] === 'count' && r[3] === totalSamples(training))).toBe(true);
  });

  it('distillation bars are in file order (size), one per distilled model', () => {
    const bars = frame('distillation').marks.filter((m) => m.kind === 'rect' && m.key.endsWith(':bar'));
    expect(bars.map((b) => b.key)).toEqual(distilled.models.map((m) => `dist:${m.id}:bar`));
  });

  it('the quote is the paper’s exact words', () => {
    expect(derived['training.aha-quote']!.value).toBe(training.r1Zero.ahaQuote.value);
    expect(texts(frame('r1-zero-problems').marks).join(' ')).toContain(training.r1Zero.ahaQuote.value);
  });
});

describe('the English catalogue says what the data says', () => {
  const en = textOf(scene);
  const wheres = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'where' && typeof x === 'string') wheres.add(x);
        else walk(x);
      }
  };
  walk(training);

  it('stage, drawback and model words copied into messages/en.json equal src/data/training.json', () => {
    const stage = training.stages.findIndex((s) => s.id === 'reasoning-rl') + 1;
    for (const s of training.stages) {
      expect(en.t(`stage.${s.id}.label`)).toBe(s.label);
      expect(en.t(`stage.${s.id}.kind`)).toBe(s.kind);
      expect(en.t(`stage.${s.id}.about`, { stage })).toBe(s.detail);
    }
    for (const b of training.r1Zero.drawbacks) {
      expect(en.t(`flaw.${b.id}.label`)).toBe(b.label);
      expect(en.t(`flaw.${b.id}.source`)).toBe(b.detail);
    }
    for (const m of training.distillVsRl.models) expect(en.t(`vs.model.${m.id}.short`)).toBe(m.short);
    const note = frame('distill-vs-rl')
      .marks.filter((m): m is TextMark => m.kind === 'text' && m.key.startsWith('vs:note'))
      .map((m) => m.text)
      .join(' ');
    for (const m of training.distillVsRl.models) expect(note).toContain(m.detail);
  });

  it('every "Where" cell of the English tables is the data’s own', () => {
    for (const s of scene.steps) {
      const t = frame(s.id).table;
      const j = t.columns.indexOf('Where');
      if (j < 0) continue;
      for (const r of t.rows) if (r[j] !== 'computed: the sum of the two') expect(wheres, `${s.id}: ${r[j]}`).toContain(r[j]);
    }
  });
});
