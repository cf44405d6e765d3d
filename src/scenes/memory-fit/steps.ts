import type { SceneStep, StepIds } from '../contract';
import type { Params, SceneText } from '../kit/messages';
import { countIn } from '../kit/numbers';
import { hardwareData, memoryData } from '../../data/raw-memory';
import { distilledData } from '../../data/raw-training';
import { fits, pooledGB, weightsAt } from '../../model/memory';
import { gb } from '../kit/chart';
import { r1Setup, setupFor } from './what-if';

/** Labels and presenter notes: `step.<id>.label` / `.notes` in messages/<locale>.json. */
export const steps = [
  { id: 'full-model' },
  { id: 'hardware' },
  { id: 'allowance' },
  { id: 'distilled' },
  { id: 'what-fits' },
  { id: 'kv-cache' },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;

// Presenter notes quote the data, like the figure: no figure is typed in a message.
const full = memoryData.fullModel;
const memoryOf = (id: string): number => {
  const h = hardwareData.items.find((x) => x.id === id)!;
  return h.memoryGB ?? pooledGB(h.devices!.value, memoryOf(h.device!));
};
const fp8 = weightsAt(full.paramsB.value, 'fp8');
const server = hardwareData.items.find((h) => h.id === 'server-8x-h100');
// The hardware note names each machine and says the FP8 weights do not fit the server.
if (!server || fits(fp8, memoryOf(server.id)))
  throw new Error('memory-fit: step.hardware.notes says the FP8 weights do not fit one 8×H100 server; update it (messages/*.json) for the new data');
const allowance = `+${Math.round(memoryData.allowance.share * 100)}%`;
const sizes = distilledData.models.map((m) => m.paramsB);
const setup = setupFor(r1Setup);

/** The numbers each step's presenter notes quote (SceneModule.wordParams). */
export const stepWordParams: Readonly<Record<string, Params>> = {
  'step.full-model.notes': {
    params: full.paramsB.value,
    bf16: weightsAt(full.paramsB.value, 'bf16'),
    fp8,
    int4: weightsAt(full.paramsB.value, 'int4'),
    withMtp: full.withMtpB.value,
  },
  'step.hardware.notes': {
    laptop: memoryOf('laptop'),
    rtx4090: memoryOf('rtx-4090'),
    h100: memoryOf('h100'),
    server: memoryOf(server.id),
    fp8,
  },
  'step.allowance.notes': { pct: allowance },
  'step.distilled.notes': { smallest: Math.min(...sizes), largest: Math.max(...sizes), pct: allowance },
  'step.what-fits.notes': { pct: allowance },
  'step.kv-cache.notes': {
    layers: setup.layers,
    perLayer: setup.mla.perLayer,
    mla: gb(setup.mla.gb),
    context: setup.contextK,
    bytes: setup.cacheBytes,
    mha: gb(setup.mha.gb),
  },
};

/**
 * The presenter notes that quote a parameter count, in the page's language: English keeps the
 * figure's "671B" (its messages add the B), Chinese says 6710亿 (SceneModule.wordParamsFor).
 */
export function stepWordParamsFor(text: SceneText): Readonly<Record<string, Params>> {
  if (text.locale === 'en') return {};
  const b = (v: number) => countIn(text, v * 1e9, 1e9, 1);
  return {
    'step.full-model.notes': { ...stepWordParams['step.full-model.notes'], params: b(full.paramsB.value), withMtp: b(full.withMtpB.value) },
    'step.distilled.notes': { ...stepWordParams['step.distilled.notes'], smallest: b(Math.min(...sizes)), largest: b(Math.max(...sizes)) },
  };
}
