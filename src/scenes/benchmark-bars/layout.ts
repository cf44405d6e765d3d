/**
 * benchmark-bars: DeepSeek-R1 against five other models on the R1 paper's table.
 * Each metric keeps its own axis and unit: a Codeforces rating is an Elo number,
 * a percentile is a rank among human contestants, and only the others are
 * accuracies in percent. Nothing here is ever drawn on a shared 0-100% axis.
 */
import type { Benchmarks } from '../../data/schemas';
import { findStep, type Frame, type Size } from '../contract';
import { steps } from './steps';
import { stepsById } from './steps/index';
import type { BenchText } from './shared';

export function layout(data: Benchmarks, stepId: string, size: Size, text: BenchText): Frame {
  const step = findStep('benchmark-bars', steps, stepId);
  return stepsById[step.id](data, text.t(`step.${step.id}.label`), size, text);
}
