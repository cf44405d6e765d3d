/**
 * Embed page query options, parsed and validated against the scene's steps.
 *
 *   theme     light | dark | auto          (default auto: the reader's system setting)
 *   controls  1 | 0   (also on | off)      (default 1: step buttons and arrow keys)
 *   step      a step id of the scene       (default: the page's own step; all-steps page only)
 *
 * Pym.js parents add initialWidth, childId, parentTitle and parentUrl: accepted, and
 * only childId is used (echoed in height messages to the parent, never into the page).
 * Anything else, or any value that is not exactly one of the allowed ones (unknown
 * step, script text, a huge string, a repeated key, look-alike unicode), falls back to
 * the default. Values are never written into the page; `ignored` lists only key names.
 */
import type { EmbedTheme } from './snippet';

export interface EmbedParams {
  theme: EmbedTheme;
  controls: boolean;
  /** A valid step id, or null for the page's own step. */
  step: string | null;
  /** Pym.js child id, or null when not framed by Pym.js. */
  childId: string | null;
  /** Names of keys whose values were ignored (never the values). */
  ignored: string[];
}

export const DEFAULT_PARAMS: Omit<EmbedParams, 'ignored'> = { theme: 'auto', controls: true, step: null, childId: null };

/** Longer query strings are ignored entirely (Pym's parentUrl can be long, so be generous). */
export const MAX_QUERY = 16384;
const MAX_VALUE = 128;
const KNOWN = new Set(['theme', 'controls', 'step', 'childId']);
/** Added by Pym.js parents; accepted whatever their value, and never used. */
const PYM_EXTRA = new Set(['initialWidth', 'parentTitle', 'parentUrl']);
/** Pym child ids are element ids on the host page; Pym uses them in a RegExp, so keep them plain. */
const CHILD_ID = /^[A-Za-z0-9_:.-]{1,100}$/;

/** `ownKeys`: the figure's what-if keys (src/scenes/kit/what-if.ts checks those), left alone here. */
export function parseEmbedParams(search: string, stepIds: readonly string[], ownKeys: readonly string[] = []): EmbedParams {
  const out: EmbedParams = { ...DEFAULT_PARAMS, ignored: [] };
  if (typeof search !== 'string' || search === '' || search === '?') return out;
  if (search.length > MAX_QUERY) {
    out.ignored.push('(query too long)');
    return out;
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    out.ignored.push('(unreadable query)');
    return out;
  }
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const all = params.getAll(key);
    if (PYM_EXTRA.has(key) || ownKeys.includes(key)) continue;
    const value = all.length === 1 ? all[0]! : null; // a repeated key is ambiguous: ignore it
    const bad = () => out.ignored.push(KNOWN.has(key) ? key : '(unknown option)');
    if (!KNOWN.has(key) || value === null || value.length > MAX_VALUE) {
      bad();
      continue;
    }
    switch (key) {
      case 'theme':
        if (value === 'light' || value === 'dark' || value === 'auto') out.theme = value;
        else bad();
        break;
      case 'controls':
        if (value === '1' || value === 'on') out.controls = true;
        else if (value === '0' || value === 'off') out.controls = false;
        else bad();
        break;
      case 'step':
        if (stepIds.includes(value)) out.step = value;
        else bad();
        break;
      case 'childId':
        if (CHILD_ID.test(value)) out.childId = value;
        else bad();
        break;
    }
  }
  // Several bad unknown keys read as one note.
  out.ignored = [...new Set(out.ignored)];
  return out;
}

/**
 * The same rules for theme and controls, as a tiny inline script for the embed page's
 * <head>: it runs before the first paint, so a dark embed never flashes light and
 * hidden step buttons never show and vanish. tests/unit/embed-params.test.ts runs it
 * against the hostile inputs and checks it agrees with parseEmbedParams.
 */
export const EMBED_HEAD_SCRIPT = `(function(){try{var s=location.search;if(!s||s.length>${MAX_QUERY})return;var p=new URLSearchParams(s),d=document.documentElement,t=p.getAll('theme'),c=p.getAll('controls');if(t.length===1&&(t[0]==='light'||t[0]==='dark'))d.setAttribute('data-theme',t[0]);if(c.length===1&&(c[0]==='0'||c[0]==='off'))d.setAttribute('data-embed-controls','off')}catch(e){}})();`;
