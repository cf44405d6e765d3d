/**
 * What-if state: a few whole-number settings a reader can change on a figure (the
 * number of routed experts, say), kept in the page's query string so a link opens on
 * them. Pure and DOM-free: the server, the browser and the unit tests share it.
 *
 * A control may instead pick from a list (a number format, a GPU): its value is the index
 * into `choices`, its slider steps through them in order, and a link names the choice's
 * id (`?precision=bf16`), so adding a choice never changes what an old link meant.
 *
 * Rules, like the embed options (src/embed/params.ts): a value that is not a plain whole
 * number (for a list: not one of its ids), a repeated key or an over-long value falls back to R1's value; a number outside
 * the range is clamped to it; either way the key's name (never its value) is reported,
 * so the page can say so with `console.info`. Keys that are not a control's are left
 * alone (the embed options read them).
 */

import type { SceneText } from './messages';

export interface WhatIfControl {
  /** Query key and state field: short, lower case (`experts`). */
  key: string;
  /** Unconverted scenes (else the catalogue's `whatIf.<key>.label`): visible label of the control. */
  label?: string;
  min: number;
  max: number;
  step: number;
  /** R1's own value (the default and the Reset target). */
  r1: number;
  /** Decimal places a link may give (a price: 2); whole numbers only when absent. */
  decimals?: number;
  /** The value as the reader reads it next to the control ("8 of 256"). */
  show?: (value: number, state: WhatIfState, text: SceneText) => string;
  /** A pick from a list: the value is an index into it (min 0, max length − 1, step 1); links carry the id. */
  choices?: readonly WhatIfChoice[];
}

export interface WhatIfChoice {
  /** In links: lower case letters, digits and hyphens (`rtx-4090`, `32k`). */
  id: string;
  label: string;
}

export type WhatIfState = Readonly<Record<string, number>>;

export interface WhatIfSpec {
  controls: readonly WhatIfControl[];
  /**
   * Rules between controls (top-k never above the routed experts): returns the state
   * those rules allow, and the keys it had to change.
   */
  relate?: (state: WhatIfState) => { state: WhatIfState; changed: string[] };
}

const MAX_VALUE = 12;
const numberPattern = (decimals = 0) => new RegExp(`^-?\\d{1,9}${decimals ? `(\\.\\d{1,${decimals}})?` : ''}$`);

export function r1State(spec: WhatIfSpec): WhatIfState {
  return Object.fromEntries(spec.controls.map((c) => [c.key, c.r1]));
}

/** Puts one value in range and on the control's step (counted from its minimum). */
function fit(c: WhatIfControl, v: number): number {
  if (!Number.isFinite(v)) return c.r1;
  const steps = Math.round((v - c.min) / c.step);
  const top = Math.floor((c.max - c.min) / c.step + 1e-9);
  // Counted in steps, so a decimal step (0.25) lands on exact values.
  return Number((c.min + Math.min(top, Math.max(0, steps)) * c.step).toFixed(c.decimals ?? 0));
}

/** Clamps every value to its control and applies the rules between them. `adjusted` names the keys moved. */
export function clampWhatIf(spec: WhatIfSpec, state: Record<string, unknown>): { state: WhatIfState; adjusted: string[] } {
  const adjusted: string[] = [];
  const out: Record<string, number> = {};
  for (const c of spec.controls) {
    const raw = state[c.key];
    const v = typeof raw === 'number' ? raw : c.r1;
    out[c.key] = fit(c, v);
    if (raw !== undefined && out[c.key] !== raw) adjusted.push(c.key);
  }
  if (!spec.relate) return { state: out, adjusted };
  const related = spec.relate(out);
  return { state: related.state, adjusted: [...new Set([...adjusted, ...related.changed])] };
}

export interface ParsedWhatIf {
  state: WhatIfState;
  /** Keys whose value could not be used and fell back to R1's (names only). */
  ignored: string[];
  /** Keys whose value was moved into range, onto a step, or by a rule between controls. */
  adjusted: string[];
}

/** Reads the controls' keys from a query string (`?experts=64&topk=4`, `?precision=bf16`). */
export function parseWhatIf(spec: WhatIfSpec, search: string): ParsedWhatIf {
  const ignored: string[] = [];
  const raw: Record<string, number> = {};
  let params: URLSearchParams | null = null;
  if (typeof search === 'string' && search.length <= 16384) {
    try {
      params = new URLSearchParams(search);
    } catch {
      params = null;
    }
  }
  if (params) {
    for (const c of spec.controls) {
      const all = params.getAll(c.key);
      if (!all.length) continue;
      const v = all.length === 1 ? all[0]! : '';
      if (c.choices) {
        const at = c.choices.findIndex((x) => x.id === v);
        if (at < 0) ignored.push(c.key);
        else raw[c.key] = at;
        continue;
      }
      if (v.length > MAX_VALUE || !numberPattern(c.decimals).test(v)) {
        ignored.push(c.key);
        continue;
      }
      raw[c.key] = Number(v);
    }
  }
  const { state, adjusted } = clampWhatIf(spec, raw);
  return { state, ignored, adjusted };
}

/** Whether every value is R1's. */
export function isR1(spec: WhatIfSpec, state: WhatIfState): boolean {
  return spec.controls.every((c) => state[c.key] === c.r1);
}

/**
 * The query string for a state: only the values that differ from R1's, in the controls'
 * order, merged into `search` (other keys kept). Empty when nothing is left.
 */
export function serializeWhatIf(spec: WhatIfSpec, state: WhatIfState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const c of spec.controls) {
    params.delete(c.key);
    if (state[c.key] !== c.r1) params.set(c.key, c.choices ? c.choices[state[c.key]!]!.id : String(state[c.key]));
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}
