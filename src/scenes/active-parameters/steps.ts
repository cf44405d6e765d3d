/**
 * The steps of active-parameters. Labels and presenter notes are `step.<id>.label` / `.notes`
 * in messages/<locale>.json; the notes' numbers come from the computed parameter count
 * (`stepNumbers`), so no figure is typed here.
 */
import type { SceneStep, StepIds } from '../contract';
import type { SceneText } from '../kit/messages';
import { count, countWords, percent } from '../kit/numbers';
import { modelConfigData } from '../../data/raw-model';
import { activeParamsData } from './data';
import { B, billions, gb0, type APText } from './shared';

export const steps = [
  { id: 'whole-model' },
  { id: 'one-moe-layer' },
  { id: 'one-token' },
  { id: 'count-up' },
  { id: 'memory-vs-compute' },
] as const satisfies readonly SceneStep[];

/** The figure's step ids; each has its file in steps/ (see steps/index.ts). */
export type StepId = StepIds<typeof steps>;

const d = activeParamsData();
const c = d.count;
const s = c.shape;
const routed = d.display.find((p) => p.id === 'routed')!;
const pub = modelConfigData.published;

/** The numbers the title, presenter notes and a control's label quote, in the page's language (SceneModule.wordParamsFor). */
export function stepNumbers(t: SceneText) {
  const text = t as APText;
  const b1 = (v: number) => billions(text, v, true);
  const b0 = (v: number) => count(text, v, 0);
  return {
    title: { total: countWords(text, pub.totalParamsB.value * B), active: countWords(text, pub.activeParamsB.value * B) },
    'step.whole-model.notes': {
      total: b1(c.total),
      share: percent(text, (100 * routed.total) / c.total),
      download: b0(d.published.huggingFace),
      mtp: b0(d.published.mtp),
    },
    'step.one-moe-layer.notes': { layers: c.moeLayers, size: b1(c.perLayer.moeLayer), routed: s.n_routed_experts, shared: s.n_shared_experts },
    'step.one-token.notes': { k: s.n_activated_experts },
    'step.count-up.notes': { active: b1(c.active), total: b1(c.total), precise: b1(d.published.activePrecise) },
    'step.memory-vs-compute.notes': { total: b0(c.total), fp8: gb0(text, d.memory.fp8GB), bf16: gb0(text, d.memory.bf16GB), active: b1(c.active) },
    'whatIf.layers.label': { dense: c.denseLayers },
  };
}
