/**
 * The reader's way through the site: home → chapter → next chapter by keyboard,
 * the table of contents, heading links, the reading-progress bar, glossary
 * definitions by keyboard, mouse and tap, the glossary and sources pages, the home
 * page's opening figure and way in, chapter 1's opening figure, quiet citation marks, and axe on the reader's reference pages.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, axe, builtChapters } from './fixtures';

const chapters = builtChapters();
const orderedChapters = async (page: Page) => {
  await page.goto('');
  return page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
};

/** Press Tab until `target` has focus; fails after `max` presses. Returns the presses needed. */
async function tabTo(page: Page, target: Locator, max = 600): Promise<number> {
  const handle = await target.elementHandle();
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => document.activeElement === el, handle)) return i;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses`);
}

const isDesktop = () => test.info().project.name === 'desktop';
// Tests for one kind of device carry @desktop-only or @phone-only; each project leaves out the other's (playwright.config.ts).

test.describe('home → chapter → next chapter', () => {
  test('by keyboard only', { tag: '@desktop-only' }, async ({ page }) => {
    test.setTimeout(120_000);
    const order = await orderedChapters(page);
    expect(order.length).toBeGreaterThanOrEqual(2);
    await page.goto('');
    await tabTo(page, page.locator('.chapter-list a').first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${order[0]}$`));
    const next = page.locator('a[rel="next"]');
    await expect(next).toHaveCount(1);
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${order[1]}$`));
    // And back again.
    await tabTo(page, page.locator('a[rel="prev"]'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${order[0]}$`));
  });

  test('every chapter links to the next one in reading order, and the last one back to the list', { tag: '@desktop-only' }, async ({ page }) => {
    const order = await orderedChapters(page);
    for (let i = 0; i < order.length; i++) {
      await page.goto(order[i]!);
      const next = page.locator('.pager a[rel="next"]');
      if (i < order.length - 1) await expect(next).toHaveAttribute('href', order[i + 1]!);
      else await expect(page.locator('.pager a').last()).toHaveAttribute('href', /\/$/);
      if (i > 0) await expect(page.locator('.pager a[rel="prev"]')).toHaveAttribute('href', order[i - 1]!);
    }
  });
});

test.describe('home page', () => {
  test('one figure, one sentence, one way in; then every chapter with a picture of its own; no script; axe clean', async ({ page }) => {
    test.slow();
    await page.goto('');
    // The opening figure fills the first screen's top, drawn on the server.
    const fig = page.locator('.home-hero figure.lead-figure');
    const svg = fig.locator('svg:visible');
    await expect(svg).toHaveCount(1);
    const box = (await svg.boundingBox())!;
    const vh = page.viewportSize()!.height;
    expect(box.y + box.height, 'the figure ends within the first screen').toBeLessThanOrEqual(vh);
    // One sentence of promise, and exactly one primary link: to chapter 1, also in the first screen.
    const promise = await page.locator('.home-promise').innerText();
    expect(
      promise
        .trim()
        .split(/(?<=[.!?])\s+/)
        .filter(Boolean),
      promise,
    ).toHaveLength(1);
    const start = page.locator('.button--primary');
    await expect(start).toHaveCount(1);
    await expect(start).toHaveAttribute('href', (await orderedChapters(page))[0]!);
    await page.goto('');
    const sb = (await page.locator('.button--primary').boundingBox())!;
    expect(sb.y + sb.height, '"Start reading" is in the first screen').toBeLessThanOrEqual(vh);
    await expect(page.locator('.button--primary')).toHaveAccessibleName(/^Start reading/);
    // A page without a moving figure ships no JavaScript.
    await expect(page.locator('script')).toHaveCount(0);
    const items = page.locator('.chapter-item');
    await expect(items).toHaveCount(chapters.length);
    const pictures: string[] = [];
    for (const item of await items.all()) {
      await expect(item.locator('.chapter-meta')).toHaveText(/Chapter \d+ · \d+ min read/);
      expect((await item.locator('.chapter-summary').innerText()).length).toBeGreaterThan(20);
      const src = await item.locator('img.chapter-thumb').getAttribute('src');
      const res = await page.request.get(new URL(src!, page.url()).href);
      expect(res.status(), src!).toBe(200);
      pictures.push(await res.text());
    }
    expect(new Set(pictures).size, 'no two chapter pictures are the same').toBe(chapters.length);
    await axe(page, 'home');
  });

  test('without JavaScript: the opening figure reads the same, with its numbers, data and source', { tag: '@desktop-only' }, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('');
    const fig = page.locator('.home-hero figure.lead-figure');
    const svg = fig.locator('svg:visible');
    await expect(svg).toHaveCount(1);
    // The headline numbers are the published ones (src/data/model-config.json), drawn as text.
    const config = JSON.parse(readFileSync('src/data/model-config.json', 'utf8')) as { published: Record<string, { value: number }> };
    const total = config.published['totalParamsB']!.value;
    const active = config.published['activeParamsB']!.value;
    await expect(svg.locator('text').first()).toHaveText(`${total} billion parameters`);
    await expect(svg.locator('text', { hasText: `${active} billion at work` })).toBeVisible();
    // Drawn to scale: one square per billion, that many lit.
    const squares = (d: string | null) => (d ?? '').split('M').filter(Boolean).length;
    expect(squares(await svg.locator('path.ms-cells').getAttribute('d'))).toBe(total);
    expect(squares(await svg.locator('path.ms-lit').getAttribute('d'))).toBe(active);
    await expect(fig.locator('.scene-data table')).toHaveCount(1);
    await expect(fig.locator('figcaption a[href*="/sources/#"]').first()).toBeVisible();
    await expect(page.locator('.button--primary')).toBeVisible();
    await expect(page.locator('.chapter-list a')).toHaveCount(chapters.length);
    await ctx.close();
  });
});

