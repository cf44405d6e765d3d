import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { sourceChapters, sourceScenes, sourceSteps, sourceZhChapters } from './sources';

/** Console text of a Content Security Policy report, as Chromium, Firefox and WebKit word it. */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|securitypolicyviolation/i;

/**
 * In every page, before any of its own scripts: report each CSP violation to the console
 * with a fixed prefix (the event also names what was blocked where the engine's own
 * console message may not).
 */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

/**
 * Every test fails if the page asks any host but our own server. Tests that need a
 * second local origin (a host page embedding us) list it in `allowedOrigins`.
 *
 * Every test also fails on a Content Security Policy violation or an uncaught page error,
 * in any page of any context it opens (contexts made with browser.newContext included).
 * A test that provokes violations on purpose lists them in `expectedCspViolations`;
 * `cspViolations` holds what was seen, for tests that assert on it.
 */
export const test = base.extend<{ foreignRequests: string[]; allowedOrigins: string[]; expectedCspViolations: RegExp[]; cspViolations: string[] }>({
  allowedOrigins: [[], { option: true }],
  expectedCspViolations: [[], { option: true }],
  cspViolations: [
    async ({ context, browser, expectedCspViolations }, use) => {
      const seen: string[] = [];
      const watch = async (ctx: BrowserContext) => {
        await ctx.addInitScript(reportViolations);
        ctx.on('console', (m) => {
          if ((m.type() === 'error' || m.type() === 'warning') && CSP_MESSAGE.test(m.text())) seen.push(`${m.text()} (${m.location().url})`);
        });
        ctx.on('weberror', (e) => seen.push(`page error: ${e.error().message}`));
      };
      await watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
        const ctx = await newContext.apply(browser, args);
        await watch(ctx);
        return ctx;
      };
      try {
        await use(seen);
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = seen.filter((v) => !expectedCspViolations.some((re) => re.test(v)));
      expect(unexpected, 'Content Security Policy violations and page errors').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const origins = [new URL(baseURL!).origin, ...allowedOrigins];
      const foreign: string[] = [];
      page.on('request', (r) => {
        const u = r.url();
        if (!origins.some((o) => u.startsWith(o + '/')) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:')) foreign.push(u);
      });
      await use(foreign);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Chapter slugs, scene names and step ids, from the sources (tests/e2e/sources.ts), not
 * from dist/: a page missing from the build fails the tests that visit it
 * (tests/e2e/sources.spec.ts names it), instead of removing them.
 */
export function builtChapters(): string[] {
  return sourceChapters;
}

/**
 * The editions a page exists in, as address prefixes: '' (English) and 'zh/' (Chinese). Every
 * scene's embed and presenter pages exist in both; a chapter in Chinese once it is translated.
 */
export function editionsOf(page: { chapter: string } | { scene: string }): ('' | 'zh/')[] {
  return 'scene' in page || sourceZhChapters.includes(page.chapter) ? ['', 'zh/'] : [''];
}

/** Scene names (src/scenes/<name>/index.ts); each has embed pages. */
export function builtScenes(): string[] {
  return sourceScenes;
}

/** Step ids of a scene, in order, from its module. */
export function builtSteps(scene: string): string[] {
  return sourceSteps(scene);
}

/** The scroll scripts have wired up the page. */
export async function ready(page: Page) {
  const driven = await page.locator('[data-scrolly], [data-stepper]').count();
  if (driven === 0) return;
  await page.waitForFunction(() => document.documentElement.dataset['scrollyReady'] === 'true');
}

const AXE_SOURCE = axeCore.source;

type Violation = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };

/**
 * axe-core's rules (all of them, as AxeBuilder runs them) on the page, the server-rendered
 * step copies left out (each is checked where it is the live figure). axe is injected once
 * per document and run in place: @axe-core/playwright's analyze() injects it again on every
 * call and opens a blank page to merge frame results, 2–5 s a call on a long chapter against
 * 0.3–1 s. A page with a loaded frame (a host page embedding us, the Embed dialog's preview
 * once open) still goes through AxeBuilder, which reaches into frames.
 * `within` (a selector) checks only that part of the page: after a step change, the section the
 * step changed (its figure, caption, table and cards), once the whole page has been checked. On a
 * long chapter most of axe's time is spent on text that a step change leaves as it was.
 */
export async function axe(page: Page, label: string, within?: string) {
  let violations: Violation[];
  // Judge the page a reader sees once it settles, not a colour mid-fade (CSS transitions on load).
  // Only animations on the document's clock settle: the reading-progress bar runs on the scroll's
  // timeline and is 'running' for as long as the page is open (waiting on it cost the full 3 s a call).
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.timeline !== document.timeline), undefined, { timeout: 3000 })
    .catch(() => undefined);
  // The Embed dialog's preview frame stays about:blank until the dialog opens: nothing to check in it.
  const framed = page.frames().some((f) => f !== page.mainFrame() && f.url() !== 'about:blank');
  if (framed) {
    const builder = new AxeBuilder({ page }).exclude('.step-static');
    violations = (await (within ? builder.include(within) : builder).analyze()).violations;
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    violations = await page.evaluate(async (within) => {
      const w = window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } };
      if (within && !document.querySelector(within)) throw new Error(`axe: nothing on the page matches ${within}`);
      // The step copies are never shown with JavaScript on (display: none; each is checked where it is
      // the live figure), yet they are two thirds of a chapter's elements and axe walks every element
      // of the document whatever the context: they are taken out while it runs and put back in place.
      const copies = [...document.querySelectorAll('.step-static')].map((e) => ({ e, parent: e.parentNode!, next: e.nextSibling }));
      for (const { e } of copies) e.remove();
      let r: { violations: Violation[] };
      try {
        r = await w.axe.run(within ? { include: [within] } : document, { resultTypes: ['violations'], iframes: false });
      } finally {
        for (const { e, parent, next } of copies.reverse()) parent.insertBefore(e, next);
      }
      return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    }, within);
  }
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * Scroll to a step the way a reader settles on it (wheel-free, but real scrolling): its
 * card's top just below the figure pinned on a phone, a fifth of the way down otherwise
 * (where a deep link puts it; reading.spec.ts walks with the wheel).
 */
export async function scrollToStep(page: Page, scene: string, step: string) {
  await page.evaluate(
    ({ id }) => {
      const card = document.getElementById(id)!.querySelector('.step-card')!;
      const scrolly = card.closest('.scrolly')!;
      const pinned = getComputedStyle(scrolly).getPropertyValue('--reading').trim() === 'pinned';
      const top = pinned ? scrolly.querySelector<HTMLElement>('.scene-pin')!.offsetHeight + 12 : window.innerHeight * 0.2;
      const target = window.scrollY + card.getBoundingClientRect().top - top;
      window.scrollTo({ top: target, behavior: 'instant' as ScrollBehavior });
    },
    { id: `${scene}--${step}` },
  );
}

/** The live figure shows the same picture as the server-rendered copy for that step (same title and marks). */
export async function expectFigureAt(page: Page, scene: string, step: string) {
  const fig = page.locator(`figure[data-scene="${scene}"]`).first();
  await expect(fig).toHaveAttribute('data-current-step', step);
  await expect
    .poll(async () =>
      page.evaluate(
        ({ scene, step }) => {
          const live = document.querySelector(`figure[data-scene="${scene}"] .scene-box svg`)!;
          const copyFig = document.querySelector(`figure[data-copy-of="${scene}"][id$="-${step}-static"]`);
          if (!copyFig) return 'no static copy';
          const title = (s: Element) => s.querySelector('title')?.textContent;
          // A copy of a figure with hundreds of marks is the step's PNG, its alt text starting with the title.
          const img = copyFig.querySelector<HTMLImageElement>('img.scene-img');
          if (img) return img.alt.startsWith(`${title(live)}. `) ? 'same' : `title: ${title(live)} vs image "${img.alt}"`;
          const w = live.getBoundingClientRect().width;
          const copy = copyFig.querySelector(w < 480 ? '.scene-svg--narrow' : '.scene-svg--wide')!;
          const other = copyFig.querySelector(w < 480 ? '.scene-svg--wide' : '.scene-svg--narrow')!;
          const keys = (s: Element) =>
            [...s.querySelectorAll('[data-key]:not([data-exiting])')]
              .map((e) => e.getAttribute('data-key'))
              .sort()
              .join('|');
          if (title(live) !== title(copy)) return `title: ${title(live)} vs ${title(copy)}`;
          // Where a scene draws the same marks at both server sizes, the live figure
          // (at its own size) must draw exactly those marks too.
          if (keys(copy) === keys(other) && keys(live) !== keys(copy)) return 'marks differ';
          return 'same';
        },
        { scene, step },
      ),
    )
    .toBe('same');
}

/** Open a figure's "Data behind this figure" as a reader does (the table is brought up to date when it opens). */
export async function openData(page: Page, scene: string) {
  const details = page.locator(`figure[data-scene="${scene}"] details.scene-data`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
}
