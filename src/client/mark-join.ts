/**
 * The data join of a frame's marks with the SVG's nodes, by `data-key`: which marks
 * enter, leave or change, and the DOM work that makes the SVG show the frame. The work
 * is a generator, so the scheduler (figure-motion.ts) can cut it into slices.
 */
import { isTweening, markNode, settle, stopTween, tweenAttrs } from './mark-tween';
import type { Frame, Mark } from '../scenes/contract';
import { geometry, opacityOf, style } from '../scenes/kit/attributes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_ATTRS = ['class', 'text-anchor', 'font-size', 'font-weight', 'dominant-baseline'] as const;
/**
 * What a text that enters or changes costs in a slice (a shape costs 1; see SLICE_COST
 * in figure-motion.ts): Chromium then lays the text out again (its glyphs are shaped
 * anew), several times a shape's work.
 */
const TEXT_COST = 3;

/** How many marks would animate going to `frame`: entering, leaving, or changing geometry or opacity. */
export function countChanges(svgEl: SVGSVGElement, frame: Frame): number {
  const existing = new Map<string, Element>();
  for (const el of svgEl.querySelectorAll('[data-key]:not([data-exiting])')) existing.set(el.getAttribute('data-key')!, el);
  let n = 0;
  for (const mark of frame.marks) {
    const el = existing.get(mark.key);
    existing.delete(mark.key);
    if (!el || el.tagName !== mark.kind) {
      n++;
      continue;
    }
    const o = el.getAttribute('opacity');
    if ((o === null ? 1 : Number(o)) !== opacityOf(mark)) n++;
    else if (Object.entries(geometry(mark)).some(([k, v]) => el.getAttribute(k) !== String(v))) n++;
  }
  return n + existing.size;
}

/**
 * Make the SVG's children show `frame`, matching marks by `data-key`: tweened over
 * `duration` ms, or at once with 0. After each mark that changes it yields the cost of
 * that change (see SLICE_COST in figure-motion.ts), so the work can be cut into slices.
 */
export function* applyMarks(svgEl: SVGSVGElement, frame: Frame, duration: number): Generator<number, void, void> {
  setAttr(svgEl, 'viewBox', `0 0 ${frame.width} ${frame.height}`);
  setAttr(svgEl, 'width', String(frame.width));
  setAttr(svgEl, 'height', String(frame.height));
  const title = svgEl.querySelector('title');
  if (title && title.textContent !== frame.title) title.textContent = frame.title;
  const desc = svgEl.querySelector('desc');
  if (desc && desc.textContent !== frame.description) desc.textContent = frame.description;
  // Marks still fading out from an earlier call go now, so keys never collide.
  for (const el of svgEl.querySelectorAll('[data-exiting]')) {
    stopTween(el);
    markNode(el).remove();
  }

  const existing = new Map<string, SVGElement>();
  for (const el of svgEl.querySelectorAll<SVGElement>('[data-key]')) existing.set(el.getAttribute('data-key')!, el);
  const wanted = new Set(frame.marks.map((m) => m.key));

  for (const [key, el] of existing) {
    if (wanted.has(key)) continue;
    stopTween(el);
    if (duration > 0) {
      el.setAttribute('data-exiting', '');
      tweenAttrs(el, { opacity: 0 }, duration / 2, true);
    } else markNode(el).remove();
  }

  // Plain DOM calls, and only for what changes: work per mark per step adds up
  // to a long task on a slow phone when a frame has a few hundred marks.
  // The marks follow <title> and <desc>. Compared with the first mark's previous
  // sibling, so a mark already in place is not inserted again (a write the browser
  // would restyle for) when a step is drawn again.
  let previous: Element = svgEl.querySelector('desc')!;
  for (const mark of frame.marks) {
    const cost = mark.kind === 'text' ? TEXT_COST : 1;
    let el = existing.get(mark.key);
    const entering = !el || el.tagName !== mark.kind;
    if (entering) {
      if (el) {
        stopTween(el);
        markNode(el).remove();
      }
      el = document.createElementNS(SVG_NS, mark.kind) as SVGElement;
      el.setAttribute('data-key', mark.key);
    }
    // Keep document order equal to frame order (later marks paint on top). A text
    // that has moved sits in a <g> of its own (see mark-tween): order by that node.
    const node = markNode(el!);
    const after = previous.nextSibling;
    let touched = false;
    if (node.previousSibling !== previous || entering) {
      svgEl.insertBefore(node, after);
      touched = true;
    }
    previous = node;
    // Drawn from an equal mark and standing still: nothing to write (see `drawn`).
    if (!entering && sameMark(drawn.get(el!), mark) && !isTweening(el!)) {
      if (touched) yield cost;
      continue;
    }
    drawn.delete(el!);

    // Touch only what changes: every attribute write costs style and layout work.
    const st = style(mark);
    for (const a of STYLE_ATTRS) touched = setAttr(el!, a, a in st ? String(st[a]) : null) || touched;
    if (mark.kind === 'text' && el!.textContent !== mark.text) {
      el!.textContent = mark.text;
      touched = true;
    }
    const geo = geometry(mark);
    const opacity = opacityOf(mark);
    if (entering) {
      for (const [k, v] of Object.entries(geo)) el!.setAttribute(k, String(v));
      if (duration > 0) {
        el!.setAttribute('opacity', '0');
        tweenAttrs(el!, { opacity }, duration);
      } else {
        setAttr(el!, 'opacity', opacity === 1 ? null : String(opacity));
        drawn.set(el!, mark);
      }
      yield cost;
      continue;
    }
    const moving = isTweening(el!);
    const changed = Object.entries(geo).filter(([k, v]) => el!.getAttribute(k) !== String(v));
    const opacityNow = el!.getAttribute('opacity');
    const opacityChanged = (opacityNow === null ? 1 : Number(opacityNow)) !== opacity;
    if (!moving && changed.length === 0 && !opacityChanged) {
      drawn.set(el!, mark);
      if (touched) yield cost;
      continue;
    }
    if (duration > 0) {
      // Replaces a running tween and starts from wherever the mark is drawn now.
      tweenAttrs(el!, { ...geo, opacity }, duration);
    } else {
      if (moving) settle(el!);
      for (const [k, v] of moving ? Object.entries(geo) : changed) el!.setAttribute(k, String(v));
      setAttr(el!, 'opacity', opacity === 1 ? null : String(opacity));
      drawn.set(el!, mark);
    }
    // An opacity change alone repaints; it does not lay a text out again.
    yield changed.length > 0 || touched ? cost : 1;
  }
}

/**
 * The mark each element was last drawn from, when it was drawn at once (no tween) and so shows
 * exactly that mark. A dragged what-if slider redraws a figure of several hundred marks every
 * frame, and most of them do not change: comparing two small objects is far cheaper than
 * reading a dozen attributes back from the DOM. A tween, which changes the element over time,
 * drops the entry; nothing but this module writes to a mark's element.
 */
const drawn = new WeakMap<Element, Mark>();

/** Whether two marks draw the same (`sitsOn` is for the geometry tests, not drawn). */
function sameMark(a: Mark | undefined, b: Mark): boolean {
  if (!a) return false;
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (k !== 'sitsOn' && (a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

/** Set (or with null remove) an attribute only when it differs. True when it changed. */
function setAttr(el: Element, name: string, value: string | null): boolean {
  if (el.getAttribute(name) === value) return false;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  return true;
}