test('chapter 1 opens on a figure: its drawing is mostly inside the first screen', async ({ page }) => {
  await page.goto(`chapters/${chapters.find((c) => c === 'what-is-r1') ?? chapters[0]!}/`);
  const svg = page.locator('article.chapter figure svg:visible').first();
  await expect(svg).toBeVisible();
  const box = (await svg.boundingBox())!;
  const vh = page.viewportSize()!.height;
  const visible = Math.min(box.y + box.height, vh) - Math.max(box.y, 0);
  expect(box.y, 'the figure starts in the first screen').toBeLessThan(vh);
  expect(visible / box.height, 'share of the drawing in the first screen').toBeGreaterThanOrEqual(0.6);
});

test.describe('in a chapter', () => {
  const slug = chapters.find((c) => c === 'benchmarks') ?? chapters[0]!;

  test('the table of contents lists the headings and its links jump to them', async ({ page }) => {
    await page.goto(`chapters/${slug}/`);
    const toc = page.locator('nav.toc');
    const details = toc.locator('details');
    if (!isDesktop()) {
      // Folded on a phone, so the text starts near the top; one tap opens it.
      await expect(details).not.toHaveAttribute('open', '');
      await toc.locator('summary').tap();
    }
    await expect(details).toHaveAttribute('open', '');
    const h2s = await page.locator('.chapter-body h2:not(figure *, dialog *)').allInnerTexts();
    const links = toc.locator('a');
    const texts = await links.allInnerTexts();
    expect(texts.slice(0, h2s.length).length).toBeGreaterThan(0);
    for (const h of h2s) expect(texts, `TOC lists "${h}"`).toContain(h);
    // Each link lands on its heading: the URL hash changes and the heading is at the top.
    for (const link of (await links.all()).slice(0, 3)) {
      const href = (await link.getAttribute('href'))!;
      await page.goto(`chapters/${slug}/`);
      if (!isDesktop()) await toc.locator('summary').tap();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      const target = page.locator(href);
      await expect(target).toBeInViewport();
      const top = await target.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(200);
    }
  });

  test('every h2 and h3 has a link to itself with an accessible name', async ({ page }) => {
    await page.goto(`chapters/${slug}/`);
    const headings = page.locator('.chapter-body :is(h2, h3):not(figure *, dialog *)');
    const n = await headings.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const h = headings.nth(i);
      const id = await h.getAttribute('id');
      expect(id, 'heading id').toBeTruthy();
      const anchor = page.locator(`.heading-anchor[href="#${id}"]`);
      await expect(anchor).toHaveCount(1);
      await expect(anchor).toHaveAccessibleName(`Link to this section: ${(await h.innerText()).trim()}`);
      // The heading's own name stays its text (the link sits beside it).
      await expect(h).toHaveAccessibleName((await h.innerText()).trim());
    }
    // Keyboard: the link is reachable and visible when focused.
    const firstAnchor = page.locator('.heading-anchor').first();
    await firstAnchor.focus();
    await expect(firstAnchor).toBeVisible();
    expect(Number(await firstAnchor.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
    // Following it puts the heading at the top of the window.
    const id = (await firstAnchor.getAttribute('href'))!;
    await page.goto(`chapters/${slug}/${id}`);
    await expect(page.locator(id)).toBeInViewport();
  });

  test('the reading-progress bar is hidden from screen readers and fills as the page scrolls', async ({ page }) => {
    await page.goto(`chapters/${slug}/`);
    const bar = page.locator('.reading-progress');
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    const scale = () => page.locator('.reading-progress-bar').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    expect(await scale()).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(scale).toBeGreaterThan(0.3);
    expect(await scale()).toBeLessThan(0.7);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(scale).toBeGreaterThan(0.98);
    // With reduced motion it still follows the scroll (it is not an animation in time).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(scale).toBeLessThan(0.05);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(scale).toBeGreaterThan(0.3);
    // It never covers content: no pointer events, 4 px at most.
    const box = await bar.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(4);
    expect(await bar.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  });
});

test.describe('glossary terms in a chapter', () => {
  /** A chapter with terms, and its first term (button) and popover. */
  async function firstTerm(page: Page) {
    for (const slug of chapters) {
      await page.goto(`chapters/${slug}/`);
      const term = page.locator('.chapter-body button.term').first();
      if (await term.count()) {
        const popId = (await term.getAttribute('popovertarget'))!;
        return { term, pop: page.locator(`#${popId}`), id: (await term.getAttribute('data-term'))! };
      }
    }
    throw new Error('no chapter uses a glossary term');
  }

  test('keyboard: focus shows the definition, Enter keeps it, Escape closes it', { tag: '@desktop-only' }, async ({ page }) => {
    const { term, pop, id } = await firstTerm(page);
    const definition = (await pop.locator('.term-pop-def').textContent())!.trim();
    // Screen readers hear the definition as the button's description.
    await expect(term).toHaveAccessibleDescription(definition);
    await expect(pop).toBeHidden();
    await term.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await expect(pop).toBeVisible();
    await expect(pop).toContainText(definition);
    await page.keyboard.press('Enter');
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await expect(term).toBeFocused();
    // Enter opens it again; Tab goes into its glossary link, then on, closing it.
    await page.keyboard.press('Enter');
    await expect(pop).toBeVisible();
    await page.keyboard.press('Tab');
    const link = pop.locator('a.term-pop-link');
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('href', new RegExp(`/glossary/#${id}$`));
    await page.keyboard.press('Tab');
    await expect(pop).toBeHidden();
  });

  test('mouse: hover shows the definition, which stays while the pointer moves onto it', { tag: '@desktop-only' }, async ({ page }) => {
    // The page's clock, so the hide delay can be run out at once instead of slept through.
    await page.clock.install();
    const { term, pop } = await firstTerm(page);
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await expect(pop).toBeVisible();
    await pop.hover();
    // Fire every timer due in the next second (the hide delay included): it must not close.
    await page.clock.runFor(1000);
    await expect(pop).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(pop).toBeHidden();
    // It sits next to the term, not over it.
    await term.hover();
    await expect(pop).toBeVisible();
    const t = (await term.boundingBox())!;
    const p = (await pop.boundingBox())!;
    expect(p.y >= t.y + t.height - 1 || p.y + p.height <= t.y + 1, 'popover beside the term, not covering it').toBe(true);
    await axe(page, 'chapter with a glossary popover open');
  });

  test('tap: a tap opens the definition, a tap elsewhere closes it', { tag: '@phone-only' }, async ({ page }) => {
    const { term, pop } = await firstTerm(page);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(pop).toBeVisible();
    const box = (await pop.boundingBox())!;
    const vw = page.viewportSize()!.width;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vw);
    const t = (await term.boundingBox())!;
    expect(box.y >= t.y + t.height - 1 || box.y + box.height <= t.y + 1, 'the definition does not cover the term').toBe(true);
    await page.locator('h1').tap();
    await expect(pop).toBeHidden();
  });

  test('without JavaScript a click still opens the definition (native popover)', { tag: '@desktop-only' }, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({
      javaScriptEnabled: false,
      baseURL,
      ...(isDesktop() ? {} : { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }),
    });
    const page = await ctx.newPage();
    const { term, pop } = await firstTerm(page);
    await term.click();
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await ctx.close();
  });
});

