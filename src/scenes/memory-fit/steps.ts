import type { SceneStep, StepIds } from '../contract';
import { hardwareData, memoryData } from '../../data/raw-memory';
import { distilledData } from '../../data/raw-training';
import { BYTES_PER_PARAM, fits, pooledGB, weightsAt, type PrecisionId } from '../../model/memory';
import { int } from '../kit/chart';
import { format } from 'd3-format';
import { r1Setup, setupFor } from './what-if';

// Presenter notes are built from the data, like the figure: no figure is typed here.
const full = memoryData.fullModel;
const num = format(',~f');
const bytes = (id: PrecisionId) => `${num(BYTES_PER_PARAM[id])} byte${BYTES_PER_PARAM[id] === 1 ? '' : 's'}`;
const memoryOf = (id: string): number => {
  const h = hardwareData.items.find((x) => x.id === id)!;
  return h.memoryGB ?? pooledGB(h.devices!.value, memoryOf(h.device!));
};
const machines = hardwareData.items.filter((h) => h.figure !== false).map((h) => ({ short: h.short, gb: memoryOf(h.id) }));
const fp8 = weightsAt(full.paramsB.value, 'fp8');
const biggest = machines.reduce((a, m) => (m.gb > a.gb ? m : a), machines[0]!);
const allowance = `+${Math.round(memoryData.allowance.share * 100)}%`;
const sizes = distilledData.models.map((m) => m.paramsB);
const setup = setupFor(r1Setup);

export const steps = [
  {
    id: 'full-model',
    label: 'Full model',
    notes: `${int(full.paramsB.value)}B parameters ${memoryData.precisions.map((p) => `x ${bytes(p.id as PrecisionId)} (${p.label}) = ${num(weightsAt(full.paramsB.value, p.id as PrecisionId))} GB`).join('; ')}. ${int(full.withMtpB.value)}B with the MTP module.`,
  },
  {
    id: 'hardware',
    label: 'Against hardware',
    notes: `${machines.map((m) => `${m.short} ${int(m.gb)} GB`).join(', ')}. The FP8 weights (${int(fp8)} GB) ${fits(fp8, biggest.gb) ? 'fit' : 'do not fit'} one ${biggest.short} server.`,
  },
  { id: 'allowance', label: 'Room to run', notes: `An illustrative ${allowance} for the KV cache and the program (our assumption, not a published figure).` },
  {
    id: 'distilled',
    label: 'Small models',
    notes: `The distilled models, ${num(Math.min(...sizes))}B to ${num(Math.max(...sizes))}B, at the same formats with the same ${allowance}.`,
  },
  { id: 'what-fits', label: 'What fits where', notes: `For each model and machine, the best format that fits with the ${allowance} allowance.` },
  {
    id: 'kv-cache',
    label: 'Weights plus KV cache',
    notes: `KV cache computed from the configuration: ${setup.layers} layers × ${int(setup.mla.perLayer)} numbers per token (MLA) = ${num(setup.mla.gb)} GB for ${setup.contextK}K tokens at ${setup.cacheBytes} bytes each (our assumption); an ordinary multi-head cache: ${num(setup.mha.gb)} GB. The controls change the format, the GPUs, the context and the batch.`,
  },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;
