/**
 * npm run check:budgets: the size budgets of the built site, read from dist/ in a few
 * seconds (no browser). For every page: the JavaScript it loads at start-up (its module
 * scripts, their static imports, and the scene module it imports for its own figure,
 * gzip -6), its HTML (chapters), the fonts its stylesheets load, how many files it
 * requests at load, and any request to another host. Dynamic imports count too, unless
 * ON_DEMAND says when they load instead. Exits 1 naming the page and the
 * budget it misses; a page kind with no page at all also fails (a budget that checks
 * nothing passes for the wrong reason). Lighthouse and the scroll pass stay in
 * `npm run bench`, which needs an idle machine.
 *
 * `node scripts/check-budgets.mjs [dist] [base]`
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const KiB = 1024;
/** The README's "Benchmark" budgets, plus the HTML, font and request budgets (issue 15). */
export const BUDGETS = {
  /** JavaScript at start-up, gzip, per page kind. */
  js: { chapter: 60 * KiB, scene: 60 * KiB, embed: 40 * KiB, search: 3 * KiB, plain: 0 },
  /** A chapter's HTML: raw and gzip. */
  chapterHtml: { raw: 400 * KiB, gzip: 60 * KiB },
  /** Latin font files a page's stylesheets load (raw: fonts are compressed already). */
  fonts: 100 * KiB,
  /**
   * Chinese font files a page loads, apart from the Latin ones: the cut of Noto Sans SC made for
   * the page's headings and figures (scripts/fonts-zh.mjs; issue 20). Body prose uses the
   * reader's own Chinese fonts, so this stays within reach at ~120–150 bytes a character.
   */
  chineseFonts: 100 * KiB,
  /**
   * Files requested at load (scripts and their imports, stylesheets, fonts, preloads,
   * eager images, the icon). Today's pages need 4 to 12; 25 leaves room for a font or
   * two without letting a page grow a waterfall.
   */
  requests: 25,
  /**
   * More requests a Chinese page may make: its Noto Sans SC stylesheet and the two cuts it names
   * (scripts/fonts-zh.mjs), so a Chinese page is held to the same 25 as its English twin otherwise
   * (plus the Chinese line breaker's one file where a figure speaks Chinese).
   */
  chineseFontRequests: 3,
  otherHosts: 0,
};
export const KINDS = Object.keys(BUDGETS.js);

/**
 * Dynamic imports that do not load at start-up, by the name of the chunk they load (Vite names a
 * chunk after its module: `what-if.<hash>.js`). Every other dynamic import in a page's scripts
 * counts as start-up JavaScript, awaited or not: code that waits for the reader has to say so here,
 * next to the test that shows it waits. (A figure's own scene module is counted separately: only
 * the page's scenes, see sceneChunks.)
 */
export const ON_DEMAND = {
  'what-if': 'when the reader reaches for the what-if controls, or the address carries a what-if (tests/e2e/what-if.spec.ts)',
  'balancing-gammas': 'with the what-if controls of the router figure (its prepare())',
  'setup-downloads': 'when a download of a what-if setup is clicked',
};
/** Dynamic imports that load at start-up only on a page whose HTML has the element (not merely CSS naming it). */
export const WHEN_PRESENT = {
  'scene-input': /<form\b[^>]*\sdata-scene-input[\s=>]/,
  // Chinese line breaking for figures (src/client/mount-figure.ts): on the Chinese edition's pages only.
  'text-zh': /<html\b[^>]*\slang="zh/,
};
/** A Chinese font file or its stylesheet (scripts/fonts-zh.mjs names them noto-sans-sc-<weight>.<hash>.woff2, noto-sans-sc.<hash>.css). */
export const isChineseFont = (file) => /noto-sans-sc/i.test(posix.basename(file.split('\\').join('/')));
const chunkName = (file) => posix.basename(file.split('\\').join('/')).replace(/\.[\w-]+\.js$/, '');

/** Prefixes of the other editions (src/i18n/locales.ts): /zh/search/ is a search page as /search/ is. */
const EDITION = /^\/zh(?=\/)/;

/** The kind of a page, as `npm run bench` sorts them. `path` is relative to the base, with a leading slash. */
export function kindOf(pagePath, html) {
  const path = pagePath.replace(EDITION, '');
  if (path.startsWith('/embed/')) return 'embed';
  if (path === '/search/') return 'search';
  if (html.includes('data-scrolly=')) return 'chapter';
  if (html.includes('data-scene=')) return 'scene';
  return 'plain';
}

