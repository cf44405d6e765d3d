/**
 * Attribute tweens for SVG marks, on D3's animation primitives: d3-timer's frame
 * clock, d3-interpolate and d3-ease. One timer drives every running tween.
 *
 * Why not d3-transition: a transition's attr() may meet a colour, so it brings
 * d3-color (its named-colour table) and d3-selection with it, about 9 KiB gzip on
 * every page with a figure. Marks only ever tween numbers and path strings.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber, interpolateString } from 'd3-interpolate';
import { now, timer, type Timer } from 'd3-timer';

interface Tween {
  start: number;
  duration: number;
  /** Attribute name, interpolator, exact final value. */
  attrs: [string, (t: number) => number | string, string][];
  /** Remove the element once the tween ends (a mark leaving the figure). */
  remove: boolean;
}

const running = new Map<Element, Tween>();
/** What a missing attribute means (an SVG element without `opacity` is opaque). */
const UNSET: Record<string, string> = { opacity: '1' };
let clock: Timer | null = null;

/**
 * Tween `el`'s attributes from their current values to `to` over `duration` ms.
 * A tween already running on `el` is stopped where it is first, so the new one
 * starts from wherever the mark is.
 */
export function tweenAttrs(el: Element, to: Record<string, string | number>, duration: number, remove = false): void {
  const attrs: Tween['attrs'] = [];
  for (const [name, value] of Object.entries(to)) {
    const from = el.getAttribute(name) ?? UNSET[name] ?? null;
    const end = String(value);
    if (from === end) continue;
    attrs.push([name, typeof value === 'number' ? interpolateNumber(Number(from ?? 0), value) : interpolateString(from ?? end, end), end]);
  }
  if (attrs.length === 0 && !remove) {
    running.delete(el);
    return;
  }
  running.set(el, { start: now(), duration, attrs, remove });
  clock ??= timer(tick);
}

/** Stop `el`'s tween where it is. */
export function stopTween(el: Element): void {
  running.delete(el);
}

export function isTweening(el: Element): boolean {
  return running.has(el);
}

function tick(): void {
  const t = now();
  for (const [el, tw] of running) {
    const k = tw.duration > 0 ? Math.min(1, (t - tw.start) / tw.duration) : 1;
    if (k < 1) {
      const e = easeCubicInOut(k);
      for (const [name, at] of tw.attrs) el.setAttribute(name, String(at(e)));
      continue;
    }
    // End on the exact values, so a later step sees the mark as unchanged.
    for (const [name, , end] of tw.attrs) el.setAttribute(name, end);
    running.delete(el);
    if (tw.remove) el.remove();
  }
  if (running.size === 0) {
    clock?.stop();
    clock = null;
  }
}
