/**
 * The Chinese edition's parts, in a browser (desktop only; each test loads as few pages as it can).
 *
 * Scene text: a page hands its live figure the one catalogue of its language (SceneFigure's
 * `data-scene-text`), and the browser lays out every step from it; the scene's code ships no words
 * of any language, so a page never downloads the other edition's.
 */
import { readFileSync } from 'node:fs';
import { test, expect, ready, scrollToStep, expectFigureAt } from './fixtures';

const SCENE = 'benchmark-bars';
const catalogue = (locale: string) => JSON.parse(readFileSync(`src/scenes/${SCENE}/messages/${locale}.json`, 'utf8')) as Record<string, unknown>;
const strings = (c: Record<string, unknown>) =>
  Object.entries(c)
    .filter(([k]) => k !== '$translates')
    .flatMap(([, v]) => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>)));

test('@desktop-only a live figure speaks its page’s one catalogue, and no script carries scene words of either language', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
  });
  await page.goto('chapters/benchmarks/');
  await ready(page);
  const fig = page.locator(`figure[data-scene="${SCENE}"]`);
  const payload = JSON.parse((await fig.getAttribute('data-scene-text')) ?? 'null') as { locale: string; messages: Record<string, string> };
  expect(payload.locale).toBe('en');
  const { $translates: _, ...english } = catalogue('en');
  expect(payload.messages).toEqual(english);
  await expect(fig.locator('.scene-title')).toHaveText(payload.messages['title']!);

  // The browser draws the last step from the catalogue: its headline and step label come from it.
  await scrollToStep(page, SCENE, 'summary');
  await expectFigureAt(page, SCENE, 'summary');
  await expect(fig.locator('svg title').first()).toHaveText(payload.messages['summary.title']!);

  expect(scripts.length).toBeGreaterThan(0);
  const chinese = strings(catalogue('zh')).filter((s) => /\p{Script=Han}/u.test(s));
  const longEnglish = strings(english).filter((s) => s.length >= 25 && !s.includes('{'));
  expect(chinese.length).toBeGreaterThan(10);
  expect(longEnglish.length).toBeGreaterThan(5);
  for (const js of scripts) {
    expect(chinese.filter((s) => js.includes(s))).toEqual([]);
    expect(longEnglish.filter((s) => js.includes(JSON.stringify(s).slice(1, -1)) || js.includes(s))).toEqual([]);
  }
});
