/**
 * The active-parameters scene's data: DeepSeek-V3's parameter count computed from
 * its published configuration (src/model/parameters.ts), grouped the way the figure
 * draws it, with the published totals and the experts one example token uses.
 */
import { modelConfig, modelConfigData } from '../../data/raw-model';
import { BYTES_PER_PARAM, countParameters, partById, weightMemoryGB, type IntegerField, type ParameterCount, type PartId } from '../../model/parameters';
import { createRouter, route, tokenAffinities, tokenize, withLimits, type Router } from '../../model/router';
import { DEFAULT_SENTENCE, defaultFocus, router } from '../moe-routing/data';

export interface DisplayPart {
  /** Its name and where it sits are messages: `part.<id>`, `part.<id>.short`, `detail.*` (see shared.ts). */
  id: 'routed' | 'attention' | 'shared' | 'dense' | 'embedding' | 'head' | 'router';
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
  changes: { field: ChangeableField; value: number; r1: number }[];
}

/** The fields a what-if may change (the figure's words for them: `whatIf.change.<field>`). */
const CHANGEABLE = ['n_routed_experts', 'n_activated_experts', 'n_shared_experts', 'n_layers', 'moe_inter_dim'] as const satisfies readonly IntegerField[];
export type ChangeableField = (typeof CHANGEABLE)[number];
const r1Count = countParameters(modelConfig as unknown as Record<string, unknown>);

/**
 * The token the figure follows: the one moe-routing's figure follows in the same example sentence
 * (its catalogue's `example.sentence`, which this scene's catalogue repeats; a test holds them equal).
 */
export function exampleToken(sentence: string = DEFAULT_SENTENCE): string {
  const tokens = tokenize(sentence);
  return tokens[defaultFocus(tokens)]!;
}

export function activeParamsData(
  values: Record<string, unknown> = modelConfig as unknown as Record<string, unknown>,
  token: string = exampleToken(),
): ActiveParamsData {
  const count = countParameters(values);
  const s = count.shape;
  const sum = (ids: PartId[], key: 'total' | 'active') => ids.reduce((a, id) => a + partById(count, id)[key], 0);
  const part = (id: DisplayPart['id'], parts: PartId[]): DisplayPart => ({
    id,
    parts,
    total: sum(parts, 'total'),
    active: sum(parts, 'active'),
  });
  const display = [
    part('routed', ['routedExperts']),
    part('attention', ['attention', 'layerNorms']),
    part('shared', ['sharedExperts']),
    part('dense', ['denseFfn']),
    part('embedding', ['embedding']),
    part('head', ['outputHead', 'finalNorm']),
    part('router', ['router']),
  ];
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
    changes: CHANGEABLE.filter((field) => s[field] !== r1Count.shape[field]).map((field) => ({ field, value: s[field], r1: r1Count.shape[field] })),
  };
}

/** The experts the example token uses: R1's illustrative router, or one of the same kind sized like the what-if shape. */
function tokenExperts(s: ParameterCount['shape'], token: string): number[] {
  const same =
    s.n_routed_experts === router.settings.nExperts && s.n_activated_experts === router.settings.topK && s.n_limited_groups === router.settings.keptGroups;
  const sized = same ? router : withLimits(routerOfSize(s.n_routed_experts), { topK: s.n_activated_experts, keptGroups: s.n_limited_groups });
  const r = same ? router : { ...sized, settings: { ...sized.settings, nShared: s.n_shared_experts } };
  return route(r, tokenAffinities(r, token)).experts;
}

/**
 * The illustrative router with `nExperts` experts, built once per size: its random expert
 * vectors are most of a redraw's work while a what-if slider is dragged, and only the
 * number of experts changes them (top-k and the group limit only change which are chosen).
 */
const routersBySize = new Map<number, Router>();
function routerOfSize(nExperts: number): Router {
  let r = routersBySize.get(nExperts);
  if (!r) {
    // A slider sweeps through many sizes: keep the last few.
    if (routersBySize.size >= 8) routersBySize.delete(routersBySize.keys().next().value!);
    r = createRouter({ ...router.settings, nExperts });
    routersBySize.set(nExperts, r);
  }
  return r;
}
