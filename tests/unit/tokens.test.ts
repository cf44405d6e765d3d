/**
 * The colour tokens (src/styles/tokens.ts): the CSS written from them is current, every
 * colour has the contrast its role needs in both themes, and the categorical colours a
 * frame draws together stay apart for readers with a colour-vision deficiency.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wcagContrast } from 'culori';
import { palette, tokens, tokensCss, type Theme, type TokenName } from '../../src/styles/tokens';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { sizeFor } from '../../src/scenes/contract';
import { frameOf } from '../../src/scenes/words';
import { siteSceneStyles } from '../../src/downloads';
import { collectSceneStyles } from '../../src/downloads/scene-css';
import { clashes, framePaints } from '../helpers/colour-vision';

const THEMES: Theme[] = ['light', 'dark'];

describe('design tokens', () => {
  it('src/styles/tokens.css is what tokens.ts generates (regenerate with `npm run tokens`)', () => {
    const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
    expect(css, 'src/styles/tokens.css is stale: run `npm run tokens` and commit it').toBe(tokensCss());
  });

  for (const theme of THEMES) {
    const p = palette(theme);
    it(`${theme}: text colours reach 4.5:1 and mark colours 3:1 on the page and on raised cards`, () => {
      const low: string[] = [];
      for (const [name, t] of Object.entries(tokens)) {
        const need = t.role === 'text' ? 4.5 : t.role === 'mark' ? 3 : 0;
        for (const bg of ['bg', 'bg-raised'] as const) {
          const c = wcagContrast(t[theme], p[bg]);
          if (c < need) low.push(`--${name} on --${bg}: ${c.toFixed(2)}:1 < ${need}:1`);
        }
      }
      expect(low).toEqual([]);
    });
    it(`${theme}: text drawn on coloured fills reaches 4.5:1`, () => {
      const pairs: [TokenName, TokenName][] = [
        ['accent-fg', 'accent'],
        ['accent-fg', 'r1'],
        ['fg', 'verdict-correct-fill'],
        ['fg', 'verdict-misleading-fill'],
        ['fg', 'verdict-wrong-fill'],
        ['fg', 'verdict-unverified-fill'],
      ];
      for (const [text, fill] of pairs) expect(wcagContrast(p[text], p[fill]), `--${text} on --${fill}`).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('colour vision: the colours each frame draws together stay apart (CIEDE2000 >= 10 after simulation)', () => {
  const styles = siteSceneStyles();
  const light = palette('light');
  // Which token a resolved colour is (several tokens may share one light value: they are then one colour).
  const tokenOf = new Map<string, TokenName>();
  for (const [name, t] of Object.entries(tokens) as [TokenName, (typeof tokens)[TokenName]][])
    if (t.role === 'text' || t.role === 'mark') tokenOf.set(t.light, name);

  for (const name of sceneNames) {
    it(`${name}: every step, wide and narrow, light and dark`, () => {
      const scene = scenes[name]!;
      const problems: string[] = [];
      let checked = 0;
      for (const step of scene.steps) {
        for (const size of ['wide', 'narrow'] as const) {
          const { fills, strokes } = framePaints(frameOf(scene, step.id, sizeFor(scene, size), 'en'), styles);
          // Outlines, leaders and axes in the text colours are ink, not a category.
          const inked = [...strokes].filter((c) => c !== light.fg && c !== light['fg-muted']);
          const used = [...new Set([...fills, ...inked].map((c) => tokenOf.get(c)).filter((t): t is TokenName => !!t))];
          checked += used.length;
          for (const theme of THEMES) {
            const colours = Object.fromEntries(used.map((t) => [`--${t}`, tokens[t][theme]]));
            for (const c of clashes(colours)) problems.push(`${step.id} (${size}, ${theme}): ${c.a} and ${c.b} are ${c.distance} apart with ${c.vision}`);
          }
        }
      }
      expect(checked, `${name}: no token colour found in any frame (is the style resolution broken?)`).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }

  it('catches a clashing pair: the old routed-experts blue and embedding violet (same blue with deuteranopia or protanopia)', () => {
    const found = clashes({ routed: '#1d4ed8', embedding: '#7c3aed' });
    expect(found.map((c) => c.vision)).toContain('protanopia');
    expect(clashes({ routed: '#1d4ed8', orange: '#b45309' })).toEqual([]);
  });

  it('catches a clash planted in a frame: two marks whose classes resolve to near colours', () => {
    const planted = collectSceneStyles(
      { file: 'planted.css', text: '.scene svg .a { fill: var(--r1); } .scene svg .b { fill: #7c3aed; }' },
      () => ({ file: '', text: '' }),
      new Map([['--r1', light.r1]]),
    );
    const frame = {
      width: 100,
      height: 50,
      description: 'planted',
      table: { caption: '', columns: [], rows: [] },
      marks: [
        { kind: 'rect' as const, key: 'a', x: 0, y: 0, width: 10, height: 10, className: 'a' },
        { kind: 'rect' as const, key: 'b', x: 20, y: 0, width: 10, height: 10, className: 'b' },
        { kind: 'text' as const, key: 't', x: 0, y: 40, text: 'label', className: 'b' },
      ],
    };
    const paints = [...framePaints(frame as never, planted).fills];
    expect(paints.sort()).toEqual([light.r1, '#7c3aed'].sort());
    expect(clashes(Object.fromEntries(paints.map((c) => [c, c]))).length).toBeGreaterThan(0);
  });
});
