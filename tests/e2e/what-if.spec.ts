/**
 * The what-if controls of the active-parameters figure as a reader uses them: sliders by
 * keyboard and pointer change the figure, its title area and the live text; the state goes
 * into the address (the hash stays the step's), a fresh page, an embed and the presenter
 * open on it; hostile values fall back to R1's with a console note; without JavaScript the
 * figure is R1's and the sliders are hidden; on a phone sliders and figure share the screen.
 */
import { test, expect, ready, axe, scrollToStep } from './fixtures';
import type { Page } from '@playwright/test';

const SCENE = 'active-parameters';
const fig = (page: Page) => page.locator(`figure[data-scene="${SCENE}"]`);
const svgText = (page: Page) =>
  fig(page)
    .locator('.scene-box svg')
    .evaluate((s) => [...s.querySelectorAll('text:not([data-exiting])')].map((t) => t.textContent).join(' | '));

/** Every mark the figure shows: its key, element, attributes and text, in drawing order. */
const marksOf = (page: Page) =>
  fig(page)
    .locator('.scene-box svg')
    .evaluate((s) =>
      [...s.querySelectorAll('[data-key]:not([data-exiting])')].map((el) =>
        [el.tagName, ...[...el.attributes].map((a) => `${a.name}=${a.value}`).sort(), el.textContent].join(' '),
      ),
    );

