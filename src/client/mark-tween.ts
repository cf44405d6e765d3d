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
  /** A moving text mark: its offset from its final x/y, eased to zero by `transform`. */
  shift?: [number, number];
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
  let shift: Tween['shift'];
  if (el.tagName === 'text' && (typeof to.x === 'number' || typeof to.y === 'number')) {
    // Moving a text's x/y, or its own transform, makes the browser lay its glyphs
    // out again on every frame (a long task on a slow phone when a figure moves
    // dozens of labels). So the text takes its final x/y at once, and a <g> around
    // it carries it from where it is: a parent's transform moves the painted text
    // without laying it out again (about 7x less work per frame in Chromium).
    const [dx, dy] = offsetOf(el);
    const { x, y, ...rest } = to;
    const fromX = Number(el.getAttribute('x') ?? 0) + dx;
    const fromY = Number(el.getAttribute('y') ?? 0) + dy;
    const toX = typeof x === 'number' ? x : fromX;
    const toY = typeof y === 'number' ? y : fromY;
    if (x !== undefined) el.setAttribute('x', String(x));
    if (y !== undefined) el.setAttribute('y', String(y));
    if (fromX !== toX || fromY !== toY) {
      shift = [fromX - toX, fromY - toY];
      glider(el).setAttribute('transform', translate(shift[0], shift[1]));
    } else glideOf(el)?.removeAttribute('transform');
    to = rest;
  }
  for (const [name, value] of Object.entries(to)) {
    const from = el.getAttribute(name) ?? UNSET[name] ?? null;
    const end = String(value);
    if (from === end) continue;
    attrs.push([name, typeof value === 'number' ? interpolateNumber(Number(from ?? 0), value) : interpolateString(from ?? end, end), end]);
  }
  if (attrs.length === 0 && !remove && !shift) {
    running.delete(el);
    return;
  }
  running.set(el, { start: now(), duration, attrs, remove, shift });
  clock ??= timer(tick);
}

/**
 * Stop `el`'s tween where it is. A text stopped mid-move keeps its offset, so it
 * stays where it is seen and the next tween starts from there.
 */
export function stopTween(el: Element): void {
  running.delete(el);
}

/** Stop `el`'s tween and drop the offset a text move left, before x/y are set directly. */
export function settle(el: Element): void {
  running.delete(el);
  const g = glideOf(el);
  if (g?.hasAttribute('transform')) g.removeAttribute('transform');
}

/** Marks the <g> this module wraps around a moving text. */
export const GLIDE_ATTR = 'data-glide';

/** The <g> a text glides in, if it has moved before. */
function glideOf(el: Element): Element | null {
  const p = el.parentNode as Element | null;
  return p && typeof p.hasAttribute === 'function' && p.hasAttribute(GLIDE_ATTR) ? p : null;
}

/** The <g> a text glides in: put around it on its first move and kept after (re-wrapping would lay it out again). */
function glider(el: Element): Element {
  const found = glideOf(el);
  if (found) return found;
  const g = el.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
  g.setAttribute(GLIDE_ATTR, '');
  el.replaceWith(g);
  g.append(el);
  return g;
}

/**
 * The node that stands for mark `el` among the figure's children: its glide <g>
 * if it has one. Order, insert and remove marks by this node.
 */
export function markNode(el: Element): Element {
  return glideOf(el) ?? el;
}

function translate(dx: number, dy: number): string {
  return `translate(${dx},${dy})`;
}

/** The offset a stopped text tween left on its glide <g> (only this module writes it). */
function offsetOf(el: Element): [number, number] {
  const m = /^translate\(([^,]+),([^)]+)\)$/.exec(glideOf(el)?.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
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
      if (tw.shift) glideOf(el)?.setAttribute('transform', translate(tw.shift[0] * (1 - e), tw.shift[1] * (1 - e)));
      continue;
    }
    // End on the exact values, so a later step sees the mark as unchanged.
    for (const [name, , end] of tw.attrs) el.setAttribute(name, end);
    if (tw.shift) glideOf(el)?.removeAttribute('transform');
    running.delete(el);
    if (tw.remove) markNode(el).remove();
  }
  if (running.size === 0) {
    clock?.stop();
    clock = null;
  }
}
