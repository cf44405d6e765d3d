/**
 * The steps of claim-check, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { ClaimStep } from '../shared';
import { step as scores } from './scores';
import { step as cost } from './cost';
import { step as prices } from './prices';
import { step as hardware } from './hardware';
import { step as impact } from './impact';
import { step as all } from './all';

export const stepsById: Record<StepId, ClaimStep> = { scores, cost, prices, hardware, impact, all };
