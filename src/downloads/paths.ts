/** Where a step's downloads live in `locale`'s edition (site paths, before the base path). Safe for client and server. */
import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';

export function downloadPaths(scene: string, step: string, locale: Locale) {
  const at = (ext: string) => localePath(locale, `/downloads/${scene}/${step}.${ext}`);
  return { svg: at('svg'), png: at('png'), csv: at('csv') };
}
