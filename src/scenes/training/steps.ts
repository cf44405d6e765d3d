import { format } from 'd3-format';
import type { SceneStep, StepIds } from '../contract';
import { distilledData, trainingData } from '../../data/raw-training';

// Presenter notes are built from the data, like the figure: no figure is typed here.
const t = trainingData;
const z = t.r1Zero;
const o1 = t.o1_0912;
const pct = (v: number) => `${v.toFixed(1)}%`;
const n = format(',');
const samples = t.samples.reasoning.value + t.samples.nonReasoning.value;
const smallest = distilledData.models.reduce((a, m) => (m.paramsB < a.paramsB ? m : a));
const best = distilledData.models.reduce((a, m) => ((m.scores['aime-pass1'] ?? 0) > (a.scores['aime-pass1'] ?? 0) ? m : a));
const o1Mini = distilledData.references?.find((r) => r.id === 'o1-mini');
const [rl, dist] = t.distillVsRl.models;
const votes = z.aimeCons64End.votes;

export const steps = [
  {
    id: 'grpo',
    label: 'How it learns',
    notes:
      'GRPO: a group of answers per question, scored by two rules (right answer, <think> tags), each compared with the group average. Illustrative numbers.',
  },
  {
    id: 'aime-rises',
    label: 'Maths score',
    notes: `R1-Zero on AIME 2024: ${pct(z.aimePass1Start.value)} at the start, ${pct(z.aimePass1End.value)} at the end (pass@1). Only the two ends are stated; the dashed line between them is drawn, not measured. ${o1.name}: ${pct(o1.aimePass1.value)}.`,
  },
  {
    id: 'majority-vote',
    label: 'Majority vote',
    notes: `Taking the most common answer of ${votes} tries: ${pct(z.aimeCons64End.value)}, above ${o1.name} (${pct(o1.aimeCons64.value)}).`,
  },
  {
    id: 'longer-answers',
    label: 'Longer answers',
    notes: `Average answer length grows from about ${n(z.responseLengthStart.low)}-${n(z.responseLengthStart.high)} to about ${n(z.responseLengthEnd.low)}-${n(z.responseLengthEnd.high)} tokens (read by eye from the paper's chart). No reward asked for length; the paper calls the growth an intrinsic development.`,
  },
  { id: 'r1-zero-problems', label: "R1-Zero's flaws", notes: 'Hard to read, mixes languages (paper); endless repetition (README).' },
  {
    id: 'four-stages',
    label: 'Four stages',
    notes: `Cold start SFT, reasoning RL with language-consistency reward, ~${n(samples / 1000)}k-sample SFT of V3-Base for ${t.samples.epochs.value} epochs, RL for all scenarios.`,
  },
  {
    id: 'distillation',
    label: 'Distillation',
    notes: `Six small open models fine-tuned on the ~${n(samples / 1000)}k examples curated with R1: AIME pass@1 from ${pct(smallest.scores['aime-pass1']!)} (${smallest.short}) to ${pct(best.scores['aime-pass1']!)} (${best.short}).${o1Mini ? ` ${o1Mini.name}: ${pct(o1Mini.scores['aime-pass1']!)}.` : ''}`,
  },
  {
    id: 'distill-vs-rl',
    label: 'Teacher vs self-study',
    notes: `Same Qwen base model: RL on its own ${pct(rl!.values['aime-pass1']!)} on AIME, learning from R1's examples ${pct(dist!.values['aime-pass1']!)}.`,
  },
] as const satisfies readonly SceneStep[];

/** The training figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;

/**
 * The illustrative group of answers in the GRPO step: whether each answer was right
 * and whether it used the <think> format. Not data from the paper (which gives no
 * group size or reward values in this form); the figure says so.
 */
export const ILLUSTRATIVE_GROUP = [
  { id: 'a', accurate: true, formatted: true },
  { id: 'b', accurate: false, formatted: true },
  { id: 'c', accurate: true, formatted: true },
  { id: 'd', accurate: false, formatted: false },
] as const;
