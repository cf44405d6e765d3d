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
import type { WhatIfControl, WhatIfSpec, WhatIfState } from '../kit/what-if';
import { choiceControl } from '../kit/what-if-choice';
import { gb, int } from '../kit/chart';
import { type MemoryText, formatName, gpusText, machine } from './shared';

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

const precisions = memoryData.precisions.map((p) => ({ id: p.id as PrecisionId }));

/**
 * A list control whose value reads in the page's language: the labels (`whatIf.<key>.label`) and
 * the values' words are messages (messages/<locale>.json); the choices carry only their link ids.
 */
function choices(key: string, ids: readonly string[], r1: string, show: (i: number, text: MemoryText) => string): WhatIfControl {
  const { label: _, ...control } = choiceControl(
    key,
    '',
    ids.map((id) => ({ id, label: '' })),
    r1,
  );
  return { ...control, show: (v, _s, text) => show(v, text as MemoryText) };
}

export const memoryWhatIf: WhatIfSpec = {
  controls: [
    choices(
      'precision',
      precisions.map((p) => p.id),
      memoryData.fullModel.releasedPrecision.value,
      (i, text) => {
        const id = precisions[i]?.id ?? 'fp8';
        return text.t('format.withBytes', { format: formatName(text, id), bytes: text.t(`bytes.${id}`) });
      },
    ),
    choices(
      'gpu',
      gpus.map((g) => g.id),
      server.device,
      (i, text) => text.t('choice.gpu', { gpu: machine(text, gpus[i]?.id ?? ''), gb: `${int(gpus[i]?.memoryGB ?? 0)} GB` }),
    ),
    {
      key: 'gpus',
      min: 1,
      max: 64,
      step: 1,
      r1: server.devices.value,
      show: (v, s, text) => gpusText(text as MemoryText, v, gpus[s['gpu']!]?.id ?? ''),
    },
    choices(
      'context',
      contexts.map((k) => `${k}k`),
      `${ctx.maxK.value}k`,
      (i, text) => text.t('choice.context', { context: contexts[i] ?? 0, tokens: (contexts[i] ?? 0) * ctx.tokensPerK }),
    ),
    { key: 'batch', min: 1, max: 128, step: 1, r1: 1, show: (v) => String(v) },
  ],
};

export interface CacheSize {
  /** Numbers cached per layer and token. */
  perLayer: number;
  /** Numbers cached per token, every layer. */
  perToken: number;
  gb: number;
}

/** One setting that differs from the figure's own setup: what it is now and what it was. */
export type SetupChange =
  | { key: 'precision'; now: PrecisionId; was: PrecisionId }
  | { key: 'gpus'; now: { gpus: number; gpu: string }; was: { gpus: number; gpu: string } }
  | { key: 'context' | 'batch'; now: number; was: number };

/** A reader's setup: the weights at one format plus the KV cache, against N GPUs' memory. */
export interface MemorySetup {
  precision: { id: PrecisionId };
  gpu: { id: string; memoryGB: number };
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
  /** What differs from the figure's own setup (`changeWords` says it: "32K context (was 128K)"). */
  changes: SetupChange[];
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
  const changes: SetupChange[] = [];
  if (state['precision'] !== r1['precision']) changes.push({ key: 'precision', now: p.id, was: precisions[r1['precision']!]!.id });
  if (state['gpu'] !== r1['gpu'] || state['gpus'] !== r1['gpus'])
    changes.push({ key: 'gpus', now: { gpus: n, gpu: g.id }, was: { gpus: r1['gpus']!, gpu: gpus[r1['gpu']!]!.id } });
  if (state['context'] !== r1['context']) changes.push({ key: 'context', now: k, was: contexts[r1['context']!]! });
  if (state['batch'] !== r1['batch']) changes.push({ key: 'batch', now: batch, was: r1['batch']! });
  return {
    precision: { id: p.id },
    gpu: { id: g.id, memoryGB: g.memoryGB },
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
export function verdict(needGB: number, capacityGB: number, text: MemoryText): string {
  return needGB <= capacityGB ? text.t('verdict.fits', { gb: gb(capacityGB - needGB) }) : text.t('verdict.over', { gb: gb(needGB - capacityGB) });
}

/** What differs from the figure's own setup, in words: "32K context (was 128K)". */
export function changeWords(s: MemorySetup, text: MemoryText): string[] {
  return s.changes.map((c) => {
    const [now, then] =
      c.key === 'precision'
        ? [formatName(text, c.now), formatName(text, c.was)]
        : c.key === 'gpus'
          ? [gpusText(text, c.now.gpus, c.now.gpu), gpusText(text, c.was.gpus, c.was.gpu)]
          : c.key === 'context'
            ? [text.t('change.context', { context: c.now }), `${c.was}K`]
            : [text.t('change.batch', { batch: c.now }), String(c.was)];
    return text.t('change', { now, then });
  });
}

/** The controls' result in words, for their live region. */
export function memorySays(s: MemorySetup, text: MemoryText): string {
  const mlaTotal = s.weightsGB + s.mla.gb;
  const mhaTotal = s.weightsGB + s.mha.gb;
  return text.t('says', {
    head: text.t(s.changes.length ? 'says.whatIf' : 'says.r1'),
    format: formatName(text, s.precision.id),
    weights: gb(s.weightsGB),
    mla: gb(s.mla.gb),
    context: s.contextK,
    batch: s.batch,
    mlaTotal: gb(mlaTotal),
    gpus: gpusText(text, s.gpus, s.gpu.id),
    capacity: gb(s.capacityGB),
    verdict: verdict(mlaTotal, s.capacityGB, text),
    mha: gb(s.mha.gb),
    mhaTotal: gb(mhaTotal),
    bytes: s.cacheBytes,
  });
}
