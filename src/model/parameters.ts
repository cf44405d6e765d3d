/**
 * DeepSeek-V3's parameter count, computed from its published configuration alone
 * (config_671B.json). Pure and DOM-free: the active-parameters scene runs it in the
 * browser, the derived facts and the unit tests run it in Node.
 *
 * The shapes follow DeepSeek's inference code (inference/model.py):
 * - embedding: vocab_size x dim; output head: dim x vocab_size; one final RMSNorm (dim).
 * - every layer: two RMSNorms (dim each) and Multi-head Latent Attention (MLA):
 *   wq_a dim x q_lora_rank, q_norm (q_lora_rank), wq_b q_lora_rank x n_heads(nope+rope),
 *   wkv_a dim x (kv_lora_rank + rope), kv_norm (kv_lora_rank),
 *   wkv_b kv_lora_rank x n_heads(nope + v), wo n_heads·v x dim.
 * - the first n_dense_layers layers: one feed-forward network (FFN) of 3 matrices dim x inter_dim.
 * - the other layers (Mixture-of-Experts): n_routed_experts routed experts and n_shared_experts
 *   shared experts, each an FFN of 3 matrices dim x moe_inter_dim, plus a router
 *   (gate weight n_routed_experts x dim and one bias per routed expert).
 * Per token, everything runs except the routed experts the router did not pick.
 */

/** The configuration fields the count needs; each must be a positive integer (n_shared_experts may be 0). */
export const INTEGER_FIELDS = [
  'vocab_size',
  'dim',
  'inter_dim',
  'moe_inter_dim',
  'n_layers',
  'n_dense_layers',
  'n_heads',
  'n_routed_experts',
  'n_shared_experts',
  'n_activated_experts',
  'n_expert_groups',
  'n_limited_groups',
  'q_lora_rank',
  'kv_lora_rank',
  'qk_nope_head_dim',
  'qk_rope_head_dim',
  'v_head_dim',
] as const;

export type IntegerField = (typeof INTEGER_FIELDS)[number];
export type ModelShape = Record<IntegerField, number>;

/** A model may have no shared expert (the what-if controls go down to 0); every other field counts something that must exist. */
const MAY_BE_ZERO: ReadonlySet<IntegerField> = new Set(['n_shared_experts']);

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/**
 * Checks a configuration and returns its integer fields. Throws an Error naming the
 * field, e.g. `model-config: "n_layers" must be a positive integer, got 61.5`.
 */
export function validateConfig(values: Record<string, unknown>): ModelShape {
  const out = {} as ModelShape;
  for (const field of INTEGER_FIELDS) {
    const v = values[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < (MAY_BE_ZERO.has(field) ? 0 : 1)) {
      throw new Error(`model-config: "${field}" must be a ${MAY_BE_ZERO.has(field) ? 'whole number, 0 or more' : 'positive integer'}, got ${describe(v)}`);
    }
    out[field] = v;
  }
  const rel = (ok: boolean, field: IntegerField, rule: string) => {
    if (!ok) throw new Error(`model-config: "${field}" ${rule}, got ${out[field]}`);
  };
  rel(out.n_dense_layers < out.n_layers, 'n_dense_layers', `must be smaller than n_layers (${out.n_layers})`);
  rel(out.n_activated_experts <= out.n_routed_experts, 'n_activated_experts', `must be at most n_routed_experts (${out.n_routed_experts})`);
  rel(out.n_routed_experts % out.n_expert_groups === 0, 'n_expert_groups', `must divide n_routed_experts (${out.n_routed_experts}) evenly`);
  rel(out.n_limited_groups <= out.n_expert_groups, 'n_limited_groups', `must be at most n_expert_groups (${out.n_expert_groups})`);
  rel(
    out.n_activated_experts <= out.n_limited_groups * (out.n_routed_experts / out.n_expert_groups),
    'n_activated_experts',
    `must fit in the kept groups (n_limited_groups x experts per group = ${out.n_limited_groups * (out.n_routed_experts / out.n_expert_groups)})`,
  );
  return out;
}

/** The parts of the model, in the order the figure and the tables list them. */
export const PART_IDS = ['embedding', 'attention', 'layerNorms', 'denseFfn', 'sharedExperts', 'router', 'routedExperts', 'finalNorm', 'outputHead'] as const;
export type PartId = (typeof PART_IDS)[number];

export interface Part {
  id: PartId;
  /** Reader-facing name. */
  label: string;
  /** Parameters stored in the whole model. */
  total: number;
  /** Parameters used for one token. */
  active: number;
}

