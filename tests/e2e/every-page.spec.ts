/**
 * Every chapter and every scene, as readers meet them: scroll each chapter's
 * scenes through every step with axe at each, JavaScript off, and the embed pages.
 * New chapters and scenes are picked up from the sources (tests/e2e/sources.ts).
 */
import { citationProblems } from '../helpers/citation-marks';
import { test, expect, ready, scrollToStep, expectFigureAt, axe, builtChapters, builtScenes, builtSteps } from './fixtures';
import { axeChapterFor } from './sources';

for (const slug of builtChapters()) {
  // On the laptop: reading.spec's 390x844 walk does the same at phone size (one walk per page and size).
  test(`chapter ${slug}: every step of every scene, axe clean at each`, { tag: '@desktop-only' }, async ({ page }) => {
    // axe at every step of a long chapter: several seconds each on a 2-core machine
    // (more on pages with many marks: each step's static copy counts too).
    test.setTimeout(300_000);
    await page.goto(`chapters/${slug}/`);
    await ready(page);
    await axe(page, `${slug} (top)`);
    const steps = await page.$$eval('[data-step][data-step-scene]', (els) =>
      els.map((e) => [(e as HTMLElement).dataset['stepScene']!, (e as HTMLElement).dataset['step']!] as const),
    );
    for (const [scene, step] of steps) {
      await scrollToStep(page, scene, step);
      await expectFigureAt(page, scene, step);
      // axe once per scene step (per project, i.e. per size): in the first chapter that places it.
      if (axeChapterFor(scene, step) === slug) await axe(page, `${slug} #${scene}--${step}`);
    }
    // No text on the page reads "undefined" or "NaN".
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b/);
    // Citation marks stay quiet: none doubled, none alone on a line, none taller than its line.
    expect(await citationProblems(page), 'citation marks').toEqual([]);
  });

  test(`chapter ${slug} without JavaScript: all text, an SVG figure per step, data tables`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto(`chapters/${slug}/`);
    const steps = page.locator('[data-step]');
    const n = await steps.count();
    for (let i = 0; i < n; i++) {
      const step = steps.nth(i);
      await expect(step).toBeVisible();
      // An inline SVG, or for a figure of hundreds of marks the step's PNG with its text alternative.
      const figure = step.locator('.step-static .scene-box > svg:visible, .step-static .scene-box > img.scene-img:visible');
      await expect(figure).toHaveCount(1);
      if (await figure.evaluate((e) => e.tagName === 'IMG')) {
        // Loaded at 2x, with the figure's title and description as its text alternative.
        await expect.poll(() => figure.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBeGreaterThanOrEqual(1000);
        expect(await figure.getAttribute('alt')).toMatch(/^.{10,}\. .{20,}/);
      } else expect(await figure.locator('[data-key]').count()).toBeGreaterThan(3);
    }
    for (const fig of await page.locator('figure[data-scene]').all()) {
      await expect(fig.locator('svg:visible')).toHaveCount(1);
      await expect(fig.locator('.scene-data table')).toHaveCount(1);
    }
    await ctx.close();
  });
}

for (const scene of builtScenes()) {
  const steps = builtSteps(scene);
  test(`embed ${scene}: every step reachable with its buttons, axe clean`, async ({ page }) => {
    test.slow();
    await page.goto(`embed/${scene}/`);
    await ready(page);
    const fig = page.locator(`figure[data-scene="${scene}"]`);
    await expect(fig).toHaveAttribute('data-current-step', steps[0]!);
    for (const step of [...steps.slice(1), steps[0]!]) {
      await fig.locator(`[data-goto-step="${step}"]`).click();
      await expect(fig).toHaveAttribute('data-current-step', step);
      await expect(fig.locator(`[data-goto-step="${step}"]`)).toHaveAttribute('aria-current', 'step');
      await axe(page, `embed ${scene} ${step}`);
    }
    await page.keyboard.press('ArrowRight');
    await expect(fig).toHaveAttribute('data-current-step', steps[1]!);
  });

  test(`embed ${scene}: each step page works without JavaScript`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    for (const step of steps) {
      await page.goto(`embed/${scene}/${step}/`);
      const fig = page.locator(`figure[data-scene="${scene}"]`);
      await expect(fig).toHaveAttribute('data-current-step', step);
      await expect(fig.locator('svg:visible')).toHaveCount(1);
      expect(await fig.locator('svg:visible [data-key]').count()).toBeGreaterThan(3);
      // Step buttons are plain links to the other step pages.
      await expect(fig.locator(`a[data-goto-step="${steps[0]}"]`)).toHaveAttribute('href', new RegExp(`/embed/${scene}/${steps[0]}/$`));
    }
    await ctx.close();
  });
}

test('home page lists the chapters and links to the first', async ({ page }) => {
  await page.goto('');
  const links = page.locator('.chapter-list a');
  expect(await links.count()).toBe(builtChapters().length);
  await axe(page, 'home');
  await links.first().click();
  await expect(page.locator('h1')).toBeVisible();
});
