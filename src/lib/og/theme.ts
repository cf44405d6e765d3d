/**
 * The site's light palette (src/styles/tokens.ts) and the scenes' mark styles, as plain CSS
 * that resvg understands (no custom properties), read from the same stylesheets the pages
 * use, so a build-time image draws a scene in the site's own colours.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cssVars } from '../../styles/tokens';

const STYLES = join(process.cwd(), 'src', 'styles');

/** `--name` -> light colour, from src/styles/tokens.ts. */
export function lightPalette(): Record<string, string> {
  return Object.fromEntries(cssVars('light'));
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
 * CSS for a standalone SVG of a scene frame: every `.scene svg …` rule of src/scenes/<name>/style.css
 * and global.css, with `.scene svg` dropped from selectors and every var()
 * resolved to the light palette.
 */
export function sceneCss(): string {
  const palette = lightPalette();
  // The order the page loads them: the scenes' own style.css files, then global.css.
  const scenesDir = join(process.cwd(), 'src', 'scenes');
  const sceneFiles = readdirSync(scenesDir)
    .sort()
    .map((d) => join(scenesDir, d, 'style.css'))
    .filter((f) => existsSync(f));
  const files = [...sceneFiles, join(STYLES, 'global.css')];
  const rules = files.flatMap((f) => topLevelRules(readFileSync(f, 'utf8')));
  const resolve = (v: string): string => {
    let out = v;
    for (let k = 0; k < 5 && out.includes('var('); k++)
      out = out.replace(/var\((--[\w-]+)\)/g, (_, n: string) => {
        const c = palette[n];
        if (c === undefined)
          throw new Error(`src/styles: var(${n}) in a scene style is not a colour token. Fix: add it to src/styles/tokens.ts and run npm run tokens.`);
        return c;
      });
    return out;
  };
  // Scoped to the figure (.scene-frame), so the card's own text keeps its attributes.
  const out: string[] = [`.scene-frame { font-family: 'IBM Plex Sans'; }`, `.scene-frame text { fill: ${palette['--fg']}; }`];
  for (const r of rules) {
    const sels = r.selector
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.startsWith('.scene svg '))
      .map((s) => s.slice('.scene svg '.length));
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
