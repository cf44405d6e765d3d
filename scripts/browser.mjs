/**
 * Which Chromium the tests, screenshots and benchmark drive: Playwright's own when
 * it is installed (a developer's laptop), else the system's (Debian's chromium).
 * If neither exists we stop at once with the one line that installs one.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
// Debian's package chromium-headless-shell: the same Blink without the browser's UI layers, as Playwright
// itself runs headless tests. Measured on 2 cores: about 22% less CPU than the full browser for the same walk.
const SYSTEM_HEADLESS_SHELL = ['/usr/bin/chromium-headless-shell'];

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The headless shell hints glyphs fully by default, which rounds every advance to a whole pixel; readers'
 * browsers place glyphs at fractional positions, as the text-metrics kit does (text-geometry.spec checks
 * widths within 2%). No hinting turns subpixel positioning back on.
 */
export const TEST_CHROMIUM_FLAGS = [...CHROMIUM_FLAGS, '--font-render-hinting=none'];

/**
 * The Chromium the end-to-end tests drive: the system's headless shell where there is no Playwright
 * browser (CI installs it with apt), as it costs less CPU and the tests are CPU-bound on 2 cores.
 */
export function testChromiumPath() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  const own = playwrightChromium();
  if (own) return own;
  return SYSTEM_HEADLESS_SHELL.find((p) => existsSync(p)) ?? chromiumPath();
}

function playwrightChromium() {
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  return own && existsSync(own) ? own : undefined;
}

export function chromiumPath() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  const own = playwrightChromium();
  if (own) return own;
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  throw new Error('No Chromium found. Install one: sudo apt-get install -y chromium   (or: npx playwright install chromium)');
}
