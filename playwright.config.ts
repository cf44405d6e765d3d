import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/browser.mjs';

/**
 * End-to-end tests run against the production build (dist/, or DIST_DIR), served by
 * scripts/serve.mjs the way a static host would: never against the dev server.
 */
const dist = process.env.DIST_DIR ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';
/**
 * The sub-path build (npm run build:subpath -> dist-subpath/, BASE_PATH=/r1-explained/)
 * is served on a second port and tested by tests/e2e/subpath.spec.ts only.
 */
const SUBPATH = { dist: 'dist-subpath', base: '/r1-explained/', port: port + 100 };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
    trace: 'off',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs ${dist} ${port}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // Ready when the port listens (the folder may not be built when only other specs run).
      command: `node scripts/serve.mjs ${SUBPATH.dist} ${SUBPATH.port}`,
      env: { BASE_PATH: SUBPATH.base },
      port: SUBPATH.port,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
  projects: [
    { name: 'desktop', testIgnore: /subpath\.spec/, use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', testIgnore: /subpath\.spec/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    {
      name: 'subpath',
      testMatch: /subpath\.spec/,
      use: { viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${SUBPATH.port}${SUBPATH.base}` },
    },
  ],
});
