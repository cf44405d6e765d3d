/**
 * The few scripts that must run inline, before the first paint (an external file would
 * let the page paint once in the wrong state). They live here as strings, not in the
 * components, so that the Content Security Policy can allow exactly these by hash
 * (src/security/csp.ts): a component renders one with `<script is:inline set:html={…} />`,
 * and any other inline script, like one an attacker managed to inject, is refused.
 */
export { EMBED_HEAD_SCRIPT } from '../embed/params';
import { EMBED_HEAD_SCRIPT } from '../embed/params';

/** Folds the chapter contents on phones, so the chapter's text starts near the top. */
export const TOC_SCRIPT = `matchMedia('(max-width: 40rem)').matches&&document.querySelectorAll('.toc-details').forEach(function(d){d.open=false})`;

/** Marks the presenter page as scripted, so it sizes the figure before showing it. */
export const PRESENT_HEAD_SCRIPT = `document.documentElement.classList.add('present-js');`;

/**
 * The language switch keeps the reader's step: when the link is pointed at, focused or followed,
 * it takes the active step's anchor (a chapter) or else the address's hash (presenter). Runs right
 * after the link (document.currentScript's previous sibling).
 */
export const LANG_SWITCH_SCRIPT = `(function(a){function u(){var s=document.querySelector('.step.is-active[id]');a.hash=s?s.id:location.hash}['pointerenter','focus','pointerdown','click'].forEach(function(e){a.addEventListener(e,u)})})(document.currentScript.previousElementSibling)`;

/** Every inline script the site renders (the CSP lists one hash for each). */
export const INLINE_SCRIPTS: readonly string[] = [TOC_SCRIPT, PRESENT_HEAD_SCRIPT, EMBED_HEAD_SCRIPT, LANG_SWITCH_SCRIPT];
