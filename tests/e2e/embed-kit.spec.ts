/**
 * The embed kit with real clients: host pages on a second local origin embedding a
 * scene as a plain iframe (the snippet as we hand it out), with the Pym.js parent
 * library from npm, and with our loader script; an oEmbed consumer from npm
 * (unfurl.js) discovering and reading our oEmbed JSON; hostile query strings; the
 * Embed dialog by keyboard; axe on the embed pages and the dialog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unfurl } from 'unfurl.js';
import type { Frame, Page } from '@playwright/test';
import { expect, ready, axe, builtScenes, builtSteps } from './fixtures';
import { test, hostHtml } from './host-page';
import { HOSTILE_QUERIES } from '../helpers/hostile-queries';

const dist = process.env.DIST_DIR ?? 'dist';
const scenes = builtScenes();
const first = scenes[0]!;

interface OEmbed {
  type: string;
  version: string;
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}
const oembedOf = (path: string, edition = ''): OEmbed => JSON.parse(readFileSync(join(dist, edition, 'oembed', path), 'utf8'));

/** An oEmbed thumbnail names a PNG of the build, with that PNG's own size (from its IHDR header). */
function expectThumbnail(o: OEmbed) {
  expect(o.thumbnail_url, 'thumbnail_url').toBeTruthy();
  expect(o.thumbnail_url!.startsWith(builtSite), `${o.thumbnail_url} is on the built site`).toBe(true);
  const png = readFileSync(join(dist, o.thumbnail_url!.slice(builtSite.length)));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: o.thumbnail_width, height: o.thumbnail_height });
}

/** The site the build was made for (SITE_URL + BASE_PATH), as the snippets name it. */
const builtSite = oembedOf(`${first}.json`).provider_url;

/** Our snippet as we hand it out, pointed at the server under test instead of the public site. */
function snippetHere(html: string, baseURL: string): string {
  expect(html.startsWith(`<iframe src="${builtSite}`), `snippet points at the built site ${builtSite}`).toBe(true);
  return html.replaceAll(builtSite, baseURL);
}

async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
  // The frame may be between documents when first polled (no root element yet): keep polling then.
  await frame.waitForFunction(() => (document.documentElement as HTMLElement | null)?.dataset['scrollyReady'] === 'true');
  return frame;
}

/** Heights: the iframe element on the host, the content inside, and whether the inside scrolls. */
async function heights(page: Page, frame: Frame) {
  const iframe = await page
    .locator('iframe')
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
  }));
  return { iframe: Math.round(iframe), ...inner, scrolls: inner.scrollHeight > inner.clientHeight };
}

/** Wait until the iframe is exactly as tall as its content, with no scroll bar inside. */
async function expectSized(page: Page, frame: Frame) {
  await expect
    .poll(
      async () => {
        const h = await heights(page, frame);
        return !h.scrolls && Math.abs(h.iframe - h.content) <= 2 ? 'sized' : JSON.stringify(h);
      },
      { timeout: 10_000 },
    )
    .toBe('sized');
  return heights(page, frame);
}

// The host-page and page-level tests need one viewport; the dialog runs on both projects.
/** Viewport-independent, or sets its own viewports: the desktop project only (the phone project leaves out @desktop-only). */
const desktopOnly = { tag: '@desktop-only' };

