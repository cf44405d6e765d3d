/**
 * Reading every chapter's scrollytelling as a reader does, on three phones, a phone
 * held sideways, two tablets and a laptop: one walk per page, scrolled with the
 * wheel in small steps (never scrollIntoView), down and (where the pattern is one of
 * its own) back up; on the tablets (and for the Chinese edition also the phone held
 * sideways) each step is opened by its link instead. Whenever a figure
 * changes step, that step's card must have its first line on screen and on top
 * (elementFromPoint lands in the card), the drawing must be on screen at its design
 * size, the page must not scroll sideways, and where the figure is pinned on top
 * (pattern "pinned", global.css) it takes at most half the screen. A deep link to
 * every step lands the same way. On a laptop, no step leaves more than 32 px blank
 * under its drawing, each step is drawn as its static copy, and axe is clean at every
 * scene step (once per size: in the first chapter that places it). The sentence form
 * opens as a sheet and closes with Back.
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { citationProblems } from '../helpers/citation-marks';
import { test, expect, ready, builtChapters, axe, expectFigureAt } from './fixtures';
import { axeChapterFor } from './sources';

const PHONES = [
  { width: 390, height: 844, reading: 'pinned' },
  { width: 360, height: 640, reading: 'overlay' },
  { width: 412, height: 915, reading: 'pinned' },
] as const;
// The phone held sideways, the shortest screen, is walked with the wheel. The tablets' layouts are the
// phones' and the laptop's patterns at other sizes, so there each step is reached by its link, on one
// tablet turned from upright to sideways (the walks above already drive the scroll engine through every
// step in both patterns).
const SIDEWAYS = { width: 844, height: 390, reading: 'side' } as const;
const TABLET = [
  { width: 768, height: 1024, reading: 'pinned' },
  { width: 1024, height: 768, reading: 'side' },
] as const;
const chapters = builtChapters();
/** Chapters with a Chinese translation (content/zh/chapters/NN-<slug>.mdx). */
const translated = new Set(readdirSync('content/zh/chapters').map((f) => f.replace(/^\d\d-|\.mdx$/g, '')));

/**
 * Installs, in the page, a check run the moment a figure's data-current-step changes
 * (a MutationObserver: before anything else can scroll). It returns what is wrong,
 * or nothing.
 */
