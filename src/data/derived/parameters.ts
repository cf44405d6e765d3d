/**
 * Figures computed from DeepSeek-V3's configuration (src/data/model-config.json) by
 * src/model/parameters.ts, plus the published totals they are compared with, and the
 * outcome of the illustrative router (src/model/router.ts, precomputed in
 * src/data/generated/balancing.json, made by `npm run data`). Chapters 2 and 3 cite these with <Fact id>.
 */
import type { Fact } from '../schemas';
import { modelConfigData } from '../raw-model';
import { BYTES_PER_PARAM, countParameters, partById, weightMemoryGB } from '../../model/parameters';
import balancing from '../generated/balancing.json';

const cfg = modelConfigData.config.values;
const count = countParameters(cfg as unknown as Record<string, unknown>);
const pub = modelConfigData.published;
const B = 1e9;
const M = 1e6;
const C = 'V3_CONFIG';
const fromConfig = 'computed from inference/configs/config_671B.json (src/model/parameters.ts)';

const billions = (value: number, where: string, digits = 1, source = C): Fact => ({ value, format: `,.${digits}f`, suffix: ' billion', source, where });
const millions = (value: number, where: string): Fact => ({ value, format: ',.0f', suffix: ' million', source: C, where });
const whole = (value: number, where: string, source = C): Fact => ({ value, format: ',', source, where });
const percent = (value: number, where: string, digits = 1): Fact => ({ value, format: `.${digits}f`, suffix: '%', source: C, where });

