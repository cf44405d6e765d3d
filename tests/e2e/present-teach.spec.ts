/**
 * Educators: presenter mode by keyboard, the downloads (SVG, PNG, CSV) of every step,
 * the teaching page and the printable handouts.
 */
import type { Page } from '@playwright/test';
import { test, expect, axe, builtScenes, builtSteps, editionsOf } from './fixtures';
import { parseCsv } from '../helpers/csv';

const scenes = builtScenes();

/** The figure title and mark keys the server drew for a step (from its static embed page). */
async function serverFrame(page: Page, scene: string, step: string, edition = '') {
  const res = await page.request.get(`${edition}embed/${scene}/${step}/`);
  expect(res.ok()).toBe(true);
  const html = await res.text();
  const pick = (variant: 'w' | 'n') => {
    const svg = new RegExp(`<svg[^>]*>\\s*<title id="embed-${scene}-${variant}-title">([^<]*)</title>[\\s\\S]*?</svg>`).exec(html);
    expect(svg, `server SVG ${variant} of ${scene}/${step}`).not.toBeNull();
    const keys = [...svg![0].matchAll(/data-key="([^"]*)"/g)].map((m) => m[1]!).sort();
    return { title: decode(svg![1]!), keys };
  };
  return { wide: pick('w'), narrow: pick('n') };
}

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

async function presenterReady(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset['scrollyReady'] === 'true');
}

/** The presenter shows `step`: counter, URL, figure state, and the figure's frame (title; mark keys where they do not depend on size). */
async function expectPresenterAt(page: Page, scene: string, steps: string[], step: string, edition = '') {
  const i = steps.indexOf(step);
  const fig = page.locator(`figure[data-scene="${scene}"]`);
  await expect(fig).toHaveAttribute('data-current-step', step);
  await expect(page).toHaveURL(new RegExp(`/${edition}present/${scene}/#${step}$`));
  await expect(page.locator('[data-present-index]')).toHaveText(String(i + 1));
  const server = await serverFrame(page, scene, step, edition);
  const sameAtBothSizes = server.wide.keys.join('|') === server.narrow.keys.join('|');
  await expect
    .poll(async () => {
      const live = await fig.evaluate((f) => {
        const svg = f.querySelector('.scene-box svg')!;
        return {
          title: svg.querySelector('title')?.textContent ?? '',
          keys: [...svg.querySelectorAll('[data-key]:not([data-exiting])')].map((e) => e.getAttribute('data-key')!).sort(),
        };
      });
      if (live.title !== server.wide.title && live.title !== server.narrow.title) return `title ${live.title}`;
      if (sameAtBothSizes && live.keys.join('|') !== server.wide.keys.join('|')) return 'marks differ';
      return 'same';
    })
    .toBe('same');
  // The words beside the figure name what it now shows.
  await expect(page.locator('[data-present-what]')).toHaveText((await fig.locator('.scene-box svg title').textContent())!);
}

