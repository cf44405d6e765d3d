/**
 * The site's scene styles, resolved for a standalone SVG file: the rules that style
 * marks (`.scene svg …` in each src/scenes/<name>/style.css and src/styles/global.css) are
 * matched against each mark and written onto it as an inline `style`, with every
 * var() resolved: colours straight from the light palette of src/styles/tokens.ts,
 * other custom properties (fonts) from :root. The file then looks like the light page
 * in any viewer (browsers, Inkscape, Illustrator, slide software) and in resvg, none of
 * which know our tokens. What tokens cannot do, and this file does: the cascade.
 *
 * Pure: takes the CSS texts, returns data. @media blocks are skipped (the file is the
 * light, wide, on-screen figure). A selector this cannot match fails loudly, naming the
 * file, so a new scene's styles are never silently dropped from downloads.
 */

export interface CssFile {
  file: string;
  text: string;
}

/** One `.scene svg <compound>` rule: tag and classes to match, declarations to apply. */
export interface MarkRule {
  file: string;
  selector: string;
  /** null = the <svg> element itself (`.scene svg { … }`). */
  tag: string | null;
  classes: string[];
  /** Attribute tests, e.g. [data-key^='expert:'] (the file's marks carry data-key and class). */
  attrs: AttrTest[];
  /** The root rule matches the svg element; others match marks. */
  root: boolean;
  specificity: number;
  order: number;
  decls: [string, string][];
}

export interface AttrTest {
  name: string;
  op: '' | '=' | '^=' | '$=' | '*=' | '~=';
  value: string;
}

export interface SceneStyles {
  vars: Map<string, string>;
  rules: MarkRule[];
}

/** Properties that change how a mark is painted; the rest (cursor, transition…) are dropped. */
export const PAINT_PROPS = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-decoration',
  'paint-order',
  'visibility',
  'display',
  'dominant-baseline',
  'text-anchor',
  'shape-rendering',
  'vector-effect',
  'text-transform',
]);

interface RawRule {
  file: string;
  selectors: string[];
  body: string;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Top-level rules of one CSS text; @import lines are returned separately; @media/@supports blocks skipped. */
function topLevel(file: string, css: string): { imports: string[]; rules: RawRule[] } {
  const text = stripComments(css);
  const imports: string[] = [];
  const rules: RawRule[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    if (text[i] === '@') {
      const semi = text.indexOf(';', i);
      const brace = text.indexOf('{', i);
      if (semi >= 0 && (brace < 0 || semi < brace)) {
        const m = /^@import\s+(?:url\()?['"]([^'"]+)['"]/.exec(text.slice(i, semi));
        if (m) imports.push(m[1]!);
        i = semi + 1;
        continue;
      }
      i = skipBlock(text, brace, file);
      continue;
    }
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const close = text.indexOf('}', open);
    if (close < 0) throw new Error(`${file}: unbalanced braces after "${text.slice(i, i + 40)}"`);
    const selectors = splitTop(text.slice(i, open), ',')
      .map((s) => s.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    rules.push({ file, selectors, body: text.slice(open + 1, close) });
    i = close + 1;
  }
  return { imports, rules };
}

function skipBlock(text: string, open: number, file: string): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j + 1;
  }
  throw new Error(`${file}: unbalanced braces in an @-rule`);
}

/** Split on `sep` outside parentheses. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function declarations(body: string): [string, string][] {
  return splitTop(body, ';')
    .map((d) => {
      const c = d.indexOf(':');
      return c < 0
        ? null
        : ([
            d.slice(0, c).trim(),
            d
              .slice(c + 1)
              .trim()
              .replace(/\s*!important$/, ''),
          ] as [string, string]);
    })
    .filter((d): d is [string, string] => !!d && !!d[0]);
}

const VAR_SCOPES = new Set([':root', '.scene', '.scene svg']);
const PREFIX = '.scene svg';

/**
 * Collects mark rules and custom properties from global.css and its @imports, on top of
 * `palette` (the colour tokens, `--name` -> colour).
 * `read(path)` returns the text of an imported file (path as written, relative to global.css).
 */
export function collectSceneStyles(
  entry: CssFile | readonly CssFile[],
  read: (importPath: string) => CssFile,
  palette: ReadonlyMap<string, string> = new Map(),
): SceneStyles {
  const vars = new Map<string, string>(palette);
  const rules: MarkRule[] = [];
  let order = 0;
  const visit = (f: CssFile) => {
    const { imports, rules: raw } = topLevel(f.file, f.text);
    for (const imp of imports) visit(read(imp));
    for (const r of raw) {
      const decls = declarations(r.body);
      for (const sel of r.selectors) {
        if (VAR_SCOPES.has(sel)) for (const [k, v] of decls) if (k.startsWith('--')) vars.set(k, v);
        if (sel !== PREFIX && !sel.startsWith(`${PREFIX} `)) continue;
        const paint = decls.filter(([k]) => PAINT_PROPS.has(k));
        if (paint.length === 0) continue;
        const rest = sel.slice(PREFIX.length).trim();
        if (rest === '') {
          rules.push({ file: f.file, selector: sel, tag: null, classes: [], attrs: [], root: true, specificity: 0, order: order++, decls: paint });
          continue;
        }
        // Interaction states never apply to a file.
        if (/:(hover|focus|focus-visible|focus-within|active)\b/.test(rest)) continue;
        const attrs: AttrTest[] = [];
        const noAttrs = rest.replace(
          /\[([a-z-]+)(?:([~^$*]?=)\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z0-9_-]+)))?\]/g,
          (_, name: string, op: string | undefined, a?: string, b?: string, c?: string) => {
            attrs.push({ name, op: (op ?? '') as AttrTest['op'], value: a ?? b ?? c ?? '' });
            return '';
          },
        );
        const m = /^([a-z]+)?((?:\.[A-Za-z0-9_-]+)*)$/.exec(noAttrs);
        if (!m || (!m[1] && !m[2] && attrs.length === 0)) {
          throw new Error(
            `${f.file}: selector "${sel}" cannot be applied to downloaded figures (src/downloads/scene-css.ts understands ".scene svg" followed by one compound selector: a tag, classes and attribute tests, e.g. ".scene svg text.my-label" or ".scene svg rect[data-key^='bar:']"). Fix: style marks by class, or extend scene-css.ts.`,
          );
        }
        const classes = m[2] ? m[2].slice(1).split('.') : [];
        rules.push({
          file: f.file,
          selector: sel,
          tag: m[1] ?? null,
          classes,
          attrs,
          root: false,
          specificity: (classes.length + attrs.length) * 10 + (m[1] ? 1 : 0),
          order: order++,
          decls: paint,
        });
      }
    }
  };
  for (const f of Array.isArray(entry) ? entry : [entry as CssFile]) visit(f);
  return { vars, rules };
}