/** Press Tab until `selector` has focus (keyboard only), at most `max` times. */
async function tabTo(page: Page, selector: string, max = 300) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('what-if by keyboard and pointer: figure, title and live text follow; the address, presenter and Embed dialog carry it; Reset; a fresh page opens on it @desktop-only', async ({
  page,
}) => {
  await page.goto(`chapters/${SCENE}/#${SCENE}--count-up`);
  await ready(page);
  const f = fig(page);
  await expect(f).toHaveAttribute('data-current-step', 'count-up');
  const box = f.locator('[data-what-if]');
  await expect(box).toBeVisible();
  expect(await svgText(page)).not.toContain('What if');

  // Keyboard: open the disclosure, Tab to top-k, arrow down to 4. (Focus starts at the
  // disclosure: tabbing through the chapter would move through its steps.)
  await box.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('open', '');
  await tabTo(page, 'input[name="topk"]', 5);
  await expect(f).toHaveAttribute('data-current-step', 'count-up');
  const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(focusRing).not.toBe('none');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(f.locator('[data-what-if-value="topk"]')).toHaveText('4 of 256');
  await expect(f.locator('[data-what-if-status]')).toContainText('What if… — not R1.');
  await expect(f.locator('[data-what-if-status]')).toContainText('R1: 671.0 billion stored');
  await expect.poll(() => svgText(page)).toContain('What if… — not R1: top-k 4 (R1: 8)');
  await expect.poll(() => svgText(page)).toContain('R1, for comparison: 671.0 billion stored');
  await expect(f.locator('.scene-step-title')).toContainText('What if… — not R1');
  await expect.poll(() => new URL(page.url()).search).toBe('?topk=4');
  expect(new URL(page.url()).hash).toBe(`#${SCENE}--count-up`);

  // Every slider is at least 24 px tall, and moving one shifts nothing around it.
  for (const h of await f.locator('[data-what-if] input[type="range"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
    expect(h).toBeGreaterThanOrEqual(24);
  const layoutBefore = await f.locator('[data-what-if] input[type="range"]').evaluateAll((els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())));

  // Pointer: a click at the far left of the routed-experts slider sets its minimum; top-k stays within it.
  const experts = f.locator('input[name="experts"]');
  const eb = (await experts.boundingBox())!;
  await page.mouse.click(eb.x + 2, eb.y + eb.height / 2);
  await expect(f.locator('[data-what-if-value="experts"]')).toHaveText('16');
  await expect(f.locator('[data-what-if-value="topk"]')).toHaveText('4 of 16');
  await expect.poll(() => svgText(page)).toContain('What if… — not R1: routed experts 16 (R1: 256), top-k 4 (R1: 8)');
  await expect.poll(() => new URL(page.url()).search).toBe('?experts=16&topk=4');
  expect(await f.locator('[data-what-if] input[type="range"]').evaluateAll((els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())))).toEqual(
    layoutBefore,
  );
  const text = await svgText(page);
  expect(text).not.toMatch(/NaN|undefined|Infinity/);
  // The opened controls, and the figure's what-if text, pass axe (labels, names, contrast).
  await axe(page, 'active-parameters with the what-if controls open');

  // The presenter link and the Embed dialog's snippet carry the state.
  await expect(f.locator('a.figure-present')).toHaveAttribute('href', /\/present\/active-parameters\/\?experts=16&topk=4#count-up$/);
  await f.locator('[data-embed-open]').click();
  await expect(f.locator('[data-embed-code]')).toHaveValue(/experts=16&amp;topk=4/);
  await page.keyboard.press('Escape');

  // The copied address, in a fresh page: the same figure and sliders.
  const copied = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(copied);
  await ready(fresh);
  // (Clicking the Embed button scrolled it into view: the address names the step shown then.)
  await expect(fig(fresh)).toHaveAttribute('data-current-step', new URL(copied).hash.replace(`#${SCENE}--`, ''));
  await expect(fig(fresh).locator('input[name="experts"]')).toHaveValue('16');
  await expect(fig(fresh).locator('input[name="topk"]')).toHaveValue('4');
  await expect.poll(() => svgText(fresh)).toContain('What if… — not R1: routed experts 16 (R1: 256), top-k 4 (R1: 8)');
  // Dragged, the figure was redrawn frame by frame, writing only what differed from the frame
  // before; opened from the address, it is drawn in one go from the server's marks. The same marks.
  await expect(f).toHaveAttribute('data-current-step', (await fig(fresh).getAttribute('data-current-step'))!);
  await expect.poll(() => marksOf(page), { timeout: 3000 }).toEqual(await marksOf(fresh));
  await fresh.close();

  // Reset to R1: R1's figure, values and address.
  await f.locator('[data-what-if-reset]').click();
  await expect(f.locator('[data-what-if-status]')).toContainText('R1’s own shape.');
  await expect(f.locator('[data-what-if-value="experts"]')).toHaveText('256');
  await expect.poll(() => svgText(page)).not.toContain('What if');
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toMatch(new RegExp(`^#${SCENE}--[a-z-]+$`));
});

test(
  'an embed page fetches the what-if code and data only when the reader reaches for the controls; a what-if address loads them at once',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const whatIfFiles: string[] = [];
    page.on('request', (r) => {
      const m = /\/_astro\/(what-if|balancing-gammas)\.[\w-]+\.js$/.exec(new URL(r.url()).pathname);
      if (m) whatIfFiles.push(m[1]!);
    });
    await page.goto('embed/moe-routing/top-8/');
    await ready(page);
    await page.waitForLoadState('networkidle');
    const box = page.locator('details[data-what-if]');
    await expect(box).toBeVisible();
    expect(whatIfFiles).toEqual([]);

    // Opening the controls fetches them (the code and the router's γ runs), and they work at once.
    await box.locator('> summary').click();
    await expect(box).toHaveAttribute('open', '');
    await expect.poll(() => [...whatIfFiles].sort()).toEqual(['balancing-gammas', 'what-if']);
    const topk = page.locator('input[name="topk"]');
    await topk.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[data-what-if-value="topk"]')).toHaveText('7 of 256');
    await expect(page.locator('.scene-box svg [data-key^="ring:"]:not([data-exiting])')).toHaveCount(7);
    await expect(page.locator('[data-what-if-status]')).toContainText('What if… — not R1.');
    await expect.poll(() => new URL(page.url()).search).toBe('?topk=7');

    // An address that carries a what-if opens on it: the code is there before the page says it is ready.
    await page.goto('embed/memory-fit/kv-cache/?context=32k');
    await ready(page);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/_astro\/what-if\.[\w-]+\.js$/.test(e.name)))).toBe(true);
    await expect(page.locator('[data-what-if-value="context"]')).toHaveText('32K = 32,768');
    await expect.poll(() => page.locator('.scene-box svg').evaluate((s) => s.textContent ?? '')).toContain('32K tokens of context add 2.3 GB');
  },
);

