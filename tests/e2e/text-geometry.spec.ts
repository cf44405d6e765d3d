/**
 * Chromium's drawing against the kit (run with the desktop project at 1280 px and the
 * phone project at 390 px): on every step of every scene, in both editions, once the
 * figure's fonts have loaded (IBM Plex Sans; in Chinese also the page's cut of Noto Sans
 * SC, which must draw the Han characters) and the figure has been redrawn at its real size,
 *   - every label's width (getComputedTextLength) is the kit's measure() within 2%;
 *   - no two labels overlap, no label crosses a line or path or straddles a rect's edge,
 *     and none leaves the viewBox (boxes from getBBox), allowances aside
 *     (src/scenes/kit/geometry-allowances.ts).
 * Each check is also run once with a planted fault (a 10%-wrong width, a label moved onto
 * its neighbour) to show that it fails.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collisions, pathSegments, unallowed, type Shapes } from '../../src/scenes/kit/geometry';
import { ALLOWANCES } from '../../src/scenes/kit/geometry-allowances';
import { measure } from '../../src/scenes/kit/text';
import { ASCENT } from '../../src/scenes/kit/font-metrics';

interface DrawnText {
  key: string;
  text: string;
  size: number;
  weight: number;
  letterSpacing: number;
  length: number;
  box: { x: number; y: number; width: number; height: number };
}
interface Drawn {
  width: number;
  height: number;
  /** Rendered px per viewBox unit. */
  scale: number;
  family: string;
  /** The weights (400, 700) of the texts with Han characters, and those whose 'R1 Noto Sans SC' face has loaded. */
  hanWeights: number[];
  hanFacesLoaded: number[];
  texts: DrawnText[];
  lines: { key: string; cls: string; x1: number; y1: number; x2: number; y2: number }[];
  paths: { key: string; d: string }[];
  rects: { key: string; x: number; y: number; width: number; height: number }[];
  circles: { key: string; cx: number; cy: number; r: number }[];
}

/** The editions walked: English at the root, Chinese under zh/ (its figures measured from its own cut of Noto Sans SC). */
const EDITIONS = ['', 'zh/'] as const;
type Edition = (typeof EDITIONS)[number];

/** Where readers meet each scene: every (chapter, step) pair in the edition's build, one chapter per step. */
function chapterSteps(edition: Edition = ''): Map<string, { chapter: string; step: string }[]> {
  const dir = join(process.env.DIST_DIR ?? 'dist', edition, 'chapters');
  const out = new Map<string, { chapter: string; step: string }[]>();
  if (!existsSync(dir)) return out;
  for (const chapter of readdirSync(dir).sort()) {
    const file = join(dir, chapter, 'index.html');
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/data-step="([^"]+)" data-step-scene="([^"]+)"/g)) {
      const list = out.get(m[2]!) ?? [];
      if (!list.some((x) => x.step === m[1])) list.push({ chapter, step: m[1]! });
      out.set(m[2]!, list);
    }
  }
  return out;
}

/** Whether the chapter's live figure of `scene` has what-if controls (in the built HTML). */
function hasWhatIf(chapter: string, scene: string): boolean {
  const html = readFileSync(join(process.env.DIST_DIR ?? 'dist', 'chapters', chapter, 'index.html'), 'utf8');
  const at = html.search(new RegExp(`<figure[^>]*data-scene="${scene}"`));
  return at >= 0 && html.slice(at, html.indexOf('</figure>', at)).includes('data-what-if=');
}

