/**
 * Training figures for prose (<Fact id="training.…" />), from src/data/training.json.
 * Sums and differences are computed here. Values the paper shows only in a figure
 * (steps, answer lengths) carry "about" and a note saying they were read by eye.
 * Distilled-model scores are already facts (bench.distill.*, derived/benchmarks.ts).
 */
import type { Fact } from '../schemas';
import { trainingData as t } from '../raw-training';

const z = t.r1Zero;
const pct = (v: number, where: string, note?: string): Fact => ({ value: v, format: '.1f', suffix: '%', source: 'R1_PAPER', where, ...(note ? { note } : {}) });
const [rl, dist] = t.distillVsRl.models;
if (!rl || !dist) throw new Error('src/data/derived/training.ts: training.json distillVsRl needs two models (RL-only, then distilled).');
const EYE = 'Read by eye from the paper’s figure; the text does not state it.';

const facts: Record<string, Fact> = {
  'training.aime-start': pct(z.aimePass1Start.value, z.aimePass1Start.where),
  'training.aime-end': pct(z.aimePass1End.value, z.aimePass1End.where),
  'training.aime-gain': {
    value: z.aimePass1End.value - z.aimePass1Start.value,
    format: '.1f',
    suffix: ' percentage points',
    source: 'R1_PAPER',
    where: 'computed: end minus start of RL, sec. 2.2.4',
  },
  'training.aime-vote': pct(z.aimeCons64End.value, z.aimeCons64End.where),
  'training.o1-0912-aime': pct(t.o1_0912.aimePass1.value, t.o1_0912.aimePass1.where),
  'training.o1-0912-vote': pct(t.o1_0912.aimeCons64.value, t.o1_0912.aimeCons64.where),
  'training.rl-steps': { value: z.rlSteps.value, format: ',', prefix: 'about ', source: 'R1_PAPER', where: z.rlSteps.where, note: EYE },
  'training.length-start': {
    value: `${z.responseLengthStart.low}–${z.responseLengthStart.high}`,
    prefix: 'about ',
    suffix: ' tokens',
    source: 'R1_PAPER',
    where: z.responseLengthStart.where,
    note: EYE,
  },
  'training.length-end': {
    value: `${z.responseLengthEnd.low.toLocaleString('en-US')}–${z.responseLengthEnd.high.toLocaleString('en-US')}`,
    prefix: 'about ',
    suffix: ' tokens',
    source: 'R1_PAPER',
    where: z.responseLengthEnd.where,
    note: EYE,
  },
  'training.aha-quote': { value: z.ahaQuote.value, prefix: '“', suffix: '”', source: 'R1_PAPER', where: z.ahaQuote.where },
  'training.samples-reasoning': { value: t.samples.reasoning.value, format: ',', prefix: 'about ', source: 'R1_PAPER', where: t.samples.reasoning.where },
  'training.samples-other': { value: t.samples.nonReasoning.value, format: ',', prefix: 'about ', source: 'R1_PAPER', where: t.samples.nonReasoning.where },
  'training.samples-total': {
    value: t.samples.reasoning.value + t.samples.nonReasoning.value,
    format: ',',
    prefix: 'about ',
    source: 'R1_PAPER',
    where: 'sec. 2.3.3; sum computed',
  },
  'training.epochs': { value: t.samples.epochs.value, format: ',', source: 'R1_PAPER', where: t.samples.epochs.where },
  'training.zero-32b-aime': pct(rl.values['aime-pass1']!, `${t.distillVsRl.where} (${rl.name})`),
  'training.distill-32b-aime': pct(dist.values['aime-pass1']!, `${t.distillVsRl.where} (${dist.name})`),
  'training.distill-vs-rl-gain': {
    value: dist.values['aime-pass1']! - rl.values['aime-pass1']!,
    format: '.1f',
    suffix: ' percentage points',
    source: 'R1_PAPER',
    where: `${t.distillVsRl.where}; difference computed`,
  },
};
export default facts;
