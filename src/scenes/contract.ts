/**
 * The scene contract. A scene is a folder under src/scenes/<name>/ whose index.ts
 * exports a `SceneModule`. Everything a scene draws is decided by the pure
 * `layout(data, stepId, size, text)`: the server renders the returned Frame to static SVG,
 * and the browser tweens from one Frame to the next by mark key. Because a Frame
 * depends only on (data, step, size, text), a deep link, an embed and scrolling
 * backwards all show the same picture. `text` (kit/messages.ts) is the scene's catalogue in the
 * page's language: every word a frame shows comes from it, and so do the module's words
 * (`sceneWords`, src/scenes/words.ts). Fields marked "Unconverted scenes" below hold the English a
 * scene types in TypeScript until its messages/en.json exists; consumers never read them directly.
 */
import type { WhatIfSpec, WhatIfState } from './kit/what-if';
import type { Params, SceneText } from './kit/messages';

/** Logical drawing size in CSS pixels; the SVG viewBox is exactly this. */
export interface Size {
  width: number;
  height: number;
}

/** Common to every mark. `key` is stable across steps so marks can be tweened. */
interface MarkBase {
  key: string;
  /** Semantic class names (colours come from CSS custom properties, so themes work). */
  className?: string;
  opacity?: number;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}
export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Font size in px (the viewBox is in CSS px, so this is the rendered size). */
  fontSize?: number;
  fontWeight?: number;
  /** Baseline handling: 'middle' centres text vertically on y. */
  baseline?: 'auto' | 'middle' | 'hanging';
  /**
   * Keys of marks this text is drawn on by design (a value on its bar, a label on its
   * leader line): the geometry tests let it touch them and nothing else.
   */
  sitsOn?: readonly string[];
}
export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}
export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
}
export type Mark = RectMark | TextMark | LineMark | CircleMark | PathMark;

/** The data behind a frame, for screen readers (a <table>) and CSV downloads. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/** What to draw for one step at one size: plain, serialisable data. */
export interface Frame {
  width: number;
  height: number;
  /** Short accessible name of the figure at this step. */
  title: string;
  /** What the figure shows now, in a sentence or two (read by screen readers). */
  description: string;
  marks: Mark[];
  table: DataTable;
}