/** Every built HTML page: index.html files and 404.html. */
export function pagesOf(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind') walk(p);
      } else if (name === 'index.html' || name === '404.html') out.push(p);
    }
  };
  walk(dist);
  return out.sort();
}

const gz = (buf) => gzipSync(buf, { level: 6 }).length;
const attr = (tag, name) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Resources a page requests as it loads, with the kind of each, from its HTML. */
export function resourcesOf(html) {
  const out = [];
  // Comments and <noscript> bodies load nothing (with JS on, noscript is inert text).
  const live = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
  for (const [tag] of live.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) out.push({ kind: 'script', url: decode(src), module: /type\s*=\s*["']?module/i.test(tag) });
  }
  for (const [tag] of live.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) out.push({ kind: 'style', url: decode(href) });
    else if (rel.includes('modulepreload')) out.push({ kind: 'script', url: decode(href), module: true });
    else if (rel.includes('preload')) out.push({ kind: (attr(tag, 'as') ?? 'other').toLowerCase() === 'font' ? 'font' : 'preload', url: decode(href) });
    else if (rel.includes('icon')) out.push({ kind: 'icon', url: decode(href) });
  }
  for (const [tag] of live.matchAll(/<(?:img|iframe|video|audio|source)\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    // Lazy images and frames are fetched only near the viewport: not a load-time request.
    if (src && !/loading\s*=\s*["']?lazy/i.test(tag)) out.push({ kind: 'media', url: decode(src) });
  }
  for (const [, css] of live.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const u of cssUrls(css)) out.push({ kind: /\.(woff2?|ttf|otf)(\?|#|$)/i.test(u) ? 'font' : 'css-url', url: u, inCss: true });
  }
  return out;
}

function cssUrls(css) {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)].map((m) => m[1].trim()).filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}
/** Font files named by @font-face rules (only those load, and only when used; counted as if all were). */
function fontUrls(css) {
  const out = [];
  for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/gi)) out.push(...cssUrls(face));
  return out;
}

const isOtherHost = (url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(url);

/**
 * Check every page of `dist` (built for `base`). Returns the rows measured and the
 * failures, each "page: what, measured > budget (fix)".
 */
export function checkBudgets(dist, { base = '/', budgets = BUDGETS } = {}) {
  const failures = [];
  const rows = [];
  const fileOf = (url, from) => {
    const clean = url.split(/[?#]/)[0];
    if (clean.startsWith(base)) return join(dist, decodeURIComponent(clean.slice(base.length)));
    if (clean.startsWith('/')) return null; // outside the base: would not resolve on the host
    return join(posix.dirname(from), decodeURIComponent(clean));
  };
  const jsCache = new Map();
  /**
   * A script and everything it imports statically (the browser fetches those before running it),
   * and the dynamic imports that are not on demand (ON_DEMAND; WHEN_PRESENT by the page's `html`).
   */
  const closure = (file, seen, html = '') => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = jsCache.get(file) ?? readFileSync(file, 'utf8');
    jsCache.set(file, code);
    const resolve = (spec) => (spec.startsWith('.') ? join(posix.dirname(file), spec) : fileOf(spec, file));
    for (const spec of importsOf(code)) {
      const f = resolve(spec);
      if (f) closure(f, seen, html);
    }
    const scenes = new Set(sceneSpecs(code));
    for (const spec of dynamicImportsOf(code)) {
      if (scenes.has(spec)) continue;
      const f = resolve(spec);
      if (!f) continue;
      const name = chunkName(f);
      if (name in ON_DEMAND) continue;
      if (name in WHEN_PRESENT && !WHEN_PRESENT[name].test(html)) continue;
      closure(f, seen, html);
    }
  };
  /** Dynamic imports with a plain path (`import("./x.js")`); a computed one (Pagefind's) cannot be followed. */
  const dynamicImportsOf = (code) =>
    [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]).filter((s) => s.startsWith('.') || s.startsWith('/'));
  /** The chunks of import.meta.glob's scene modules (`"../scenes/x/index.ts": () => …import("./x.js")`). */
  const sceneSpecs = (code) =>
    [...code.matchAll(/["'`]\.\.\/scenes\/[\w-]+\/index\.ts["'`]\s*:\s*\(\)\s*=>\s*(?:[\w$]+\()?\s*(?:\(\)\s*=>\s*)?import\(\s*["'`]([^"'`]+)["'`]/g)].map(
      (m) => m[1],
    );
  /** Static import specifiers (`import … from "x"`, `import "x"`), in any quotes Vite prints. */
  const importsOf = (code) =>
    [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)]
      .map((m) => m[1])
      .filter((s) => s.startsWith('.') || s.startsWith('/'));
  /** The scene module a page imports for a figure: Vite keeps import.meta.glob's keys in the bundle. */
  const sceneChunks = (scenes, seen, html) => {
    for (const f of [...seen]) {
      const code = jsCache.get(f) ?? '';
      for (const scene of scenes) {
        const re = new RegExp(
          `["'\`]\\.\\./scenes/${scene}/index\\.ts["'\`]\\s*:\\s*\\(\\)\\s*=>\\s*(?:[\\w$]+\\()?\\s*(?:\\(\\)\\s*=>\\s*)?import\\(\\s*["'\`]([^"'\`]+)["'\`]`,
          'g',
        );
        for (const m of code.matchAll(re)) closure(join(posix.dirname(f), m[1]), seen, html);
      }
    }
  };

  const pages = pagesOf(dist);
  const seenKinds = new Set();
  for (const file of pages) {
    const path =
      '/' +
      relative(dist, file)
        .split('\\')
        .join('/')
        .replace(/index\.html$/, '');
    const html = readFileSync(file, 'utf8');
    const kind = kindOf(path, html);
    seenKinds.add(kind);
    const res = resourcesOf(html);
    const scenes = [...new Set([...html.matchAll(/data-scene="([\w-]+)"/g)].map((m) => m[1]))];

    // Requests to other hosts, and files the page names that do not exist.
    const others = res.filter((r) => isOtherHost(r.url)).map((r) => r.url);
    const local = res.filter((r) => !isOtherHost(r.url) && !/^(data|blob):/.test(r.url));

    // JavaScript: module scripts with their static imports and the figure's scene module, plus inline scripts.
    const seen = new Set();
    for (const r of local)
      if (r.kind === 'script') {
        const f = fileOf(r.url, file);
        if (f) closure(f, seen, html);
      }
    sceneChunks(scenes, seen, html);
    let js = 0;
    for (const f of seen) js += gz(Buffer.from(jsCache.get(f)));
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type\s*=\s*["']?(?:application\/(?:ld\+)?json|importmap))[^>]*>([\s\S]*?)<\/script>/gi)]
      .map((m) => m[1])
      .filter((s) => s.trim());
    for (const s of inline) {
      js += gz(Buffer.from(s));
      for (const spec of importsOf(s)) {
        const f = fileOf(spec, file);
        if (f && !seen.has(f)) {
          const before = new Set(seen);
          closure(f, seen, html);
          for (const g of seen) if (!before.has(g)) js += gz(Buffer.from(jsCache.get(g)));
        }
      }
    }

    // Fonts: @font-face files from the page's stylesheets and inline styles, plus font preloads.
    const fonts = new Set();
    for (const r of local) {
      if (r.kind === 'font') fonts.add(r.inCss ? fileOf(r.url, file) : fileOf(r.url, file));
      if (r.kind !== 'style') continue;
      const css = fileOf(r.url, file);
      if (!css || !existsSync(css)) continue;
      const text = readFileSync(css, 'utf8');
      for (const u of fontUrls(text)) {
        if (isOtherHost(u)) others.push(u);
        else fonts.add(fileOf(u, css));
      }
    }
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) for (const u of fontUrls(css)) if (!isOtherHost(u)) fonts.add(fileOf(u, file));
    fonts.delete(null);
    let fontBytes = 0;
    let zhFontBytes = 0;
    for (const f of fonts)
      if (existsSync(f)) {
        if (isChineseFont(f)) zhFontBytes += statSync(f).size;
        else fontBytes += statSync(f).size;
      }

    const requests = 1 + new Set([...local.filter((r) => r.kind !== 'font' && r.kind !== 'css-url').map((r) => fileOf(r.url, file)), ...seen, ...fonts]).size;
    const raw = Buffer.byteLength(html);
    const htmlGz = gz(Buffer.from(html));
    rows.push({ path, kind, js, raw, htmlGz, fontBytes, zhFontBytes, requests, others, scripts: [...seen].map((f) => relative(dist, f)) });

    const miss = (what, value, budget, fix) => failures.push(`${path} (${kind}): ${what} ${fmt(value)} > budget ${fmt(budget)}. Fix: ${fix}`);
    if (js > budgets.js[kind])
      miss(
        'JavaScript at start-up (gzip)',
        js,
        budgets.js[kind],
        budgets.js[kind] === 0
          ? 'a page without a scene ships no script; move the script to a page that needs it.'
          : 'load less at start-up (split a rarely used module behind a dynamic import, or drop a dependency).',
      );
    if (kind === 'chapter' && raw > budgets.chapterHtml.raw)
      miss('HTML (raw)', raw, budgets.chapterHtml.raw, 'slim the static copies of figures (one SVG per copy, or the step PNG) or split the chapter.');
    if (kind === 'chapter' && htmlGz > budgets.chapterHtml.gzip)
      miss('HTML (gzip)', htmlGz, budgets.chapterHtml.gzip, 'slim the static copies of figures or split the chapter.');
    if (fontBytes > budgets.fonts) miss('fonts', fontBytes, budgets.fonts, 'subset the font (latin only) or load fewer weights.');
    if (zhFontBytes > budgets.chineseFonts)
      miss(
        'Chinese fonts',
        zhFontBytes,
        budgets.chineseFonts,
        "fewer distinct characters in this page's headings and figures (its scenes' zh.json catalogues count whole), or set more of them in body prose (system fonts).",
      );
    const zhFiles = [...fonts].filter(isChineseFont).length + local.filter((r) => r.kind === 'style' && isChineseFont(r.url)).length;
    // And the Chinese line breaker (src/scenes/kit/text-zh.ts), a file of its own so English pages never load it.
    const zhBreaker = [...seen].some((f) => chunkName(f) === 'text-zh') ? 1 : 0;
    const requestBudget = budgets.requests + Math.min(zhFiles, budgets.chineseFontRequests ?? 0) + zhBreaker;
    if (requests > requestBudget)
      failures.push(`${path} (${kind}): ${requests} requests at load > budget ${requestBudget}. Fix: bundle or lazy-load resources.`);
    if (others.length > budgets.otherHosts)
      failures.push(`${path} (${kind}): requests to other hosts: ${others.join(', ')}. Fix: self-host the file (no third-party requests).`);
  }
  for (const kind of KINDS)
    if (!seenKinds.has(kind))
      failures.push(
        `no page of kind "${kind}" in ${dist}: its budget checks nothing. Fix: build the site (npm run build), or remove the kind from BUDGETS in scripts/check-budgets.mjs if such pages are gone for good.`,
      );
  return { rows, failures };
}

const fmt = (n) => (n >= KiB ? `${(n / KiB).toFixed(1)} KiB` : `${n} B`);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const base = process.argv[3] ?? process.env.BASE_PATH ?? '/';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`check-budgets: ${dist}/index.html not found. Fix: npm run build first.`);
    process.exit(1);
  }
  const t0 = performance.now();
  const { rows, failures } = checkBudgets(dist, { base });
  const worst = {};
  for (const r of rows) {
    const w = (worst[r.kind] ??= { n: 0, js: 0, raw: 0, htmlGz: 0, fontBytes: 0, zhFontBytes: 0, requests: 0 });
    w.n++;
    for (const k of ['js', 'raw', 'htmlGz', 'fontBytes', 'zhFontBytes', 'requests']) w[k] = Math.max(w[k], r[k]);
  }
  console.log(`check-budgets: ${rows.length} pages in ${dist} (${Math.round(performance.now() - t0)} ms). Largest per kind:`);
  for (const [k, w] of Object.entries(worst)) {
    console.log(
      `  ${k.padEnd(8)} ${String(w.n).padStart(4)} pages  JS ${fmt(w.js).padStart(9)} / ${fmt(BUDGETS.js[k])}  HTML ${fmt(w.raw).padStart(9)} (gzip ${fmt(w.htmlGz)})  fonts ${fmt(w.fontBytes)}${w.zhFontBytes ? ` + Chinese ${fmt(w.zhFontBytes)}` : ''}  requests ${w.requests}`,
    );
  }
  if (failures.length) {
    console.error(`\n${failures.length} budget(s) missed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check-budgets: every page within budget.');
}
