/**
 * The steps of active-parameters, one file each, keyed by step id: the order (and the labels
 * and presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { ActiveStep } from '../shared';
import { step as wholeModel } from './whole-model';
import { step as oneMoeLayer } from './one-moe-layer';
import { step as oneToken } from './one-token';
import { step as countUp } from './count-up';
import { step as memoryVsCompute } from './memory-vs-compute';

export const stepsById: Record<StepId, ActiveStep> = {
  'whole-model': wholeModel,
  'one-moe-layer': oneMoeLayer,
  'one-token': oneToken,
  'count-up': countUp,
  'memory-vs-compute': memoryVsCompute,
};