async function installProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __reading: { log: { step: string; problems: string[] }[]; check(fig: HTMLElement): string[] } };
    const check = (fig: HTMLElement): string[] => {
      const scene = fig.dataset['scene']!;
      const step = fig.dataset['currentStep']!;
      const H = window.innerHeight;
      const problems: string[] = [];
      const card = document.getElementById(`${scene}--${step}`)?.querySelector<HTMLElement>('.step-card');
      if (!card) return [`no card for ${step}`];
      // The first line of the card's text: the first line box of its first paragraph.
      const range = document.createRange();
      range.selectNodeContents(card.querySelector('p, h2, h3, li') ?? card);
      const line = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      if (!line) problems.push('no first line');
      else {
        if (line.top < 0 || line.bottom > H) problems.push(`first line at ${Math.round(line.top)}–${Math.round(line.bottom)} px of ${H}`);
        const hit = document.elementFromPoint(Math.min(line.left + 8, line.right - 1), (line.top + line.bottom) / 2);
        if (!hit || !card.contains(hit)) problems.push(`first line covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`);
      }
      const scrolly = fig.closest<HTMLElement>('.scrolly')!;
      const reading = getComputedStyle(scrolly).getPropertyValue('--reading').trim() || 'side';
      const pin = scrolly.querySelector('.scene-pin')!.getBoundingClientRect();
      if (reading === 'pinned' && pin.height > H * 0.5 + 0.5) problems.push(`pinned part ${Math.round(pin.height)} px tall, more than half of ${H}`);
      const box = fig.querySelector('.scene-box')!.getBoundingClientRect();
      if (box.top < -0.5 || box.bottom > H + 0.5) problems.push(`drawing at ${Math.round(box.top)}–${Math.round(box.bottom)} px of ${H}`);
      // Drawn 1:1 (the scene lays out at the box's size), so its type is the size the scene gives it.
      const svg = fig.querySelector<SVGSVGElement>('.scene-box svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (Math.abs(scale - 1) > 0.02) problems.push(`drawing scaled ${scale.toFixed(2)}x`);
      if (document.documentElement.scrollWidth > window.innerWidth)
        problems.push(`page ${document.documentElement.scrollWidth} px wide in ${window.innerWidth}`);
      return problems;
    };
    w.__reading = { log: [], check };
    for (const fig of document.querySelectorAll<HTMLElement>('.scrolly figure[data-scene]')) {
      new MutationObserver((records) => {
        // A change of step (the player also re-sets the step it shows).
        if (records.every((r) => r.oldValue === fig.dataset['currentStep'])) return;
        w.__reading.log.push({ step: fig.dataset['currentStep']!, problems: check(fig) });
      }).observe(fig, { attributes: true, attributeFilter: ['data-current-step'], attributeOldValue: true });
    }
  });
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { __reading: { log: { step: string; problems: string[] }[] } }).__reading.log.splice(0));
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Scroll with the wheel, `dy` px at a time, until the scrolly's `edge` (top or bottom) has
 * passed the middle of the screen (or the page ends). After each flick one call into the
 * page waits until it has moved (smooth scrolling may still be on its way; at most 500 ms,
 * as at the page's end it cannot) and reads where the edge and the page are: two round
 * trips a flick, which is most of a walk's cost.
 */
async function wheelUntil(page: Page, dy: number, scene: string, edge: 'top' | 'bottom') {
  const settle = (y0: number | null) =>
    page.evaluate(
      ({ scene, edge, y0 }) =>
        new Promise<{ at: number; y: number }>((resolve) => {
          const read = () => ({
            at: document.querySelector(`.scrolly[data-scrolly="${scene}"]`)!.getBoundingClientRect()[edge] / window.innerHeight,
            y: window.scrollY,
          });
          const t0 = performance.now();
          const poll = () => (y0 === null || window.scrollY !== y0 || performance.now() - t0 > 500 ? resolve(read()) : requestAnimationFrame(poll));
          poll();
        }),
      { scene, edge, y0 },
    );
  const passed = (at: number) => (edge === 'bottom' ? at < 0.5 : at > 0.5);
  let now = await settle(null);
  for (let i = 0; i < 400 && !passed(now.at); i++) {
    await page.mouse.wheel(0, dy);
    now = await settle(now.y);
  }
}

/** Steps of each scrolly on the page, in order. */
const scrollies = (page: Page) =>
  page.$$eval('.scrolly', (els) =>
    els.map((s) => ({
      scene: s.getAttribute('data-scrolly')!,
      steps: [...s.querySelectorAll<HTMLElement>('[data-step]')].map((e) => e.dataset['step']!),
    })),
  );

/** Walk a chapter's scrollies down (and back up) with the wheel; every step change passes the check. */
async function walk(page: Page, slug: string, andUp: boolean, edition = '') {
  await page.goto(`${edition}chapters/${slug}/`);
  await ready(page);
  await installProbe(page);
  const { width, height } = page.viewportSize()!;
  await page.mouse.move(width / 2, height * 0.85);
  for (const { scene, steps } of await scrollies(page)) {
    const fig = page.locator(`.scrolly[data-scrolly="${scene}"] figure[data-scene]`);
    // Start with the section just below the screen (a jump: the walk itself is by wheel).
    await page.$eval(`.scrolly[data-scrolly="${scene}"]`, (s) =>
      window.scrollTo({ top: window.scrollY + s.getBoundingClientRect().top - window.innerHeight, behavior: 'instant' as ScrollBehavior }),
    );
    await frames(page);
    await log(page);
    // A thumb's flick: a fifth of the screen at a time.
    const flick = Math.round(height / 5);
    await wheelUntil(page, flick, scene, 'bottom');
    await expect(fig).toHaveAttribute('data-current-step', steps.at(-1)!);
    const down = await log(page);
    expect(
      down.filter((e) => e.problems.length),
      `${scene} scrolling down at ${width}x${height}`,
    ).toEqual([]);
    // Each step turned on, in order (a step may turn on again after a wobble, never out of order).
    expect(
      [steps[0]!, ...down.map((e) => e.step)].filter((s, i, a) => s !== a[i - 1]),
      `${scene} steps scrolling down`,
    ).toEqual(steps);
    if (!andUp) continue;
    await wheelUntil(page, -flick, scene, 'top');
    await expect(fig).toHaveAttribute('data-current-step', steps[0]!);
    const up = await log(page);
    expect(
      up.filter((e) => e.problems.length),
      `${scene} scrolling up at ${width}x${height}`,
    ).toEqual([]);
    expect(
      [steps.at(-1)!, ...up.map((e) => e.step)].filter((s, i, a) => s !== a[i - 1]),
      `${scene} steps scrolling up`,
    ).toEqual([...steps].reverse());
  }
}

// Touch screens run in the phone project, the laptop in the desktop one: selected by tag (playwright.config.ts).
test.describe('phones', { tag: '@phone-only' }, () => {
  for (const vp of PHONES) {
    test.describe(`${vp.width}x${vp.height}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height } });
      for (const slug of chapters) {
        // The phone project's size (390x844) is also where the page's own checks run at phone size: the
        // figure matches its static copy and axe is clean at each step (every-page.spec does both on the laptop).
        const full = vp.width === 390;
        test(`${slug}: every step turns on with its card readable, scrolling and by link${full ? '; each step drawn as its copy, axe clean' : ''}`, async ({
          page,
        }) => {
          test.setTimeout(180_000);
          // Up again on the two phones whose patterns differ (390 pinned, 360 overlay); the tall phone pins as the 390 one does.
          await walk(page, slug, vp.width !== 412);
          const reading = await page.$eval('.scrolly', (s) => getComputedStyle(s).getPropertyValue('--reading').trim());
          expect(reading, 'the pattern chosen for this screen').toBe(vp.reading);
          if (full) await pageChecks(page, slug);
          // Every step's link: opened cold (a shared link) on the two patterns' phones; followed within
          // the page on the tall phone, whose pattern the 390x844 phone already opens cold.
          await deepLinks(page, slug, vp.width !== 412, full ? slug : undefined);
        });
      }
    });
  }
  // The Chinese chapters on the phone whose pattern pins the figure: the same walk down and up, and the
  // page's checks (their steps' deep links and copies are checked on the laptop, below).
  test.describe('390x844, Chinese', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    for (const slug of chapters.filter((s) => translated.has(s))) {
      test(`(zh) ${slug}: every step turns on with its card readable, scrolling down and up; axe clean`, async ({ page }) => {
        test.setTimeout(180_000);
        await walk(page, slug, true, 'zh/');
        await pageChecks(page, `zh ${slug}`);
      });
    }
  });
});

/** What every page must be at any size: axe clean, no "undefined" or "NaN", quiet citation marks. */
async function pageChecks(page: Page, label: string) {
  await axe(page, `${label} at ${page.viewportSize()!.width} px`);
  expect(await page.locator('body').innerText()).not.toMatch(/\bundefined\b|\bNaN\b/);
  expect(await citationProblems(page), 'citation marks').toEqual([]);
}

/**
 * Open the chapter at every step by its link: each lands as a scrolled-to step does (the same check).
 * With `drawnIn` (the chapter's slug), each step is also drawn as its static copy, and axe runs where
 * this chapter is the first to place the step.
 */
async function deepLinks(page: Page, slug: string, coldLoads: boolean, drawnIn?: string) {
  const anchors = await page.$$eval('[data-step][data-step-scene]', (els) =>
    els.map((e) => ({ id: e.id, scene: (e as HTMLElement).dataset['stepScene']!, step: (e as HTMLElement).dataset['step']! })),
  );
  for (const a of anchors) {
    if (coldLoads) {
      await page.goto('about:blank');
      await page.goto(`chapters/${slug}/#${a.id}`);
      await ready(page);
      await installProbe(page);
    } else
      // Followed as a reader follows a link in the text (the step may already be the one in the address).
      await page.evaluate((id) => {
        const link = Object.assign(document.createElement('a'), { href: `#${id}` });
        document.querySelector('main')!.append(link);
        link.click();
        link.remove();
      }, a.id);
    const fig = page.locator(`.scrolly figure[data-scene="${a.scene}"]`);
    await expect(fig).toHaveAttribute('data-current-step', a.step);
    await frames(page);
    const problems = await fig.evaluate((f) => (window as unknown as { __reading: { check(f: HTMLElement): string[] } }).__reading.check(f as HTMLElement));
    expect(problems, `deep link #${a.id}`).toEqual([]);
    if (drawnIn) {
      await expectFigureAt(page, a.scene, a.step);
      // The whole page was checked once (pageChecks); a step changes only its own section.
      if (axeChapterFor(a.scene, a.step) === drawnIn)
        await axe(page, `${slug} #${a.id} at ${page.viewportSize()!.width} px`, `.scrolly[data-scrolly="${a.scene}"]`);
    }
  }
}

test.describe('a phone held sideways and a tablet', { tag: '@phone-only' }, () => {
  const pattern = (page: Page) => page.$eval('.scrolly', (s) => getComputedStyle(s).getPropertyValue('--reading').trim() || 'side');
  test.describe(`${SIDEWAYS.width}x${SIDEWAYS.height}`, () => {
    test.use({ viewport: { width: SIDEWAYS.width, height: SIDEWAYS.height } });
    for (const slug of chapters) {
      test(`${slug}: no sideways scrolling, and every step scrolled to shows its figure whole`, async ({ page }) => {
        test.setTimeout(120_000);
        await walk(page, slug, false);
        expect(await pattern(page), 'the pattern chosen for this screen').toBe(SIDEWAYS.reading);
      });
    }
  });
  test.describe(`${TABLET.map((t) => `${t.width}x${t.height}`).join(' turned to ')}`, () => {
    test.use({ viewport: { width: TABLET[0].width, height: TABLET[0].height } });
    for (const slug of chapters) {
      test(`${slug}: no sideways scrolling, and every step opened by its link shows its figure whole, upright and turned`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(`chapters/${slug}/`);
        await ready(page);
        await installProbe(page);
        for (const [i, vp] of TABLET.entries()) {
          if (i > 0) {
            await page.setViewportSize({ width: vp.width, height: vp.height });
            await frames(page);
          }
          await deepLinks(page, slug, false);
          expect(await pattern(page), `the pattern chosen for ${vp.width}x${vp.height}`).toBe(vp.reading);
        }
      });
    }
  });
  // The Chinese chapters at the same three sizes, in one page load each: every step opened by its link
  // (the walks of the 390x844 phone and the laptop drive the scroll engine through both editions).
  // Chinese sets looser and its cards run to other lengths, so each step's landing is checked again.
  test.describe(`(zh) ${[SIDEWAYS, ...TABLET].map((t) => `${t.width}x${t.height}`).join(', ')}`, () => {
    test.use({ viewport: { width: SIDEWAYS.width, height: SIDEWAYS.height } });
    for (const slug of chapters.filter((s) => translated.has(s))) {
      test(`(zh) ${slug}: no sideways scrolling, and every step opened by its link shows its figure whole, on the sideways phone and the tablet both ways`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.goto(`zh/chapters/${slug}/`);
        await ready(page);
        await installProbe(page);
        for (const [i, vp] of [SIDEWAYS, ...TABLET].entries()) {
          if (i > 0) {
            await page.setViewportSize({ width: vp.width, height: vp.height });
            await frames(page);
          }
          await deepLinks(page, slug, false);
          expect(await pattern(page), `the pattern chosen for ${vp.width}x${vp.height}`).toBe(vp.reading);
        }
      });
    }
  });
});

