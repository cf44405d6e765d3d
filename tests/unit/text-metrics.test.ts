/**
 * The kit's text metrics (src/scenes/kit/text.ts) against the font itself: the generated
 * table matches the font files, every label of every frame measures as fontkit shapes it
 * (advances, kerning, ligatures), and every character a figure draws is in the font.
 * tests/e2e/text-widths.spec.ts compares the same labels with Chromium's drawing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import * as fontkitModule from 'fontkit';
import { metricsAreCurrent } from '../../scripts/fonts.mjs';
import { sizeFor, type TextMark } from '../../src/scenes/contract';
import { sceneNames, scenes } from '../../src/scenes/registry';
import { fitLine, hasGlyph, measure, wrap, wrapBalanced } from '../../src/scenes/kit/text';
import { textOf } from '../helpers/scene-text';

const fontkit = (
  (fontkitModule as { create?: unknown }).create ? fontkitModule : (fontkitModule as unknown as { default: typeof fontkitModule }).default
) as typeof fontkitModule;
const PLEX = 'node_modules/@ibm/plex-sans/fonts/complete/woff2/';
const FILES: Record<number, string> = { 400: 'IBMPlexSans-Regular.woff2', 600: 'IBMPlexSans-SemiBold.woff2', 700: 'IBMPlexSans-Bold.woff2' };
const fonts = Object.fromEntries(Object.entries(FILES).map(([w, f]) => [w, fontkit.create(readFileSync(PLEX + f)) as fontkitModule.Font]));
/** What fontkit's shaper (as a browser's) makes of the text: the reference. */
const shaped = (text: string, size: number, weight: number) =>
  (fonts[weight >= 650 ? 700 : weight >= 550 ? 600 : 400]!.layout(text).positions.reduce((a, p) => a + p.xAdvance, 0) / 1000) * size;

/** Every distinct (text, size, weight) label of every frame. */
function allLabels(): TextMark[] {
  const out = new Map<string, TextMark>();
  for (const name of sceneNames) {
    const s = scenes[name]!;
    for (const step of s.steps)
      for (const v of ['wide', 'narrow'] as const)
        for (const m of s.layout(s.data, step.id, sizeFor(s, v), textOf(s)).marks)
          if (m.kind === 'text' && m.text) out.set(`${m.text}|${m.fontSize}|${m.fontWeight}`, m);
  }
  return [...out.values()];
}

/** Labels whose kit width is off the reference by more than `tol` (relative). */
function mismatches(labels: TextMark[], kit: (m: TextMark) => number, tol: number): string[] {
  return labels
    .map((m) => ({ m, k: kit(m), r: shaped(m.text, m.fontSize ?? 16, m.fontWeight ?? 400) }))
    .filter(({ k, r }) => Math.abs(k - r) > tol * Math.max(r, 1))
    .map(({ m, k, r }) => `"${m.text}" (${m.key}): kit ${k.toFixed(2)} vs font ${r.toFixed(2)}`);
}

