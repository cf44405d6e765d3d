/**
 * Build-time check of src/data/training.json and src/data/distilled-models.json
 * (the training scene and chapter 4). Throws a ContentError naming file, field and fix.
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../../lib/errors';
import { checkSourceIds, checkUniqueIds, sourced, sourceId } from '../sourced';
import trainingJson from '../training.json';
import distilledJson from '../distilled-models.json';

const pct = z.number().min(0).max(100);
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const lengthRange = z.object({
  low: z.number().positive(),
  high: z.number().positive(),
  readFromFigure: z.boolean(),
  source: sourceId,
  where: z.string().min(3),
});
const labelled = z.object({ id: kebab, label: z.string().min(2), detail: z.string().min(5), source: sourceId, where: z.string().min(3) });

export const trainingSchema = z.object({
  notes: z.string(),
  r1Zero: z.object({
    baseModel: sourced(z.string().min(1)),
    method: sourced(z.string().min(1)),
    aimePass1Start: sourced(pct),
    aimePass1End: sourced(pct),
    /** votes: how many answers the majority vote is taken over (cons@64). */
    aimeCons64End: sourced(pct).extend({ votes: z.number().int().positive() }),
    rlSteps: sourced(z.number().int().positive()),
    responseLengthStart: lengthRange,
    responseLengthEnd: lengthRange,
    ahaQuote: sourced(z.string().min(5)),
    drawbacks: z.array(labelled).min(1),
  }),
  rewards: z.array(labelled).length(2),
  o1_0912: z.object({ name: z.string(), aimePass1: sourced(pct), aimeCons64: sourced(pct) }),
  stages: z.array(labelled.extend({ kind: z.string().min(3) })).length(4),
  samples: z.object({
    reasoning: sourced(z.number().int().positive()),
    nonReasoning: sourced(z.number().int().positive()),
    epochs: sourced(z.number().int().positive()),
  }),
  distillVsRl: z.object({
    source: sourceId,
    where: z.string(),
    metrics: z.array(z.object({ id: kebab, label: z.string(), metric: z.string() })).min(1),
    models: z.array(z.object({ id: kebab, name: z.string(), short: z.string(), detail: z.string(), values: z.record(z.string(), pct) })).length(2),
  }),
});
export type Training = z.infer<typeof trainingSchema>;

const metricUnit = z.enum(['percent', 'rating']);
export const distilledSchema = z.object({
  notes: z.string(),
  source: sourceId,
  where: z.string(),
  metrics: z.array(z.object({ id: kebab, label: z.string(), metric: z.string(), unit: metricUnit })).min(1),
  models: z
    .array(
      z.object({
        id: kebab,
        name: z.string().min(3),
        short: z.string().min(2).max(12),
        family: z.enum(['Qwen', 'Llama']),
        baseModel: z.string().min(3),
        /** Billions of parameters, as in the model's name. */
        paramsB: z.number().positive(),
        source: sourceId,
        scores: z.record(z.string(), z.number().nonnegative()),
      }),
    )
    .min(1),
  references: z.array(z.object({ id: kebab, name: z.string(), scores: z.record(z.string(), z.number().nonnegative()) })),
});
export type DistilledModels = z.infer<typeof distilledSchema>;

const TRAINING = 'src/data/training.json';
const DISTILLED = 'src/data/distilled-models.json';

export const training = parseOrThrow(
  trainingSchema,
  trainingJson,
  TRAINING,
  'see the schema in src/data/checks/training.ts: every value needs value, source and where.',
);
checkSourceIds(training, TRAINING);
checkUniqueIds(training.stages, TRAINING, 'stages');
checkUniqueIds(training.r1Zero.drawbacks, TRAINING, 'r1Zero.drawbacks');
const z0 = training.r1Zero;
if (z0.aimePass1End.value <= z0.aimePass1Start.value) {
  throw new ContentError(TRAINING, 'r1Zero.aimePass1End', 'the end score is not above the start score', 'check both values against the R1 paper, sec. 2.2.4.');
}
for (const r of [z0.responseLengthStart, z0.responseLengthEnd]) {
  if (r.low > r.high) throw new ContentError(TRAINING, 'r1Zero.responseLength*', `low ${r.low} is above high ${r.high}`, 'write the range as low..high.');
}
for (const m of training.distillVsRl.models) {
  for (const metric of training.distillVsRl.metrics) {
    if (m.values[metric.id] == null)
      throw new ContentError(TRAINING, `distillVsRl.models.${m.id}.values.${metric.id}`, 'missing value', 'copy it from the R1 paper, Table 6.');
  }
}

export const distilled = parseOrThrow(
  distilledSchema,
  distilledJson,
  DISTILLED,
  'every model needs id, name, short, family, baseModel, paramsB, source and scores.',
);
checkSourceIds(distilled, DISTILLED);
checkUniqueIds(distilled.models, DISTILLED, 'models');
for (const m of [...distilled.models, ...distilled.references]) {
  for (const metric of distilled.metrics) {
    const v = m.scores[metric.id];
    if (v == null) throw new ContentError(DISTILLED, `${m.id}.scores.${metric.id}`, 'missing score', 'copy it from the R1 paper, Table 5.');
    if (metric.unit === 'percent' && v > 100)
      throw new ContentError(DISTILLED, `${m.id}.scores.${metric.id}`, `${v} is not a percentage`, 'percent scores are 0-100.');
  }
}
const sizes = distilled.models.map((m) => m.paramsB);
if (sizes.some((s, i) => i > 0 && s < sizes[i - 1]!)) {
  throw new ContentError(DISTILLED, 'models', 'models are not in order of size', 'list them from smallest to largest (the scenes draw them in file order).');
}
