/**
 * A reader on the benchmarks chapter: scrolling, deep links, the keyboard, reduced
 * motion and resizing, with the benchmark-bars scene.
 */
import { test, expect, ready, scrollToStep, expectFigureAt, builtSteps, openData } from './fixtures';

const CHAPTER = 'chapters/benchmarks/';
const SCENE = 'benchmark-bars';
const steps = builtSteps(SCENE);

test('steps exist and the figure starts on the first step', async ({ page }) => {
  expect(steps).toEqual(['maths', 'coding', 'codeforces', 'knowledge', 'summary']);
  await page.goto(CHAPTER);
  await ready(page);
  await expect(page.locator(`figure[data-scene="${SCENE}"]`)).toHaveAttribute('data-current-step', 'maths');
});

test('scrolling through the chapter moves the figure step by step, and back', async ({ page }) => {
  await page.goto(CHAPTER);
  await ready(page);
  for (const step of steps) {
    await scrollToStep(page, SCENE, step);
    await expectFigureAt(page, SCENE, step);
  }
  for (const step of [...steps].reverse()) {
    await scrollToStep(page, SCENE, step);
    await expectFigureAt(page, SCENE, step);
  }
});

test('the URL hash follows the step, and a deep link opens on that step without animation', async ({ page }) => {
  await page.goto(CHAPTER);
  await ready(page);
  await scrollToStep(page, SCENE, 'codeforces');
  await expect(page).toHaveURL(/#benchmark-bars--codeforces$/);
  await page.goto('about:blank');
  await page.goto(`${CHAPTER}#benchmark-bars--knowledge`);
  await ready(page);
  await expectFigureAt(page, SCENE, 'knowledge');
  await expect(page.locator('#benchmark-bars--knowledge')).toBeInViewport();
});

test('fast scrolling end to end and back always ends on the frame of the step in view', async ({ page }) => {
  await page.goto(CHAPTER);
  await ready(page);
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' as ScrollBehavior }));
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
  }
  for (const s of ['summary', 'maths', 'knowledge', 'coding']) await scrollToStep(page, SCENE, s);
  await expectFigureAt(page, SCENE, 'coding');
});

test('resizing (or rotating a phone) redraws the current step at the new size', async ({ page }) => {
  await page.goto(`${CHAPTER}#benchmark-bars--coding`);
  await ready(page);
  await expectFigureAt(page, SCENE, 'coding');
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.height, height: size.width });
  // The page reflows after a rotation (a phone turned sideways gets the two-column
  // layout), so the step may move after one scroll: scroll to it until the figure follows.
  const fig = page.locator(`figure[data-scene="${SCENE}"]`).first();
  await expect
    .poll(async () => {
      await scrollToStep(page, SCENE, 'coding');
      // Two frames: the scroll's observers have reported and the player has been told.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      return fig.getAttribute('data-current-step');
    })
    .toBe('coding');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('figure[data-scene] .scene-box svg')!;
        return Math.abs(svg.viewBox.baseVal.width - svg.getBoundingClientRect().width) < 2;
      }),
    )
    .toBe(true);
  await expectFigureAt(page, SCENE, 'coding');
});

test('keyboard: Tab reaches the next-step link, Enter moves the figure, arrow keys step on', { tag: '@desktop-only' }, async ({ page }) => {
  await page.goto(CHAPTER);
  await ready(page);
  const next = page.locator('#benchmark-bars--maths a[data-step-link="next"]');
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#benchmark-bars--coding')).toBeFocused();
  await expectFigureAt(page, SCENE, 'coding');
  // Focus is visible on the focused step's card.
  const outline = await page.locator('#benchmark-bars--coding .step-card').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#benchmark-bars--codeforces')).toBeFocused();
  await expectFigureAt(page, SCENE, 'codeforces');
  await page.keyboard.press('PageUp');
  await expectFigureAt(page, SCENE, 'coding');
});

