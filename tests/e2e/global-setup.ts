/**
 * Playwright global setup: serves the builds on free ports (port 0, so two runs, or
 * two developers, never collide) with scripts/serve.mjs, and hands the addresses to
 * the workers through the environment (playwright.config.ts reads them). The
 * returned function stops the servers.
 */
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = process.env.DIST_DIR ?? 'dist';
  const base = process.env.BASE_PATH ?? '/';
  if (!existsSync(dist)) throw new Error(`${dist}/ not found. Fix: npm run build (the end-to-end tests run against the production build).`);
  const main = await serve(dist, { port: 0, base });
  // The sub-path build is tested by tests/e2e/subpath.spec.ts only; it may not be built when other specs run.
  const sub = await serve('dist-subpath', { port: 0, base: '/r1-explained/' });
  process.env['E2E_BASE_URL'] = main.url;
  process.env['E2E_SUBPATH_URL'] = sub.url;
  return async () => {
    await main.close();
    await sub.close();
  };
}
