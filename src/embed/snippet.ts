/**
 * The embed snippet for a scene: the URL, a height that needs no script, and the
 * plain <iframe> HTML a teacher pastes into a lesson page. Pure (no imports, no DOM):
 * the chapter's Embed dialog, the oEmbed JSON, the teaching page and the presenter
 * all build their snippets here, so they always agree.
 *
 *   snippetFor(scene, { step, theme, controls }, base, site)
 *
 * `scene` is a SceneModule or the plain EmbedScene the server hands to the browser
 * (see embedSceneInfo in ./info.ts, which also measures the caption text).
 *
 * URL mapping (documented in README, "Embedding"):
 *   controls on,  no step / first step  -> /embed/<scene>/            (all steps, buttons)
 *   controls on,  step s                -> /embed/<scene>/<s>/        (all steps, starts on s)
 *   controls off, step s (default 1st)  -> /embed/<scene>/<s>/?controls=0  (one still step)
 *   theme light|dark                    -> &theme=…  (auto is the default and is left out)
 * Step pages work without JavaScript, so the step is in the path, not the query.
 */

export type EmbedTheme = 'light' | 'dark' | 'auto';
export const THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];

export interface EmbedOptions {
  /** Step id to start on (default: the first step). */
  step?: string;
  /** 'auto' (default) follows the reader's system setting. */
  theme?: EmbedTheme;
  /** Step buttons and arrow keys (default true). */
  controls?: boolean;
  /**
   * A figure's what-if settings as its query string (src/scenes/kit/what-if.ts writes it:
   * "?topk=4&experts=64", "?precision=bf16"). Only `key=number` pairs (up to 2 decimals) and `key=id` pairs
   * (a choice from a list: a-z, 0-9, -) pass, never an embed option's key; anything else is dropped.
   */
  whatIf?: string;
}

/** What the snippet needs to know about a scene. A SceneModule satisfies it. */
export interface EmbedScene {
  name: string;
  title: string;
  steps: readonly { id: string; label: string }[];
  aspect: { wide: number; narrow: number };
  /** Longest caption (title, step title, sources, note) in characters; estimated when absent. */
  captionChars?: number;
  /** Scenes with a reader-input form show it inside the embed. */
  input?: { examples: readonly string[] } | undefined;
  /** Scenes with what-if sliders show their disclosure inside the embed. */
  whatIf?: unknown;
  /**
   * The iframe's title in the edition's language (embedSceneInfo fills them from the UI catalogue):
   * `{label}` and `{whatIf}` are left for embedTitle to fill; `whatIf` is the words said of a what-if.
   */
  frameTitles: { still: string; interactive: string; whatIf: string };
}

/** The iframe grows to 100% of the host's column, up to this width (CSS px). */
export const EMBED_MAX_WIDTH = 720;
/** Name of the attribute our loader script (/embed.js) looks for. */
export const EMBED_ATTR = 'data-r1-embed';

function stepOf(scene: EmbedScene, step: string | undefined): { id: string; label: string; index: number } {
  const index = step === undefined ? 0 : scene.steps.findIndex((s) => s.id === step);
  if (index < 0) {
    throw new Error(
      `embed snippet: scene "${scene.name}" has no step "${step}" (steps: ${scene.steps.map((s) => s.id).join(', ')}). Fix: pass one of those ids or leave step out.`,
    );
  }
  return { ...scene.steps[index]!, index };
}

/** "/" or "/r1-explained/" -> "" or "/r1-explained"; then joined with a path starting with "/". */
export function withBase(base: string, path: string): string {
  const b = base.replace(/\/+$/, '');
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Absolute URL on the public site: site origin (and any path it has) + base + path. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  // '' = the public site is not known (a build without SITE_URL): the path alone.
  const origin = String(site) ? new URL(String(site)).origin : '';
  return origin + withBase(base, path);
}

