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

/** Every inline script the site renders (the CSP lists one hash for each). */
export const INLINE_SCRIPTS: readonly string[] = [TOC_SCRIPT, PRESENT_HEAD_SCRIPT, EMBED_HEAD_SCRIPT];
