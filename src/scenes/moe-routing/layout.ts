/**
 * moe-routing: how DeepSeek-V3's router picks experts for one token, and how the
 * bias nudges even out the load over many tokens.
 *
 * The 256 routed experts are one rect each, keyed `expert:<i>` in every step: a grid
 * of scores for one token (steps 1-4, score-grid.ts), then bars of load over a batch
 * (steps 6-7, load-rows.ts), so the eye can follow an expert. Each step draws in its own
 * file in steps/; this one adds, while a reader's what-if routing is drawn, the line that
 * says so above it. Marks stay under ~400 per frame: never one per token x expert.
 */
import { findStep, NARROW_BREAKPOINT, type Frame, type Mark, type Size } from '../contract';
import { px } from '../kit/format';
import { measure } from '../kit/text';
import { R1_LIMITS, type MoeRoutingData } from './data';
import { listOf, type RoutingText } from './shared';
import { steps } from './steps';
import { stepsById } from './steps/index';

/**
 * While the reader's what-if routing is drawn, the title area says so first ("What if… — not
 * R1: top-4 (R1: 8)"), with what this step shows of it: the token steps the routing, the batch
 * steps the balancing step γ (their run keeps R1's top-k and groups: it is precomputed).
 */
export function whatIfLine(d: MoeRoutingData, stepId: string, width: number, text: RoutingText): string | null {
  if (!d.whatIf) return null;
  const { topK, keptGroups, nGroups } = d.settings;
  const gamma = d.balancing.gamma;
  const k = topK !== R1_LIMITS.topK;
  const g = keptGroups !== R1_LIMITS.keptGroups;
  const y = gamma !== R1_LIMITS.gamma;
  const long: string[] = [];
  const brief: string[] = [];
  if (stepId === 'batch' || stepId === 'balancing') {
    const b = d.batchLimits;
    // Batch 1 is routed before any nudge: γ acts from the next step on.
    if (y && stepId === 'batch') {
      long.push(text.t('whatIf.gammaNext', { gamma }));
      brief.push(text.t('whatIf.gammaNext.brief', { gamma }));
    } else if (y) {
      long.push(text.t('whatIf.gammaFigure', { gamma, r1: R1_LIMITS.gamma }));
      brief.push(text.t('whatIf.gamma', { gamma }));
    }
    if (k || g) {
      long.push(text.t('whatIf.batchKeeps', { k: b.topK, groups: b.keptGroups }));
      brief.push(text.t('whatIf.batchKeeps.brief', { k: b.topK }));
    }
  } else {
    if (k) {
      long.push(text.t('whatIf.topk', { k: topK, r1: R1_LIMITS.topK }));
      brief.push(text.t('whatIf.topk.brief', { k: topK }));
    }
    if (g) {
      long.push(text.t('whatIf.groups', { kept: keptGroups, n: nGroups, r1: R1_LIMITS.keptGroups }));
      brief.push(text.t('whatIf.groups.brief', { count: keptGroups }));
    }
    if (y) {
      long.push(text.t('whatIf.gammaSee', { gamma }));
      brief.push(text.t('whatIf.gamma', { gamma }));
    }
  }
  for (const parts of [long, brief]) {
    const t = text.t('whatIf.line', { parts: listOf(text, parts) });
    if (measure(t, { size: 12, weight: 700 }) <= width - 2) return t;
  }
  return text.t('whatIf.line.many', { count: long.length });
}

/** A mark moved down by `dy` (the what-if line above the title). Paths here start their pieces with absolute M/L x,y. */
function shiftDown(m: Mark, dy: number): Mark {
  switch (m.kind) {
    case 'text':
    case 'rect':
      return { ...m, y: px(m.y + dy) };
    case 'line':
      return { ...m, y1: px(m.y1 + dy), y2: px(m.y2 + dy) };
    case 'circle':
      return { ...m, cy: px(m.cy + dy) };
    case 'path':
      return { ...m, d: m.d.replace(/([ML])(-?[\d.]+),(-?[\d.]+)/g, (_, c: string, x: string, y: string) => `${c}${x},${px(Number(y) + dy)}`) };
  }
}

export function layout(data: MoeRoutingData, stepId: string, size: Size, text: RoutingText): Frame {
  const step = findStep('moe-routing', steps, stepId);
  const drawAt = (at: Size): Frame => ({ width: at.width, height: at.height, ...stepsById[step.id](data, at, at.width < NARROW_BREAKPOINT, text) });
  const badge = whatIfLine(data, step.id, size.width, text);
  if (!badge) return drawAt(size);
  const dy = 20;
  const inner = drawAt({ width: size.width, height: size.height - dy });
  return {
    ...inner,
    height: size.height,
    title: text.t('whatIf.title', { title: inner.title }),
    marks: [
      { kind: 'text', key: 'whatif', x: 0, y: 13, text: badge, className: 'mr-whatif', fontSize: 12, fontWeight: 700 },
      ...inner.marks.map((m) => shiftDown(m, dy)),
    ],
  };
}