test.describe('embed pages on their own', desktopOnly, () => {
  test('query options: theme, controls, step apply; Pym.js parameters are accepted silently', async ({ page }) => {
    const steps = builtSteps(first);
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    await page.goto(
      `embed/${first}/?theme=dark&controls=0&step=${steps[1]}&initialWidth=600&childId=lesson-fig&parentTitle=A%20%22lesson%22&parentUrl=https%3A%2F%2Flms.example%2Fc%3Fid%3D1`,
    );
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.scene-controls')).toBeHidden();
    const fig = page.locator(`figure[data-scene="${first}"]`);
    await expect(fig).toHaveAttribute('data-current-step', steps[1]!);
    // controls=0: the arrow keys do not step either. A listener on window runs after the
    // page's own (on document) have handled the key: once it has seen the key, the step
    // must be unchanged and the key not taken (no sleep: a slow handler cannot pass late).
    await page.evaluate(() => window.addEventListener('keydown', (e) => ((window as unknown as { __key: string }).__key = `${e.key}:${e.defaultPrevented}`)));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __key?: string }).__key)).toBe('ArrowRight:false');
    await expect(fig).toHaveAttribute('data-current-step', steps[1]!);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 19, 22)');
    expect(messages, 'no console output for valid options').toEqual([]);
  });

  test('a step page opens on its step and steps through the scene with JavaScript', async ({ page }) => {
    const steps = builtSteps(first);
    await page.goto(`embed/${first}/${steps[2]}/?theme=light`);
    await ready(page);
    const fig = page.locator(`figure[data-scene="${first}"]`);
    await expect(fig).toHaveAttribute('data-current-step', steps[2]!);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await fig.locator(`[data-goto-step="${steps[0]}"]`).click();
    await expect(fig).toHaveAttribute('data-current-step', steps[0]!);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/embed/${first}/${steps[2]}/$`));
  });

  // The step page meets every query; the scene's first page, where a bad step must fall back to the first
  // step rather than keep one, meets those that attack the step (theme and controls are read the same way on both).
  for (const [path, queries] of [
    [`embed/${first}/`, HOSTILE_QUERIES.filter((q) => /step/.test(q))],
    [`embed/${first}/${builtSteps(first)[1]}/`, HOSTILE_QUERIES],
  ] as const) {
    test(`hostile query strings fall back to defaults on ${path}: nothing runs, nothing reflected, no errors`, async ({ page }) => {
      expect(queries.length, 'queries to try').toBeGreaterThan(3);
      const steps = builtSteps(first);
      const expectedStep = path.endsWith(`${first}/`) ? steps[0] : steps[1];
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const bad: string[] = [];
      page.on('console', (m) => {
        if (m.type() !== 'info') bad.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => bad.push(`pageerror: ${e.message}`));
      for (const q of queries) {
        const label = q.length > 50 ? `${q.slice(0, 50)}… (${q.length})` : q;
        const res = await page.goto(path + q);
        expect(res?.status(), label).toBe(200);
        await ready(page);
        const fig = page.locator(`figure[data-scene="${first}"]`);
        await expect(fig, label).toHaveAttribute('data-current-step', expectedStep!);
        const state = await page.evaluate(() => ({
          theme: document.documentElement.getAttribute('data-theme'),
          controls: document.documentElement.getAttribute('data-embed-controls'),
          buttons: getComputedStyle(document.querySelector('.scene-controls')!).display,
          html: document.documentElement.outerHTML,
          xss: (window as unknown as { __xss?: unknown }).__xss,
        }));
        expect(state.theme, label).toBeNull();
        expect(state.controls, label).toBeNull();
        expect(state.buttons, label).not.toBe('none');
        expect(state.html, label).not.toMatch(/alert\(1\)|onerror=|onload=alert|aaaaaaaaaa|xxxxxxxxxx|cccccccccc/);
        expect(state.xss, label).toBeUndefined();
      }
      expect(dialogs, 'no script from the query ran').toBe(0);
      expect(bad, 'no console errors or warnings').toEqual([]);
    });
  }

  test('embed pages: frameable (no frame-blocking meta), no cookies, no storage, visible keyboard focus', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __storage: string[] };
      w.__storage = [];
      for (const m of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
        const orig = Storage.prototype[m] as (...a: unknown[]) => unknown;
        Storage.prototype[m] = function (this: Storage, ...a: unknown[]) {
          w.__storage.push(m);
          return orig.apply(this, a);
        } as never;
      }
      const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(Document.prototype, 'cookie', {
        get() {
          w.__storage.push('cookie read');
          return desc.get!.call(this);
        },
        set(v) {
          w.__storage.push('cookie write');
          desc.set!.call(this, v);
        },
      });
    });
    for (const scene of scenes) {
      for (const path of [`embed/${scene}/`, `embed/${scene}/${builtSteps(scene)[0]}/?controls=0`]) {
        await page.goto(path);
        await ready(page);
        const metas = await page.$$eval('meta[http-equiv]', (ms) => ms.map((m) => `${m.getAttribute('http-equiv')}: ${m.getAttribute('content')}`));
        // The page's CSP meta says nothing about framing (only the header can: frame-ancestors *).
        expect(
          metas.filter((m) => /x-frame-options|frame-ancestors/i.test(m)),
          path,
        ).toEqual([]);
        if (!path.includes('controls=0')) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const s = getComputedStyle(el);
            return {
              tag: el.tagName,
              inFigure: !!el.closest('figure'),
              outline: s.outlineStyle,
              width: parseFloat(s.outlineWidth),
              goto: el.dataset['gotoStep'],
            };
          });
          expect(focus.tag, `${path}: Tab reaches a control`).toMatch(/^(A|BUTTON|INPUT|SUMMARY)$/);
          expect(focus.inFigure, `${path}: the first Tab stop is in the figure`).toBe(true);
          expect(focus.outline, `${path}: focus is visible`).not.toBe('none');
          expect(focus.width).toBeGreaterThanOrEqual(2);
          await page.keyboard.press('Enter');
          // Storage is checked once the control has done its work: a step button has moved the figure.
          if (focus.goto) await expect(page.locator('figure[data-scene]').first()).toHaveAttribute('data-current-step', focus.goto);
        }
        expect(await page.evaluate(() => (window as unknown as { __storage: string[] }).__storage), `${path}: storage or cookies touched`).toEqual([]);
        const cookies = await page.context().cookies();
        expect(cookies).toEqual([]);
      }
    }
  });

  test('axe: embed pages in both themes, still and with buttons', async ({ page }) => {
    const steps = builtSteps(first);
    for (const q of ['?theme=dark', '?theme=light&controls=0']) {
      await page.goto(`embed/${first}/${steps[1]}/${q}`);
      await ready(page);
      await axe(page, `embed ${first} ${q}`);
    }
  });
});

test.describe('oEmbed', desktopOnly, () => {
  test('every scene and step has an oEmbed JSON; embed pages link theirs with an absolute URL', async ({ page }) => {
    for (const scene of scenes) {
      const all = oembedOf(`${scene}.json`);
      expect(all).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'R1, Explained', provider_url: builtSite, width: 720 });
      expect(all.html).toMatch(
        new RegExp(`^<iframe src="${builtSite}embed/${scene}/" title="[^"]+" width="100%" height="${all.height}" [^<>]*loading="lazy"[^<>]*></iframe>$`),
      );
      expectThumbnail(all);
      for (const step of builtSteps(scene)) {
        const one = oembedOf(`${scene}/${step}.json`);
        expect(one.type).toBe('rich');
        expectThumbnail(one);
        expect(one.html).toContain(step === builtSteps(scene)[0] ? `src="${builtSite}embed/${scene}/"` : `src="${builtSite}embed/${scene}/${step}/"`);
      }
    }
    await page.goto(`embed/${first}/`);
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute('href', `${builtSite}oembed/${first}.json`);
    const step = builtSteps(first)[1]!;
    await page.goto(`embed/${first}/${step}/`);
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute('href', `${builtSite}oembed/${first}/${step}.json`);
  });

  test('unfurl.js (an oEmbed consumer from npm) discovers and reads our oEmbed', async ({ baseURL }) => {
    // unfurl fetches the page, finds the discovery <link> and fetches the JSON it names.
    // The build names its public site; this fetch maps that host to the server under
    // test, as DNS would, and counts what was fetched.
    const fetched: string[] = [];
    const mapped = ((u: string) => {
      fetched.push(u);
      return fetch(u.replace(builtSite, baseURL!));
    }) as never;
    for (const path of [`embed/${first}/`, `embed/${first}/${builtSteps(first)[1]}/`]) {
      const meta = await unfurl(`${builtSite}${path}`, { fetch: mapped, oembed: true });
      const o = meta.oEmbed as { type: string; html?: string; title: string; version: string } | undefined;
      expect(o, `${path}: unfurl found our oEmbed`).toBeDefined();
      expect(o!.type).toBe('rich');
      expect(o!.version).toBe('1.0');
      expect(o!.html).toContain(`<iframe src="${builtSite}${path}"`);
    }
    expect(fetched).toContain(`${builtSite}oembed/${first}.json`);
  });
});