export interface SceneStep {
  /** Stable id, used in URLs (#step-id, /embed/<scene>/<step-id>/), kebab-case. */
  id: string;
  /** Unconverted scenes: short reader-facing label, e.g. for step buttons ("Maths"); else `step.<id>.label`. */
  label?: string;
  /** Unconverted scenes: optional speaker notes for the presenter view; else `step.<id>.notes`. */
  notes?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds scenes of different data types; `unknown` would make layout(data) contravariant and reject them all
export interface SceneModule<D = any> {
  /** kebab-case, in the reader's words, equal to the folder name. */
  name: string;
  /** Unconverted scenes: human title of the figure ("How R1 scores against o1 and others"); else `title`. */
  title?: string;
  /** Ordered steps; the first is the initial state. */
  steps: readonly SceneStep[];
  /** Ids into src/data/sources.json; shown as the source line under the figure. */
  sources: readonly string[];
  /** Unconverted scenes (else `note`): optional note shown with the source line (e.g. "Illustrative router, not R1's weights"). It is shown at every step. */
  note?: string;
  /**
   * Optional: phrases that say how the figure encodes data ("a stronger shade means a better
   * match"), used by its own headers and by chapter prose as <Encoding id="…" /> inside a Step,
   * so words and drawing cannot disagree. Say it so it holds in both themes: never "darker".
   * Unconverted scenes; else `encoding.<id>`.
   */
  encodings?: Readonly<Record<string, string>>;
  /**
   * Optional: numbers the module's own words quote (a presenter note's "ahead by {gap} points"),
   * by catalogue key: the same values for every language, which each writes in its own form.
   */
  wordParams?: Readonly<Record<string, Params>>;
  /**
   * Optional, the same for numbers each language writes in its own units (671 billion, 6710亿):
   * by catalogue key, from the SceneText of the page's language; a key here wins over `wordParams`.
   */
  wordParamsFor?: (text: SceneText) => Readonly<Record<string, Params>>;
  /** Id in src/data/sources.json, when the note states something a source says (shown as a link after it). */
  noteSource?: string;
  /** Aspect ratio (height / width) the figure box reserves for the wide layout. */
  aspect: { wide: number; narrow: number };
  /** The data the scene draws (from src/data, or computed from it). */
  data: D;
  /**
   * Optional: the data as a reader of the page's language first sees it, where that is not `data`
   * (moe-routing routes an example sentence written in the page's language: `example.sentence` in its
   * catalogues). The server lays out from it and the browser's player starts from it (initialData).
   */
  dataIn?: (text: SceneText) => D;
  /** Pure: same inputs, same frame. Throws on an unknown step id. */
  layout(data: D, stepId: string, size: Size, text: SceneText): Frame;
  /**
   * Optional: the reader may redraw the scene from their own text (a sentence to
   * route, say). The figure then shows a small form; without JavaScript it is hidden
   * and the figure keeps its default data.
   */
  input?: SceneInput<D>;
  /**
   * Optional: what-if controls (sliders) that redraw the scene from a changed shape of the
   * model. Their state lives in the page's query string; without JavaScript they are hidden
   * and the figure shows R1's values.
   */
  whatIf?: SceneWhatIf<D>;
}

export interface SceneWhatIf<D> {
  /** Unconverted scenes (else `whatIf.label`): visible heading of the controls ("What if R1 were built differently?"). */
  label?: string;
  spec: WhatIfSpec;
  /**
   * Pure: the scene's data for a state (R1's state gives the scene's own data). `current` is the
   * data drawn now, so a scene that also takes the reader's text (`input`) keeps it.
   */
  dataFor(state: WhatIfState, current?: D): D;
  /** The result in words, for the controls' live region. */
  says(data: D, text: SceneText): string;
  /** Unconverted scenes (else `whatIf.reset`): the reset button's words (default "Reset to R1"). */
  resetLabel?: string;
  /**
   * Optional: loads, once, what `dataFor` needs beyond the scene's own data (the router's
   * precomputed balancing runs), so it stays out of the page's start-up code. The browser
   * awaits it before wiring the controls; tests await it before calling `dataFor`.
   */
  prepare?: () => Promise<void>;
}

export interface SceneInput<D> {
  /** Unconverted scenes (else `input.label`): visible label of the text field ("Type a sentence to route"). */
  label?: string;
  /** Unconverted scenes; else `input.placeholder`. */
  placeholder?: string;
  /** Unconverted scenes (else `input.example.1`, `.2`…): a few ready-made inputs offered as buttons. */
  examples?: readonly string[];
  maxLength: number;
  /**
   * Pure: the scene's data for this text (same text, same data, on server and browser).
   * `current` is the data drawn now, so a what-if state set on the figure is kept.
   */
  dataFor(text: string, current?: D): D;
}

/**
 * The phone the narrow layout is drawn for (a 390×844 CSS px screen, iPhone 12–15 class).
 * There the figure is pinned (global.css, `.scrolly-figure .scene-pin` at `max-width: 52rem`):
 * its box is the screen's width less the pin's side padding (0.75rem each side), and at most
 * half the screen high less the pin's top and bottom padding (0.5rem + 0.25rem) and its 1px rule.
 * Change those CSS values and these together.
 */
export const PHONE = { width: 390, height: 844 } as const;
const pinSides = 2 * 12;
const pinEnds = 8 + 4 + 1;

/** The pinned figure's box on PHONE for a scene whose narrow aspect (height / width) is `aspect`. */
export function phoneFigureBox(aspect: number): Size {
  const width = PHONE.width - pinSides;
  return { width, height: Math.min(Math.round(width * aspect), Math.floor(PHONE.height / 2) - pinEnds) };
}

/**
 * CSS px per viewBox unit when a frame of `size` is drawn in that box (the SVG scales to fit,
 * preserveAspectRatio's default "meet"). A label's rendered size on the phone is fontSize × this.
 */
export function phoneScale(aspect: number, size: Size): number {
  const box = phoneFigureBox(aspect);
  return Math.min(box.width / size.width, box.height / size.height);
}

/**
 * The two sizes the server renders; the browser re-lays out at the measured size. The narrow
 * one is the pinned figure's box on PHONE, so the static SVG is drawn 1:1 there (no scaling
 * that would shrink its labels) and the live figure's first redraw at that phone changes nothing.
 */
export const SERVER_SIZES = {
  wide: { width: 640 },
} as const;

export function sizeFor(scene: Pick<SceneModule, 'aspect'>, variant: 'wide' | 'narrow'): Size {
  if (variant === 'narrow') return phoneFigureBox(scene.aspect.narrow);
  const width = SERVER_SIZES.wide.width;
  return { width, height: Math.round(width * scene.aspect.wide) };
}

/** Below this width a layout should use its narrow (phone) design. */
export const NARROW_BREAKPOINT = 480;

/**
 * One file per step: a scene keeps its step order in steps.ts as an `as const` array, so its
 * step ids are a union type (`StepIds<typeof steps>`), and each step in
 * src/scenes/<name>/steps/<id>.ts, gathered in steps/index.ts into `stepsById`, a record keyed
 * by that union: leave a step out, or misspell one, and `tsc` fails.
 * tests/unit/scene-step-files.test.ts checks that the files in steps/ and the order agree.
 */
export type StepIds<S extends readonly SceneStep[]> = S[number]['id'];

/**
 * The step a URL or a caller names, typed as one of the scene's own steps. Layouts are called
 * with plain strings (a deep link, an embed path), so an unknown id throws here, naming the
 * scene and the steps it has.
 */
export function findStep<S extends SceneStep>(scene: string, steps: readonly S[], stepId: string): S {
  const step = steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`${scene}: unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  return step;
}

/** The data a reader of `text`'s language first sees: the scene's `dataIn`, else its `data`. */
export function initialData<D>(scene: SceneModule<D>, text: SceneText): D {
  return scene.dataIn ? scene.dataIn(text) : scene.data;
}
