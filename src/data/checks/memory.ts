/**
 * Build-time check of src/data/memory.json (model sizes, number formats, the
 * illustrative allowance) and src/data/hardware.json (machines to compare with).
 */
import { z } from 'zod';
import { ContentError, parseOrThrow } from '../../lib/errors';
import { checkSourceIds, checkUniqueIds, sourced, sourceId } from '../sourced';
import memoryJson from '../memory.json';
import hardwareJson from '../hardware.json';

export const memorySchema = z.object({
  notes: z.string(),
  fullModel: z.object({
    id: z.string(),
    name: z.string(),
    short: z.string().max(12),
    paramsB: sourced(z.number().positive()),
    withMtpB: sourced(z.number().positive()),
    releasedPrecision: sourced(z.enum(['bf16', 'fp8', 'int4'])),
  }),
  precisions: z
    .array(
      z.object({
        id: z.enum(['bf16', 'fp8', 'int4']),
        label: z.string(),
        bits: z.number().int().positive(),
        detail: z.string(),
        source: sourceId,
        where: z.string(),
      }),
    )
    .length(3),
  allowance: z.object({ share: z.number().min(0).max(1), assumption: z.literal(true), label: z.string().min(5), note: z.string().min(20) }),
  kvCache: z.object({ bytesPerValue: z.number().positive(), assumption: z.literal(true), label: z.string().min(5), note: z.string().min(20) }),
  context: z.object({ maxK: sourced(z.number().int().positive()), tokensPerK: z.number().int().positive(), note: z.string().min(10) }),
  serving: z.object({
    demoNodes: sourced(z.number().int().positive()),
    demoGpusPerNode: sourced(z.number().int().positive()),
    prefillGpus: sourced(z.number().int().positive()),
    decodeGpus: sourced(z.number().int().positive()),
  }),
  unverifiedClaims: z.array(z.object({ id: z.string(), claim: z.string(), status: z.literal('unverified'), note: z.string() })),
});
export type Memory = z.infer<typeof memorySchema>;

const hardwareItem = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(3),
  short: z.string().min(2).max(10),
  /** GB as the maker states it; absent when the item is several `device`s together. */
  memoryGB: z.number().positive().optional(),
  devices: sourced(z.number().int().positive()).optional(),
  device: z.string().optional(),
  memoryKind: z.string(),
  /** A single GPU a reader may pick in the figure's what-if controls. */
  gpu: z.boolean().optional(),
  /** false: offered in the what-if controls only, not drawn among the figure's machines. */
  figure: z.boolean().optional(),
  source: sourceId,
  where: z.string(),
});
export const hardwareSchema = z.object({
  notes: z.string(),
  items: z.array(hardwareItem).min(1),
});
export type Hardware = z.infer<typeof hardwareSchema>;

const MEMORY = 'src/data/memory.json';
const HARDWARE = 'src/data/hardware.json';

export const memory = parseOrThrow(memorySchema, memoryJson, MEMORY, 'see src/data/checks/memory.ts.');
checkSourceIds(memory, MEMORY);
if (memory.fullModel.withMtpB.value < memory.fullModel.paramsB.value) {
  throw new ContentError(MEMORY, 'fullModel.withMtpB', 'the size with the MTP module is smaller than without it', 'check both against the V3 README.');
}

export const hardware = parseOrThrow(
  hardwareSchema,
  hardwareJson,
  HARDWARE,
  'every item needs id, name, short, memoryGB (or devices + device), memoryKind, source and where.',
);
checkSourceIds({ items: hardware.items }, HARDWARE);
checkUniqueIds(hardware.items, HARDWARE, 'items');
hardware.items.forEach((h, i) => {
  const single = h.memoryGB != null;
  const pooled = h.devices != null && h.device != null;
  if (single === pooled)
    throw new ContentError(
      HARDWARE,
      `items.${i}`,
      'needs either memoryGB or devices + device (not both)',
      'give a single machine its memoryGB; a server of several GPUs its devices and device id.',
    );
  if (pooled) {
    const base = hardware.items.find((x) => x.id === h.device);
    if (!base?.memoryGB)
      throw new ContentError(
        HARDWARE,
        `items.${i}.device`,
        `"${h.device}" is not a single device with memoryGB`,
        'point device at the id of a GPU listed with its memoryGB.',
      );
  }
});
