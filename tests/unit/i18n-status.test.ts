/**
 * The translation status (src/i18n/status.ts): which chapters are not translated yet and which
 * translations record an English revision that is no longer current. On the real checkout it only
 * prints the list (a warning while translators work); on a planted checkout it must find each case.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTranslationStatus, recordedChapterRevision, statusLines, translationStatus } from '../../src/i18n/status';
import { revisionOf } from '../../src/i18n/revision';

const root = mkdtempSync(join(tmpdir(), 'i18n-status-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const put = (p: string, text: string) => {
  mkdirSync(join(root, p, '..'), { recursive: true });
  writeFileSync(join(root, p), text);
};

describe('translation status', () => {
  it('lists missing chapters, stale and unrecorded translations, and orphans', () => {
    const one = '---\ntitle: One\n---\nText.\n';
    const two = '---\ntitle: Two\n---\nMore.\n';
    put('content/chapters/01-one.mdx', one);
    put('content/chapters/02-two.mdx', two);
    put('content/chapters/03-three.mdx', 'x');
    put('content/zh/chapters/01-one.mdx', `---\ntitle: 一\ntranslationOf: "${revisionOf(one)}"\n---\n正文。\n`);
    put('content/zh/chapters/02-two.mdx', `---\ntitle: 二\ntranslationOf: "000000000000"\n---\n正文。\n`);
    put('content/zh/chapters/09-gone.mdx', `---\ntitle: 没了\n---\n`);
    put('src/data/glossary/moe.json', '{"a":{"term":"A"}}');
    put('src/data/i18n/zh/glossary/moe.json', '{"a":{"term":"甲"}}');
    put('src/i18n/ui/en.json', '{"k":"v"}');
    put('src/i18n/ui/zh.json', `{"$translates":"${revisionOf('{"k":"v"}')}","k":"值"}`);
    const s = translationStatus('zh', root);
    expect(s.missingChapters).toEqual(['03-three.mdx']);
    expect(s.stale.map((t) => t.file)).toEqual(['content/zh/chapters/02-two.mdx']);
    expect(s.stale[0]!.current).toBe(revisionOf(two));
    expect(s.unrecorded.map((t) => t.file)).toEqual(['src/data/i18n/zh/glossary/moe.json']);
    expect(s.orphans).toEqual(['content/zh/chapters/09-gone.mdx']);
    const lines = statusLines(s);
    expect(lines[0]).toMatch(/1 chapter\(s\) not translated yet.*03-three\.mdx/);
    expect(lines.join('\n')).toMatch(/stale: content\/zh\/chapters\/02-two\.mdx translates content\/chapters\/02-two\.mdx at 000000000000/);
    expect(lines.join('\n')).toMatch(/moe\.json records no English revision \(add \$translates: "/);
  });

  it('reads translationOf from the front matter only', () => {
    expect(recordedChapterRevision('---\ntranslationOf: "abcdef012345"\n---\n')).toBe('abcdef012345');
    expect(recordedChapterRevision('---\ntitle: x\n---\ntranslationOf: "abcdef012345"\n')).toBeUndefined();
  });

  it('in the checkout: prints what the translations lack (a warning), and no translation lacks its English original', () => {
    const all = allTranslationStatus();
    const lines = all.flatMap(statusLines);
    if (lines.length) console.warn(`Translations to do:\n  ${lines.join('\n  ')}`);
    expect(all.flatMap((s) => s.orphans)).toEqual([]);
  });
});
