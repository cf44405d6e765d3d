/**
 * The cost figure's steps, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { CostStep } from '../shared';
import { step as gpuHours } from './gpu-hours';
import { step as dollars } from './dollars';
import { step as days } from './days';
import { step as notIncluded } from './not-included';
import { step as apiPrices } from './api-prices';
import { step as bill } from './bill';

export const stepsById: Record<StepId, CostStep> = {
  'gpu-hours': gpuHours,
  dollars,
  days,
  'not-included': notIncluded,
  'api-prices': apiPrices,
  bill,
};
