import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { testChromiumPath, TEST_CHROMIUM_FLAGS } from './scripts/browser.mjs';

/**
 * End-to-end tests run against the production build (dist/, or DIST_DIR), served by
 * scripts/serve.mjs the way a static host would: never against the dev server. The
 * servers listen on free ports chosen by the system (tests/e2e/global-setup.ts), whose
 * addresses reach the workers through E2E_BASE_URL and E2E_SUBPATH_URL; this file is
 * read again in each worker, after the setup has set them.
 * The sub-path build (npm run build:subpath -> dist-subpath/, BASE_PATH=/r1-explained/)
 * is tested by tests/e2e/subpath.spec.ts only.
 */
const baseURL = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:9/';
const subpathURL = process.env['E2E_SUBPATH_URL'] ?? 'http://127.0.0.1:9/r1-explained/';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  // One more worker than cores: the tests spend much of their time waiting on the page's own clocks (a
  // scroll's stop, a tween, a debounce), so two workers kept 2 cores only about 80% busy; three kept them
  // 87% busy and took the suite from 8.7–9.8 min to 7.7 min.
  workers: availableParallelism() + 1,
  // A flaky test is a failing test: no retries hide it.
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    launchOptions: { executablePath: testChromiumPath(), args: TEST_CHROMIUM_FLAGS },
    trace: 'off',
  },
  projects: [
    // Tests for one kind of device are tagged @desktop-only or @phone-only; each project leaves out the other's.
    // reading.spec sets its own viewports: its phones and tablets run in the phone project (touch), its laptop in this one.
    { name: 'desktop', testIgnore: /subpath\.spec/, grepInvert: /@phone-only/, use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      // Hostile input and the security policy exercise code and headers that are the same at every size:
      // once, on the desktop, is enough.
      testIgnore: [/subpath\.spec/, /hostile-input\.spec/, /security\.spec/],
      grepInvert: /@desktop-only/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: 'subpath', testMatch: /subpath\.spec/, use: { viewport: { width: 1280, height: 800 }, baseURL: subpathURL } },
  ],
});