/** A what-if pair a link may carry: `key=number` or `key=choice-id`. */
const WHAT_IF_PAIR = /^[a-z]{1,16}=(-?\d{1,9}(\.\d{1,2})?|[a-z0-9][a-z0-9-]{0,15})$/;
/** The embed page's own options (src/embed/params.ts): never taken from a figure's what-if. */
const EMBED_KEYS = new Set(['theme', 'controls', 'step']);

/** The embed page's path (with query), without the base. */
export function embedPath(scene: EmbedScene, opts: EmbedOptions = {}): string {
  const controls = opts.controls ?? true;
  const step = stepOf(scene, opts.step);
  const q: string[] = [];
  let path: string;
  if (controls) {
    path = step.index === 0 ? `/embed/${scene.name}/` : `/embed/${scene.name}/${step.id}/`;
  } else {
    path = `/embed/${scene.name}/${step.id}/`;
    q.push('controls=0');
  }
  const theme = opts.theme ?? 'auto';
  if (!THEMES.includes(theme)) throw new Error(`embed snippet: theme "${theme}" is not one of ${THEMES.join(', ')}.`);
  if (theme !== 'auto') q.push(`theme=${theme}`);
  for (const pair of (opts.whatIf ?? '').replace(/^\?/, '').split('&'))
    if (WHAT_IF_PAIR.test(pair) && !EMBED_KEYS.has(pair.slice(0, pair.indexOf('=')))) q.push(pair);
  return q.length ? `${path}?${q.join('&')}` : path;
}

export function embedUrl(scene: EmbedScene, opts: EmbedOptions, base: string, site: string | URL): string {
  return absoluteUrl(site, base, embedPath(scene, opts));
}

/** The iframe's accessible name: the figure and, for a single still step, the step. */
export function embedTitle(scene: EmbedScene, opts: EmbedOptions = {}): string {
  const step = stepOf(scene, opts.step);
  const still = opts.controls === false;
  // A what-if embed says so in its name too: a screen reader hears it before the figure's own title.
  const whatIf = (opts.whatIf ?? '')
    .replace(/^\?/, '')
    .split('&')
    .some((pair) => WHAT_IF_PAIR.test(pair) && !EMBED_KEYS.has(pair.slice(0, pair.indexOf('='))))
    ? scene.frameTitles.whatIf
    : '';
  const template = still ? scene.frameTitles.still : scene.frameTitles.interactive;
  // One pass, so a label that happens to contain "{whatIf}" stays as it is.
  return template.replace(/\{(label|whatIf)\}/g, (_, k: string) => (k === 'label' ? step.label : whatIf));
}

// --- Height without a script -----------------------------------------------------
// The embed page is: 0.5rem padding, the figure box (aspect ratio; the narrow design up
// to 480 px), optionally the input form and the step buttons, the caption and the
// "Data behind this figure" line. These constants follow src/styles/global.css and
// src/layouts/Embed.astro; tests/e2e/embed-kit.spec.ts measures real pages against
// them at widths 320-720 px, so a change there that breaks the estimate fails a test.
const PAGE_PAD = 16;
const NARROW_MAX = 480;
const ROW = 36; // min-height of a button
const GAP = 8;
const BUTTON_CHAR = 8.2; // px per character at 0.85rem in a wide sans (DejaVu); narrower fonts fit better
const BUTTON_PAD = 26;
const COUNT_WIDTH = 90; // "Step 1 of 6"
const CAPTION_CHAR = 7.4; // px per character at 0.8rem
const CAPTION_LINE = 18;
const MARGIN = 6.4;
const DETAILS = 25;
const SLACK = 1.04;
const WIDTHS = [320, 360, 390, 430, 480, 481, 560, 640, EMBED_MAX_WIDTH];

/**
 * A text's width in Latin characters: a Han character or full-width mark is about one em, some 1.75
 * times the average Latin character of these sans faces (a Chinese embed's buttons and caption are
 * shorter in characters, not in pixels).
 */
export function widthInChars(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 1.75 : 1;
  return n;
}