test.describe('glossary page', () => {
  test('every term, A to Z, with its definition and the chapters that use it; axe clean', async ({ page }) => {
    await page.goto('glossary/');
    const entries = page.locator('.glossary-entry');
    const n = await entries.count();
    expect(n).toBeGreaterThan(20);
    const terms = await entries.locator('dt').allInnerTexts();
    const sorted = [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(terms).toEqual(sorted);
    for (const e of (await entries.all()).slice(0, 5)) expect((await e.locator('dd p').first().innerText()).length).toBeGreaterThan(9);
    expect(await page.locator('.used-in a[href*="/chapters/"]').count()).toBeGreaterThan(5);
    await axe(page, 'glossary');
  });

  test('a term in a chapter points to its entry, and the entry lists that chapter', async ({ page }) => {
    const slug = chapters[0]!;
    await page.goto(`chapters/${slug}/`);
    const link = page.locator('.term-pop-link').first();
    const href = (await link.getAttribute('href'))!;
    const id = href.split('#')[1]!;
    await page.goto(href);
    const entry = page.locator(`#${id}`);
    await expect(entry).toBeInViewport();
    await expect(entry.locator(`.used-in a[href$="/chapters/${slug}/"]`)).toHaveCount(1);
  });
});

test.describe('sources and how we checked', () => {
  test('the sources page lists, for each chapter footnote, the chapter that cites it', { tag: '@desktop-only' }, async ({ page }) => {
    const cited: { slug: string; id: string; n: string }[] = [];
    for (const slug of chapters) {
      await page.goto(`chapters/${slug}/`);
      const items = await page
        .locator('.footnotes li')
        .evaluateAll((lis) =>
          lis.map((li) => ({ n: li.id.replace('source-', ''), id: (li.querySelector('a[href*="/sources/#"]') as HTMLAnchorElement).href.split('#')[1]! })),
        );
      for (const it of items) cited.push({ slug, ...it });
    }
    expect(cited.length).toBeGreaterThan(10);
    await page.goto('sources/');
    for (const c of cited) {
      const entry = page.locator(`li.source[id="${c.id}"]`);
      await expect(entry, `${c.id} on the sources page`).toHaveCount(1);
      await expect(
        entry.locator(`[data-cited-in="${c.slug}"] a[href$="/chapters/${c.slug}/#source-${c.n}"]`),
        `${c.id} cited by ${c.slug} [${c.n}]`,
      ).toHaveCount(1);
    }
    await expect(page.locator('a[href$="/how-we-checked/"]').first()).toBeVisible();
  });

  test('sources and how-we-checked pages are axe clean and linked from the footer', async ({ page }) => {
    await page.goto('sources/');
    await axe(page, 'sources');
    await page.locator('.site-footer a[href$="/how-we-checked/"]').click();
    await expect(page).toHaveURL(/\/how-we-checked\/$/);
    await expect(page.locator('h1')).toHaveText('How we checked the numbers');
    // Every figure on the page is a Fact from the data, each with a footnote that lands.
    const facts = page.locator('.fact[data-fact]');
    expect(await facts.count()).toBeGreaterThan(20);
    for (const a of await page.locator('.fact sup a').all()) {
      const href = (await a.getAttribute('href'))!;
      await expect(page.locator(href)).toHaveCount(1);
    }
    await axe(page, 'how-we-checked');
  });
});

test('reader pages never scroll sideways (long URLs and tables wrap or scroll inside)', async ({ page }) => {
  for (const path of ['', 'glossary/', 'sources/', 'how-we-checked/', `chapters/${chapters[0]}/`]) {
    await page.goto(path);
    const [sw, vw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(sw, `/${path} is ${sw}px wide in a ${vw}px window`).toBeLessThanOrEqual(vw);
  }
});
