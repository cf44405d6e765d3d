/**
 * Build-time check of src/data/training-cost.json (the DeepSeek-V3 training run) and
 * src/data/pricing.json (API prices and the calculator's defaults).
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../../lib/errors';
import { checkSourceIds, checkUniqueIds, sourced, sourceId } from '../sourced';
import trainingCostJson from '../training-cost.json';
import pricingJson from '../pricing.json';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

export const trainingCostSchema = z.object({
  notes: z.string(),
  model: z.string(),
  source: sourceId,
  where: z.string(),
  gpu: z.object({ name: z.string(), count: sourced(z.number().int().positive()), perNode: sourced(z.number().int().positive()) }),
  dollarsPerGpuHour: sourced(z.number().positive()).extend({ assumed: z.literal(true) }),
  pretrainingTokensTrillions: sourced(z.number().positive()),
  stages: z
    .array(
      z.object({
        id: kebab,
        label: z.string().min(3),
        short: z.string().min(3).max(14),
        detail: z.string().min(3),
        /** GPU-hours (not thousands): the report's "2664K" is 2664000. */
        gpuHours: z.number().int().positive(),
        source: sourceId,
        where: z.string(),
      }),
    )
    .min(1),
  reportedWallTime: sourced(z.string()),
  excluded: z.array(z.object({ id: kebab, label: z.string(), detail: z.string(), basis: z.string(), source: sourceId, where: z.string() })).min(1),
  /** R1's own training (Nature version of the R1 paper, Supplementary Information). */
  r1OwnTraining: z.object({
    notes: z.string(),
    source: sourceId,
    where: z.string().min(3),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date: YYYY-MM-DD'),
    gpu: z.object({ name: z.string(), count: sourced(z.number().int().positive()), countOtherReports: sourced(z.number().int().positive()) }),
    runs: z.array(z.object({ id: kebab, label: z.string().min(3), hours: sourced(z.number().positive()) })).min(1),
    sftDataGpuHours: sourced(z.number().nonnegative()),
    dollarsPerGpuHour: sourced(z.number().positive()),
    reportedCost: sourced(z.number().positive()),
  }),
});
export type TrainingCost = z.infer<typeof trainingCostSchema>;

export const pricingSchema = z.object({
  notes: z.string(),
  currency: z.literal('USD'),
  tokensPerUnit: z.literal(1000000),
  models: z
    .array(
      z.object({
        id: kebab,
        name: z.string(),
        apiName: z.string(),
        inputCacheHit: z.number().positive(),
        inputCacheMiss: z.number().positive(),
        output: z.number().positive(),
        /** When the price applied (ISO year-month or date). */
        date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'an ISO date: YYYY-MM or YYYY-MM-DD'),
        dateLabel: z.string().min(5),
        source: sourceId,
        secondary: z.boolean(),
        note: z.string(),
      }),
    )
    .length(2),
  calculatorDefaults: z.object({
    inputTokens: z.number().int().nonnegative(),
    outputTokens: z.number().int().nonnegative(),
    cacheHitShare: z.number().min(0).max(1),
    note: z.string(),
  }),
});
export type Pricing = z.infer<typeof pricingSchema>;

const COST = 'src/data/training-cost.json';
const PRICING = 'src/data/pricing.json';

export const trainingCost = parseOrThrow(
  trainingCostSchema,
  trainingCostJson,
  COST,
  'see src/data/checks/cost.ts; GPU-hours are whole hours (2664000, not 2664).',
);
checkSourceIds(trainingCost, COST);
checkUniqueIds(trainingCost.stages, COST, 'stages');
checkUniqueIds(trainingCost.excluded, COST, 'excluded');
if (trainingCost.stages.some((s) => s.gpuHours < 1000)) {
  throw new ContentError(COST, 'stages.gpuHours', 'a stage has fewer than 1,000 GPU-hours', 'write whole GPU-hours: the report\'s "5K" is 5000.');
}

// The parts must add up to the reported total (within 1%), or the figures were misread.
{
  const own = trainingCost.r1OwnTraining;
  const hours = own.runs.reduce((a, r) => a + r.hours.value, 0);
  const dollars = (own.gpu.count.value * hours + own.sftDataGpuHours.value) * own.dollarsPerGpuHour.value;
  if (Math.abs(dollars / own.reportedCost.value - 1) > 0.01) {
    throw new ContentError(
      COST,
      'r1OwnTraining',
      `the parts give $${Math.round(dollars)}, not the reported $${own.reportedCost.value}`,
      'check the GPU count, hours and GPU-hours against the source: GPUs × (sum of run hours) + SFT-data GPU-hours, times the price per GPU-hour, must match the reported total.',
    );
  }
}

export const pricing = parseOrThrow(pricingSchema, pricingJson, PRICING, 'every model needs prices (USD per 1M tokens), a date, a dateLabel and a source.');
checkSourceIds(pricing, PRICING);
checkUniqueIds(pricing.models, PRICING, 'models');
pricing.models.forEach((m, i) => {
  if (m.inputCacheHit > m.inputCacheMiss)
    throw new ContentError(PRICING, `models.${i}.inputCacheHit`, 'a cache hit costs more than a miss', 'check the two input prices against the source.');
});
for (const id of ['deepseek-r1', 'o1']) {
  if (!pricing.models.some((m) => m.id === id))
    throw new ContentError(PRICING, 'models', `no model "${id}"`, 'the cost scene compares deepseek-r1 with o1: keep both ids.');
}
