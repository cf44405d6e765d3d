/**
 * active-parameters: why a 671-billion-parameter model does the work of a ~37-billion
 * one per token. Every number comes from the parameter count computed from
 * DeepSeek-V3's configuration (src/model/parameters.ts, via ./data.ts).
 *
 * Marks keep their keys across steps so the eye can follow them:
 * - `part:<id>`: each part of the model, stored. An area to scale (whole-model), then a
 *   segment of the "stored" bar (count-up) and of the FP8 memory bar (memory-vs-compute).
 * - `active:<id>`: what one token uses of each part, on the same scale as `part:<id>`.
 * - `expert:<i>`, `shared`, `attention`, `router`: one MoE layer, areas to scale.
 * Keys do not depend on the width (wrapped text has a fixed number of line slots),
 * except the leader lines of the wide whole-model legend.
 */
import { findStep, type Frame, type Size } from '../contract';
import type { ActiveParamsData } from './data';
import { steps } from './steps';
import { stepsById } from './steps/index';
import type { SceneText } from '../kit/messages';
import type { APText } from './shared';

export function layout(d: ActiveParamsData, stepId: string, size: Size, text: SceneText): Frame {
  return stepsById[findStep('active-parameters', steps, stepId).id](d, size, text as APText);
}