test.describe('phone: the sentence form', { tag: '@phone-only' }, () => {
  for (const vp of PHONES) {
    test(`${vp.width}x${vp.height}: opens as a sheet under the figure; Back, Escape and Done close it and the text is back`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.goto('chapters/mixture-of-experts/#moe-routing--top-8');
      await ready(page);
      await installProbe(page);
      const fig = page.locator('figure[data-scene="moe-routing"]');
      await expect(fig).toHaveAttribute('data-current-step', 'top-8');
      const box = fig.locator('details[data-scene-input-box]');
      const form = fig.locator('form[data-scene-input]');
      const field = form.locator('input[name="text"]');
      await expect(form).toBeHidden();
      const where = () => page.evaluate(() => ({ y: window.scrollY, url: location.href }));
      const before = await where();
      const focusText = () => fig.locator('.scene-box svg [data-key="strip:focus"]').textContent();
      const cardReadable = () =>
        fig.evaluate((f) => (window as unknown as { __reading: { check(f: HTMLElement): string[] } }).__reading.check(f as HTMLElement));

      for (const close of ['back', 'escape', 'done'] as const) {
        await box.locator('summary').tap();
        await expect(form).toBeVisible();
        // A sheet at the bottom, at most half the screen; the figure stays in view above it.
        const sheet = await form.evaluate((f) => {
          const r = f.getBoundingClientRect();
          const top = document.elementFromPoint(window.innerWidth / 2, 40);
          return {
            top: r.top,
            bottom: r.bottom,
            h: window.innerHeight,
            figureOnTop: top?.closest('.scene-pin') ? true : `${top?.tagName}.${top?.className} at y ${window.scrollY}`,
          };
        });
        expect(Math.abs(sheet.bottom - sheet.h), 'sheet at the bottom').toBeLessThan(2);
        expect(sheet.bottom - sheet.top, 'sheet height').toBeLessThanOrEqual(sheet.h * 0.5 + 1);
        expect(sheet.figureOnTop, 'figure visible above the sheet').toBe(true);
        if (close === 'back') {
          await field.fill('Giraffes sleep standing up');
          await field.press('Enter');
          await expect.poll(focusText).toBe('Giraffes');
          await page.goBack();
        } else if (close === 'escape') {
          await field.focus();
          await page.keyboard.press('Escape');
        } else await form.locator('[data-scene-input-done]').tap();
        await expect(form).toBeHidden();
        // The reader is where they were: same place, same address, still in the chapter.
        await expect.poll(where).toEqual(before);
        expect(await cardReadable(), `after closing with ${close}`).toEqual([]);
      }
      // The figure keeps the reader's sentence.
      expect(await focusText()).toBe('Giraffes');
    });
  }
});

