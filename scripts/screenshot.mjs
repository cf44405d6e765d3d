/**
 * Screenshots of built pages at desktop and phone widths, for looking at what
 * readers see: `node scripts/screenshot.mjs /chapters/benchmarks/ [more paths]`.
 * Options via env: DIST (built site, default dist/), OUT (folder, default screenshots/), STEPS=1 (one shot per step),
 * DARK=1, FULL=1.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_FLAGS } from './browser.mjs';
import { serve } from './serve.mjs';

const out = process.env.OUT ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serve(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const paths = process.argv.slice(2);
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) {
  const ctx = await browser.newContext({ viewport, colorScheme: process.env.DARK ? 'dark' : 'light', deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  for (const p of paths) {
    const slug = p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    await page.goto(server.url + p.replace(/^\//, ''));
    await page.waitForLoadState('networkidle');
    if (process.env.STEPS) {
      const steps = await page.$$eval('[data-step][data-step-scene]', (els) => els.map((e) => e.id));
      for (const id of steps) {
        await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: 'center' }), id);
        await page.waitForTimeout(900);
        await page.screenshot({ path: `${out}/${slug}-${id}-${name}.png` });
      }
    } else {
      await page.screenshot({ path: `${out}/${slug}-${name}.png`, fullPage: !!process.env.FULL });
    }
  }
  await ctx.close();
}
await browser.close();
await server.close();
console.log(`Screenshots in ${out}/`);
