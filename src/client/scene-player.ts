/**
 * Drives one server-rendered scene figure in the browser: chooses what to draw on a
 * step change, a resize, new data or reduced motion, recomputes the frame for a step
 * at the figure's measured size, and hands it to the scheduler (figure-motion.ts),
 * which tweens the SVG's marks to it by key. Every call ends on exactly the target
 * frame: a newer call interrupts the running transition and starts from wherever the
 * marks are.
 */
import type { Frame, SceneModule, Size } from '../scenes/contract';
import { NARROW_BREAKPOINT } from '../scenes/contract';
import { idleSlice, show } from './figure-motion';
import { applyMarks } from './mark-join';

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
    const ids = this.scene.steps.map((s) => s.id);
    // Safari has no requestIdleCallback.
    const ric = (window as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number }).requestIdleCallback;
    const idle = (fn: () => void) => (ric ? ric(fn, { timeout: 2000 }) : setTimeout(fn, 50));
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
        if (idleSlice(work)) {
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
      frame = this.scene.layout(this.data, step, this.size);
      this.frames.set(key, frame);
    }
    return frame;
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
