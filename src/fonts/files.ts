/**
 * Where the subset IBM Plex Sans (and Noto Sans SC) files are (made by scripts/fonts.mjs before every build,
 * dev server and test run; see src/integrations/fonts.ts). Node only: for resvg, which
 * draws the PNG downloads and link-preview cards and needs TTF (it cannot read woff2).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales';

export const FONT_FAMILY = 'IBM Plex Sans';
export const FONT_BUILD_DIR = join(process.cwd(), 'src', 'fonts', 'build');

/** The TTFs resvg loads (regular, semibold, bold); a missing file is a clear error. */
export function plexTtfFiles(): string[] {
  return ['400', '600', '700'].map((w) => {
    const p = join(FONT_BUILD_DIR, `plex-sans-${w}.ttf`);
    if (!existsSync(p)) throw new Error(`Fonts: ${p} is missing. Fix: run \`node scripts/fonts.mjs\` (npm run build, dev and the tests run it for you).`);
    return p;
  });
}

/**
 * The Chinese edition's Noto Sans SC (regular, bold), cut to every character the Chinese sources
 * write (scripts/fonts-zh.mjs). resvg falls back to it for what Plex lacks, as the pages do.
 */
export function chineseTtfFiles(): string[] {
  return [400, 700].map((w) => {
    const p = join(FONT_BUILD_DIR, `noto-sans-sc-${w}.ttf`);
    if (!existsSync(p)) throw new Error(`Fonts: ${p} is missing. Fix: run \`node scripts/fonts.mjs\` (npm run build, dev and the tests run it for you).`);
    return p;
  });
}

/**
 * resvg options shared by the downloads and the cards: only our fonts, never the system's.
 * `locale` 'zh' adds Noto Sans SC after Plex (a Chinese PNG or card); English loads Plex alone.
 */
export function resvgFontOptions(locale: Locale = 'en') {
  const fontFiles = locale === 'zh' ? [...plexTtfFiles(), ...chineseTtfFiles()] : plexTtfFiles();
  return { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY, serifFamily: FONT_FAMILY };
}
