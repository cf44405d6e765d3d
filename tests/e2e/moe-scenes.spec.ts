/**
 * The two Mixture-of-Experts scenes as readers meet them: both chapters scrolled
 * through every step and back (the figure reaches each step's frame), a reader's
 * own sentence routed by keyboard alone, JavaScript off, and the embed pages.
 * Runs at 1280 px (desktop project) and 390 px (phone project).
 */
import { test, expect, ready, scrollToStep, expectFigureAt, axe, builtSteps, openData } from './fixtures';

const CHAPTERS = [
  { slug: 'mixture-of-experts', scene: 'moe-routing' },
  { slug: 'active-parameters', scene: 'active-parameters' },
] as const;

for (const { slug, scene } of CHAPTERS) {
  // axe at each step: every-page.spec's walk of the chapter (not repeated here).
  test(`${slug}: scrolling reaches every step of ${scene}, and back`, async ({ page }) => {
    const steps = builtSteps(scene);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    await page.goto(`chapters/${slug}/`);
    await ready(page);
    const inChapter = await page.$$eval(`[data-step-scene="${scene}"]`, (els) => els.map((e) => (e as HTMLElement).dataset['step']));
    // The chapter walks through every step of its scene, in order.
    expect(inChapter).toEqual(steps);
    for (const step of steps) {
      await scrollToStep(page, scene, step);
      await expectFigureAt(page, scene, step);
    }
    for (const step of [...steps].reverse().slice(1)) {
      await scrollToStep(page, scene, step);
      await expectFigureAt(page, scene, step);
    }
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b/);
  });
}

test('active-parameters: the figure says what it shows at each step (live region and table)', async ({ page }) => {
  await page.goto('chapters/active-parameters/');
  await ready(page);
  await scrollToStep(page, 'active-parameters', 'count-up');
  const fig = page.locator('figure[data-scene="active-parameters"]');
  await expect(fig.locator('.scene-live')).toContainText('Adding up what one token uses');
  await openData(page, 'active-parameters');
  await expect(fig.locator('.scene-data table')).toContainText('Running total');
  await scrollToStep(page, 'active-parameters', 'memory-vs-compute');
  await expect(fig.locator('.scene-live')).toContainText('GB at FP8');
});

/** Press Tab until `selector` has focus (keyboard only), at most `max` times. */
async function tabTo(page: import('@playwright/test').Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

// At desktop size, where the form sits beside the steps. On a phone it opens as a sheet: reading.spec
// routes a sentence there and closes the sheet by Back, Escape and Done.
test('moe-routing: a reader routes their own sentence with the keyboard only', { tag: '@desktop-only' }, async ({ page }) => {
  // axe at the end reads a chapter of some thousand marks.
  test.setTimeout(120_000);
  await page.goto('chapters/mixture-of-experts/#moe-routing--top-8');
  await ready(page);
  const fig = page.locator('figure[data-scene="moe-routing"]');
  await expectFigureAt(page, 'moe-routing', 'top-8');
  const form = fig.locator('form[data-scene-input]');
  const focusText = () => fig.locator('.scene-box svg [data-key="strip:focus"]').textContent();
  const before = await focusText();
  const box = fig.locator('details[data-scene-input-box]');
  await expect(box).toBeVisible();
  // Open on a wide screen; a one-line summary on a phone, opened with the keyboard.
  if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.locator('#moe-routing--top-8').focus();
    await tabTo(page, 'details[data-scene-input-box] > summary');
    await page.keyboard.press('Enter');
  }
  await expect(form).toBeVisible();
  const field = form.locator('input[name="text"]');
  await expect(field).toHaveAccessibleName(/Route your own sentence/);

  await page.locator('#moe-routing--top-8').focus();
  // Tabbing on through the page moves the figure to whichever step comes into view.
  await tabTo(page, 'form[data-scene-input] input[name="text"]');
  await page.keyboard.type('Giraffes sleep standing up');
  await page.keyboard.press('Enter');
  // The followed token is the longest word; the picture and the words follow it.
  expect(before).not.toBe('Giraffes');
  // The form's status line (role=status) says so at once, whichever step is in view.
  await expect(form.locator('[role="status"]')).toHaveText('The figure now shows: “Giraffes sleep standing up”.');
  await scrollToStep(page, 'moe-routing', 'top-8');
  // (Not expectFigureAt: the static copies show the default sentence, the live figure the reader's.)
  await expect(fig).toHaveAttribute('data-current-step', 'top-8');
  await expect.poll(focusText).toBe('Giraffes');
  await expect(fig.locator('.scene-live')).toContainText('Giraffes');
  // Exactly 8 experts are circled for the new token.
  await expect(fig.locator('.scene-box svg [data-key^="ring:"]:not([data-exiting])')).toHaveCount(8);

  // An example button, reached by Tab and pressed with Enter, routes that sentence.
  await tabTo(page, 'form[data-scene-input] [data-example]');
  const example = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['example']!);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(example);
  await expect.poll(focusText).not.toBe('Giraffes');
  await expect(fig.locator('.scene-live')).not.toContainText('Giraffes');

  // The every-token step then shows one row per token of that sentence.
  await scrollToStep(page, 'moe-routing', 'every-token');
  await expect(fig).toHaveAttribute('data-current-step', 'every-token');
  // A step change that redraws hundreds of marks fades out and draws the new ones in slices over
  // several frames (on a loaded machine a count read once caught 7 of 9 rows): wait until the drawn
  // rows and the data table, opened now and brought up to date, agree on one row per token.
  const tokenRows = fig.locator('.scene-box svg path[data-key^="tok:"]:not([data-exiting])');
  await openData(page, 'moe-routing');
  const tableRows = fig.locator('.scene-data table tbody tr');
  await expect
    .poll(async () => {
      const [drawn, listed] = [await tokenRows.count(), await tableRows.count()];
      return drawn > 2 && drawn === listed ? 'agree' : `${drawn} rows drawn, ${listed} in the table`;
    })
    .toBe('agree');
  await expect(fig.locator('.scene-data table')).toContainText(example.split(' ')[0]!);
  await axe(page, 'moe-routing with a reader sentence');
});