test('embed and presenter open on a what-if address; hostile values fall back with a note; JavaScript off shows R1 @desktop-only', async ({
  page,
  browser,
  baseURL,
}) => {
  const notes: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'info') notes.push(m.text());
  });
  await page.goto(`embed/${SCENE}/memory-vs-compute/?topk=4&theme=dark`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => svgText(page)).toContain('What if… — not R1: top-k 4 (R1: 8)');
  await expect.poll(() => svgText(page)).toContain('R1 at FP8, for comparison');
  expect(notes.filter((n) => /ignored|moved/.test(n))).toEqual([]);

  await page.goto(`present/${SCENE}/?layers=20#count-up`);
  await ready(page);
  await expect(fig(page)).toHaveAttribute('data-current-step', 'count-up');
  await expect.poll(() => svgText(page)).toContain('What if… — not R1: layers 23 (R1: 61)');

  notes.length = 0;
  await page.goto(`chapters/${SCENE}/?experts=99999&topk=abc&shared=%3Cscript%3E&layers=1&layers=2#${SCENE}--whole-model`);
  await ready(page);
  const f = fig(page);
  await expect(f.locator('input[name="experts"]')).toHaveValue('512');
  await expect(f.locator('input[name="topk"]')).toHaveValue('8');
  await expect(f.locator('input[name="shared"]')).toHaveValue('1');
  await expect(f.locator('input[name="layers"]')).toHaveValue('58');
  await expect.poll(() => notes.join('\n')).toMatch(/what-if: ignored topk, shared, layers .*moved experts into range/);
  expect(notes.join('\n')).not.toContain('<script>');
  expect(await page.locator('main').innerText()).not.toMatch(/\bNaN\b|\bundefined\b/);

  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const off = await ctx.newPage();
  await off.goto(`chapters/${SCENE}/?topk=4`);
  await expect(off.locator('[data-what-if]')).toBeHidden();
  const live = off.locator(`figure[data-scene="${SCENE}"] .scene-box svg:visible`);
  await expect(live).toHaveCount(1);
  expect(await live.evaluate((s) => s.textContent)).not.toContain('What if');
  await ctx.close();
});

test('cost: the GPU-hour price by keyboard re-prices V3’s run and R1’s own, says what is still left out, and round-trips @desktop-only', async ({ page }) => {
  await page.goto('chapters/what-it-cost/#cost--not-included');
  await ready(page);
  const f = page.locator('figure[data-scene="cost"]');
  await expect(f).toHaveAttribute('data-current-step', 'not-included');
  const costText = () => f.locator('.scene-box svg').evaluate((s) => [...s.querySelectorAll('text:not([data-exiting])')].map((t) => t.textContent).join(' | '));
  expect(await costText()).toContain('$5.576M');
  await f.locator('[data-what-if] > summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="rate"]')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(f.locator('[data-what-if-value="rate"]')).toHaveText('$3.00');
  await expect.poll(costText).toContain('What if… — not the report’s $2: $3.00 per GPU-hour');
  await expect.poll(costText).toContain('$8.364M');
  await expect.poll(costText).toContain('≈$442K (computed at $3.00)');
  await expect.poll(costText).toContain('Staff');
  await expect(f.locator('[data-what-if-status]')).toContainText('V3’s final run $8.364M (reported: $5.576M)');
  await expect.poll(() => new URL(page.url()).search).toBe('?rate=3');
  await page.reload();
  await ready(page);
  await expect(f.locator('input[name="rate"]')).toHaveValue('3');
  await expect.poll(costText).toContain('$8.364M');
  // The downloads follow the setup: the browser draws the SVG and CSV of what is shown; the note says the PNG is R1's.
  // With the sliders open the figure is taller than an 800 px laptop screen: it scrolls inside
  // itself, so reaching its downloads does not scroll the page on to another step.
  const y0 = await page.evaluate(() => scrollY);
  await f.locator('.figure-downloads > summary').click();
  expect(await page.evaluate(() => scrollY)).toBe(y0);
  await expect(f).toHaveAttribute('data-current-step', 'not-included');
  await expect(f.locator('[data-setup-note]')).toBeVisible();
  const saved = async (name: RegExp) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), f.locator('.figure-downloads a', { hasText: name }).click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), text: (await import('node:fs')).readFileSync(path, 'utf8') };
  };
  const svg = await saved(/SVG/);
  expect(svg.name).toBe('cost-not-included-what-if.svg');
  expect(svg.text).toContain('$8.364M');
  expect(svg.text).toContain('What if… — not the report’s $2');
  expect(svg.text).toContain('?rate=3#cost--not-included');
  expect(svg.text).not.toMatch(/undefined|NaN|var\(--/);
  const csv = await saved(/CSV/);
  expect(csv.name).toBe('cost-not-included-what-if.csv');
  expect(csv.text).toMatch(/8,?364/);
  const r1Csv = await (
    await page.request.get(
      await f
        .locator('.figure-downloads a', { hasText: /CSV/ })
        .getAttribute('href')
        .then((h) => h!),
    )
  ).text();
  expect(r1Csv).not.toEqual(csv.text);
  await f.locator('[data-what-if-reset]').click();
  await expect.poll(costText).toContain('≈$294K');
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(f.locator('[data-setup-note]')).toBeHidden();
  // R1's values again: the link is the built file (no download drawn in the page).
  const [r1] = await Promise.all([page.waitForEvent('download'), f.locator('.figure-downloads a', { hasText: /CSV/ }).click()]);
  expect(r1.suggestedFilename()).toBe('cost-not-included.csv');
});

