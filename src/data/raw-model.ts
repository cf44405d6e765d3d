/**
 * Typed, unvalidated view of src/data/model-config.json for code that also runs in
 * the browser (the moe-routing and active-parameters scenes). The build validates
 * the same file in src/data/checks/model.ts before any page is written.
 */
import modelConfigJson from './model-config.json';

/** DeepSeek-V3's config_671B.json, as published (numbers, plus two strings). */
export interface ModelConfigValues {
  vocab_size: number;
  dim: number;
  inter_dim: number;
  moe_inter_dim: number;
  n_layers: number;
  n_dense_layers: number;
  n_heads: number;
  n_routed_experts: number;
  n_shared_experts: number;
  n_activated_experts: number;
  n_expert_groups: number;
  n_limited_groups: number;
  route_scale: number;
  score_func: string;
  q_lora_rank: number;
  kv_lora_rank: number;
  qk_nope_head_dim: number;
  qk_rope_head_dim: number;
  v_head_dim: number;
  dtype?: string;
}

export interface PublishedFigure {
  value: number;
  source: string;
  where?: string;
  note?: string;
}

export interface ModelConfigFile {
  model: string;
  config: { source: string; where?: string; values: ModelConfigValues };
  published: {
    totalParamsB: PublishedFigure;
    activeParamsB: PublishedFigure;
    activeParamsPreciseB: PublishedFigure;
    embeddingParamsB: PublishedFigure;
    outputHeadParamsB: PublishedFigure;
    huggingFaceTotalB: PublishedFigure;
    mtpModuleB: PublishedFigure;
    mtpUniqueB: PublishedFigure;
    balanceGamma: PublishedFigure;
  };
}

export const modelConfigData = modelConfigJson as ModelConfigFile;
export const modelConfig: ModelConfigValues = modelConfigData.config.values;
