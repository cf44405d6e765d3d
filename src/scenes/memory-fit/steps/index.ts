/**
 * The steps of memory-fit, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { MemoryStep } from '../shared';
import { step as fullModel } from './full-model';
import { step as hardware } from './hardware';
import { step as allowance } from './allowance';
import { step as distilled } from './distilled';
import { step as whatFits } from './what-fits';
import { step as kvCache } from './kv-cache';

export const stepsById: Record<StepId, MemoryStep> = {
  'full-model': fullModel,
  hardware,
  allowance,
  distilled,
  'what-fits': whatFits,
  'kv-cache': kvCache,
};
