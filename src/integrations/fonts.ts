/**
 * Subsets IBM Plex Sans (and the Chinese edition's Noto Sans SC) to the site's characters
 * before Vite reads the CSS that loads it (scripts/fonts.mjs; skipped when nothing changed),
 * ships both licences (SIL Open Font License 1.1) with the built site in /fonts/, and after
 * the build gives every Chinese page its own cut of Noto Sans SC (scripts/fonts-zh.mjs).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR, subsetFonts } from '../../scripts/fonts.mjs';
import { addChineseFonts } from '../../scripts/fonts-zh.mjs';

export function fonts(): AstroIntegration {
  let base = '/';
  return {
    name: 'r1-fonts',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        base = config.base;
        await subsetFonts({ log: (m) => logger.info(m) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const out = join(dist, 'fonts');
        mkdirSync(out, { recursive: true });
        copyFileSync(join(OUT_DIR, 'OFL.txt'), join(out, 'IBM-Plex-Sans-OFL.txt'));
        copyFileSync(join(OUT_DIR, 'Noto-Sans-SC-OFL.txt'), join(out, 'Noto-Sans-SC-OFL.txt'));
        await addChineseFonts(dist, { base, log: (m) => logger.info(m) });
      },
    },
  };
}