test.describe('desktop', { tag: '@desktop-only' }, () => {
  test.use({ reducedMotion: 'reduce' });
  // Both editions: the Chinese chapters (those translated) are walked the same way, their figures in Chinese.
  for (const [edition, slug] of [...chapters.map((s) => ['', s] as const), ...chapters.filter((s) => translated.has(s)).map((s) => ['zh/', s] as const)]) {
    test(`${edition ? '(zh) ' : ''}${slug}: each step drawn as its copy with no more than 32 px blank under it, axe clean; steps turn on with their card readable`, async ({
      page,
    }) => {
      // axe at each scene step this chapter is the first to place: several seconds each on a 2-core machine.
      test.setTimeout(240_000);
      await page.goto(`${edition}chapters/${slug}/`);
      await ready(page);
      await pageChecks(page, `${slug} (top)`);
      const anchors = await page.$$eval('[data-step][data-step-scene]', (els) =>
        els.map((e) => ({ id: e.id, scene: (e as HTMLElement).dataset['stepScene']!, step: (e as HTMLElement).dataset['step']! })),
      );
      for (const a of anchors) {
        await page.evaluate((id) => (location.hash = id), a.id);
        const fig = page.locator(`.scrolly figure[data-scene="${a.scene}"]`);
        await expect(fig).toHaveAttribute('data-current-step', a.step);
        await frames(page);
        const gap = await fig.evaluate((f) => {
          const box = f.querySelector('.scene-box')!.getBoundingClientRect();
          let bottom = -Infinity;
          let key = '';
          for (const m of f.querySelectorAll<SVGGraphicsElement>('.scene-box svg [data-key]:not([data-exiting])')) {
            const cs = getComputedStyle(m);
            if (cs.opacity === '0' || cs.visibility === 'hidden' || cs.display === 'none') continue;
            const r = m.getBoundingClientRect();
            // A backdrop as tall as the box is not a drawn mark.
            if ((r.width === 0 && r.height === 0) || r.height >= box.height - 2) continue;
            if (r.bottom > bottom) [bottom, key] = [r.bottom, m.dataset['key'] ?? ''];
          }
          return { blank: Math.round(box.bottom - bottom), key };
        });
        expect(gap.blank, `#${a.id}: blank under the lowest mark (${gap.key})`).toBeLessThan(32);
        await expectFigureAt(page, a.scene, a.step);
        // The whole page was checked at the top (pageChecks); a step changes only its own section.
        if (axeChapterFor(a.scene, a.step) === slug) await axe(page, `${slug} #${a.id} at 1280 px`, `.scrolly[data-scrolly="${a.scene}"]`);
      }
      await walk(page, slug, true, edition);
    });
  }
});
