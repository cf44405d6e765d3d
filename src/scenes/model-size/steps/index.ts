/**
 * The steps of model-size, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { ModelSizeStep } from '../layout';
import { step as stored } from './stored';
import { step as atWork } from './at-work';

export const stepsById: Record<StepId, ModelSizeStep> = { stored, 'at-work': atWork };