test('on a phone the opened sliders and the figure they change are on screen together @phone-only', async ({ page }) => {
  await page.goto(`chapters/${SCENE}/#${SCENE}--count-up`);
  await ready(page);
  const f = fig(page);
  await f.locator('[data-what-if] > summary').click();
  const slider = f.locator('input[name="topk"]');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(f.locator('[data-what-if-value="topk"]')).toHaveText('9 of 256');
  const vh = page.viewportSize()!.height;
  const svg = (await f.locator('.scene-box svg').boundingBox())!;
  const s = (await slider.boundingBox())!;
  expect(svg.y).toBeGreaterThanOrEqual(-1);
  expect(svg.y + svg.height).toBeLessThanOrEqual(s.y + 1);
  expect(s.y + s.height).toBeLessThanOrEqual(vh + 1);
  await expect.poll(() => svgText(page)).toContain('What if… — not R1: top-k 9 (R1: 8)');
});

test('memory: “how much does a 32K context add on 8 × H100?” by keyboard and pointer, as a link, in an embed; junk falls back @desktop-only', async ({
  page,
}) => {
  const notes: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'info') notes.push(m.text());
  });
  await page.goto('chapters/running-r1/#memory-fit--kv-cache');
  await ready(page);
  const f = page.locator('figure[data-scene="memory-fit"]');
  await expect(f).toHaveAttribute('data-current-step', 'kv-cache');
  const text = () => f.locator('.scene-box svg').evaluate((s) => [...s.querySelectorAll('text:not([data-exiting])')].map((t) => t.textContent).join(' | '));
  expect(await text()).toContain('128K tokens of context add 9.2 GB');
  expect(await text()).not.toContain('What if');

  // Keyboard: open the controls, Tab to the context length, two steps down: 128K → 64K → 32K.
  const box = f.locator('[data-what-if]');
  await box.locator('summary').focus();
  await page.keyboard.press('Enter');
  await tabTo(page, 'input[name="context"]', 6);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(f.locator('[data-what-if-value="context"]')).toHaveText('32K = 32,768');
  await expect(f.locator('input[name="context"]')).toHaveAttribute('aria-valuetext', '32K = 32,768');
  await expect.poll(text).toContain('32K tokens of context add 2.3 GB');
  await expect.poll(text).toContain('What if… — not R1’s setup here: 32K context (was 128K)');
  await expect.poll(text).toContain('8 × H100: 640 GB');
  await expect(f.locator('[data-what-if-status]')).toContainText('KV cache 2.3 GB for 32K tokens × 1 = 673 GB, on 8 × H100 (640 GB): 33.3 GB over.');
  await expect(f.locator('[data-what-if-status]')).toContainText('An ordinary multi-head cache would need 164 GB');
  await expect(f.locator('.scene-step-title')).toContainText('What if… — not R1’s setup here');
  await expect.poll(() => new URL(page.url()).search).toBe('?context=32k');
  expect(new URL(page.url()).hash).toBe('#memory-fit--kv-cache');

  // Pointer: the far right of the GPU slider picks the largest GPU of the table, the H200.
  const gpu = f.locator('input[name="gpu"]');
  const gb = (await gpu.boundingBox())!;
  await page.mouse.click(gb.x + gb.width - 2, gb.y + gb.height / 2);
  await expect(f.locator('[data-what-if-value="gpu"]')).toHaveText('H200, 141 GB');
  await expect.poll(text).toContain('8 × H200: 1,128 GB');
  await expect.poll(text).toContain('fits, 455 GB to spare');
  await expect.poll(() => new URL(page.url()).search).toBe('?gpu=h200&context=32k');
  expect(await text()).not.toMatch(/NaN|undefined|Infinity/);
  await axe(page, 'memory-fit with the what-if controls open');

  // The copied address in a fresh page: the same setup.
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await ready(fresh);
  const ff = fresh.locator('figure[data-scene="memory-fit"]');
  await expect(ff.locator('input[name="gpu"]')).toHaveValue('2');
  await expect(ff.locator('[data-what-if-value="context"]')).toHaveText('32K = 32,768');
  await expect.poll(() => ff.locator('.scene-box svg').evaluate((s) => s.textContent ?? '')).toContain('8 × H200: 1,128 GB');
  await fresh.close();

  // Reset: the figure's own setup and an address without a what-if.
  await f.locator('[data-what-if-reset]').click();
  await expect(f.locator('[data-what-if-status]')).toContainText('R1 as released, on the figure’s server.');
  await expect.poll(text).toContain('128K tokens of context add 9.2 GB');
  await expect.poll(() => new URL(page.url()).search).toBe('');

  // An embed opens on a setup; junk values fall back to the figure's with a note naming the keys.
  await page.goto('embed/memory-fit/kv-cache/?precision=int4&gpus=16&batch=4');
  await ready(page);
  await expect.poll(text).toContain('16 × H100: 1,280 GB');
  await expect.poll(text).toContain('336 GB 4-bit weights + 36.8 GB cache');
  notes.length = 0;
  await page.goto('chapters/running-r1/?precision=fp16&gpu=%3Cscript%3E&context=32768&batch=9999#memory-fit--kv-cache');
  await ready(page);
  await expect(f.locator('input[name="precision"]')).toHaveValue('1');
  await expect(f.locator('input[name="gpu"]')).toHaveValue('1');
  await expect(f.locator('[data-what-if-value="context"]')).toHaveText('128K = 131,072');
  await expect(f.locator('[data-what-if-value="batch"]')).toHaveText('128');
  await expect.poll(() => notes.join('\n')).toMatch(/what-if: ignored precision, gpu, context .*moved batch into range/);
  expect(notes.join('\n')).not.toContain('<script>');
});

