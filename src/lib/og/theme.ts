/**
 * The site's light palette and the scenes' mark styles, as plain CSS that resvg understands
 * (no custom properties, no light-dark(), no color-mix()), read from the same stylesheets the
 * pages use, so a build-time image draws a scene in the site's own colours.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = join(process.cwd(), 'src', 'styles');

/** `--name` -> light value, from global.css's :root tokens (`light-dark(light, dark)`). */
export function lightPalette(css = readFileSync(join(STYLES, 'global.css'), 'utf8')): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!root) throw new Error('src/styles/global.css: no :root { … } block with the colour tokens. Fix: keep the design tokens in :root.');
  const out: Record<string, string> = {};
  for (const m of root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    const value = m[2]!.trim();
    const ld = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
    out[m[1]!] = ld ? ld[1]! : value;
  }
  for (const need of ['--bg', '--bg-raised', '--fg', '--fg-muted', '--rule', '--accent', '--r1', '--o1']) {
    if (!out[need]) throw new Error(`src/styles/global.css: colour token ${need} missing from :root. Fix: define it as light-dark(light, dark).`);
  }
  return out;
}

function hex(c: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((x) => x + x).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** Strip comments and @media blocks (dark variants); keep top-level rules. */
function topLevelRules(css: string): { selector: string; body: string }[] {
  css = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@import[^;]*;/g, '');
  const rules: { selector: string; body: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const selector = css.slice(i, open).trim();
    // Find the matching close brace (nested blocks inside @media / @supports).
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    const body = css.slice(open + 1, j - 1);
    if (!selector.startsWith('@')) rules.push({ selector, body });
    i = j;
  }
  return rules;
}

/**
 * CSS for a standalone SVG of a scene frame: every `.scene svg …` rule of global.css and
 * src/styles/scenes/*.css, with `.scene svg` dropped from selectors and every var()
 * (and color-mix(in srgb, …)) resolved to the light palette.
 */
export function sceneCss(): string {
  const palette = lightPalette();
  const files = [join(STYLES, 'global.css'), ...readdirSync(join(STYLES, 'scenes')).filter((f) => f.endsWith('.css')).sort().map((f) => join(STYLES, 'scenes', f))];
  const rules = files.flatMap((f) => topLevelRules(readFileSync(f, 'utf8')));
  const vars: Record<string, string> = { ...palette };
  // Custom properties scenes define on `.scene svg` (outside @media: the light values).
  for (const r of rules) {
    if (!/^\.scene svg$/.test(r.selector)) continue;
    for (const m of r.body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[m[1]!] = m[2]!.trim().replace(/^light-dark\(\s*([^,]+?)\s*,[^)]*\)$/, '$1');
  }
  const resolve = (v: string): string => {
    let out = v;
    for (let k = 0; k < 5 && out.includes('var('); k++) out = out.replace(/var\((--[\w-]+)\)/g, (_, n: string) => vars[n] ?? 'currentColor');
    out = out.replace(/light-dark\(\s*([^,()]+?)\s*,\s*([^()]+?)\s*\)/g, '$1');
    // color-mix(in srgb, A p%, B) -> the mixed hex.
    out = out.replace(/color-mix\(in srgb,\s*(#[0-9a-f]+)\s+([\d.]+)%\s*,\s*(#[0-9a-f]+)\s*\)/gi, (_, a: string, p: string, b: string) => {
      const ca = hex(a), cb = hex(b);
      if (!ca || !cb) return a;
      const t = Number(p) / 100;
      return '#' + ca.map((x, i) => Math.round(x * t + cb[i]! * (1 - t)).toString(16).padStart(2, '0')).join('');
    });
    return out;
  };
  // Scoped to the figure (.scene-frame), so the card's own text keeps its attributes.
  const out: string[] = [`.scene-frame { font-family: 'IBM Plex Sans'; }`, `.scene-frame text { fill: ${palette['--fg']}; }`];
  for (const r of rules) {
    const sels = r.selector.split(',').map((s) => s.trim()).filter((s) => s.startsWith('.scene svg ')).map((s) => s.slice('.scene svg '.length));
    if (!sels.length) continue;
    const decls = r.body
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d && !d.startsWith('--') && !/^font-family/.test(d))
      .map((d) => resolve(d));
    if (decls.length) out.push(`${sels.map((s) => `.scene-frame ${s}`).join(', ')} { ${decls.join('; ')}; }`);
  }
  return out.join('\n');
}