test.describe('presenter', () => {
  test('every key a keyboard or clicker sends moves the step; the URL follows; a reload stays put', { tag: '@desktop-only' }, async ({ page }) => {
    const scene = 'benchmark-bars';
    const steps = builtSteps(scene);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    await page.goto(`present/${scene}/`);
    await presenterReady(page);
    await expectPresenterAt(page, scene, steps, steps[0]!);
    const moves: [string, number][] = [
      ['ArrowRight', 1],
      ['PageDown', 2],
      ['ArrowLeft', 1],
      [' ', 2],
      ['ArrowDown', 3],
      ['Shift+ ', 2],
      ['ArrowUp', 1],
      ['PageUp', 0],
      ['End', steps.length - 1],
      ['PageDown', steps.length - 1],
      ['Home', 0],
      ['ArrowLeft', 0],
    ];
    for (const [key, at] of moves) {
      await page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
      await expectPresenterAt(page, scene, steps, steps[at]!);
    }
    await page.keyboard.press('End');
    await expectPresenterAt(page, scene, steps, steps.at(-1)!);
    await page.reload();
    await presenterReady(page);
    await expectPresenterAt(page, scene, steps, steps.at(-1)!);
    // A step in the address opens on that step.
    await page.goto(`present/${scene}/#${steps[2]}`);
    await presenterReady(page);
    await expectPresenterAt(page, scene, steps, steps[2]!);
  });

  // Every frame of every scene once, at desktop size (the phone project runs the key, notes and axe tests above and below).
  for (const scene of scenes) {
    test(
      `${scene}: steps through every frame with buttons and Page Down, offline once loaded, in each edition`,
      { tag: '@desktop-only' },
      async ({ page, context }) => {
        const steps = builtSteps(scene);
        for (const edition of editionsOf({ scene })) {
          // The buttons' names in the page's language (src/i18n/ui: present.prev, present.next).
          const [prev, next] = edition ? [/上一步/, /下一步/] : [/Previous/, /Next/];
          await page.goto(`${edition}present/${scene}/`);
          await presenterReady(page);
          await context.setOffline(true);
          const failed: string[] = [];
          // The browser re-asks for the tab's icon when the address changes; the page itself needs nothing.
          const onFailed = (r: { url(): string }) => {
            if (!r.url().endsWith('/favicon.svg')) failed.push(r.url());
          };
          page.on('requestfailed', onFailed);
          await expect(page.getByRole('button', { name: prev })).toBeDisabled();
          for (let i = 1; i < steps.length; i++) {
            if (i % 2) await page.keyboard.press('PageDown');
            else await page.getByRole('button', { name: next }).click();
            await expectPresenterAt(page, scene, steps, steps[i]!, edition);
          }
          await expect(page.getByRole('button', { name: next })).toBeDisabled();
          expect(failed, `${edition}: requests while offline`).toEqual([]);
          page.off('requestfailed', onFailed);
          await context.setOffline(false);
        }
      },
    );
  }

  test('speaker notes toggle with N and the button, and follow the step', async ({ page }) => {
    await page.goto('present/benchmark-bars/#coding');
    await presenterReady(page);
    const panel = page.locator('.present-notes');
    await expect(panel).toBeHidden();
    await page.keyboard.press('n');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('LiveCodeBench');
    await expect(page.getByRole('button', { name: 'Notes' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(panel).toContainText('Elo rating');
    await page.getByRole('button', { name: 'Notes' }).click();
    await expect(panel).toBeHidden();
  });

  test('the figure fills the screen and its type is large on a 1920x1080 projector', { tag: '@desktop-only' }, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('present/benchmark-bars/');
    await presenterReady(page);
    const box = await page.locator('figure[data-scene] .scene-box').boundingBox();
    expect(box!.height).toBeGreaterThan(1080 * 0.75);
    // The scene is laid out at 640 px and scaled: its 13 px labels are drawn at more than 20 px.
    const scale = await page.evaluate(() => {
      const svg = document.querySelector('figure[data-scene] .scene-box svg') as SVGSVGElement;
      return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    });
    expect(scale).toBeGreaterThan(1.6);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  });

  test('axe: presenter page, notes open', async ({ page }) => {
    await page.goto('present/moe-routing/');
    await presenterReady(page);
    await axe(page, 'presenter');
    await page.keyboard.press('n');
    await axe(page, 'presenter with notes');
  });
});

test.describe('presenter without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists every step as a static figure with its notes', { tag: '@desktop-only' }, async ({ page }) => {
    const steps = builtSteps('benchmark-bars');
    await page.goto('present/benchmark-bars/');
    await expect(page.locator('.present')).toBeHidden();
    const items = page.locator('.present-static-list > li');
    await expect(items).toHaveCount(steps.length);
    for (const [i, step] of steps.entries()) {
      const img = items.nth(i).locator('img');
      await expect(img).toHaveAttribute('src', new RegExp(`/downloads/benchmark-bars/${step}\\.svg$`));
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    }
    await expect(items.first()).toContainText('Notes:');
  });
});