/* ---------- values ---------- */

/** Finds the first `name(` at depth 0 and returns [start, argsStart, end] (end = index after ')'). */
function findCall(s: string, name: string): [number, number, number] | null {
  const re = new RegExp(`${name}\\(`, 'g');
  const m = re.exec(s);
  if (!m) return null;
  let depth = 0;
  for (let j = m.index + name.length; j < s.length; j++) {
    if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return [m.index, m.index + name.length + 1, j + 1];
  }
  throw new Error(`unbalanced parentheses in "${s}"`);
}

/**
 * Resolves var() to plain values. Theme pairs and mixes belong in src/styles/tokens.ts
 * (which computes both themes), so light-dark() or color-mix() in a scene style is an error.
 */
export function resolveValue(value: string, vars: Map<string, string>, where = 'a style', seen: string[] = []): string {
  let v = value;
  for (let guard = 0; guard < 200; guard++) {
    const call = findCall(v, 'var');
    if (!call) break;
    const [start, argsStart, end] = call;
    const args = splitTop(v.slice(argsStart, end - 1), ',');
    const name = args[0]!.trim();
    if (seen.includes(name)) throw new Error(`${where}: custom property ${name} refers to itself (${[...seen, name].join(' -> ')})`);
    const raw = vars.get(name) ?? (args.length > 1 ? args.slice(1).join(',').trim() : undefined);
    if (raw === undefined)
      throw new Error(
        `${where}: var(${name}) is not defined. Fix: add the colour to src/styles/tokens.ts (then npm run tokens), or define the property in :root of src/styles/global.css.`,
      );
    v = v.slice(0, start) + resolveValue(raw, vars, where, [...seen, name]) + v.slice(end);
  }
  const fn = /\b(light-dark|color-mix)\(/.exec(v);
  if (fn)
    throw new Error(
      `${where}: ${fn[1]}() in a scene style ("${value}"). Fix: add a token with both themes' colours to src/styles/tokens.ts (tokens.ts computes mixes too), run npm run tokens, and use var(--token).`,
    );
  return v.trim();
}

function attrMatches(t: AttrTest, attrs: Readonly<Record<string, string | number>>): boolean {
  const raw = attrs[t.name];
  if (raw === undefined) return false;
  const v = String(raw);
  switch (t.op) {
    case '':
      return true;
    case '=':
      return v === t.value;
    case '^=':
      return t.value !== '' && v.startsWith(t.value);
    case '$=':
      return t.value !== '' && v.endsWith(t.value);
    case '*=':
      return t.value !== '' && v.includes(t.value);
    case '~=':
      return v.split(/\s+/).includes(t.value);
  }
}

/**
 * The computed paint properties of an element with this tag, classes and attributes
 * (cascade by specificity, then source order).
 */
export function computeStyle(
  styles: SceneStyles,
  tag: string | 'svg',
  classes: readonly string[],
  attrs: Readonly<Record<string, string | number>> = {},
): Map<string, string> {
  const matching = styles.rules
    .filter((r) =>
      tag === 'svg'
        ? r.root
        : !r.root && (!r.tag || r.tag === tag) && r.classes.every((c) => classes.includes(c)) && r.attrs.every((t) => attrMatches(t, attrs)),
    )
    .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  const out = new Map<string, string>();
  for (const r of matching) for (const [k, v] of r.decls) out.set(k, resolveValue(v, styles.vars, `${r.file}: ${r.selector} { ${k} }`));
  return out;
}

/** SceneStyles as JSON (its custom properties are a Map), and back: for the browser's own downloads. */
export interface SceneStylesJson {
  vars: [string, string][];
  rules: MarkRule[];
}
export function stylesToJson(s: SceneStyles): SceneStylesJson {
  return { vars: [...s.vars], rules: s.rules };
}
export function stylesFromJson(j: SceneStylesJson): SceneStyles {
  if (!Array.isArray(j?.vars) || !Array.isArray(j?.rules)) throw new Error('scene-styles.json: expected { vars: [...], rules: [...] }.');
  return { vars: new Map(j.vars), rules: j.rules };
}