const routed = partById(count, 'routedExperts');
const idlePerLayer = count.idleExpertsPerMoeLayer * count.perLayer.expert;
const first = balancing.spread[0]!;
const tail = balancing.spread.slice(-5);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const facts: Record<string, Fact> = {
  // The configuration, as published.
  'config.nRoutedExperts': whole(cfg.n_routed_experts, 'n_routed_experts'),
  'config.nSharedExperts': whole(cfg.n_shared_experts, 'n_shared_experts'),
  'config.nActivatedExperts': whole(cfg.n_activated_experts, 'n_activated_experts'),
  'config.nExpertGroups': whole(cfg.n_expert_groups, 'n_expert_groups'),
  'config.nLimitedGroups': whole(cfg.n_limited_groups, 'n_limited_groups'),
  'config.expertsPerGroup': whole(cfg.n_routed_experts / cfg.n_expert_groups, 'n_routed_experts / n_expert_groups'),
  'config.nLayers': whole(cfg.n_layers, 'n_layers'),
  'config.nDenseLayers': whole(cfg.n_dense_layers, 'n_dense_layers'),
  'config.nMoeLayers': whole(count.moeLayers, 'n_layers - n_dense_layers'),
  'config.dim': whole(cfg.dim, 'dim (numbers per token inside the model)'),
  'config.moeInterDim': whole(cfg.moe_inter_dim, 'moe_inter_dim'),
  'config.interDim': whole(cfg.inter_dim, 'inter_dim'),
  'config.vocabSize': whole(cfg.vocab_size, 'vocab_size'),
  'config.routeScale': { value: cfg.route_scale, format: '.1f', source: C, where: 'route_scale' },
  'config.expertsPerToken': whole(cfg.n_activated_experts + cfg.n_shared_experts, 'n_activated_experts + n_shared_experts'),
  'config.idleExperts': whole(count.idleExpertsPerMoeLayer, 'n_routed_experts - n_activated_experts'),
  'config.expertOdds': whole(cfg.n_routed_experts / cfg.n_activated_experts, 'n_routed_experts / n_activated_experts'),

  // Computed counts.
  'params.total': billions(count.total / B, fromConfig, 0),
  'params.totalPrecise': billions(count.total / B, fromConfig, 2),
  'params.active': billions(count.active / B, `${fromConfig}: everything except the idle routed experts`),
  'params.activeNoEmbedding': billions(
    (count.active - partById(count, 'embedding').total) / B,
    `${fromConfig}: active count without the embedding table (a token reads one row of it)`,
  ),
  'params.oneIn': whole(Math.round(count.total / count.active), 'total / active, rounded'),
  'params.activeShare': percent((100 * count.active) / count.total, fromConfig),
  'params.routedTotal': billions(routed.total / B, fromConfig, 0),
  'params.routedShare': percent((100 * routed.total) / count.total, fromConfig),
  'params.routedActive': billions(routed.active / B, fromConfig),
  'params.perExpert': millions(count.perLayer.expert / M, '3 x dim x moe_inter_dim'),
  'params.perExpertExact': whole(count.perLayer.expert, '3 x dim x moe_inter_dim'),
  'params.attentionTotal': billions(partById(count, 'attention').total / B, fromConfig),
  'params.attentionPerLayer': millions(count.perLayer.attention / M, fromConfig),
  'params.sharedTotal': billions(partById(count, 'sharedExperts').total / B, fromConfig),
  'params.denseTotal': billions(partById(count, 'denseFfn').total / B, fromConfig),
  'params.denseLayer': millions(count.perLayer.denseFfn / M, '3 x dim x inter_dim'),
  'params.embedding': billions(partById(count, 'embedding').total / B, 'vocab_size x dim', 2),
  'params.outputHead': billions(partById(count, 'outputHead').total / B, 'dim x vocab_size', 2),
  'params.routerPerLayer': millions(count.perLayer.router / M, 'n_routed_experts x dim + n_routed_experts'),
  'params.moeLayer': billions(count.perLayer.moeLayer / B, fromConfig),
  'params.moeLayerIdle': billions(idlePerLayer / B, fromConfig),
  'params.activeMinusPrecise': billions(
    (count.active - pub.activeParamsPreciseB.value * B) / B,
    `our count minus the ${pub.activeParamsPreciseB.value}B of README_WEIGHTS.md`,
  ),
  'params.activeVsPrecise': percent(
    (100 * (count.active - pub.activeParamsPreciseB.value * B)) / (pub.activeParamsPreciseB.value * B),
    'our count against README_WEIGHTS.md',
  ),
  'params.totalVsPublished': percent(
    (100 * Math.abs(count.total - pub.totalParamsB.value * B)) / (pub.totalParamsB.value * B),
    'our count against the README',
    3,
  ),
  'params.memoryFp8': {
    value: weightMemoryGB(count.total, BYTES_PER_PARAM.fp8),
    format: ',.0f',
    suffix: ' GB',
    source: C,
    where: 'total parameters x 1 byte (FP8); weights only',
  },
  'params.memoryBf16': {
    value: weightMemoryGB(count.total, BYTES_PER_PARAM.bf16),
    format: ',.0f',
    suffix: ' GB',
    source: C,
    where: 'total parameters x 2 bytes (BF16); weights only',
  },
  'params.memoryBf16Tb': {
    value: weightMemoryGB(count.total, BYTES_PER_PARAM.bf16) / 1000,
    format: '.2f',
    suffix: ' TB',
    source: C,
    where: 'total parameters x 2 bytes (BF16); weights only',
  },
  'params.activeMemoryFp8': {
    value: weightMemoryGB(count.active, BYTES_PER_PARAM.fp8),
    format: ',.0f',
    suffix: ' GB',
    source: C,
    where: 'active parameters x 1 byte (FP8)',
  },

  // Published figures, from src/data/model-config.json.
  'params.publishedTotal': billions(pub.totalParamsB.value, pub.totalParamsB.where ?? '', 0, pub.totalParamsB.source),
  'params.publishedActive': billions(pub.activeParamsB.value, pub.activeParamsB.where ?? '', 0, pub.activeParamsB.source),
  'params.publishedActivePrecise': billions(pub.activeParamsPreciseB.value, pub.activeParamsPreciseB.where ?? '', 1, pub.activeParamsPreciseB.source),
  'params.publishedEmbedding': billions(pub.embeddingParamsB.value, pub.embeddingParamsB.where ?? '', 1, pub.embeddingParamsB.source),
  'params.publishedHf': billions(pub.huggingFaceTotalB.value, pub.huggingFaceTotalB.where ?? '', 0, pub.huggingFaceTotalB.source),
  'params.publishedMtp': billions(pub.mtpModuleB.value, pub.mtpModuleB.where ?? '', 0, pub.mtpModuleB.source),
  'params.publishedMtpUnique': billions(pub.mtpUniqueB.value, pub.mtpUniqueB.where ?? '', 1, pub.mtpUniqueB.source),
  'router.gammaPaper': { value: pub.balanceGamma.value, format: '.3f', source: pub.balanceGamma.source, where: pub.balanceGamma.where },

  // The illustrative router's balancing run (a simulation of the method, not DeepSeek's data).
  'router.gammaIllustrative': {
    value: balancing.gamma,
    format: '.2f',
    source: 'V3_REPORT',
    where: 'illustrative step of our simulation (src/model/router.ts)',
    note: 'DeepSeek used 0.001; the illustration uses a larger step so the effect shows in a few batches.',
  },
  'router.gammaRatio': {
    value: balancing.gamma / pub.balanceGamma.value,
    format: '.0f',
    suffix: ' times',
    source: 'V3_REPORT',
    where: 'illustrative step / DeepSeek step',
  },
  'router.batchSize': whole(balancing.batchSize, 'illustrative simulation (src/model/router.ts)', 'V3_REPORT'),
  'router.batches': whole(balancing.batches, 'illustrative simulation (src/model/router.ts)', 'V3_REPORT'),
  'router.fairShare': whole(balancing.fairShare, 'batch size x 8 / 256', 'V3_REPORT'),
  'router.maxOverMeanBefore': {
    value: first.maxOverMean,
    format: '.1f',
    suffix: ' times',
    source: 'V3_REPORT',
    where: 'illustrative simulation, first batch (no bias yet)',
  },
  'router.maxOverMeanAfter': {
    value: avg(tail.map((s) => s.maxOverMean)),
    format: '.1f',
    suffix: ' times',
    source: 'V3_REPORT',
    where: 'illustrative simulation, mean of the last 5 batches',
  },
};

export default facts;
