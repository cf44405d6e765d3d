/**
 * Every chapter, scene and step in the sources has its pages in the build: a chapter
 * page, an embed page per scene and per step, and each chapter's steps (the <Step id>s
 * it places) on its page. The other specs take their lists from the sources too, so a
 * page missing from dist/ fails here by name rather than removing tests.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceChapters, sourceScenes, sourceSteps } from './sources';

const dist = process.env.DIST_DIR ?? 'dist';
const page = (p: string) => join(dist, p, 'index.html');

test.describe('the build has every page the sources define', { tag: '@desktop-only' }, () => {
  test('lists are not empty (the sources were read)', () => {
    expect(sourceChapters.length).toBeGreaterThanOrEqual(5);
    expect(sourceScenes.length).toBeGreaterThanOrEqual(5);
    for (const s of sourceScenes) expect(sourceSteps(s).length, s).toBeGreaterThanOrEqual(2);
  });

  test('a page per chapter, with the steps the chapter places', () => {
    const files = readdirSync('content/chapters').filter((f) => /^\d\d-.+\.mdx$/.test(f));
    for (const f of files) {
      const slug = f.replace(/^\d\d-/, '').replace(/\.mdx$/, '');
      expect(existsSync(page(`chapters/${slug}`)), `${dist}/chapters/${slug}/index.html (from content/chapters/${f})`).toBe(true);
      const html = readFileSync(page(`chapters/${slug}`), 'utf8');
      const placed = [...readFileSync(join('content/chapters', f), 'utf8').matchAll(/<Step\s+id="([^"]+)"/g)].map((m) => m[1]!);
      for (const step of placed) expect(html, `${slug}: step ${step}`).toContain(`data-step="${step}"`);
    }
  });

  test('an embed page per scene and per step', () => {
    for (const scene of sourceScenes) {
      expect(existsSync(page(`embed/${scene}`)), `${dist}/embed/${scene}/index.html`).toBe(true);
      for (const step of sourceSteps(scene)) expect(existsSync(page(`embed/${scene}/${step}`)), `${dist}/embed/${scene}/${step}/index.html`).toBe(true);
    }
  });
});
