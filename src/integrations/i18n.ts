/**
 * After the build: each edition's 404 page moves to `<lang>/404.html`, the name static hosts look
 * for under a prefix (Cloudflare Pages serves the nearest 404.html; scripts/serve.mjs does the same),
 * and the build log lists what the translations lack or have let go stale (src/i18n/status.ts): a
 * warning while translators work, not a failure.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { allTranslationStatus, statusLines } from '../i18n/status';

export function i18nBuild(): AstroIntegration {
  return {
    name: 'r1-i18n',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const l of LOCALES) {
          if (l === DEFAULT_LOCALE) continue;
          const built = join(out, l, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, l, '404.html'));
          rmdirSync(join(out, l, '404'));
        }
        for (const line of allTranslationStatus().flatMap(statusLines)) logger.warn(line);
      },
    },
  };
}