/* ---------- downloads ---------- */

/** A table cell as the page shows it equals the CSV's raw value (numbers: the page rounds to 3 decimals and adds commas). */
function sameCell(shown: string, raw: string): boolean {
  if (shown === raw) return true;
  const a = Number(shown.replace(/,/g, ''));
  const b = Number(raw);
  return shown.trim() !== '' && raw.trim() !== '' && Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 0.0005 * Math.max(1, Math.abs(b));
}

// The files are the same whatever the screen: checked once, in the desktop project.
test.describe('downloads', { tag: '@desktop-only' }, () => {
  for (const scene of scenes) {
    test(`${scene}: every step's SVG parses, its PNG is 2x and not blank, its CSV holds the table's rows`, async ({ page }) => {
      const steps = builtSteps(scene);
      for (const step of steps) {
        await page.goto(`embed/${scene}/${step}/`);
        // The links under the figure point at this step's files.
        for (const ext of ['svg', 'png', 'csv']) {
          await expect(page.locator(`.figure-downloads a[href$="/downloads/${scene}/${step}.${ext}"]`)).toHaveCount(1);
        }
        const svg = await page.evaluate(async (href) => {
          const text = await (await fetch(href)).text();
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const root = doc.documentElement;
          return {
            error: doc.getElementsByTagName('parsererror').length > 0 ? doc.getElementsByTagName('parsererror')[0]!.textContent : null,
            name: root.nodeName,
            width: Number(root.getAttribute('width')),
            height: Number(root.getAttribute('height')),
            texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          };
        }, `../../../downloads/${scene}/${step}.svg`);
        expect(svg.error, `${scene}/${step}.svg parses`).toBeNull();
        expect(svg.name).toBe('svg');
        expect(
          svg.texts.some((t) => t.startsWith('Source: ')),
          'source line drawn as text',
        ).toBe(true);
        expect(
          svg.texts.some((t) => t.includes(`/embed/${scene}/${step}/`)),
          'credit line with the URL',
        ).toBe(true);

        const png = await page.evaluate(async (href) => {
          const blob = await (await fetch(href)).blob();
          const bmp = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bmp.width, bmp.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bmp, 0, 0);
          const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
          const colours = new Set<number>();
          let dark = 0;
          for (let i = 0; i < data.length; i += 4 * 13) {
            colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
            if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
          }
          return { type: blob.type, width: bmp.width, height: bmp.height, colours: colours.size, dark };
        }, `../../../downloads/${scene}/${step}.png`);
        expect(png.type).toBe('image/png');
        expect([png.width, png.height], `${scene}/${step}.png is 2x the figure`).toEqual([svg.width * 2, svg.height * 2]);
        expect(png.colours, 'distinct colours').toBeGreaterThan(8);
        expect(png.dark, 'dark (text) pixels').toBeGreaterThan(100);

        const csvText = await (await page.request.get(`downloads/${scene}/${step}.csv`)).text();
        const csv = parseCsv(csvText.replace(/^\ufeff/, ''));
        const shown = await page.evaluate(() => {
          const table = document.querySelector('.scene-data table')!;
          const head = [...table.querySelectorAll('thead th')].map((c) => c.textContent ?? '');
          // A Source cell shows titles linked to /sources/; the CSV carries their ids (data-source-id).
          const cellText = (c: Element) => {
            const ids = [...c.querySelectorAll<HTMLElement>('a[data-source-id]')].map((a) => a.dataset['sourceId']!);
            return ids.length ? ids.join('; ') : (c.textContent ?? '');
          };
          const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map(cellText));
          return { head, rows };
        });
        expect(csv[0], 'CSV header').toEqual(shown.head);
        expect(csv.length - 1, 'CSV rows').toBe(shown.rows.length);
        shown.rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            const text = csv[r + 1]![c]!.replace(/^'(?=[=+@])/, '');
            // Source ids: the CSV keeps the data's own separator ("A, B"), the page lists them "A; B".
            const raw = /^[A-Z0-9_]+(; [A-Z0-9_]+)*$/.test(cell) ? text.split(/\s*[,;]\s*/).join('; ') : text;
            expect(sameCell(cell, raw), `${scene}/${step}.csv row ${r + 1} col ${c + 1}: page "${cell}", csv "${raw}"`).toBe(true);
          });
        });
      }
    });
  }

  test('the download links follow the step on a live figure', async ({ page }) => {
    const steps = builtSteps('benchmark-bars');
    await page.goto('embed/benchmark-bars/');
    await page.waitForFunction(() => document.documentElement.dataset['scrollyReady'] === 'true');
    await page.locator(`[data-goto-step="${steps[2]}"]`).click();
    await expect(page.locator('figure[data-scene]')).toHaveAttribute('data-current-step', steps[2]!);
    await expect(page.locator('.figure-downloads a').first()).toHaveAttribute('href', new RegExp(`/downloads/benchmark-bars/${steps[2]}\\.svg$`));
    await expect(page.locator('.figure-downloads a').first()).toHaveAttribute('download', `benchmark-bars-${steps[2]}.svg`);
    await expect(page.locator('a.figure-present')).toHaveAttribute('href', new RegExp(`/present/benchmark-bars/#${steps[2]}$`));
  });
});