test('screen readers: the live region says what the figure now shows, and the data is a table', async ({ page }) => {
  await page.goto(CHAPTER);
  await ready(page);
  await scrollToStep(page, SCENE, 'knowledge');
  const live = page.locator(`figure[data-scene="${SCENE}"] .scene-live`);
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toContainText('MMLU');
  await expect(live).toContainText('GPQA');
  await openData(page, SCENE);
  // On a phone the data comes after the last card (reaching it turns the figure to the last
  // step): back at the step, the open table follows the figure.
  await scrollToStep(page, SCENE, 'knowledge');
  await expect(page.locator(`figure[data-scene="${SCENE}"]`)).toHaveAttribute('data-current-step', 'knowledge');
  const table = page.locator(`figure[data-scene="${SCENE}"] .scene-data table`);
  await expect(table.locator('th[scope="col"]').first()).toHaveText('Model');
  await expect(table).toContainText('90.8');
  const svg = page.locator(`figure[data-scene="${SCENE}"] .scene-box svg`);
  await expect(svg).toHaveAttribute('role', 'img');
});

for (const motion of ['reduce', 'no-preference'] as const) {
  test(
    `prefers-reduced-motion: ${motion} ${motion === 'reduce' ? 'changes steps without animation' : 'animates between steps'}`,
    { tag: '@desktop-only' },
    async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(CHAPTER);
      await ready(page);
      const widths = await page.evaluate(async () => {
        const svg = () => document.querySelector('figure[data-scene] .scene-box svg')!;
        const bar = () => svg().querySelector('[data-key="p0:bar:gpt-4o"]');
        const before = bar()?.getAttribute('width') ?? null;
        document.getElementById('benchmark-bars--codeforces')!.scrollIntoView({ block: 'center' });
        // Sample the bar and the figure's opacity on every frame until 800 ms after the
        // figure starts to change (a step change lasts 650 ms: a tween of the marks, or a
        // dip when most marks change). On a busy machine the change may start late.
        const samples: (string | null)[] = [];
        const opacities: number[] = [];
        const t0 = performance.now();
        let changed = Infinity;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        while (performance.now() - Math.min(changed, t0 + 3000) < 800) {
          const w = bar()?.getAttribute('width') ?? null;
          const o = Number(getComputedStyle(svg()).opacity);
          if (changed === Infinity && (w !== before || o < 1)) changed = performance.now();
          samples.push(w);
          opacities.push(o);
          await new Promise((r) => requestAnimationFrame(r));
        }
        return { before, samples, opacities };
      });
      const distinct = new Set(widths.samples);
      const final = widths.samples.at(-1);
      expect(final).not.toBe(widths.before);
      const fading = widths.opacities.filter((o) => o > 0 && o < 1);
      if (motion === 'reduce') {
        // Straight from the old width to the final one: no value in between, no fade (the
        // old width is in the samples taken before the change).
        expect(
          [...distinct].filter((w) => w !== widths.before && w !== final),
          'in-between widths',
        ).toEqual([]);
        expect(fading, 'figure opacity between 0 and 1').toEqual([]);
      } else {
        // Either the bar passes through in-between widths, or the figure fades through.
        expect(distinct.size > 2 || new Set(fading).size > 2, `widths ${[...distinct].join(' ')}; opacities ${[...new Set(fading)].join(' ')}`).toBe(true);
      }
      // The figure ends fully visible (the step may have started a few frames late on a busy machine).
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.querySelector('figure[data-scene] .scene-box svg')!).opacity), { timeout: 3000 })
        .toBe('1');
    },
  );
}

test('after load, idle time redraws the figure at its real size, so the first step change only changes the step', async ({ page }) => {
  await page.goto(CHAPTER);
  await ready(page);
  const fig = page.locator('figure[data-scene]').first();
  await expect(fig).toHaveAttribute('data-prepared', '');
  const { drawn, box } = await fig.evaluate((f) => ({
    drawn: Number(f.querySelector('.scene-box svg')!.getAttribute('width')),
    box: f.querySelector('.scene-box')!.clientWidth,
  }));
  expect(drawn).toBe(box);
});
