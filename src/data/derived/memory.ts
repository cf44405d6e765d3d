/**
 * Memory figures for prose (<Fact id="memory.…" />), computed from
 * src/data/memory.json and src/data/distilled-models.json with src/model/memory.ts.
 * The illustrative allowance is deliberately not a Fact: it is this site's
 * assumption, not a sourced figure, and prose describes it in words.
 */
import type { Fact } from '../schemas';
import { cacheValuesPerLayer, cacheValuesPerToken, gbToGiB, kvCacheGB, pooledGB, weightsAt } from '../../model/memory';
import { modelConfig } from '../raw-model';
import { hardwareData } from '../raw-memory';
import hardwareFacts from '../facts/hardware.json';
import { memoryData as mem } from '../raw-memory';
import { distilledData } from '../raw-training';

const full = mem.fullModel;
const s = mem.serving;
const distilled = (id: string) => {
  const m = distilledData.models.find((x) => x.id === id);
  if (!m) throw new Error(`src/data/derived/memory.ts: no model "${id}" in src/data/distilled-models.json`);
  return m;
};
const W = 'computed: parameters × bytes per parameter';
const server = hardwareData.items.find((h) => h.id === 'server-8x-h100');
const h100 = hardwareData.items.find((h) => h.id === 'h100');
if (!server?.devices || !h100?.memoryGB)
  throw new Error('src/data/derived/memory.ts: needs "server-8x-h100" (with devices) and "h100" (with memoryGB) in src/data/hardware.json');
const h200 = (hardwareFacts as Record<string, Fact>)['hardware.h200-gb']!;

// The KV cache for a 32K-token conversation, computed from the configuration at the assumed bytes per number (memory.json kvCache).
const cacheAt32K = (kind: 'mla' | 'mha') => kvCacheGB(cacheValuesPerToken(modelConfig, kind), 32 * mem.context.tokensPerK, 1, mem.kvCache.bytesPerValue);
const KV = `computed from config_671B.json × ${32 * mem.context.tokensPerK} tokens × ${mem.kvCache.bytesPerValue} bytes per number (our assumption)`;

const facts: Record<string, Fact> = {
  'memory.kv-mla-per-layer': {
    value: cacheValuesPerLayer(modelConfig, 'mla'),
    format: ',',
    source: 'V3_REPORT',
    where: `sec. 2.1.1: MLA caches the compressed latent (kv_lora_rank ${modelConfig.kv_lora_rank}) and the decoupled RoPE key (qk_rope_head_dim ${modelConfig.qk_rope_head_dim}) per layer and token`,
  },
  'memory.kv-mha-per-layer': {
    value: cacheValuesPerLayer(modelConfig, 'mha'),
    format: ',',
    source: 'V3_CONFIG',
    where: 'computed: n_heads × (qk_nope_head_dim + qk_rope_head_dim + v_head_dim), an ordinary multi-head cache of the same model',
  },
  'memory.kv-mla-32k': { value: cacheAt32K('mla'), format: ',.1f', suffix: ' GB', source: 'V3_CONFIG', where: `${KV}; MLA` },
  'memory.kv-mha-32k': { value: cacheAt32K('mha'), format: ',.0f', suffix: ' GB', source: 'V3_CONFIG', where: `${KV}; an ordinary multi-head cache` },
  'memory.params-full': { value: full.paramsB.value, format: ',', suffix: ' billion', source: full.paramsB.source, where: full.paramsB.where },
  'memory.params-with-mtp': { value: full.withMtpB.value, format: ',', suffix: ' billion', source: full.withMtpB.source, where: full.withMtpB.where },
  'memory.fp8-full': { value: weightsAt(full.paramsB.value, 'fp8'), format: ',', suffix: ' GB', source: 'V3_WEIGHTS', where: `${W} (FP8: 1 byte)` },
  'memory.fp8-full-gib': {
    value: gbToGiB(weightsAt(full.paramsB.value, 'fp8')),
    format: ',.0f',
    suffix: ' GiB',
    source: 'V3_WEIGHTS',
    where: `${W}, in units of 2³⁰ bytes`,
  },
  'memory.fp8-with-mtp': {
    value: weightsAt(full.withMtpB.value, 'fp8'),
    format: ',',
    suffix: ' GB',
    source: 'V3_README',
    where: `${W} (685B including the MTP module)`,
  },
  'memory.bf16-full': { value: weightsAt(full.paramsB.value, 'bf16') / 1000, format: '.2f', suffix: ' TB', source: 'V3_README', where: `${W} (BF16: 2 bytes)` },
  'memory.int4-full': {
    value: weightsAt(full.paramsB.value, 'int4'),
    format: ',.1f',
    suffix: ' GB',
    source: 'HF_CONFIG_COPIES',
    where: `${W} (4-bit: half a byte; 4-bit copies are made by third parties)`,
  },
  'memory.demo-gpus': {
    value: s.demoNodes.value * s.demoGpusPerNode.value,
    format: ',',
    suffix: ' GPUs',
    source: 'V3_README',
    where: `${s.demoNodes.where}: ${s.demoNodes.value} nodes × ${s.demoGpusPerNode.value} GPUs`,
  },
  'memory.demo-nodes': { value: s.demoNodes.value, format: ',', source: 'V3_README', where: s.demoNodes.where },
  'memory.prefill-gpus': { value: s.prefillGpus.value, format: ',', suffix: ' GPUs', source: 'V3_REPORT', where: s.prefillGpus.where },
  'memory.decode-gpus': { value: s.decodeGpus.value, format: ',', suffix: ' GPUs', source: 'V3_REPORT', where: s.decodeGpus.where },
  'memory.qwen-1-5b-bf16': {
    value: weightsAt(distilled('distill-qwen-1-5b').paramsB, 'bf16'),
    format: ',',
    suffix: ' GB',
    source: 'R1_README',
    where: `${W} (1.5B at 2 bytes)`,
  },
  'memory.qwen-32b-int4': {
    value: weightsAt(distilled('distill-qwen-32b').paramsB, 'int4'),
    format: ',',
    suffix: ' GB',
    source: 'R1_README',
    where: `${W} (32B at half a byte)`,
  },
  'memory.llama-70b-bf16': {
    value: weightsAt(distilled('distill-llama-70b').paramsB, 'bf16'),
    format: ',',
    suffix: ' GB',
    source: 'R1_README',
    where: `${W} (70B at 2 bytes)`,
  },
  'memory.server-8x-h100': {
    value: pooledGB(server.devices.value, h100.memoryGB),
    format: ',',
    suffix: ' GB',
    source: h100.source,
    where: `computed: ${server.devices.value} × the H100's ${h100.memoryGB} GB`,
  },
  'memory.server-8x-h200': {
    value: pooledGB(server.devices.value, h200.value as number),
    format: ',',
    suffix: ' GB',
    source: h200.source,
    where: `computed: ${server.devices.value} × the H200's ${h200.value} GB (vendor specification)`,
  },
  'memory.llama-70b-int4': {
    value: weightsAt(distilled('distill-llama-70b').paramsB, 'int4'),
    format: ',',
    suffix: ' GB',
    source: 'R1_README',
    where: `${W} (70B at half a byte)`,
  },
};
export default facts;
