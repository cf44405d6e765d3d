/**
 * Every chapter and every scene without JavaScript, and the embed pages with their
 * step buttons (the chapters' walks with JavaScript, axe at every step, are reading.spec.ts).
 * New chapters and scenes are picked up from the sources (tests/e2e/sources.ts).
 */
import { test, expect, ready, axe, builtChapters, builtScenes, builtSteps, editionsOf } from './fixtures';

for (const slug of builtChapters()) {
  // Scrolled with JavaScript, every step with axe at each: reading.spec's walks (one walk per page and size).
  // Without JavaScript nothing depends on the device but the width, so one page load checks the laptop and the phone.
  test(
    `chapter ${slug} without JavaScript, in each edition, at 1280 and 390 px: all text, an SVG figure per step, data tables`,
    { tag: '@desktop-only' },
    async ({ browser, baseURL }) => {
      const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      for (const edition of editionsOf({ chapter: slug })) {
        await page.goto(`${edition}chapters/${slug}/`);
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: width > 480 ? 800 : 844 });
          const steps = page.locator('[data-step]');
          const n = await steps.count();
          expect(n, `${edition}${slug} at ${width} px: steps`).toBeGreaterThan(0);
          for (let i = 0; i < n; i++) {
            const step = steps.nth(i);
            await expect(step).toBeVisible();
            // An inline SVG, or for a figure of hundreds of marks the step's PNG with its text alternative.
            const figure = step.locator('.step-static .scene-box > svg:visible, .step-static .scene-box > img.scene-img:visible');
            await expect(figure, `${edition}${slug} step ${i + 1} at ${width} px`).toHaveCount(1);
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
        }
      }
      await ctx.close();
    },
  );
}

for (const scene of builtScenes()) {
  const steps = builtSteps(scene);
  // axe runs at every scene step in the chapter walks (reading.spec, at each size); here once, for the page around the figure.
  test(`embed ${scene}, in each edition: every step reachable with its buttons, axe clean`, async ({ page }) => {
    for (const edition of editionsOf({ scene })) {
      await page.goto(`${edition}embed/${scene}/`);
      await ready(page);
      const fig = page.locator(`figure[data-scene="${scene}"]`);
      await expect(fig).toHaveAttribute('data-current-step', steps[0]!);
      for (const step of [...steps.slice(1), steps[0]!]) {
        await fig.locator(`[data-goto-step="${step}"]`).click();
        await expect(fig).toHaveAttribute('data-current-step', step);
        await expect(fig.locator(`[data-goto-step="${step}"]`)).toHaveAttribute('aria-current', 'step');
      }
      await axe(page, `${edition}embed ${scene} after stepping through`);
      await page.keyboard.press('ArrowRight');
      await expect(fig).toHaveAttribute('data-current-step', steps[1]!);
    }
  });

  test(
    `embed ${scene}: each step page works without JavaScript, in each edition, at 1280 and 390 px`,
    { tag: '@desktop-only' },
    async ({ browser, baseURL }) => {
      const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      for (const [edition, step] of editionsOf({ scene }).flatMap((e) => steps.map((s) => [e, s] as const))) {
        await page.goto(`${edition}embed/${scene}/${step}/`);
        const fig = page.locator(`figure[data-scene="${scene}"]`);
        await expect(fig).toHaveAttribute('data-current-step', step);
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: width > 480 ? 800 : 844 });
          await expect(fig.locator('svg:visible'), `${step} at ${width} px`).toHaveCount(1);
          expect(await fig.locator('svg:visible [data-key]').count(), `${step} at ${width} px: marks`).toBeGreaterThan(3);
        }
        // Step buttons are plain links to the other step pages.
        await expect(fig.locator(`a[data-goto-step="${steps[0]}"]`)).toHaveAttribute('href', new RegExp(`/${edition}embed/${scene}/${steps[0]}/$`));
      }
      await ctx.close();
    },
  );
}

test('home page lists the chapters and links to the first', async ({ page }) => {
  await page.goto('');
  const links = page.locator('.chapter-list a');
  expect(await links.count()).toBe(builtChapters().length);
  await axe(page, 'home');
  await links.first().click();
  await expect(page.locator('h1')).toBeVisible();
});