test.describe('host pages on another origin', desktopOnly, () => {
  for (const scene of scenes) {
    test(`(a) the plain iframe snippet of ${scene}, both editions: renders, has a title, and its fixed height shows the whole figure at 320–720 px`, async ({
      page,
      host,
      baseURL,
    }) => {
      for (const opts of [
        { file: `${scene}.json`, label: 'all steps', edition: '' },
        { file: `${scene}/${builtSteps(scene).at(-1)}.json`, label: 'last step', edition: '' },
        // The Chinese edition's snippet: its own page, its own words, the same fixed-height promise.
        { file: `${scene}.json`, label: 'all steps, Chinese', edition: 'zh' },
      ]) {
        const snippet = snippetHere(oembedOf(opts.file, opts.edition).html, baseURL!);
        const url = host.page(`/plain-${scene}.html`, hostHtml(`Plain iframe: ${scene}`, snippet));
        await page.setViewportSize({ width: 720, height: 900 });
        await page.goto(url);
        const iframe = page.locator('iframe');
        await expect(iframe).toHaveAttribute('title', /\S{3,}/);
        const frame = await embedFrame(page);
        await expect(frame.locator(`figure[data-scene="${scene}"] svg`).first()).toBeVisible();
        const fixed = Number(await iframe.getAttribute('height'));
        const contents: number[] = [];
        for (const width of [320, 390, 480, 600, 720]) {
          await page.setViewportSize({ width, height: 900 });
          await expect
            .poll(
              async () =>
                (await heights(page, frame)).scrolls ? `${scene} ${opts.label} at ${width}px: ${JSON.stringify(await heights(page, frame))}` : 'fits',
              { timeout: 5000 },
            )
            .toBe('fits');
          contents.push((await heights(page, frame)).content);
        }
        // Not a vast empty box either: within 25% of the tallest content.
        expect(fixed, `${scene} ${opts.label}: snippet height ${fixed} vs content ${contents.join('/')}`).toBeLessThanOrEqual(Math.max(...contents) * 1.25);
      }
    });
  }

  test('(b) Pym.js parent (pym.v1.min.js from npm) sizes our iframe as the width changes', async ({ page, host, baseURL }) => {
    const src = `${baseURL}embed/${first}/`;
    const url = host.page(
      '/pym.html',
      hostHtml('Pym host', `<div id="lesson-figure" data-pym-src="${src}" data-pym-title="Embedded figure"></div><script src="/pym.v1.min.js"></script>`),
    );
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(url);
    const iframe = page.locator('#lesson-figure iframe');
    await expect(iframe).toHaveAttribute('src', /childId=lesson-figure/);
    await expect(iframe).toHaveAttribute('title', 'Embedded figure');
    const frame = await embedFrame(page);
    const wide = await expectSized(page, frame);
    await page.setViewportSize({ width: 400, height: 800 });
    const narrow = await expectSized(page, frame);
    expect(narrow.iframe, 'the iframe grew when the column narrowed').not.toBe(wide.iframe);
    // Content grows (a details element opens): the host follows.
    await frame.locator('.scene-data summary').click();
    const open = await expectSized(page, frame);
    expect(open.iframe).toBeGreaterThan(narrow.iframe);
  });

  test('(c) our loader script sizes the snippet iframe, and ignores messages from elsewhere', async ({ page, host, baseURL }) => {
    const snippet = snippetHere(oembedOf(`${first}.json`).html, baseURL!);
    const url = host.page('/loader.html', hostHtml('Loader host', `${snippet}<script src="${baseURL}embed.js" async></script>`));
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(url);
    const frame = await embedFrame(page);
    const wide = await expectSized(page, frame);
    const fixed = Number(oembedOf(`${first}.json`).height);
    expect(wide.iframe, 'the loader replaced the fixed snippet height').not.toBe(fixed);
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await expectSized(page, frame);
    expect(narrow.iframe, 'the iframe height changed with the column width').not.toBe(wide.iframe);
    // Keyboard: Tab from the host page goes into the iframe, to a visibly focused control, and Enter works there.
    let inside = false;
    for (let i = 0; i < 6 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body);
    }
    expect(inside, 'Tab reaches a control inside the iframe').toBe(true);
    const focus = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { outline: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) };
    });
    expect(focus.outline).not.toBe('none');
    expect(focus.width).toBeGreaterThanOrEqual(2);
    // Tab on to a step button that is not the current step; Enter shows that step.
    let target: string | null = null;
    for (let i = 0; i < 8 && !target; i++) {
      target = await frame.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.matches('[data-goto-step]:not([aria-current])') ? el.dataset['gotoStep']! : null;
      });
      if (!target) await page.keyboard.press('Tab');
    }
    expect(target, 'a step button is reachable by Tab inside the iframe').not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(frame.locator('figure[data-scene]')).toHaveAttribute('data-current-step', target!);
    // A forged height message from the host page's own origin is ignored.
    const settled = await expectSized(page, frame);
    // A probe posted after the forged message reaches a listener added after the loader's:
    // once it arrives, the loader has handled the forged one (messages arrive in order).
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          window.addEventListener('message', (e) => e.data === 'r1-test-probe' && done());
          window.postMessage('pymxPYMxr1xPYMxheightxPYMx5', '*');
          window.postMessage('r1-test-probe', '*');
        }),
    );
    expect((await heights(page, frame)).iframe).toBe(settled.iframe);
  });

  test('(c) the loader also finds iframes by src, and sizes one that loaded before it', async ({ page, host, baseURL }) => {
    const snippet = snippetHere(oembedOf(`${first}.json`).html, baseURL!)
      .replace(' data-r1-embed', '')
      .replace(' loading="lazy"', '');
    const url = host.page('/late-loader.html', hostHtml('Late loader', `${snippet}<button id="add">add loader</button>`));
    await page.goto(url);
    // embedFrame waits until the frame's page is ready: it has loaded, before the loader exists.
    const frame = await embedFrame(page);
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.body.append(s);
    }, `${baseURL}embed.js`);
    await expectSized(page, frame);
  });
});

