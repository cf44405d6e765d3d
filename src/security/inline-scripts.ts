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
 * The language switch keeps the reader's step. The scroll engine writes the step a reader stays on
 * into the address (#scene--step; steps flown past are not written). A reader who scrolls up to the
 * switch passes earlier steps on the way, so on a chapter the switch takes the address's hash as it
 * was when the switch came into view, not as it is once the page top is reached; elsewhere (the
 * presenter) the current hash. Set when the link is pointed at, focused or followed.
 */
export const LANG_SWITCH_SCRIPT = `(function(a){var k=location.hash,v=!1;new IntersectionObserver(function(e){var n=e[e.length-1].isIntersecting;n&&!v&&(k=location.hash);v=n}).observe(a);function u(){a.hash=v&&document.querySelector('[data-step]')?k:location.hash}['pointerenter','focus','pointerdown','click'].forEach(function(e){a.addEventListener(e,u)})})(document.currentScript.previousElementSibling)`;

/** Every inline script the site renders (the CSP lists one hash for each). */
export const INLINE_SCRIPTS: readonly string[] = [TOC_SCRIPT, PRESENT_HEAD_SCRIPT, EMBED_HEAD_SCRIPT, LANG_SWITCH_SCRIPT];
