/**
 * The steps of market-fall, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { MarketStep } from '../shared';
import { step as record } from './record';
import { step as outlets } from './outlets';

export const stepsById: Record<StepId, MarketStep> = { record, outlets };
