/**
 * "What if you ran R1 yourself?": the memory-fit figure's controls. A number format for the
 * weights, a GPU from the sourced hardware table and how many, a context length and a batch.
 * The KV cache is computed from the model's configuration (src/model/memory.ts): R1's
 * attention (MLA) caches one compressed latent and one RoPE key per layer and token; an
 * ordinary multi-head cache of the same model is computed beside it for comparison.
 */
import { modelConfig } from '../../data/raw-model';
import { hardwareData, memoryData } from '../../data/raw-memory';
import { cacheValuesPerLayer, cacheValuesPerToken, kvCacheGB, weightsAt, type PrecisionId } from '../../model/memory';
import type { WhatIfSpec, WhatIfState } from '../kit/what-if';
import { choiceControl } from '../kit/what-if-choice';
import { gb, int } from '../kit/chart';

const cacheAssumption = memoryData.kvCache;
const ctx = memoryData.context;
const server = hardwareData.items.find((h) => h.devices && h.device);
if (!server?.devices || !server.device) throw new Error('memory-fit what-if: src/data/hardware.json needs a server item with devices and device');

/** The GPUs a reader may pick: single GPUs of the hardware table, smallest memory first. */
const gpus = hardwareData.items
  .filter((h) => h.gpu && h.memoryGB != null)
  .map((h) => ({ id: h.id, short: h.short, memoryGB: h.memoryGB!, source: h.source }))
  .sort((a, b) => a.memoryGB - b.memoryGB);

/** Context lengths from 1K up to R1's own, doubling: two key presses from 128K to 32K. */
const contexts: number[] = [];
for (let k = ctx.maxK.value; k >= 1; k /= 2) if (Number.isInteger(k)) contexts.unshift(k);

const precisions = memoryData.precisions.map((p) => ({ id: p.id as PrecisionId, label: p.label, bits: p.bits }));
const bytesWord = (bits: number) => {
  const b = bits / 8;
  return b < 1 ? '½ byte' : `${b} byte${b === 1 ? '' : 's'}`;
};

export const memoryWhatIf: WhatIfSpec = {
  controls: [
    choiceControl(
      'precision',
      'Number format of the weights',
      precisions.map((p) => ({ id: p.id, label: `${p.label} (${bytesWord(p.bits)})` })),
      memoryData.fullModel.releasedPrecision.value,
    ),
    choiceControl(
      'gpu',
      'GPU',
      gpus.map((g) => ({ id: g.id, label: `${g.short}, ${int(g.memoryGB)} GB` })),
      server.device,
    ),
    {
      key: 'gpus',
      label: 'How many GPUs',
      min: 1,
      max: 64,
      step: 1,
      r1: server.devices.value,
      show: (v, s) => `${v} × ${gpus[s['gpu']!]?.short ?? ''}`,
    },
    choiceControl(
      'context',
      'Context length (tokens)',
      contexts.map((k) => ({ id: `${k}k`, label: `${k}K = ${int(k * ctx.tokensPerK)}` })),
      `${ctx.maxK.value}k`,
    ),
    { key: 'batch', label: 'Conversations at once (batch)', min: 1, max: 128, step: 1, r1: 1, show: (v) => String(v) },
  ],
};

export interface CacheSize {
  /** Numbers cached per layer and token. */
  perLayer: number;
  /** Numbers cached per token, every layer. */
  perToken: number;
  gb: number;
}

/** A reader's setup: the weights at one format plus the KV cache, against N GPUs' memory. */
export interface MemorySetup {
  precision: { id: PrecisionId; label: string };
  gpu: { id: string; short: string; memoryGB: number };
  gpus: number;
  contextK: number;
  contextTokens: number;
  batch: number;
  weightsGB: number;
  /** Bytes per cached number: our assumption (memory.json kvCache). */
  cacheBytes: number;
  layers: number;
  heads: number;
  mla: CacheSize;
  mha: CacheSize;
  capacityGB: number;
  /** What differs from the figure's own setup, in words ("32K context (was 128K)"). */
  changes: string[];
}

/** The figure's own setup: R1 as released on its 8-GPU server (built here, not with the kit's r1State, to keep the kit in the lazy chunk). */
export const r1Setup: WhatIfState = Object.fromEntries(memoryWhatIf.controls.map((c) => [c.key, c.r1]));
const r1 = r1Setup;

/** Pure: the setup a what-if state describes, every figure computed. */
export function setupFor(state: WhatIfState, paramsB = memoryData.fullModel.paramsB.value): MemorySetup {
  const p = precisions[state['precision']!]!;
  const g = gpus[state['gpu']!]!;
  const n = state['gpus']!;
  const k = contexts[state['context']!]!;
  const batch = state['batch']!;
  const tokens = k * ctx.tokensPerK;
  const bytes = cacheAssumption.bytesPerValue;
  const cache = (kind: 'mla' | 'mha'): CacheSize => {
    const perToken = cacheValuesPerToken(modelConfig, kind);
    return { perLayer: cacheValuesPerLayer(modelConfig, kind), perToken, gb: kvCacheGB(perToken, tokens, batch, bytes) };
  };
  const changes: string[] = [];
  const was = (key: string, now: string, then: string) => {
    if (state[key] !== r1[key]) changes.push(`${now} (was ${then})`);
  };
  const r1p = precisions[r1['precision']!]!;
  const r1g = gpus[r1['gpu']!]!;
  was('precision', p.label, r1p.label);
  if (state['gpu'] !== r1['gpu'] || state['gpus'] !== r1['gpus']) changes.push(`${n} × ${g.short} (was ${r1['gpus']} × ${r1g.short})`);
  was('context', `${k}K context`, `${contexts[r1['context']!]}K`);
  was('batch', `batch ${batch}`, String(r1['batch']));
  return {
    precision: { id: p.id, label: p.label },
    gpu: { id: g.id, short: g.short, memoryGB: g.memoryGB },
    gpus: n,
    contextK: k,
    contextTokens: tokens,
    batch,
    weightsGB: weightsAt(paramsB, p.id),
    cacheBytes: bytes,
    layers: modelConfig.n_layers,
    heads: modelConfig.n_heads,
    mla: cache('mla'),
    mha: cache('mha'),
    capacityGB: n * g.memoryGB,
    changes,
  };
}

/** The source ids of the GPUs offered (the figure's caption cites them). */
export const gpuSources = [...new Set(gpus.map((g) => g.source))];

/** "fits, 12 GB to spare" / "33 GB over". */
export function verdict(needGB: number, capacityGB: number): string {
  return needGB <= capacityGB ? `fits, ${gb(capacityGB - needGB)} to spare` : `${gb(needGB - capacityGB)} over`;
}

/** The controls' result in words, for their live region. */
export function memorySays(s: MemorySetup): string {
  const head = s.changes.length ? 'What if… — not R1’s setup here.' : 'R1 as released, on the figure’s server.';
  const mlaTotal = s.weightsGB + s.mla.gb;
  const mhaTotal = s.weightsGB + s.mha.gb;
  return (
    `${head} ${s.precision.label} weights ${gb(s.weightsGB)} + KV cache ${gb(s.mla.gb)} for ${s.contextK}K tokens × ${s.batch} = ${gb(mlaTotal)}, ` +
    `on ${s.gpus} × ${s.gpu.short} (${gb(s.capacityGB)}): ${verdict(mlaTotal, s.capacityGB)}. ` +
    `An ordinary multi-head cache would need ${gb(s.mha.gb)} (${gb(mhaTotal)} in all). Cache counted at ${s.cacheBytes} bytes per number (our assumption).`
  );
}