export interface AttentionParts {
  wq_a: number;
  q_norm: number;
  wq_b: number;
  wkv_a: number;
  kv_norm: number;
  wkv_b: number;
  wo: number;
}

export interface ParameterCount {
  shape: ModelShape;
  moeLayers: number;
  denseLayers: number;
  /** Routed experts that sit idle for a token, in each MoE layer. */
  idleExpertsPerMoeLayer: number;
  perLayer: {
    attentionParts: AttentionParts;
    /** MLA, including its two internal norms. */
    attention: number;
    /** The two RMSNorms around attention and FFN. */
    layerNorms: number;
    denseFfn: number;
    /** One expert (routed or shared): 3 x dim x moe_inter_dim. */
    expert: number;
    routedExperts: number;
    sharedExperts: number;
    router: number;
    /** A whole MoE layer: attention + norms + router + all experts. */
    moeLayer: number;
    /** The part of an MoE layer one token uses. */
    moeLayerActive: number;
    denseLayer: number;
  };
  parts: Part[];
  total: number;
  /** Parameters used per token (all but the idle routed experts). */
  active: number;
}

export function attentionParts(s: ModelShape): AttentionParts {
  const qkHead = s.qk_nope_head_dim + s.qk_rope_head_dim;
  return {
    wq_a: s.dim * s.q_lora_rank,
    q_norm: s.q_lora_rank,
    wq_b: s.q_lora_rank * s.n_heads * qkHead,
    wkv_a: s.dim * (s.kv_lora_rank + s.qk_rope_head_dim),
    kv_norm: s.kv_lora_rank,
    wkv_b: s.kv_lora_rank * s.n_heads * (s.qk_nope_head_dim + s.v_head_dim),
    wo: s.n_heads * s.v_head_dim * s.dim,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Counts every parameter of the model described by `values` (config_671B.json's fields). */
export function countParameters(values: Record<string, unknown>): ParameterCount {
  const s = validateConfig(values);
  const moeLayers = s.n_layers - s.n_dense_layers;
  const denseLayers = s.n_dense_layers;
  const att = attentionParts(s);
  const attention = sum(Object.values(att));
  const layerNorms = 2 * s.dim;
  const denseFfn = 3 * s.dim * s.inter_dim;
  const expert = 3 * s.dim * s.moe_inter_dim;
  const routedExperts = s.n_routed_experts * expert;
  const sharedExperts = s.n_shared_experts * expert;
  const router = s.n_routed_experts * s.dim + s.n_routed_experts;
  const idle = s.n_routed_experts - s.n_activated_experts;
  const embedding = s.vocab_size * s.dim;

  const part = (id: PartId, label: string, total: number, active = total): Part => ({ id, label, total, active });
  const parts: Part[] = [
    part('embedding', 'Embedding', embedding),
    part('attention', 'Attention', s.n_layers * attention),
    part('layerNorms', 'Layer norms', s.n_layers * layerNorms),
    part('denseFfn', 'Dense FFN layers', denseLayers * denseFfn),
    part('sharedExperts', 'Shared experts', moeLayers * sharedExperts),
    part('router', 'Routers', moeLayers * router),
    part('routedExperts', 'Routed experts', moeLayers * routedExperts, moeLayers * s.n_activated_experts * expert),
    part('finalNorm', 'Final norm', s.dim),
    part('outputHead', 'Output head', s.dim * s.vocab_size),
  ];
  const moeLayer = attention + layerNorms + router + routedExperts + sharedExperts;
  return {
    shape: s,
    moeLayers,
    denseLayers,
    idleExpertsPerMoeLayer: idle,
    perLayer: {
      attentionParts: att,
      attention,
      layerNorms,
      denseFfn,
      expert,
      routedExperts,
      sharedExperts,
      router,
      moeLayer,
      moeLayerActive: moeLayer - idle * expert,
      denseLayer: attention + layerNorms + denseFfn,
    },
    parts,
    total: sum(parts.map((p) => p.total)),
    active: sum(parts.map((p) => p.active)),
  };
}

export function partById(count: ParameterCount, id: PartId): Part {
  const p = count.parts.find((x) => x.id === id);
  if (!p) throw new Error(`parameters: no part "${id}"`);
  return p;
}

/** Bytes of weight memory at a given number of bytes per parameter, in GB (10^9 bytes). */
export function weightMemoryGB(params: number, bytesPerParam: number): number {
  return (params * bytesPerParam) / 1e9;
}

export const BYTES_PER_PARAM = { fp8: 1, bf16: 2 } as const;
