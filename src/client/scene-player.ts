/**
 * Drives one server-rendered scene figure in the browser: recomputes the frame for
 * a step at the figure's measured size and tweens the SVG's marks to it by key.
 * Every call ends on exactly the target frame: a newer call interrupts the running
 * transition and starts from wherever the marks are.
 */
import { isTweening, markNode, settle, stopTween, tweenAttrs } from './mark-tween';
import type { Frame, Mark, SceneModule, Size } from '../scenes/contract';
import type { SceneText } from '../scenes/kit/messages';
import { initialData, NARROW_BREAKPOINT } from '../scenes/contract';
import { geometry, opacityOf, style } from '../scenes/kit/attributes';
import { inSlices, runSlice, whenIdle } from './slices';

const loaders = import.meta.glob<{ default: SceneModule }>('../scenes/*/index.ts');

export async function loadScene(name: string): Promise<SceneModule> {
  const load = loaders[`../scenes/${name}/index.ts`];
  if (!load) throw new Error(`Unknown scene "${name}"`);
  return (await load()).default;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_ATTRS = ['class', 'text-anchor', 'font-size', 'font-weight', 'dominant-baseline'] as const;
// One query list, read on each call: matchMedia itself evaluates the query anew, and a dragged what-if slider redraws every frame.
let motionQuery: MediaQueryList | undefined;
const reducedMotion = () => (motionQuery ??= window.matchMedia('(prefers-reduced-motion: reduce)')).matches;

export interface PlayerOptions {
  /** Transition length in ms (0 when the reader prefers reduced motion). */
  duration?: number;
}

export class ScenePlayer {
  readonly figure: HTMLElement;
  readonly scene: SceneModule;
  /** The scene's words in the page's language (the figure's `data-scene-text`). */
  readonly text: SceneText;
  private svg: SVGSVGElement;
  private box: HTMLElement;
  private size: Size = { width: 0, height: 0 };
  step: string;
  private data: unknown;
  private listeners: ((step: string, frame: Frame) => void)[] = [];
  private textTimer = 0;
  private frames = new Map<string, Frame>();
  /** Stops prepare()'s idle work. */
  private stopIdle?: () => void;
  /** Whether the marks have been drawn at the figure's real size once. */
  private redrawn = false;
  /**
   * CSS px per layout px (default 1). Above 1 the scene is laid out smaller than its
   * box and the SVG scales up, so text and marks grow: the presenter uses this for
   * large type on a projector. Call resize() after changing it.
   */
  layoutScale = 1;

  constructor(figure: HTMLElement, scene: SceneModule, text: SceneText) {
    this.figure = figure;
    this.scene = scene;
    this.text = text;
    // The data the server drew this page's figure from (its language's example sentence, say).
    this.data = initialData(scene, text);
    this.box = figure.querySelector<HTMLElement>('.scene-box')!;
    // Keep the SVG the reader is seeing now; drop the other size variant.
    const svgs = [...this.box.querySelectorAll<SVGSVGElement>('svg')];
    const visible = svgs.find((s) => s.getBoundingClientRect().width > 0) ?? svgs[0]!;
    for (const s of svgs) if (s !== visible) s.remove();
    this.svg = visible;
    this.svg.classList.remove('scene-svg--wide', 'scene-svg--narrow');
    figure.classList.add('is-live');
    this.step = figure.dataset['currentStep'] ?? scene.steps[0]!.id;
    this.measure();
  }

  onChange(fn: (step: string, frame: Frame) => void): void {
    this.listeners.push(fn);
  }

  /** The data drawn now (a reader's sentence, a what-if state): the sentence form and the what-if controls build on it. */
  get currentData(): unknown {
    return this.data;
  }

  /**
   * Replace the scene's data (e.g. a reader's own sentence) and redraw the current step.
   * `wordsAfter`: how long the caption, table and live region wait (default: the animation's
   * length); a slider being dragged passes its pause, so they follow the value it stops at.
   */
  setData(data: unknown, duration = 400, wordsAfter?: number): void {
    this.data = data;
    this.frames.clear();
    const ms = reducedMotion() ? 0 : duration;
    this.render(this.step, ms, wordsAfter ?? ms);
  }

  private measure(): boolean {
    const k = this.layoutScale > 0 ? this.layoutScale : 1;
    const width = Math.round(this.box.clientWidth / k);
    if (width <= 0) return false;
    // The box's height comes from CSS (an aspect ratio, or a cap on phones); lay out for it.
    const aspect = width < NARROW_BREAKPOINT ? this.scene.aspect.narrow : this.scene.aspect.wide;
    const height = Math.round(this.box.clientHeight / k) || Math.round(width * aspect);
    const size = { width, height };
    const changed = size.width !== this.size.width || size.height !== this.size.height;
    this.size = size;
    return changed;
  }

  /** Called on resize/rotation: redraw the current step at the new size, without animation. */
  resize(): void {
    if (this.measure()) this.render(this.step, 0);
  }

  go(step: string, opts: PlayerOptions = {}): void {
    if (!this.scene.steps.some((s) => s.id === step)) return;
    const duration = reducedMotion() ? 0 : (opts.duration ?? 650);
    this.render(step, duration);
  }

  /**
   * In idle moments after load: redraw the figure at its real size (the server drew
   * it at a nominal size, scaled to fit), then lay out every other step. A reader's
   * first step change while scrolling then only changes what the step changes;
   * otherwise it would also re-set every label and reflow the figure, and on a slow
   * phone that first change is a long task. The redraw goes in slices, and any step
   * change (render) stops it and draws in full.
   */
  prepare(): void {
    // Called again (the what-if controls do, for an embed): one idle loop, not two drawing at once.
    this.stopIdle?.();
    const ids = this.scene.steps.map((s) => s.id);
    const idle = (fn: () => void) => whenIdle(fn, 2000);
    let work: Generator<number, void, void> | null = null;
    let stopped = false;
    this.stopIdle = () => {
      stopped = true;
      this.stopIdle = undefined;
    };
    const next = () => {
      if (stopped) return;
      if (this.size.width <= 0) this.measure();
      if (this.size.width <= 0) return;
      if (!work && !this.redrawn) work = applyMarks(this.svg, this.frame(this.step), 0);
      if (work) {
        // Half a frame's slice: this runs while the page may still be loading.
        if (runSlice(work, SLICE_COST / 2, SLICE_MS / 2)) {
          work = null;
          this.redrawn = true;
        }
      } else {
        const id = ids.shift();
        if (id === undefined) {
          this.figure.dataset['prepared'] = '';
          return this.stopIdle?.();
        }
        this.frame(id);
      }
      idle(next);
    };
    idle(next);
  }

  frame(step = this.step): Frame {
    // Scrolling back and forth revisits steps: lay each out once per size and data.
    const key = `${step}|${this.size.width}x${this.size.height}`;
    let frame = this.frames.get(key);
    if (!frame) {
      frame = this.scene.layout(this.data, step, this.size, this.text);
      this.frames.set(key, frame);
    }
    return frame;
  }

  /**
   * Lay out the current step for `data` without drawing it or keeping the frame: what a first
   * redraw would pay once per page (the browser's number formatting loads its locale data on its
   * first use, some 30 ms, over 100 ms on a slow phone; the layout code's first run) is paid now.
   */
  rehearse(data: unknown): void {
    if (this.size.width <= 0) this.measure();
    if (this.size.width > 0) this.scene.layout(data, this.step, this.size, this.text);
  }

  private render(step: string, duration: number, wordsAfter = duration): void {
    this.stopIdle?.();
    if (this.size.width <= 0) this.measure();
    if (this.size.width <= 0) return;
    const frame = this.frame(step);
    this.step = step;
    this.figure.dataset['currentStep'] = step;
    show(this.svg, frame, duration);
    // Words (caption, table, live region) follow once the picture has settled, in a
    // task of their own: rewriting the caption lays out the page, which on a slow
    // phone would land in the middle of the animation's frames. In a fast scroll
    // only the step the reader stops at gets written.
    window.clearTimeout(this.textTimer);
    this.textTimer = window.setTimeout(() => {
      for (const fn of this.listeners) fn(step, frame);
    }, wordsAfter);
  }
}

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
 * that changes costs 1, a text that enters or changes TEXT_COST, since Chromium
 * then lays the text out again (its glyphs are shaped anew), several times a
 * shape's work. A slice also ends after SLICE_MS of script. Without slices, a step
 * that brings in a panel of labelled bars lays out some 40 texts in one frame: a
 * long task at CPU x4.
 */
const SLICE_COST = 30;
const TEXT_COST = 3;
const SLICE_MS = 4;
const FAINT = 0.1;

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

/**
 * The work of tween(), mark by mark: after each mark that changes it yields the
 * cost of that change (see SLICE_COST), so the work can be cut into slices.
 */
function* applyMarks(svgEl: SVGSVGElement, frame: Frame, duration: number): Generator<number, void, void> {
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
  // The node each mark must follow: the one before it in the frame; the first mark, the <desc>
  // (the server draws <title> and <desc> first in every figure).
  let previous: Element = desc!;
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
    let touched = false;
    if (node.previousSibling !== previous || entering) {
      svgEl.insertBefore(node, previous.nextSibling);
      touched = true;
    }
    previous = node;
    // Drawn from an equal mark and standing still: nothing to write (see `drawn`).
    if (!entering && sameMark(drawn.get(el!), mark) && !isTweening(el!)) {
      if (touched) yield cost;
      continue;
    }
    const before = entering || isTweening(el!) ? undefined : drawn.get(el!);
    drawn.delete(el!);
    // Drawn at once from a known mark: write what differs from that mark, without reading the DOM back.
    if (before && duration <= 0 && before.kind === mark.kind) {
      if (writeDifferences(el!, before, mark)) touched = true;
      drawn.set(el!, mark);
      if (touched) yield cost;
      continue;
    }

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

/** Write to `el`, which shows `before` exactly, what `mark` draws differently. True when anything was written. */
function writeDifferences(el: Element, before: Mark, mark: Mark): boolean {
  let wrote = false;
  const was = style(before);
  const now = style(mark);
  for (const a of STYLE_ATTRS) {
    const v = a in now ? String(now[a]) : null;
    if (v === (a in was ? String(was[a]) : null)) continue;
    if (v === null) el.removeAttribute(a);
    else el.setAttribute(a, v);
    wrote = true;
  }
  if (mark.kind === 'text' && before.kind === 'text' && before.text !== mark.text) {
    el.textContent = mark.text;
    wrote = true;
  }
  const wasAt = geometry(before);
  for (const [k, v] of Object.entries(geometry(mark)))
    if (String(wasAt[k]) !== String(v)) {
      el.setAttribute(k, String(v));
      wrote = true;
    }
  const opacity = opacityOf(mark);
  if (opacityOf(before) !== opacity) {
    if (opacity === 1) el.removeAttribute('opacity');
    else el.setAttribute('opacity', String(opacity));
    wrote = true;
  }
  return wrote;
}

/** Set (or with null remove) an attribute only when it differs. True when it changed. */
function setAttr(el: Element, name: string, value: string | null): boolean {
  if (el.getAttribute(name) === value) return false;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  return true;
}
