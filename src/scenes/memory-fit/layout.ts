/**
 * memory-fit: what it takes to run R1. The weights' memory at BF16, FP8 and 4-bit
 * for the full model and the distilled ones (parameters x bytes, computed in
 * src/model/memory.ts), an illustrative allowance for what runs beside the weights
 * (labelled as our assumption on the figure), and common machines' memory.
 * Its words are in messages/<locale>.json.
 */
import { NARROW_BREAKPOINT, type Frame, type Size, findStep } from '../contract';
import { steps } from './steps';
import type { MemorySceneData, MemoryText } from './shared';
import { stepsById } from './steps/index';

export function layout(data: MemorySceneData, stepId: string, size: Size, text: MemoryText): Frame {
  const step = findStep('memory-fit', steps, stepId);
  return stepsById[step.id](data, text.t(`step.${step.id}.label`), size.width, size.height, size.width < NARROW_BREAKPOINT, text);
}