function rows(items: number[], width: number): number {
  let n = 1;
  let x = 0;
  for (const w of items) {
    const need = x === 0 ? w : x + GAP + w;
    if (need > width && x > 0) {
      n++;
      x = w;
    } else x = need;
  }
  return n;
}

/** Height (CSS px) of the embed page at one iframe width. */
export function embedHeightAt(scene: EmbedScene, width: number, opts: EmbedOptions = {}): number {
  const controls = opts.controls ?? true;
  const c = width - PAGE_PAD;
  let h = PAGE_PAD + c * (width <= NARROW_MAX ? scene.aspect.narrow : scene.aspect.wide);
  if (controls) {
    const items = [COUNT_WIDTH, ...scene.steps.map((s, i) => widthInChars(`${i + 1}. ${s.label}`) * BUTTON_CHAR + BUTTON_PAD)];
    const r = rows(items, c);
    h += MARGIN + r * ROW + (r - 1) * GAP;
  }
  // The sentence form waits behind a closed disclosure ("Route your own sentence"): one row
  // at rest; opened, it is a sheet over the page, not more height.
  if (scene.input) h += GAP + ROW;
  // So do the what-if sliders, hidden with the step buttons (controls=0).
  if (scene.whatIf && controls) h += GAP + ROW;
  // A what-if step title starts "What if… — not R1: ".
  const chars = (scene.captionChars ?? widthInChars(scene.title) + 140) + (opts.whatIf ? 20 : 0);
  h += MARGIN + Math.ceil((chars * CAPTION_CHAR) / c) * CAPTION_LINE;
  h += 4 + DETAILS;
  return h;
}

/** A fixed height that shows the whole figure at any width from 320 px to EMBED_MAX_WIDTH. */
export function embedHeight(scene: EmbedScene, opts: EmbedOptions = {}): number {
  const max = Math.max(...WIDTHS.map((w) => embedHeightAt(scene, w, opts)));
  // Chinese pages set their text looser (line-height 1.8, src/fonts/chinese.css): their rows measure
  // taller than these Latin constants say (the Chinese embeds ran 1.4-3 % over at 480 px).
  const wide = widthInChars(scene.title) > [...scene.title].length;
  return Math.ceil((max * (wide ? SLACK_WIDE_SCRIPT : SLACK)) / 10) * 10;
}
const SLACK_WIDE_SCRIPT = 1.09;

// --- HTML ---------------------------------------------------------------------------

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The plain <iframe> to paste into a lesson: no script needed, sizes itself with /embed.js or Pym.js. */
export function snippetFor(scene: EmbedScene, opts: EmbedOptions, base: string, site: string | URL): string {
  const src = embedUrl(scene, opts, base, site);
  const height = embedHeight(scene, opts);
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(embedTitle(scene, opts))}" ` +
    `width="100%" height="${height}" style="width:100%;max-width:${EMBED_MAX_WIDTH}px;border:0" ` +
    `loading="lazy" ${EMBED_ATTR}></iframe>`
  );
}

/** Our loader script tag (add once per page, after the iframes or anywhere with async). */
export function loaderSnippet(base: string, site: string | URL): string {
  return `<script src="${escapeAttr(absoluteUrl(site, base, '/embed.js'))}" async></script>`;
}

/**
 * The Pym.js form, for hosts that already load Pym.js: Pym builds the iframe and sizes it.
 * optionalparams=false keeps Pym from sending the host page's URL and title to us.
 */
export function pymSnippet(scene: EmbedScene, opts: EmbedOptions, base: string, site: string | URL, id = `r1-${scene.name}`): string {
  return `<div id="${escapeAttr(id)}" data-pym-src="${escapeAttr(embedUrl(scene, opts, base, site))}" data-pym-title="${escapeAttr(embedTitle(scene, opts))}" data-pym-optionalparams="false"></div>`;
}

/** Path (without base) of the oEmbed JSON for a scene, or one step of it. */
export function oembedPath(scene: Pick<EmbedScene, 'name'>, step?: string): string {
  return step ? `/oembed/${scene.name}/${step}.json` : `/oembed/${scene.name}.json`;
}
