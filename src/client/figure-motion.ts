/**
 * The scheduler of a figure's step changes in time: a tween of each mark when few
 * change, a dip (fade down, redraw in slices, fade up) when many do, and the marks'
 * DOM work cut into slices, one per animation frame (slices.ts). A newer step
 * interrupts whatever is running and starts from wherever the marks are.
 */
import type { Frame } from '../scenes/contract';
import { applyMarks, countChanges } from './mark-join';
import { inSlices, runSlice } from './slices';

/**
 * Above this many marks entering, leaving or changing, a step change dips the
 * figure (fades it down, redraws, fades it up) instead of tweening mark by mark.
 * Tweening a few hundred SVG marks (the 256-expert grids) costs script, style,
 * layout and paint work on every frame, which on a slow phone (the benchmark's CPU
 * x4) means long tasks while the reader scrolls. In a dip the opacity animations
 * run on the compositor, and the redraw is cut into slices while the figure is faint.
 */
export const DIP_ABOVE = 30;
/**
 * Marks change in slices, one per animation frame: a dip's redraw, the start of a
 * tween, the idle redraw after load. A slice does SLICE_COST units of work: a shape
 * that changes costs 1, a text that enters or changes more (TEXT_COST in
 * mark-join.ts). A slice also ends after SLICE_MS of script. Without slices, a step
 * that brings in a panel of labelled bars lays out some 40 texts in one frame: a
 * long task at CPU x4.
 */
const SLICE_COST = 30;
const SLICE_MS = 4;
const FAINT = 0.1;

/** One slice of the redraw after load, half a frame's: it runs while the page may still be loading. True when the work has finished. */
export function idleSlice(work: Generator<number, void, void>): boolean {
  return runSlice(work, SLICE_COST / 2, SLICE_MS / 2);
}

interface Dip {
  /** The frame to end on; a step change during the dip replaces it. */
  frame: Frame;
  phase: 'out' | 'redraw' | 'in';
  /** Stops the slices of a redraw in progress. */
  stopRedraw?: () => void;
  /** What to do once the redraw is complete: fade the figure back up. */
  redrawn?: () => void;
}
const dips = new WeakMap<SVGSVGElement, Dip>();
/** Stops the slices of a tween still starting its marks, per figure. */
const tweening = new WeakMap<SVGSVGElement, () => void>();
function stopStarting(svgEl: SVGSVGElement): void {
  tweening.get(svgEl)?.();
  tweening.delete(svgEl);
}

/**
 * Move `svgEl` to `frame` over `duration` ms: a D3 tween of each mark when few
 * change, else a dip (see DIP_ABOVE). With duration 0 the marks change at once.
 */
export function show(svgEl: SVGSVGElement, frame: Frame, duration: number): void {
  stopStarting(svgEl);
  const dip = dips.get(svgEl);
  if (dip && duration > 0 && dip.phase !== 'in') {
    // Still faint: aim the dip at the newer step (fast scrolling gives one dip, not several).
    dip.frame = frame;
    if (dip.phase === 'redraw') redraw(svgEl, dip);
    return;
  }
  // Fading back up when this step came: dip again from where the fade is now.
  const now = dip ? Number(getComputedStyle(svgEl).opacity) : 1;
  if (dip) endDip(svgEl, dip);
  if (duration <= 0 || typeof svgEl.animate !== 'function' || countChanges(svgEl, frame) <= DIP_ABOVE) {
    tween(svgEl, frame, duration);
    return;
  }
  const next: Dip = { frame, phase: 'out' };
  dips.set(svgEl, next);
  const out = svgEl.animate([{ opacity: now }, { opacity: FAINT }], {
    duration: duration * 0.3 * Math.max(0, now - FAINT),
    easing: 'ease-in',
    fill: 'forwards',
  });
  out.onfinish = () => {
    if (dips.get(svgEl) !== next) return;
    next.phase = 'redraw';
    next.redrawn = () => {
      next.phase = 'in';
      const back = svgEl.animate([{ opacity: FAINT }, { opacity: 1 }], { duration: duration * 0.5, easing: 'ease-out', fill: 'forwards' });
      out.cancel();
      back.onfinish = () => {
        if (dips.get(svgEl) === next) endDip(svgEl, next);
      };
    };
    redraw(svgEl, next);
  };
}

/** Redraw `dip.frame` in slices, one per animation frame, then call `dip.redrawn`. */
function redraw(svgEl: SVGSVGElement, dip: Dip): void {
  dip.stopRedraw?.();
  dip.stopRedraw = inSlices(applyMarks(svgEl, dip.frame, 0), SLICE_COST, SLICE_MS, () => {
    dip.stopRedraw = undefined;
    dip.redrawn?.();
  });
}

/**
 * Stop a dip wherever it is and show the figure fully. The marks may be half
 * redrawn: every caller draws a frame next, and tween() starts from any state.
 */
function endDip(svgEl: SVGSVGElement, dip: Dip): void {
  dips.delete(svgEl);
  dip.stopRedraw?.();
  for (const a of svgEl.getAnimations()) a.cancel();
}

/**
 * Tween the SVG's children to `frame`, matching marks by `data-key`. With a
 * duration the marks start their tweens in slices (see SLICE_COST): a mark that
 * starts a frame or two after another is not seen, a frame that lays out 40 new
 * labels is. With duration 0 every mark changes now.
 */
export function tween(svgEl: SVGSVGElement, frame: Frame, duration: number): void {
  stopStarting(svgEl);
  const work = applyMarks(svgEl, frame, duration);
  if (duration <= 0) {
    for (const _ of work);
    return;
  }
  tweening.set(
    svgEl,
    inSlices(work, SLICE_COST, SLICE_MS, () => tweening.delete(svgEl)),
  );
}