test('moe-routing: a 64-token sentence is routed and the every-token step draws one mark per token row', { tag: '@desktop-only' }, async ({ page }) => {
  await page.goto('chapters/mixture-of-experts/#moe-routing--every-token');
  await ready(page);
  const fig = page.locator('figure[data-scene="moe-routing"]');
  const field = fig.locator('form[data-scene-input] input[name="text"]');
  await fig.locator('details[data-scene-input-box]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await field.fill('one two three four five six seven eight nine ten '.repeat(8));
  await field.press('Enter');
  await expect(fig.locator('.scene-box svg path[data-key^="tok:"]:not([data-exiting])')).toHaveCount(64);
  const marks = await fig.locator('.scene-box svg [data-key]:not([data-exiting])').count();
  expect(marks).toBeLessThan(500);
});

test(
  'without JavaScript: both chapters show a server-drawn figure for every step and hide the sentence form',
  { tag: '@desktop-only' },
  async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    for (const { slug, scene } of CHAPTERS) {
      await page.goto(`chapters/${slug}/`);
      const steps = builtSteps(scene);
      for (const step of steps) {
        // Inline SVG, or (for the grids of hundreds of marks) the step's PNG with the figure's title and description as alt.
        const figure = page.locator(`#${scene}--${step} .step-static .scene-box > :is(svg, img.scene-img):visible`);
        await expect(figure, `${scene} ${step}`).toHaveCount(1);
        if (await figure.evaluate((e) => e.tagName === 'IMG')) {
          await expect
            .poll(() => figure.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth), `${scene} ${step}: image loaded`)
            .toBeGreaterThanOrEqual(1000);
          expect(await figure.getAttribute('alt')).toMatch(/^.{10,}\. .{20,}/);
        } else expect(await figure.locator('[data-key]').count()).toBeGreaterThan(20);
      }
      await expect(page.locator(`figure[data-scene="${scene}"] .scene-box svg:visible`)).toHaveCount(1);
      await expect(page.locator('[data-scene-input-box]')).toBeHidden();
      await expect(page.locator('form[data-scene-input]')).toBeHidden();
    }
    await ctx.close();
  },
);

for (const { scene } of CHAPTERS) {
  test(`embed ${scene}: the scene page, every step page, and step buttons`, async ({ page }) => {
    const steps = builtSteps(scene);
    await page.goto(`embed/${scene}/`);
    await ready(page);
    const fig = page.locator(`figure[data-scene="${scene}"]`);
    await expect(fig).toHaveAttribute('data-current-step', steps[0]!);
    await expect(fig.locator('.scene-box svg')).toHaveCount(1);
    await fig.locator(`[data-goto-step="${steps[2]}"]`).click();
    await expect(fig).toHaveAttribute('data-current-step', steps[2]!);
    for (const step of steps) {
      await page.goto(`embed/${scene}/${step}/`);
      const f = page.locator(`figure[data-scene="${scene}"]`);
      await expect(f).toHaveAttribute('data-current-step', step);
      await expect(f.locator('.scene-box svg:visible')).toHaveCount(1);
      // axe: every-page.spec checks this figure at every step (and site.spec a step page per scene).
    }
  });
}

test('embed moe-routing: arrow keys typed in the sentence field move the cursor, not the figure', { tag: '@desktop-only' }, async ({ page }) => {
  await page.goto('embed/moe-routing/');
  await ready(page);
  const fig = page.locator('figure[data-scene="moe-routing"]');
  const field = fig.locator('form[data-scene-input] input[name="text"]');
  await fig.locator('details[data-scene-input-box]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await field.focus();
  await page.keyboard.type('Hello world');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  await expect(field).toHaveValue('Hello worXld');
  await expect(fig).toHaveAttribute('data-current-step', 'affinity');
  await page.keyboard.press('Enter');
  await expect(fig.locator('.scene-live')).toContainText('worXld');
});
