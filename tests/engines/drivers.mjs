/**
 * The two non-Chromium engines behind one small interface: open a URL, run an in-page
 * function (tests/engines/in-page.mjs), click, press a key, set the window size.
 *  - Firefox ESR through puppeteer-core over WebDriver BiDi.
 *  - WebKitGTK (Safari's engine, not iOS Safari): WebKitWebDriver driving MiniBrowser
 *    --automation, through selenium-webdriver, under a virtual X display (xvfb-run).
 */
import { existsSync, readdirSync } from 'node:fs';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const onPath = (cmd) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

/** Where MiniBrowser lives: the webkit2gtk-4.1 library folder of any architecture. */
function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : null;
  for (const lib of ['/usr/lib', '/usr/local/lib']) {
    if (!existsSync(lib)) continue;
    for (const d of ['', ...readdirSync(lib)]) {
      const p = join(lib, d, 'webkit2gtk-4.1', 'MiniBrowser');
      if (existsSync(p)) return p;
    }
  }
  return null;
}

/** For each engine: ready to run, or the one line saying what is missing and how to get it. */
export function findEngines() {
  const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const webdriver = onPath('WebKitWebDriver');
  const mini = miniBrowser();
  const xvfb = onPath('xvfb-run');
  return {
    firefox: existsSync(firefox)
      ? { ok: true, binary: firefox }
      : { ok: false, why: `Firefox ESR not found at ${firefox} (Debian: apt-get install firefox-esr; or set FIREFOX_PATH)` },
    webkit:
      webdriver && mini && (xvfb || process.env.DISPLAY)
        ? { ok: true, webdriver, binary: mini, xvfb: process.env.DISPLAY ? null : xvfb }
        : {
            ok: false,
            why: `WebKitGTK not found (${[!webdriver && 'WebKitWebDriver', !mini && 'webkit2gtk-4.1/MiniBrowser', !xvfb && !process.env.DISPLAY && 'xvfb-run'].filter(Boolean).join(', ')} missing; Debian: apt-get install webkit2gtk-driver xvfb)`,
          },
  };
}

export async function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const KEYS = { ArrowRight: '\uE014', ArrowLeft: '\uE012', Escape: '\uE00C' };

export async function firefox({ binary }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: binary, headless: true });
  const extra = [];
  const notes = [];
  let viewport = null;
  const newTab = async () => {
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => extra.push(`page error (BiDi): ${e.message}`));
    if (viewport) await tab.setViewport(viewport);
    return tab;
  };
  let page = await newTab();
  const LOAD_MS = 20_000;
  const goto = (url) => page.goto(url, { waitUntil: 'load', timeout: LOAD_MS });
  /**
   * A navigation whose load event never reaches puppeteer: CI once waited 30 s for one and stopped
   * Firefox's run while WebKit went through the same pages. Known in this path when a page rewrites
   * its own address as it finishes loading (our scroll engine's history.replaceState on a deep link:
   * puppeteer#13041, Mozilla bug 1879163, reported fixed in Firefox 133). Whatever the cause here, a
   * lost event is accepted only when the page did load at the address asked for; it is then loaded
   * again in a fresh tab (puppeteer may still hold the lost navigation and hang the next one) and
   * said in the log. A page that really did not load fails, naming the address and what the tab showed.
   */
  const open = async (url) => {
    try {
      await goto(url);
      return;
    } catch (e) {
      if (e?.name !== 'TimeoutError') throw e;
    }
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch((err) => ({ error: String(err?.message ?? err).split('\n')[0] }));
    const samePage = !state.error && new URL(state.href).pathname === new URL(url).pathname;
    if (!samePage || state.ready !== 'complete')
      throw new Error(`${url} did not load in ${LOAD_MS / 1000} s (the tab: ${state.error ?? `${state.href}, readyState ${state.ready}`})`);
    notes.push(`the load event of ${url} was lost (the page had loaded); loaded again in a fresh tab`);
    const old = page;
    page = await newTab();
    await old.close().catch(() => {});
    await goto(url);
  };
  return {
    name: 'Firefox',
    version: await browser.version(),
    open,
    run: (fn, arg) => page.evaluate(fn, arg),
    click: (sel) => page.click(sel),
    key: (k) => page.keyboard.press(k),
    size: (w, h) => page.setViewport((viewport = { width: w, height: h })),
    problems: () => extra.splice(0),
    notes: () => notes.splice(0),
    close: () => browser.close(),
  };
}

export async function webkit({ webdriver, binary, xvfb }) {
  const { Builder, By } = await import('selenium-webdriver');
  const port = await freePort();
  const cmd = xvfb ? [xvfb, '-a', '-s', '-screen 0 1600x1200x24', webdriver, `--port=${port}`] : [webdriver, `--port=${port}`];
  // Its own process group, so closing ends xvfb-run, Xvfb and the driver together.
  const proc = spawn(cmd[0], cmd.slice(1), { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const stop = () => {
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      // Already gone: nothing to stop.
    }
  };
  const server = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${server}/status`)).ok) break;
    } catch {
      // Not listening yet: try again until the deadline below.
    }
    if (proc.exitCode !== null || Date.now() - t0 > 30_000) {
      stop();
      throw new Error(`WebKitWebDriver did not start: ${stderr.trim().slice(0, 300)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let driver;
  try {
    driver = await new Builder()
      .usingServer(server)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
      .build();
    await driver.manage().setTimeouts({ script: 120_000, pageLoad: 60_000 });
  } catch (e) {
    stop();
    throw e;
  }
  const caps = await driver.getCapabilities();
  return {
    name: 'WebKit',
    version: `WebKitGTK ${caps.get('browserVersion')}`,
    open: (url) => driver.get(url),
    run: (fn, arg) => driver.executeScript(`return (${fn})(arguments[0])`, arg),
    click: async (sel) => driver.findElement(By.css(sel)).click(),
    key: (k) => driver.actions().keyDown(KEYS[k]).keyUp(KEYS[k]).perform(),
    // The window's size; the page's viewport is what remains inside MiniBrowser's frame.
    size: (w, h) => driver.manage().window().setRect({ width: w, height: h }),
    problems: () => [],
    notes: () => [],
    close: async () => {
      try {
        await driver.quit();
      } finally {
        stop();
      }
    },
  };
}
