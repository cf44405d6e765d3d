import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.DIST_DIR ?? 'dist';

/**
 * Every test fails if the page asks any host but our own server. Tests that need a
 * second local origin (a host page embedding us) list it in `allowedOrigins`.
 */
export const test = base.extend<{ foreignRequests: string[]; allowedOrigins: string[] }>({
  allowedOrigins: [[], { option: true }],
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

/** Chapter slugs, read from the build. */
export function builtChapters(): string[] {
  const dir = join(dist, 'chapters');
  return existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'index.html'))).sort() : [];
}

/** Scene names with an embed page in the build. */
export function builtScenes(): string[] {
  const dir = join(dist, 'embed');
  return existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'index.html'))).sort() : [];
}

/** Step ids of a scene, read from its built embed page's step links. */
export function builtSteps(scene: string): string[] {
  const html = readFileSync(join(dist, 'embed', scene, 'index.html'), 'utf8');
  return [...html.matchAll(/data-goto-step="([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

/** The scroll scripts have wired up the page. */
export async function ready(page: Page) {
  const driven = await page.locator('[data-scrolly], [data-stepper]').count();
  if (driven === 0) return;
  await page.waitForFunction(() => document.documentElement.dataset['scrollyReady'] === 'true');
}

export async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).exclude('.step-static').analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')}`);
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
          const w = live.getBoundingClientRect().width;
          const copy = copyFig.querySelector(w < 480 ? '.scene-svg--narrow' : '.scene-svg--wide')!;
          const other = copyFig.querySelector(w < 480 ? '.scene-svg--wide' : '.scene-svg--narrow')!;
          const keys = (s: Element) => [...s.querySelectorAll('[data-key]:not([data-exiting])')].map((e) => e.getAttribute('data-key')).sort().join('|');
          const title = (s: Element) => s.querySelector('title')?.textContent;
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