test('routing: top-k and groups by keyboard and pointer re-route the token, a new sentence keeps them, γ reaches the batch steps; the link, an embed, junk and JavaScript off @desktop-only', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const notes: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'info') notes.push(m.text());
  });
  const R = 'moe-routing';
  await page.goto(`chapters/mixture-of-experts/#${R}--top-8`);
  await ready(page);
  const f = page.locator(`figure[data-scene="${R}"]`);
  await expect(f).toHaveAttribute('data-current-step', 'top-8');
  const text = () => f.locator('.scene-box svg').evaluate((s) => [...s.querySelectorAll('text:not([data-exiting])')].map((t) => t.textContent).join(' | '));
  const rings = f.locator('.scene-box svg [data-key^="ring:"]:not([data-exiting])');
  await expect(rings).toHaveCount(8);
  expect(await text()).not.toContain('What if');
  const r1Rings = await rings.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));

  // Keyboard: open the controls, Tab to top-k, four steps down: the token keeps its best 4.
  const box = f.locator('[data-what-if]');
  await box.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('open', '');
  await tabTo(page, 'input[name="topk"]', 5);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(f.locator('[data-what-if-value="topk"]')).toHaveText('4 of 256');
  await expect(rings).toHaveCount(4);
  expect(r1Rings).toEqual(expect.arrayContaining(await rings.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))));
  await expect.poll(text).toContain('What if… — not R1: top-4 (R1: 8)');
  await expect.poll(text).toContain('The chosen 4');
  const status = f.locator('[data-what-if-status]');
  await expect(status).toContainText('What if… — not R1. Against R1, “sunset” drops #');
  await expect(status).toContainText('4 experts from');
  await expect(f.locator('.scene-step-title')).toContainText('What if… — not R1');
  await expect.poll(() => new URL(page.url()).search).toBe('?topk=4');
  expect(new URL(page.url()).hash).toBe(`#${R}--top-8`);

  // Pointer: the far left of the groups slider allows one group; every circled expert is in it.
  const groups = f.locator('input[name="groups"]');
  const gb = (await groups.boundingBox())!;
  await page.mouse.click(gb.x + 2, gb.y + gb.height / 2);
  await expect(f.locator('[data-what-if-value="groups"]')).toHaveText('1 of 8');
  await expect.poll(text).toContain('1 of 8 groups (R1: 4)');
  await expect(status).toContainText('4 experts from 1 of 8 groups (R1: 8 from ');
  const inGroups = await f.locator('.scene-box svg text[data-key^="pick:"][data-key$=":label"]:not([data-exiting])').allTextContents();
  expect(new Set(inGroups.map((t) => t.split('group ')[1])).size).toBe(1);
  await expect.poll(() => new URL(page.url()).search).toBe('?topk=4&groups=1');
  expect(await text()).not.toMatch(/NaN|undefined|Infinity/);
  await axe(page, 'moe-routing with the what-if controls open');

  // A new sentence from the figure's own form keeps the settings, and the words follow it.
  const field = f.locator('form[data-scene-input] input[name="text"]');
  await field.fill('Giraffes sleep standing up');
  await field.press('Enter');
  await expect.poll(() => f.locator('.scene-box svg [data-key="strip:focus"]').textContent()).toBe('Giraffes');
  await expect(rings).toHaveCount(4);
  await expect.poll(text).toContain('What if… — not R1: top-4 (R1: 8), 1 of 8 groups (R1: 4)');
  await expect(status).toContainText('“Giraffes”');
  await expect(f.locator('input[name="topk"]')).toHaveValue('4');

  // γ, by keyboard to its top: the batch steps draw that run, against DeepSeek's step.
  await f.locator('input[name="gamma"]').focus();
  await page.keyboard.press('End');
  await expect(f.locator('[data-what-if-value="gamma"]')).toHaveText('0.1 (10×)');
  await expect(status).toContainText('overshoots');
  await expect.poll(() => new URL(page.url()).search).toBe('?topk=4&groups=1&gamma=0.1');
  const copied = page.url();
  await scrollToStep(page, R, 'balancing');
  await expect(f).toHaveAttribute('data-current-step', 'balancing');
  await expect.poll(text).toContain('What if… — not R1: γ 0.1');
  await expect.poll(text).toContain('(100 × DeepSeek’s 0.001)');

  // The copied address, in a fresh page: the same settings and figure.
  const fresh = await page.context().newPage();
  await fresh.goto(copied);
  await ready(fresh);
  const ff = fresh.locator(`figure[data-scene="${R}"]`);
  await expect(ff.locator('input[name="topk"]')).toHaveValue('4');
  await expect(ff.locator('input[name="groups"]')).toHaveValue('1');
  await expect(ff.locator('input[name="gamma"]')).toHaveValue('0.1');
  await expect(ff.locator('.scene-box svg [data-key^="ring:"]:not([data-exiting])')).toHaveCount(4);
  await fresh.close();

  // Reset: R1's routing and an address without a what-if.
  await f.locator('[data-what-if-reset]').click();
  await expect(status).toContainText('R1’s own routing.');
  await expect.poll(text).not.toContain('What if');
  await expect.poll(() => new URL(page.url()).search).toBe('');

  // An embed opens on a routing; junk values fall back to R1's with a note naming the keys.
  await page.goto(`embed/${R}/top-8/?topk=2&groups=8`);
  await ready(page);
  await expect(page.locator(`figure[data-scene="${R}"] .scene-box svg [data-key^="ring:"]:not([data-exiting])`)).toHaveCount(2);
  await expect.poll(() => page.locator(`figure[data-scene="${R}"] .scene-box svg`).textContent()).toContain('What if… — not R1: top-2');
  notes.length = 0;
  await page.goto(`chapters/mixture-of-experts/?topk=abc&gamma=0.037&groups=99#${R}--groups`);
  await ready(page);
  await expect(f.locator('input[name="topk"]')).toHaveValue('8');
  await expect(f.locator('input[name="gamma"]')).toHaveValue('0.01');
  await expect(f.locator('input[name="groups"]')).toHaveValue('8');
  await expect.poll(() => notes.join('\n')).toMatch(/what-if: ignored topk, gamma .*moved groups into range/);

  // Without JavaScript: R1's routing, no controls.
  const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const off = await ctx.newPage();
  await off.goto(`chapters/mixture-of-experts/?topk=4#${R}--top-8`);
  await expect(off.locator(`figure[data-scene="${R}"] [data-what-if]`)).toBeHidden();
  const svg = off.locator(`figure[data-scene="${R}"] .scene-box svg:visible`);
  await expect(svg).toHaveCount(1);
  expect(await svg.evaluate((s) => s.textContent)).not.toContain('What if');
  await ctx.close();
});
