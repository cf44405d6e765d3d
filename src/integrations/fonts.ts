/**
 * Subsets IBM Plex Sans to the site's characters before Vite reads the CSS that loads it
 * (scripts/fonts.mjs; skipped when nothing changed), and ships the font's licence (SIL Open
 * Font License 1.1) with the built site as /fonts/IBM-Plex-Sans-OFL.txt.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT_DIR, subsetFonts } from '../../scripts/fonts.mjs';

export function fonts(): AstroIntegration {
  return {
    name: 'r1-fonts',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        await subsetFonts({ log: (m) => logger.info(m) });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), 'fonts');
        mkdirSync(out, { recursive: true });
        copyFileSync(join(OUT_DIR, 'OFL.txt'), join(out, 'IBM-Plex-Sans-OFL.txt'));
      },
    },
  };
}
