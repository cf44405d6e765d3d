import type { SceneStep, StepIds } from '../contract';
import { distilledData, trainingData } from '../../data/raw-training';

// Presenter notes are built from the data, like the figure: no figure is typed here.
const t = trainingData;
const z = t.r1Zero;
const o1 = t.o1_0912;
/** A percentage as the notes show it, the same in both languages: "15.6%". */
const pct = (v: number) => `${v.toFixed(1)}%`;
const samples = t.samples.reasoning.value + t.samples.nonReasoning.value;
const smallest = distilledData.models.reduce((a, m) => (m.paramsB < a.paramsB ? m : a));
const best = distilledData.models.reduce((a, m) => ((m.scores['aime-pass1'] ?? 0) > (a.scores['aime-pass1'] ?? 0) ? m : a));
const o1Mini = distilledData.references.find((r) => r.id === 'o1-mini');
if (!o1Mini) throw new Error('training: src/data/distilled-models.json has no o1-mini reference (the distillation notes compare with it).');
const [rl, dist] = t.distillVsRl.models;

/** The numbers the presenter notes quote, by catalogue key (SceneModule.wordParams); the words are in messages/<locale>.json. */
export const stepNumbers = {
  'step.aime-rises.notes': { start: pct(z.aimePass1Start.value), end: pct(z.aimePass1End.value), o1: o1.name, o1Score: pct(o1.aimePass1.value) },
  'step.majority-vote.notes': { votes: z.aimeCons64End.votes, vote: pct(z.aimeCons64End.value), o1: o1.name, o1Vote: pct(o1.aimeCons64.value) },
  'step.longer-answers.notes': {
    startLow: z.responseLengthStart.low,
    startHigh: z.responseLengthStart.high,
    endLow: z.responseLengthEnd.low,
    endHigh: z.responseLengthEnd.high,
  },
  'step.four-stages.notes': { samples, epochs: t.samples.epochs.value },
  'step.distillation.notes': {
    samples,
    low: pct(smallest.scores['aime-pass1']!),
    lowModel: smallest.short,
    high: pct(best.scores['aime-pass1']!),
    highModel: best.short,
    o1Mini: o1Mini.name,
    o1MiniScore: pct(o1Mini.scores['aime-pass1']!),
  },
  'step.distill-vs-rl.notes': { rl: pct(rl!.values['aime-pass1']!), dist: pct(dist!.values['aime-pass1']!) },
};

/** Labels and presenter notes: `step.<id>.label` / `.notes` in messages/<locale>.json (numbers in `stepNumbers`). */
export const steps = [
  { id: 'grpo' },
  { id: 'aime-rises' },
  { id: 'majority-vote' },
  { id: 'longer-answers' },
  { id: 'r1-zero-problems' },
  { id: 'four-stages' },
  { id: 'distillation' },
  { id: 'distill-vs-rl' },
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
