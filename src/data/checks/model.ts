/**
 * Build-time check of src/data/model-config.json: DeepSeek-V3's published
 * configuration and the published parameter totals. Imported by src/data/index.ts,
 * so every build runs it; a bad value fails the build naming the field and the fix.
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../../lib/errors';
import { countParameters, INTEGER_FIELDS } from '../../model/parameters';
import sourcesJson from '../sources.json';
import modelConfigJson from '../model-config.json';

const FILE = 'src/data/model-config.json';
const sourceIds = Object.keys(sourcesJson);
const sourceId = z.string().refine((s) => sourceIds.includes(s), { message: `must be a source id from src/data/sources.json (${sourceIds.join(', ')})` });
const positiveInt = z.number().int('must be a whole number').positive('must be positive');

const figure = z.object({
  value: z.number().positive(),
  source: sourceId,
  where: z.string().optional(),
  note: z.string().optional(),
});

export const modelConfigSchema = z.object({
  model: z.string().min(1),
  config: z.object({
    source: sourceId,
    where: z.string().optional(),
    values: z.object({
      ...Object.fromEntries(INTEGER_FIELDS.map((f) => [f, positiveInt])),
      route_scale: z.number().positive(),
      score_func: z.enum(['sigmoid', 'softmax']),
      dtype: z.string().optional(),
    }),
  }),
  published: z.object({
    totalParamsB: figure,
    activeParamsB: figure,
    activeParamsPreciseB: figure,
    embeddingParamsB: figure,
    outputHeadParamsB: figure,
    huggingFaceTotalB: figure,
    mtpModuleB: figure,
    mtpUniqueB: figure,
    balanceGamma: figure,
  }),
});

export const modelConfigChecked = parseOrThrow(
  modelConfigSchema,
  modelConfigJson,
  FILE,
  'copy the value from inference/configs/config_671B.json (V3_CONFIG) or the README (V3_README / V3_WEIGHTS), with its source id.',
);

// The count computed from the configuration must land on the published total.
const computed = countParameters(modelConfigChecked.config.values as Record<string, unknown>);
const published = modelConfigChecked.published.totalParamsB.value * 1e9;
if (Math.abs(computed.total - published) / published > 0.01) {
  throw new ContentError(
    FILE,
    'config.values',
    `the parameter count computed from these values (${(computed.total / 1e9).toFixed(1)}B) is more than 1% away from published.totalParamsB (${published / 1e9}B)`,
    'check the values against config_671B.json; a typo in one of them changes the total.',
  );
}
