/**
 * The corrections log (src/data/corrections.json) is public, and what it corrects
 * stays corrected: no old phrase it lists survives anywhere in the site's sources
 * (chapters, data, glossary, scene copy, pages). And where the site states an
 * inference of its own, it says "we infer" and shows the numbers it infers from.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corrections } from '../../src/data/checks/corrections';
import { sources } from '../../src/data';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(mdx|md|json|ts|tsx|astro)$/.test(f) ? [p] : [];
  });
}
const SITE = ['content', 'src/data', 'src/scenes', 'src/pages', 'src/components'].flatMap(files).filter((f) => !f.endsWith('corrections.json'));
const text = Object.fromEntries(SITE.map((f) => [f, readFileSync(f, 'utf8')]));

describe('corrections log', () => {
  it('dates every entry no later than today and cites known sources', () => {
    for (const e of corrections.entries) {
      expect(e.date <= new Date().toISOString().slice(0, 10), e.id).toBe(true);
      for (const s of e.sources) expect(sources[s], `${e.id}: ${s}`).toBeDefined();
    }
  });

  it('no corrected wording survives in the site’s sources', () => {
    const found: string[] = [];
    for (const e of corrections.entries) {
      for (const phrase of e.was) {
        for (const [f, t] of Object.entries(text)) if (t.toLowerCase().includes(phrase.toLowerCase())) found.push(`${f}: "${phrase}" (corrected in ${e.id})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('is linked from the sources page and the teaching page', () => {
    // Both pages serve every edition (src/pages/[...lang]/), linking to that edition's log.
    expect(text['src/pages/[...lang]/sources.astro']).toContain("url('/corrections/')");
    expect(text['src/pages/[...lang]/teach/index.astro']).toContain("lurl('/corrections/')");
  });
});

describe('our own inferences say so, and show their numbers', () => {
  /** Paragraphs of chapters and of the method page (its text in each language: src/components/how-we-checked/Method*.astro). */
  const paragraphs = Object.entries(text)
    .filter(([f]) => f.endsWith('.mdx') || /how-we-checked(\.astro|\/Method\w+\.astro)$/.test(f))
    .flatMap(([f, t]) => t.split(/\n\s*\n|<\/?(?:p|dd|li)\b[^>]*>/).map((p) => ({ f, p: p.replace(/\s+/g, ' ') })));
  // (Whitespace folded: a formatter may wrap a sentence across lines.)

  it('every "we infer" sits with the figures it is drawn from (<Fact> marks, which link to their sources)', () => {
    const bare = paragraphs.filter(({ p }) => /\bwe infer\b/i.test(p) && !/<Fact\b/.test(p));
    expect(bare.map(({ f, p }) => `${f}: ${p.slice(0, 120)}`)).toEqual([]);
    expect(paragraphs.filter(({ p }) => /\bwe infer\b/i.test(p)).length).toBeGreaterThanOrEqual(3);
  });

  it('so does every 我们推断 of the Chinese edition', () => {
    const infer = /我们(由此)?推断/;
    const bare = paragraphs.filter(({ p }) => infer.test(p) && !/<Fact\b/.test(p));
    expect(bare.map(({ f, p }) => `${f}: ${p.slice(0, 120)}`)).toEqual([]);
    // The method page's two inferences (V3 tested again, the 512 GPUs) are worded as ours in Chinese too.
    expect(paragraphs.filter(({ f, p }) => f.endsWith('MethodZh.astro') && infer.test(p)).length).toBe(2);
  });

  it('the inferences this site makes are worded as ours', () => {
    // Each: a pattern that finds the statement, wherever it is, and must find "we infer" with it.
    const inferences = [/tested V3 again/i, /is the right count/i, /only it makes the parts add up/i];
    for (const re of inferences) {
      const hits = paragraphs.filter(({ p }) => re.test(p));
      expect(hits.length, String(re)).toBeGreaterThan(0);
      for (const { f, p } of hits) expect(p, `${f}: ${re}`).toMatch(/\bwe infer\b/i);
    }
  });
});