async function drawn(page: Page, scene: string): Promise<Drawn> {
  return page.evaluate((scene) => {
    const svg = document.querySelector<SVGSVGElement>(`figure.scene[data-scene="${scene}"]:not([data-copy-of]) svg`)!;
    const vb = svg.viewBox.baseVal;
    const num = (el: Element, a: string) => Number(el.getAttribute(a) ?? 0);
    const visible = (el: Element) => (el as SVGGraphicsElement).checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const all = <T extends Element>(sel: string) => [...svg.querySelectorAll<T>(sel)].filter((e) => visible(e) && !e.hasAttribute('data-exiting'));
    return {
      width: vb.width,
      height: vb.height,
      scale: svg.getBoundingClientRect().width / vb.width,
      family: getComputedStyle(svg).fontFamily,
      ...(() => {
        const weights = [
          ...new Set(
            [...svg.querySelectorAll('text')]
              .filter((t) => /\p{Script=Han}/u.test(t.textContent ?? ''))
              .map((t) => (Number(getComputedStyle(t).fontWeight) >= 600 ? 700 : 400)),
          ),
        ].sort();
        const loaded = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'R1 Noto Sans SC' && f.status === 'loaded');
        const lo = (f: FontFace) => Number(f.weight.split(' ')[0]);
        const hi = (f: FontFace) => Number(f.weight.split(' ').at(-1));
        return { hanWeights: weights, hanFacesLoaded: weights.filter((w) => loaded.some((f) => lo(f) <= w && w <= hi(f))) };
      })(),
      texts: all<SVGTextElement>('text')
        .filter((t) => (t.textContent ?? '').trim())
        .map((t) => {
          const cs = getComputedStyle(t);
          const upper = cs.textTransform === 'uppercase';
          const b = t.getBBox();
          return {
            key: t.getAttribute('data-key') ?? '',
            text: upper ? t.textContent!.toUpperCase() : t.textContent!,
            size: parseFloat(cs.fontSize),
            weight: Number(cs.fontWeight),
            letterSpacing: cs.letterSpacing === 'normal' ? 0 : parseFloat(cs.letterSpacing),
            length: t.getComputedTextLength(),
            // A moving label's offset lives on its parent <g>: getBBox is in the text's own space.
            box: (() => {
              const m = (t.parentElement as unknown as SVGGraphicsElement).transform?.baseVal?.consolidate()?.matrix;
              return { x: b.x + (m?.e ?? 0), y: b.y + (m?.f ?? 0), width: b.width, height: b.height };
            })(),
          };
        }),
      lines: all<SVGLineElement>('line').map((l) => ({
        key: l.getAttribute('data-key') ?? '',
        cls: l.getAttribute('class') ?? '',
        x1: num(l, 'x1'),
        y1: num(l, 'y1'),
        x2: num(l, 'x2'),
        y2: num(l, 'y2'),
      })),
      paths: all<SVGPathElement>('path').map((p) => ({ key: p.getAttribute('data-key') ?? '', d: p.getAttribute('d') ?? '' })),
      rects: all<SVGRectElement>('rect').map((r) => ({
        key: r.getAttribute('data-key') ?? '',
        x: num(r, 'x'),
        y: num(r, 'y'),
        width: num(r, 'width'),
        height: num(r, 'height'),
      })),
      circles: all<SVGCircleElement>('circle').map((c) => ({ key: c.getAttribute('data-key') ?? '', cx: num(c, 'cx'), cy: num(c, 'cy'), r: num(c, 'r') })),
    };
  }, scene);
}

/** Chromium's boxes as geometry shapes; a text's ink band from its baseline (getBBox spans ascent to descent). */
function shapesFrom(d: Drawn): Shapes {
  return {
    width: d.width,
    height: d.height,
    texts: d.texts.map((t) => {
      const baseline = t.box.y + (ASCENT / 1000) * t.size;
      return { key: t.key, text: t.text, box: { x0: t.box.x, x1: t.box.x + t.box.width, y0: baseline - 0.748 * t.size, y1: baseline + 0.215 * t.size } };
    }),
    strokes: [
      ...d.lines.filter((l) => !/\bgrid-line\b/.test(l.cls)).map((l) => ({ key: l.key, segments: [[l.x1, l.y1, l.x2, l.y2] as const] })),
      ...d.paths.map((p) => ({ key: p.key, segments: pathSegments(p.d) })),
    ],
    areas: [
      ...d.rects.filter((r) => r.width > 0 && r.height > 0).map((r) => ({ key: r.key, box: { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height } })),
      ...d.circles.filter((c) => c.r > 0).map((c) => ({ key: c.key, box: { x0: c.cx - c.r, y0: c.cy - c.r, x1: c.cx + c.r, y1: c.cy + c.r } })),
    ],
  };
}

function widthErrors(d: Drawn, factor = 1): string[] {
  return d.texts
    .map((t) => ({ t, kit: measure(t.text, { size: t.size, weight: t.weight, letterSpacing: t.letterSpacing }) * factor }))
    .filter(({ t, kit }) => Math.abs(kit - t.length) > 0.02 * Math.max(t.length, 1))
    .map(({ t, kit }) => `"${t.text}" (${t.key}, ${t.size}px/${t.weight}): kit ${kit.toFixed(1)} vs Chromium ${t.length.toFixed(1)}`);
}