/* ---------- teaching page and handouts ---------- */

test.describe('teaching page', () => {
  test('lists every scene with a thumbnail, its steps, downloads, embed code and presenter link', { tag: '@desktop-only' }, async ({ page }) => {
    await page.goto('teach/');
    for (const scene of scenes) {
      const section = page.locator(`#scene-${scene}`);
      await expect(section).toHaveCount(1);
      const thumb = section.locator('img.teach-thumb');
      await thumb.scrollIntoViewIfNeeded();
      await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
      const steps = builtSteps(scene);
      const rows = section.locator('.teach-steps tbody tr');
      await expect(rows).toHaveCount(steps.length);
      for (const [i, step] of steps.entries()) {
        await expect(rows.nth(i).locator(`a[href$="/embed/${scene}/${step}/"]`)).toHaveCount(1);
        for (const ext of ['svg', 'png', 'csv']) await expect(rows.nth(i).locator(`a[href$="/downloads/${scene}/${step}.${ext}"]`)).toHaveCount(1);
      }
      await expect(section.locator(`a[href$="/present/${scene}/"]`)).toHaveCount(1);
      const snippet = await section.locator('.teach-snippet').textContent();
      // Without SITE_URL the snippet names a path (src/lib/public-url.ts); with it, the full address.
      expect(snippet).toMatch(new RegExp(`^<iframe src="[^"]*/embed/${scene}/" title="[^"]+"`));
      await expect(section.locator('.cite-apa')).toContainText('[Interactive figure]');
    }
    // Every link on the page to our own files answers.
    const hrefs = await page.$$eval('main a[href^="/"], main img[src^="/"]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('href') ?? e.getAttribute('src')!)),
    ]);
    for (const h of hrefs) {
      const res = await page.request.get(new URL(h, page.url()).href);
      expect(res.status(), h).toBe(200);
    }
  });

  test('every chapter has goals, discussion and a quiz whose answers start folded', { tag: '@desktop-only' }, async ({ page }) => {
    await page.goto('teach/');
    const chapters = page.locator('.teach-chapter');
    expect(await chapters.count()).toBeGreaterThanOrEqual(7);
    for (const c of await chapters.all()) {
      expect(await c.locator('h4:has-text("Learning goals") + ul > li').count()).toBeGreaterThanOrEqual(2);
      expect(await c.locator('h4:has-text("Discussion") + ol > li').count()).toBeGreaterThanOrEqual(2);
      const quiz = c.locator('.teach-quiz > li');
      expect(await quiz.count()).toBeGreaterThanOrEqual(2);
      const answer = quiz.first().locator('details');
      await expect(answer).not.toHaveAttribute('open', '');
      await expect(answer.locator('p')).toBeHidden();
      await answer.locator('summary').click();
      await expect(answer.locator('p')).toBeVisible();
      await expect(c.locator('a[href*="/handout/"]')).toHaveCount(1);
    }
  });

  test('axe: teaching page', { tag: '@desktop-only' }, async ({ page }) => {
    await page.goto('teach/');
    await axe(page, 'teaching page');
  });
});

