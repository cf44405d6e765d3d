/**
 * Drives one server-rendered scene figure in the browser: recomputes the frame for
 * a step at the figure's measured size and tweens the SVG's marks to it by key.
 * Every call ends on exactly the target frame: a newer call interrupts the running
 * transition and starts from wherever the marks are.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import type { Frame, Mark, SceneModule, Size } from '../scenes/contract';
import { NARROW_BREAKPOINT } from '../scenes/contract';
import { geometry, opacityOf, style } from '../scenes/kit/attributes';

const loaders = import.meta.glob<{ default: SceneModule }>('../scenes/*/index.ts');

export async function loadScene(name: string): Promise<SceneModule> {
  const load = loaders[`../scenes/${name}/index.ts`];
  if (!load) throw new Error(`Unknown scene "${name}"`);
  return (await load()).default;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_ATTRS = ['class', 'text-anchor', 'font-size', 'font-weight', 'dominant-baseline'] as const;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface PlayerOptions {
  /** Transition length in ms (0 when the reader prefers reduced motion). */
  duration?: number;
}

export class ScenePlayer {
  readonly figure: HTMLElement;
  readonly scene: SceneModule;
  private svg: SVGSVGElement;
  private box: HTMLElement;
  private size: Size = { width: 0, height: 0 };
  step: string;
  private data: unknown;
  private listeners: ((step: string, frame: Frame) => void)[] = [];
  private textTimer = 0;
  /**
   * CSS px per layout px (default 1). Above 1 the scene is laid out smaller than its
   * box and the SVG scales up, so text and marks grow: the presenter uses this for
   * large type on a projector. Call resize() after changing it.
   */
  layoutScale = 1;

  constructor(figure: HTMLElement, scene: SceneModule) {
    this.figure = figure;
    this.scene = scene;
    this.data = scene.data;
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

  /** Replace the scene's data (e.g. a reader's own sentence) and redraw the current step. */
  setData(data: unknown): void {
    this.data = data;
    this.render(this.step, reducedMotion() ? 0 : 400);
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

  frame(step = this.step): Frame {
    return this.scene.layout(this.data, step, this.size);
  }

  private render(step: string, duration: number): void {
    if (this.size.width <= 0) this.measure();
    if (this.size.width <= 0) return;
    const frame = this.frame(step);
    this.step = step;
    this.figure.dataset['currentStep'] = step;
    tween(this.svg, frame, duration);
    // Words (caption, table, live region) follow in a task of their own, so a step
    // change never blocks the main thread for long on a slow phone.
    window.clearTimeout(this.textTimer);
    this.textTimer = window.setTimeout(() => {
      for (const fn of this.listeners) fn(step, frame);
    }, 0);
  }
}

function setAll(el: Selection<SVGElement, Mark, null, undefined>, attrs: Record<string, string | number>) {
  for (const [k, v] of Object.entries(attrs)) el.attr(k, v);
}

/** Tween the SVG's children to `frame`, matching marks by `data-key`. */
export function tween(svgEl: SVGSVGElement, frame: Frame, duration: number): void {
  const svg = select(svgEl);
  svg.attr('viewBox', `0 0 ${frame.width} ${frame.height}`).attr('width', frame.width).attr('height', frame.height);
  svg.select('title').text(frame.title);
  svg.select('desc').text(frame.description);
  // Marks still fading out from an earlier call go now, so keys never collide.
  svg.selectAll<SVGElement, unknown>('[data-exiting]').interrupt().remove();

  const existing = new Map<string, SVGElement>();
  for (const el of svgEl.querySelectorAll<SVGElement>('[data-key]')) existing.set(el.getAttribute('data-key')!, el);
  const wanted = new Set(frame.marks.map((m) => m.key));

  for (const [key, el] of existing) {
    if (wanted.has(key)) continue;
    const s = select(el).attr('data-exiting', '');
    s.interrupt();
    if (duration > 0) s.transition().duration(duration / 2).attr('opacity', 0).remove();
    else s.remove();
  }

  let previous: SVGElement | null = null;
  for (const mark of frame.marks) {
    let el = existing.get(mark.key);
    const entering = !el || el.tagName !== mark.kind;
    if (entering) {
      el?.remove();
      el = document.createElementNS(SVG_NS, mark.kind) as SVGElement;
      el.setAttribute('data-key', mark.key);
    }
    // Keep document order equal to frame order (later marks paint on top).
    const after: ChildNode | null = previous ? previous.nextSibling : svgEl.querySelector('desc')!.nextSibling;
    if (el!.previousSibling !== previous || entering) svgEl.insertBefore(el!, after);
    previous = el!;

    const s = select(el!) as unknown as Selection<SVGElement, Mark, null, undefined>;
    // Touch only what changes: every attribute write costs style and layout work,
    // which on a slow phone turns a step change into a long task.
    const st = style(mark);
    for (const a of STYLE_ATTRS) {
      const want = a in st ? String(st[a]) : null;
      if (el!.getAttribute(a) !== want) s.attr(a, want);
    }
    if (mark.kind === 'text' && el!.textContent !== mark.text) s.text(mark.text);
    const geo = geometry(mark);
    const opacity = opacityOf(mark);
    if (entering) {
      setAll(s, geo);
      if (duration > 0) {
        s.attr('opacity', 0).transition().duration(duration).ease(easeCubicInOut).attr('opacity', opacity);
      } else s.attr('opacity', opacity === 1 ? null : opacity);
      continue;
    }
    const moving = (el as unknown as { __transition?: unknown }).__transition !== undefined;
    const changed = Object.entries(geo).filter(([k, v]) => el!.getAttribute(k) !== String(v));
    const opacityNow = el!.getAttribute('opacity');
    const opacityChanged = (opacityNow === null ? 1 : Number(opacityNow)) !== opacity;
    if (!moving && changed.length === 0 && !opacityChanged) continue;
    s.interrupt();
    if (duration > 0) {
      const t = s.transition().duration(duration).ease(easeCubicInOut);
      for (const [k, v] of moving ? Object.entries(geo) : changed) t.attr(k, v as never);
      if (moving || opacityChanged) t.attr('opacity', opacity);
    } else {
      setAll(s, geo);
      s.attr('opacity', opacity === 1 ? null : opacity);
    }
  }
}
