/**
 * claim-check: popular claims about DeepSeek-R1 as a table of verdicts. Each row is
 * one claim, a verdict badge (a symbol and a word, so colour is never the only
 * cue) and what the primary source says. One step per group of claims, then all
 * of them at once in a compact form. SVG text does not wrap, so the layout wraps
 * lines itself with the kit's font metrics, and falls back to shorter texts when a
 * group does not fit the box.
 */
import { findStep, type Frame, type Size } from '../contract';
import type { ClaimsData } from './data';
import type { ClaimText } from './shared';
import { steps } from './steps';
import { stepsById } from './steps/index';

/** `text` holds the scene's catalogue and the claims' own words, in the page's language (data-words.ts). */
export function layout(data: ClaimsData, stepId: string, size: Size, text: ClaimText): Frame {
  return stepsById[findStep('claim-check', steps, stepId).id](data, size, text);
}