test.describe('handouts', () => {
  test('each chapter handout prints on one page with goals, figure, questions, quiz and answer key', { tag: '@desktop-only' }, async ({ page }, info) => {
    await page.goto('teach/');
    const handouts = await page.$$eval('.teach-chapter a[href*="/handout/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(handouts.length).toBeGreaterThanOrEqual(7);
    for (const href of handouts) {
      await page.goto(href);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.handout-screen-note')).toBeHidden();
      await expect(page.locator('.handout h1')).toBeVisible();
      expect(await page.locator('.handout-goals li').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('.handout-discuss li').count()).toBeGreaterThanOrEqual(2);
      const questions = await page.locator('.handout-quiz li').count();
      expect(questions).toBeGreaterThanOrEqual(2);
      await expect(page.locator('.handout-key li')).toHaveCount(questions);
      // The quiz itself shows no answers: the answer key holds them.
      const quizText = await page.locator('.handout-quiz').innerText();
      const firstAnswer = await page.locator('.handout-key li').first().innerText();
      expect(quizText).not.toContain(firstAnswer.slice(0, 40));
      const fig = page.locator('.handout-figure img');
      if (await fig.count()) await expect.poll(() => fig.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      if (info.project.name === 'desktop') {
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await page.pdf({ format, printBackground: true });
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          expect(pages, `${href} on ${format}`).toBe(1);
        }
      }
      await page.emulateMedia({ media: 'screen' });
    }
    await page.goto(handouts[4] ?? handouts[0]!);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: info.outputPath(`handout-print-${info.project.name}.png`), fullPage: true });
  });

  test('axe: a handout on screen', { tag: '@desktop-only' }, async ({ page }) => {
    await page.goto('teach/benchmarks/handout/');
    await axe(page, 'handout');
  });
});

test(
  'Cite this on a chapter: APA and BibTeX with the absolute URL under the base path (none without SITE_URL)',
  { tag: '@desktop-only' },
  async ({ page, baseURL }) => {
    await page.goto('chapters/benchmarks/');
    const apa = await page.locator('.cite-this .cite-apa').innerText();
    await page.locator('.cite-bibtex summary').click();
    const bib = await page.locator('.cite-bibtex code').innerText();
    expect(bib).toMatch(/^@misc\{r1explained-benchmarks,/);
    if (process.env.SITE_URL) {
      const expected = new URL('chapters/benchmarks/', new URL(process.env.BASE_PATH ?? '/', process.env.SITE_URL)).href;
      expect(apa).toContain('R1, Explained. (n.d.). How well does R1 score? Retrieved ');
      expect(apa).toContain(`, from ${expected}`);
      expect(bib).toContain(`url = {${expected}}`);
    } else {
      // Built without SITE_URL the public address is unknown: the reference names none (never a local one).
      expect(apa.trim()).toBe('APA: R1, Explained. (n.d.). How well does R1 score?');
      expect(bib).not.toMatch(/url|localhost/);
      expect(bib).toMatch(/note = \{Accessed \d{4}-\d\d-\d\d\}/);
    }
    expect(baseURL).toBeTruthy();
  },
);
