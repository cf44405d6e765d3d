/**
 * What a language's translation lacks or has let go stale, read from the files (Node only):
 * - missing: English chapters with no translation yet (their /<lang>/ page is not built);
 * - stale: translations whose recorded English revision (`translationOf` in a chapter's front
 *   matter, `"$translates"` in a JSON overlay or catalogue) is no longer the English file's;
 * - unrecorded: translations that record no revision at all.
 * A warning while translators work (the build logs it; tests/unit/i18n-status.test.ts prints it),
 * never a failure: the English may move ahead of its translations. Figures' message catalogues
 * have their own, stricter check (src/scenes/, whose keys must match).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { revisionOf } from './revision';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { REVISION_KEY } from './overlay';

export interface Translation {
  /** The translation's path in the checkout. */
  file: string;
  /** The English file it translates. */
  english: string;
  recorded: string | undefined;
  current: string;
}

export interface TranslationStatus {
  locale: Locale;
  missingChapters: string[];
  stale: Translation[];
  unrecorded: Translation[];
  /** Translations whose English file no longer exists. */
  orphans: string[];
}

const CHAPTER = /^\d\d-.+\.mdx$/;

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : name.endsWith(ext) ? [p] : [];
  });
}

/** `translationOf: "…"` from a chapter's front matter. */
export function recordedChapterRevision(text: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return /^translationOf:\s*["']?([0-9a-f]{12})["']?\s*$/m.exec(fm)?.[1];
}

/** The status of `locale`'s translation in the checkout at `root`. */
export function translationStatus(locale: Locale, root = process.cwd()): TranslationStatus {
  const pairs: { file: string; english: string; recorded: string | undefined }[] = [];
  const orphans: string[] = [];
  const rel = (p: string) => relative(root, p);
  // Chapters.
  const enDir = join(root, 'content/chapters');
  const trDir = join(root, `content/${locale}/chapters`);
  const english = existsSync(enDir) ? readdirSync(enDir).filter((f) => CHAPTER.test(f)) : [];
  const translated = existsSync(trDir) ? readdirSync(trDir).filter((f) => CHAPTER.test(f)) : [];
  for (const f of translated) {
    const en = join(enDir, f);
    if (!existsSync(en)) orphans.push(rel(join(trDir, f)));
    else pairs.push({ file: join(trDir, f), english: en, recorded: recordedChapterRevision(readFileSync(join(trDir, f), 'utf8')) });
  }
  // Data overlays and the UI catalogue: JSON with "$translates".
  const json = [
    ...filesUnder(join(root, `src/data/i18n/${locale}`), '.json').map((f) => ({
      file: f,
      english: join(root, 'src/data', relative(join(root, `src/data/i18n/${locale}`), f)),
    })),
    { file: join(root, `src/i18n/ui/${locale}.json`), english: join(root, 'src/i18n/ui/en.json') },
  ];
  for (const { file, english: en } of json) {
    if (!existsSync(file)) continue;
    if (!existsSync(en)) {
      orphans.push(rel(file));
      continue;
    }
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const recorded = typeof data[REVISION_KEY] === 'string' ? (data[REVISION_KEY] as string) : undefined;
    pairs.push({ file, english: en, recorded });
  }
  const all = pairs.map((p) => ({ file: rel(p.file), english: rel(p.english), recorded: p.recorded, current: revisionOf(readFileSync(p.english)) }));
  return {
    locale,
    missingChapters: english.filter((f) => !translated.includes(f)),
    stale: all.filter((t) => t.recorded !== undefined && t.recorded !== t.current),
    unrecorded: all.filter((t) => t.recorded === undefined),
    orphans,
  };
}

/** Every non-default language's status. */
export function allTranslationStatus(root = process.cwd()): TranslationStatus[] {
  return LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => translationStatus(l, root));
}

/** The status as lines for a log (empty when the translation is complete and current). */
export function statusLines(s: TranslationStatus): string[] {
  const out: string[] = [];
  if (s.missingChapters.length)
    out.push(`${s.locale}: ${s.missingChapters.length} chapter(s) not translated yet (no /${s.locale}/ page): ${s.missingChapters.join(', ')}`);
  for (const t of s.stale) out.push(`${s.locale}: stale: ${t.file} translates ${t.english} at ${t.recorded}; the English is now ${t.current}`);
  for (const t of s.unrecorded)
    out.push(`${s.locale}: ${t.file} records no English revision (add ${t.file.endsWith('.mdx') ? 'translationOf' : REVISION_KEY}: "${t.current}")`);
  for (const o of s.orphans) out.push(`${s.locale}: ${o} has no English original`);
  return out;
}
