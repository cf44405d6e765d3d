/**
 * cost: what R1 cost. (a) DeepSeek-V3's final training run as its report prices it:
 * GPU-hours per stage, the assumed $2 rental rate, the days they imply on 2,048 GPUs,
 * and what the figure leaves out. (b) What using R1 costs: API prices per million
 * tokens next to OpenAI o1's, and a bill for a given amount of use.
 *
 * Every total, dollar amount, day count and ratio is computed with src/model/cost.ts
 * from the data; nothing here is typed in. The bill step draws the usage carried in
 * the data (the calculator's inputs), so a reader's own numbers give a valid frame.
 */
import { NARROW_BREAKPOINT, type Frame, type Mark, type Size, findStep } from '../contract';
import { header, paragraph } from '../kit/chart';
import { steps } from './steps';
import { type CostSceneData, type CostText, REPORTED_RATE, price } from './shared';
import { stepsById } from './steps/index';

export function layout(data: CostSceneData, stepId: string, size: Size, text: CostText): Frame {
  const step = findStep('cost', steps, stepId);
  const def = stepsById[step.id];
  const narrow = size.width < NARROW_BREAKPOINT;
  const W = size.width;
  const H = size.height;
  const h = def.headline(data, narrow, text);
  // A reader's what-if price (what-if.ts) changes the dollars steps: their title area says so first.
  const rate = data.run.dollarsPerGpuHour.value;
  const badge =
    rate !== REPORTED_RATE && def.showsRate
      ? paragraph('whatif', text.t('whatIf.badge', { reported: price(text, REPORTED_RATE), rate: price(text, rate, 2) }), 0, 12, W, {
          className: 'co-whatif',
          fontSize: 12,
          fontWeight: 700,
          slots: 1,
        })
      : null;
  const dy = badge ? badge.bottom + 8 : 0;
  const head = header(h.title, h.sub, W, narrow);
  const marks: Mark[] = [...(badge?.marks ?? []), ...(dy ? head.marks.map((m) => (m.kind === 'text' ? { ...m, y: m.y + dy } : m)) : head.marks)];
  marks.push(...def.marks(data, W, H, narrow, head.bottom + dy, text));
  return {
    width: W,
    height: H,
    title: badge ? text.t('whatIf.title', { reported: price(text, REPORTED_RATE), title: h.title }) : h.title,
    description: def.describe(data, text),
    marks,
    table: def.table(data, text),
  };
}