describe('text metrics', () => {
  it('the generated table is what the font files say (else run `npm run fonts`)', async () => {
    expect(await metricsAreCurrent()).toBe(true);
  }, 60_000);

  const labels = allLabels();
  const kitWidth = (m: TextMark) => measure(m.text, { size: m.fontSize ?? 16, weight: m.fontWeight ?? 400 });

  it('measures every label of every frame as the font shapes it (within 0.1%)', () => {
    expect(labels.length).toBeGreaterThan(500);
    expect(mismatches(labels, kitWidth, 0.001)).toEqual([]);
  }, 60_000);

  it('fails on a 10%-wrong width (planted)', () => {
    expect(mismatches(labels, (m) => kitWidth(m) * 1.1, 0.02).length).toBe(labels.length);
  }, 60_000);

  it('every character a figure draws is in the font (no fallback glyphs, no guessed widths)', () => {
    const missing = new Set<string>();
    for (const m of labels)
      for (const ch of m.text) if (!hasGlyph(ch, m.fontWeight ?? 400)) missing.add(`${ch} (U+${ch.codePointAt(0)!.toString(16)}) in "${m.text}"`);
    expect([...missing]).toEqual([]);
  });

  it('knows kerning: "T." is narrower than T + ., "MMLU 90.8%" at 12 px is what Plex says', () => {
    // The table ships kerning for pairs figures can draw (scripts/fonts.mjs figurePairs), such as "T.".
    expect(measure('T.', { size: 100 })).toBeLessThan(measure('T', { size: 100 }) + measure('.', { size: 100 }));
    expect(measure('T.', { size: 100 })).toBeCloseTo(shaped('T.', 100, 400), 6);
    expect(measure('MMLU 90.8%', { size: 12 })).toBeCloseTo(shaped('MMLU 90.8%', 12, 400), 6);
    expect(measure('7', { size: 10 })).toBe(measure('1', { size: 10 })); // tabular figures
  });

  it('wraps with an options object, and fits a line by its wordings', () => {
    const lines = wrap('one two three four five six seven eight nine ten', { width: 60, size: 12 });
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measure(l, { size: 12 })).toBeLessThanOrEqual(60);
    expect(fitLine(['Source: a long line of words', 'Short'], { width: 50, size: 12 })).toBe('Short');
    expect(fitLine(['many words that will not fit'], { width: 60, size: 12 })).toMatch(/…$/);
  });

  it('the fallback faces in global.css are scaled to Plex (size-adjust from the fonts on this machine)', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const sample = readFileSync('content/chapters/01-what-is-r1.mdx', 'utf8').replace(/<[^>]+>|[{}#*_`]/g, ' ');
    const mean = (f: fontkitModule.Font) =>
      [...sample].reduce((a, ch) => a + f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / f.unitsPerEm, 0) / sample.length;
    const plex = mean(fonts[400]!);
    const checks: [string, string][] = [
      ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'Plex Fallback'],
      ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'Plex Fallback DejaVu'],
    ];
    for (const [file, family] of checks) {
      if (!existsSync(file)) {
        console.warn(`[tests] ${file} not found: its fallback's size-adjust is not checked.`);
        continue;
      }
      const rule = css.match(
        new RegExp(`@font-face \\{\\s*font-family: '${family}';\\s*font-weight: 100 500;[^}]*size-adjust: ([\\d.]+)%;\\s*ascent-override: ([\\d.]+)%`),
      )!;
      expect(rule, family).toBeTruthy();
      const adjust = plex / mean(fontkit.openSync(file) as fontkitModule.Font);
      // Within 2%: the CSS was computed on all chapters, this on one.
      expect(Number(rule[1]) / 100, family).toBeCloseTo(adjust, 1);
      expect(Number(rule[2]) / 100, family).toBeCloseTo(fonts[400]!.ascent / 1000 / (Number(rule[1]) / 100), 3);
    }
  }, 30_000);
});

describe('wrapBalanced', () => {
  const o = { width: 540, size: 18 };
  const cases = [
    'Busiest expert: 247 tokens, 3.9× its fair share of 64. Quietest: 5. The busiest experts set the pace of the whole batch: the others wait for them.',
    '最忙的专家分到247个词元，是平均份额64的3.9倍；最闲的只有5个。最忙的专家决定了整批的进度：其余专家做完了也只能等它们。',
  ];
  it.each(cases)('keeps the line count, evens the lines out, loses no word: %s', async (text) => {
    if (/\p{Script=Han}/u.test(text)) await import('../../src/scenes/kit/text-zh');
    const plain = wrap(text, o);
    const even = wrapBalanced(text, o);
    expect(even.length).toBe(plain.length);
    expect(even.join('').replace(/\s/g, '')).toBe(plain.join('').replace(/\s/g, ''));
    const widths = (ls: string[]) => ls.map((l) => measure(l, o));
    // The plain wrap leaves a short last line here; balanced, the shortest line is most of the longest.
    expect(Math.min(...widths(plain)) / Math.max(...widths(plain))).toBeLessThan(0.5);
    expect(Math.min(...widths(even)) / Math.max(...widths(even))).toBeGreaterThan(0.7);
    expect(Math.max(...widths(even))).toBeLessThanOrEqual(o.width);
  });
  it('leaves one line alone', () => expect(wrapBalanced('Short.', o)).toEqual(['Short.']));
});
