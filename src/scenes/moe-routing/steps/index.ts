/**
 * The routing figure's steps, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { RoutingStep } from '../shared';
import { step as affinity } from './affinity';
import { step as groups } from './groups';
import { step as top8 } from './top-8';
import { step as gateWeights } from './gate-weights';
import { step as everyToken } from './every-token';
import { step as batch } from './batch';
import { step as balancing } from './balancing';

export const stepsById: Record<StepId, RoutingStep> = {
  affinity,
  groups,
  'top-8': top8,
  'gate-weights': gateWeights,
  'every-token': everyToken,
  batch,
  balancing,
};