test.describe('the Embed dialog in a chapter', () => {
  test('by keyboard: open, pick step and theme, copy, Escape returns focus; axe clean', async ({ page, baseURL, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('chapters/benchmarks/');
    await ready(page);
    const button = page.locator('[data-embed-open]').first();
    await expect(button).toBeVisible();
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-labelledby', /.+/);
    const name = await dialog.evaluate((d) => document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent);
    expect(name).toMatch(/^Embed “.+”$/);
    const scene = JSON.parse((await dialog.getAttribute('data-embed-scene'))!) as { name: string; steps: { id: string }[] };
    // Focus starts inside the dialog; Tab to the step select and choose the third step with the keyboard.
    const select = dialog.locator('select[data-embed-step]');
    for (let i = 0; i < 6 && !(await select.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(select).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue(scene.steps[2]!.id);
    // Tab to the step-buttons checkbox, turn it off; then the theme radios: Dark.
    await page.keyboard.press('Tab');
    await expect(dialog.locator('[data-embed-controls]')).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(dialog.locator('input[value="auto"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(dialog.locator('input[value="dark"]')).toBeChecked();
    const code = dialog.locator('textarea[data-embed-code]');
    // Built with SITE_URL, the snippet names the public site; without it (a local build), the address the page is served from.
    const dialogSite = (await dialog.getAttribute('data-embed-site')) ? builtSite : new URL(baseURL!).origin + (process.env.BASE_PATH ?? '/');
    if (!(await dialog.getAttribute('data-embed-site'))) expect(builtSite, 'no SITE_URL: oEmbed names the local default').toMatch(/^http:\/\/localhost/);
    const want = `${dialogSite}embed/${scene.name}/${scene.steps[2]!.id}/?controls=0&amp;theme=dark`;
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${want.replace(/[?.]/g, '\\$&')}" title="[^"]+: [^"]+" width="100%" height="\\d+" `));
    // The preview shows that still step, dark, from this site.
    const preview = dialog.locator('iframe[data-embed-preview]');
    await expect(preview).toHaveAttribute('src', new RegExp(`embed/${scene.name}/${scene.steps[2]!.id}/\\?controls=0&theme=dark$`));
    const pf = page.frameLocator('iframe[data-embed-preview]');
    await expect(pf.locator(`figure[data-scene="${scene.name}"]`)).toHaveAttribute('data-current-step', scene.steps[2]!.id);
    await expect(pf.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Copy: the clipboard holds the snippet, and "Copied" is announced.
    await dialog.locator('[data-embed-copy]').focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('[role="status"]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await axe(page, 'embed dialog');
    // Escape closes, focus returns to the button.
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('without clipboard access, Copy selects the snippet and says how to copy', { tag: '@desktop-only' }, async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto('chapters/benchmarks/');
    await ready(page);
    await page.locator('[data-embed-open]').first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('[data-embed-copy]').click();
    await expect(dialog.locator('[role="status"]')).toContainText('Ctrl+C');
    const selected = await page.evaluate(() => {
      const t = document.querySelector<HTMLTextAreaElement>('dialog[open] textarea')!;
      return t === document.activeElement && t.selectionStart === 0 && t.selectionEnd === t.value.length;
    });
    expect(selected).toBe(true);
  });

  test(
    'every chapter figure has the Embed control; without JavaScript it is a link to the embed page',
    { tag: '@desktop-only' },
    async ({ page, browser, baseURL }) => {
      await page.goto('chapters/benchmarks/');
      await ready(page);
      const figs = await page.locator('.scrolly figure[data-scene]').count();
      expect(figs).toBeGreaterThan(0);
      await expect(page.locator('.scrolly [data-embed-open]:visible')).toHaveCount(figs);
      const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const p = await ctx.newPage();
      await p.goto('chapters/benchmarks/');
      await expect(p.locator('[data-embed-open]:visible')).toHaveCount(0);
      const link = p.locator('.figure-embed a').first();
      await expect(link).toHaveText('Embed this figure');
      await link.click();
      await expect(p.locator('figure[data-scene]')).toBeVisible();
      expect(p.url()).toMatch(/\/embed\/[a-z0-9-]+\/$/);
      await ctx.close();
    },
  );
});
