/**
 * DeepSeek-V3's parameter count, computed from config_671B.json, against the
 * published totals (V3 README, README_WEIGHTS.md and the shared fact sheet).
 */
import { describe, expect, it } from 'vitest';
import { countParameters, partById, validateConfig, weightMemoryGB, INTEGER_FIELDS } from '../../src/model/parameters';
import { modelConfig, modelConfigData } from '../../src/data/raw-model';
import { sharedFacts } from '../helpers/shared-facts';

const cfg = modelConfig as unknown as Record<string, unknown>;
const count = countParameters(cfg);
const B = 1e9;
const pub = modelConfigData.published;
const relErr = (a: number, b: number) => Math.abs(a - b) / b;

describe('the configuration file', () => {
  it.skipIf(!sharedFacts)('holds the values of config_671B.json as the shared fact sheet quotes them', () => {
    const arch = sharedFacts['1_architecture'];
    expect(modelConfig.n_layers).toBe(arch.num_layers.value);
    expect(modelConfig.n_dense_layers).toBe(arch.first_dense_layers.value);
    expect(modelConfig.n_routed_experts).toBe(arch.routed_experts_per_moe_layer.value);
    expect(modelConfig.n_shared_experts).toBe(arch.shared_experts_per_moe_layer.value);
    expect(modelConfig.n_activated_experts).toBe(arch.routed_experts_activated_per_token.value);
    expect(pub.totalParamsB.value).toBe(arch.total_params.value);
    expect(pub.activeParamsB.value).toBe(arch.activated_params_per_token.value);
    expect(pub.activeParamsPreciseB.value).toBe(arch.activated_params_precise.value);
    expect(pub.huggingFaceTotalB.value).toBe(arch.hf_listed_size_685B.value);
    expect(pub.mtpUniqueB.value).toBe(arch.mtp_module_params.value);
  });
  it('says 685B = 671B main model + 14B MTP module', () => {
    expect(pub.totalParamsB.value + pub.mtpModuleB.value).toBe(pub.huggingFaceTotalB.value);
  });
});

describe('countParameters on DeepSeek-V3', () => {
  it('gives the published 671B total within 0.5%', () => {
    expect(relErr(count.total, 671 * B)).toBeLessThan(0.005);
    expect(relErr(count.total, pub.totalParamsB.value * B)).toBeLessThan(0.005);
  });

  it('gives the published 37B per token within 3% (README_WEIGHTS.md: 36.7B)', () => {
    expect(relErr(count.active, 37 * B)).toBeLessThan(0.03);
    expect(relErr(count.active, pub.activeParamsPreciseB.value * B)).toBeLessThan(0.03);
  });

  it('puts about 97% of all parameters in the routed experts', () => {
    // Justification from published figures alone: the parameters a token does not use
    // (671B - 37B) are the idle 248 of every 256 routed experts, so all routed experts
    // hold (671 - 37) x 256 / 248 = 654.5B, i.e. 97.5% of 671B (97.6% with 36.7B).
    // Allow one point either side for rounding in the published 671B and 37B.
    const implied = ((671 - 37) * 256) / 248 / 671;
    expect(implied).toBeGreaterThan(0.97);
    const share = partById(count, 'routedExperts').total / count.total;
    expect(share).toBeGreaterThan(0.965);
    expect(share).toBeLessThan(0.985);
    expect(Math.abs(share - implied)).toBeLessThan(0.01);
  });

  it('makes the parts add up to the totals', () => {
    expect(count.parts.reduce((a, p) => a + p.total, 0)).toBe(count.total);
    expect(count.parts.reduce((a, p) => a + p.active, 0)).toBe(count.active);
    for (const p of count.parts) expect(p.active, p.id).toBeLessThanOrEqual(p.total);
  });

  it('uses everything but the 248 idle routed experts of each of the 58 MoE layers', () => {
    expect(count.moeLayers).toBe(58);
    expect(count.idleExpertsPerMoeLayer).toBe(248);
    expect(count.total - count.active).toBe(58 * 248 * count.perLayer.expert);
    for (const p of count.parts.filter((p) => p.id !== 'routedExperts')) expect(p.active, p.id).toBe(p.total);
  });

  it('sizes one expert as three 7168 x 2048 matrices and the embedding as 129,280 x 7168', () => {
    expect(count.perLayer.expert).toBe(3 * 7168 * 2048);
    expect(partById(count, 'embedding').total).toBe(129280 * 7168);
    expect(partById(count, 'outputHead').total).toBe(129280 * 7168);
    // README_WEIGHTS.md: 0.9B for the embedding and 0.9B for the output head.
    expect(partById(count, 'embedding').total / B).toBeCloseTo(pub.embeddingParamsB.value, 1);
  });

  it('counts Multi-head Latent Attention matrix by matrix', () => {
    const a = count.perLayer.attentionParts;
    expect(a.wq_a).toBe(7168 * 1536);
    expect(a.wq_b).toBe(1536 * 128 * (128 + 64));
    expect(a.wkv_a).toBe(7168 * (512 + 64));
    expect(a.wkv_b).toBe(512 * 128 * (128 + 128));
    expect(a.wo).toBe(128 * 128 * 7168);
    expect(a.q_norm + a.kv_norm).toBe(1536 + 512);
  });

  it('makes one MoE layer about the size of the MTP module (11.5B unique, README_WEIGHTS.md)', () => {
    // The MTP module is one more Transformer block of the MoE kind (plus a small projection).
    expect(relErr(count.perLayer.moeLayer, pub.mtpUniqueB.value * B)).toBeLessThan(0.015);
  });

  it('needs about 671 GB at FP8 and 1.34 TB at BF16 for the weights', () => {
    expect(weightMemoryGB(count.total, 1)).toBeCloseTo(671, 0);
    expect(weightMemoryGB(count.total, 2) / 1000).toBeCloseTo(1.34, 2);
  });
});

describe('a bad configuration', () => {
  it('names a missing field', () => {
    const { n_layers: _, ...rest } = cfg;
    expect(() => countParameters(rest)).toThrow('model-config: "n_layers" must be a positive integer, got nothing (the field is missing)');
  });
  it('names a field that is not a whole number', () => {
    expect(() => countParameters({ ...cfg, n_heads: 128.5 })).toThrow('model-config: "n_heads" must be a positive integer, got 128.5');
    expect(() => countParameters({ ...cfg, dim: '7168' })).toThrow('model-config: "dim" must be a positive integer, got "7168"');
    expect(() => countParameters({ ...cfg, n_routed_experts: 0 })).toThrow(/"n_routed_experts" must be a positive integer, got 0/);
  });
  it('names inconsistent fields', () => {
    expect(() => validateConfig({ ...cfg, n_dense_layers: 61 })).toThrow(/"n_dense_layers" must be smaller than n_layers/);
    expect(() => validateConfig({ ...cfg, n_expert_groups: 7 })).toThrow(/"n_expert_groups" must divide n_routed_experts/);
    expect(() => validateConfig({ ...cfg, n_limited_groups: 9 })).toThrow(/"n_limited_groups" must be at most n_expert_groups/);
  });
  it('checks every field the count uses', () => {
    for (const f of INTEGER_FIELDS) {
      const { [f]: _, ...rest } = cfg;
      expect(() => validateConfig(rest), f).toThrow(`"${f}"`);
    }
  });
});
