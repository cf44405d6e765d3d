/**
 * The active-parameters scene's data: DeepSeek-V3's parameter count computed from
 * its published configuration (src/model/parameters.ts), grouped the way the figure
 * draws it, with the published totals and the experts one example token uses.
 */
import { modelConfig, modelConfigData } from '../../data/raw-model';
import { BYTES_PER_PARAM, countParameters, partById, weightMemoryGB, type IntegerField, type ParameterCount, type PartId } from '../../model/parameters';
import { createRouter, route, tokenAffinities, tokenize } from '../../model/router';
import { DEFAULT_SENTENCE, defaultFocus, router } from '../moe-routing/data';

export interface DisplayPart {
  id: 'routed' | 'attention' | 'shared' | 'dense' | 'embedding' | 'head' | 'router';
  label: string;
  /** Short name for the phone layout. */
  short: string;
  /** How many copies (layers), for the labels. */
  detail: string;
  parts: PartId[];
  total: number;
  active: number;
}

export interface ActiveParamsData {
  count: ParameterCount;
  /** The figure's parts, largest first; together they hold every parameter. */
  display: DisplayPart[];
  published: { total: number; active: number; activePrecise: number; huggingFace: number; mtp: number; mtpUnique: number };
  /** The example token and the routed experts it uses in one MoE layer (illustrative router). */
  token: string;
  experts: number[];
  memory: { fp8GB: number; bf16GB: number; activeFp8GB: number; activeBf16GB: number };
  /** The published weights' number format (config dtype). */
  dtype: string;
  /**
   * R1's own count, for the mark that stays on the figure while a reader's what-if shape
   * is shown, and the fields that differ from R1's (empty: this is R1).
   */
  r1: { total: number; active: number; fp8GB: number };
  changes: { field: string; label: string; value: number; r1: number }[];
}

/** The fields a what-if may change, with the words the figure uses for them. */
const CHANGEABLE: { field: IntegerField; label: string }[] = [
  { field: 'n_routed_experts', label: 'routed experts' },
  { field: 'n_activated_experts', label: 'top-k' },
  { field: 'n_shared_experts', label: 'shared experts' },
  { field: 'n_layers', label: 'layers' },
  { field: 'moe_inter_dim', label: 'expert width' },
];
const r1Count = countParameters(modelConfig as unknown as Record<string, unknown>);

export function activeParamsData(values: Record<string, unknown> = modelConfig as unknown as Record<string, unknown>): ActiveParamsData {
  const count = countParameters(values);
  const s = count.shape;
  const sum = (ids: PartId[], key: 'total' | 'active') => ids.reduce((a, id) => a + partById(count, id)[key], 0);
  const part = (id: DisplayPart['id'], label: string, short: string, detail: string, parts: PartId[]): DisplayPart => ({
    id,
    label,
    short,
    detail,
    parts,
    total: sum(parts, 'total'),
    active: sum(parts, 'active'),
  });
  const layers = `${count.moeLayers} ${count.moeLayers === 1 ? 'layer' : 'layers'}`;
  const display = [
    part('routed', 'Routed experts', 'Routed experts', `${layers} × ${s.n_routed_experts}`, ['routedExperts']),
    part('attention', 'Attention', 'Attention', `${s.n_layers} layers, with their norms`, ['attention', 'layerNorms']),
    part('shared', 'Shared experts', 'Shared experts', `${layers} × ${s.n_shared_experts}`, ['sharedExperts']),
    part('dense', 'Dense feed-forward', 'Dense FFN', `first ${count.denseLayers} layers`, ['denseFfn']),
    part('embedding', 'Embedding', 'Embedding', `${s.vocab_size.toLocaleString('en-US')} tokens × ${s.dim.toLocaleString('en-US')}`, ['embedding']),
    part('head', 'Output head', 'Output head', 'and the final norm', ['outputHead', 'finalNorm']),
    part('router', 'Routers', 'Routers', layers, ['router']),
  ];
  const tokens = tokenize(DEFAULT_SENTENCE);
  const token = tokens[defaultFocus(tokens)]!;
  const pub = modelConfigData.published;
  const B = 1e9;
  return {
    count,
    display,
    published: {
      total: pub.totalParamsB.value * B,
      active: pub.activeParamsB.value * B,
      activePrecise: pub.activeParamsPreciseB.value * B,
      huggingFace: pub.huggingFaceTotalB.value * B,
      mtp: pub.mtpModuleB.value * B,
      mtpUnique: pub.mtpUniqueB.value * B,
    },
    token,
    experts: tokenExperts(s, token),
    memory: {
      fp8GB: weightMemoryGB(count.total, BYTES_PER_PARAM.fp8),
      bf16GB: weightMemoryGB(count.total, BYTES_PER_PARAM.bf16),
      activeFp8GB: weightMemoryGB(count.active, BYTES_PER_PARAM.fp8),
      activeBf16GB: weightMemoryGB(count.active, BYTES_PER_PARAM.bf16),
    },
    dtype: String(modelConfig.dtype ?? 'unknown').toUpperCase(),
    r1: { total: r1Count.total, active: r1Count.active, fp8GB: weightMemoryGB(r1Count.total, BYTES_PER_PARAM.fp8) },
    changes: CHANGEABLE.filter((c) => s[c.field] !== r1Count.shape[c.field]).map((c) => ({ ...c, value: s[c.field], r1: r1Count.shape[c.field] })),
  };
}

/** The experts the example token uses: R1's illustrative router, or one of the same kind sized like the what-if shape. */
function tokenExperts(s: ParameterCount['shape'], token: string): number[] {
  const same =
    s.n_routed_experts === router.settings.nExperts && s.n_activated_experts === router.settings.topK && s.n_limited_groups === router.settings.keptGroups;
  const r = same
    ? router
    : createRouter({
        ...router.settings,
        nExperts: s.n_routed_experts,
        topK: s.n_activated_experts,
        keptGroups: s.n_limited_groups,
        nShared: s.n_shared_experts,
      });
  return route(r, tokenAffinities(r, token)).experts;
}
