/**
 * The steps of benchmark-bars, one file each, keyed by step id: the order (and the labels and
 * presenter notes) live in ../steps.ts; a step missing here, or an id not in that order, fails `tsc`.
 */
import type { StepId } from '../steps';
import type { BenchStep } from '../shared';
import { step as maths } from './maths';
import { step as coding } from './coding';
import { step as codeforces } from './codeforces';
import { step as knowledge } from './knowledge';
import { step as summary } from './summary';

export const stepsById: Record<StepId, BenchStep> = { maths, coding, codeforces, knowledge, summary };