/** A chapter opened at a step (deep link), the font loaded and the figure redrawn at its real size. */
async function open(page: Page, chapter: string, scene: string, step: string, query = '', edition: Edition = ''): Promise<Drawn> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${edition}chapters/${chapter}/${query}#${scene}--${step}`);
  await page.evaluate(() => document.fonts.ready);
  const fig = page.locator(`figure.scene[data-scene="${scene}"]:not([data-copy-of])`);
  await expect(fig).toHaveAttribute('data-current-step', step);
  // The jump redraws the figure at its real size, in slices on big changes: wait until the drawing stops changing.
  const signature = () =>
    page.evaluate((scene) => {
      const svg = document.querySelector(`figure.scene[data-scene="${scene}"]:not([data-copy-of]) svg`);
      return svg
        ? `${svg.getAttribute('viewBox')}|${[...svg.querySelectorAll('[data-key]')].map((e) => `${e.getAttribute('data-key')}@${e.getAttribute('x') ?? ''},${e.getAttribute('y') ?? ''}`).join(';')}`
        : '';
    }, scene);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await signature();
        const same = now === last && now !== '';
        last = now;
        return same;
      },
      { intervals: [250], timeout: 20_000 },
    )
    .toBe(true);
  expect(await page.evaluate(() => document.fonts.check('12px "IBM Plex Sans"')), 'IBM Plex Sans loaded').toBe(true);
  return drawn(page, scene);
}

test.describe('figure text in Chromium', () => {
  for (const edition of EDITIONS) {
    for (const [scene, steps] of chapterSteps(edition)) {
      test(`${edition ? '(zh) ' : ''}${scene}: every step's labels measure as the kit says and collide with nothing`, async ({ page }) => {
        test.setTimeout(30_000 + steps.length * 15_000);
        const widths: string[] = [];
        const geometry: string[] = [];
        for (const { chapter, step } of steps) {
          const d = await open(page, chapter, scene, step, '', edition);
          if (edition) {
            // Han characters are drawn with the page's cut, loaded, not with whatever Chinese font the system has.
            expect(d.family, 'Chinese figures: Plex, then the page’s cut of Noto Sans SC').toMatch(/^"?IBM Plex Sans"?,.*"R1 Noto Sans SC", .*"PingFang SC"/);
            expect(d.hanFacesLoaded, 'the cut of each weight drawing Han characters has loaded').toEqual(d.hanWeights);
          } else expect(d.family, 'figures are set in IBM Plex Sans').toMatch(/^"?IBM Plex Sans"?,/);
          for (const e of widthErrors(d)) widths.push(`${step}: ${e}`);
          for (const c of unallowed(scene, collisions(shapesFrom(d)), ALLOWANCES)) geometry.push(`${step}: ${c.message}`);
        }
        expect(widths, 'kit width vs getComputedTextLength, within 2%').toEqual([]);
        expect(geometry, 'geometry on the drawn SVG').toEqual([]);
      });
    }
  }

  // Every figure with what-if controls, all of them at the ends of their ranges together (each
  // alone: tests/unit/geometry.test.ts), the ranges read from the page's own sliders.
  for (const [scene, steps] of chapterSteps()) {
    if (!steps.length || !hasWhatIf(steps[0]!.chapter, scene)) continue;
    for (const end of ['min', 'max'] as const) {
      test(`${scene} with every what-if control at its ${end}imum: labels measure as the kit says and collide with nothing`, async ({ page }) => {
        test.setTimeout(30_000 + steps.length * 15_000);
        await page.goto(`chapters/${steps[0]!.chapter}/`);
        const pairs = await page
          .locator(`figure[data-scene="${scene}"] [data-what-if] input[type="range"]`)
          // A choice control's link names the choice (its ids in data-what-if-choices), not the index.
          .evaluateAll(
            (els, end) =>
              els.map((e) => {
                const ids = e.getAttribute('data-what-if-choices')?.split(' ');
                return `${(e as HTMLInputElement).name}=${ids ? ids[Number(e.getAttribute(end))] : e.getAttribute(end)}`;
              }),
            end,
          );
        expect(pairs.length).toBeGreaterThanOrEqual(1);
        const problems: string[] = [];
        for (const { chapter, step } of steps) {
          const d = await open(page, chapter, scene, step, `?${pairs.join('&')}`);
          for (const e of widthErrors(d)) problems.push(`${step}: ${e}`);
          for (const c of unallowed(scene, collisions(shapesFrom(d)), ALLOWANCES)) problems.push(`${step}: ${c.message}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }

  test('the checks fail on a planted fault: a 10%-wrong width, a label moved onto another', async ({ page }) => {
    const d = await open(page, 'benchmarks', 'benchmark-bars', 'maths');
    expect(widthErrors(d)).toEqual([]);
    expect(widthErrors(d, 1.1).length).toBe(d.texts.length);
    expect(collisions(shapesFrom(d))).toEqual([]);
    const [a, b] = d.texts.filter((t) => t.key.includes(':value:'));
    const planted = { ...d, texts: d.texts.map((t) => (t === b ? { ...t, box: { ...a!.box, x: a!.box.x + 3 } } : t)) };
    expect(collisions(shapesFrom(planted)).some((c) => c.message.includes('overlaps'))).toBe(true);
  });
});
