import { describe, expect, it } from 'vitest';
import { absoluteUrl, apa, apaDate, bibtex, bibtexEscape, buildDate, citeKey } from '../../src/lib/cite';

const date = new Date(Date.UTC(2025, 6, 3, 23, 30)); // late in the day: UTC must not roll over to July 4
const chapter = { site: 'R1, Explained', title: 'What is DeepSeek-R1?', url: 'https://example.org/r1/chapters/what-is-r1/', date };

describe('APA', () => {
  it('formats a chapter as a group-authored web page without a date, retrieved on the build date', () => {
    expect(apa(chapter)).toBe('R1, Explained. (n.d.). What is DeepSeek-R1? Retrieved July 3, 2025, from https://example.org/r1/chapters/what-is-r1/');
  });
  it('adds a period to a title without end punctuation and a bracketed medium for figures', () => {
    expect(apa({ ...chapter, title: 'Claim check' })).toContain('(n.d.). Claim check. Retrieved');
    expect(apa({ ...chapter, title: 'How R1 scores', medium: 'Interactive figure' })).toContain('(n.d.). How R1 scores [Interactive figure]. Retrieved');
  });
  it('writes dates in UTC with the month name', () => {
    expect(apaDate(new Date(Date.UTC(2024, 0, 9)))).toBe('January 9, 2024');
  });
  it('refuses a relative URL or one with a fragment', () => {
    expect(() => apa({ ...chapter, url: '/chapters/x/' })).toThrow();
    expect(() => apa({ ...chapter, url: 'https://example.org/x/#step' })).toThrow(/fragment/);
  });
});

describe('BibTeX', () => {
  it('escapes every LaTeX special character', () => {
    expect(bibtexEscape('R&D 50% $5.6M #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 50\\% \\$5.6M \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
  it('leaves ordinary text (and non-ASCII) alone', () => {
    expect(bibtexEscape('Openness, safety — and “markets”')).toBe('Openness, safety — and “markets”');
  });
  it('writes a @misc entry with the site as a braced group author, the title, url and urldate', () => {
    const b = bibtex({ ...chapter, title: 'R&D: 100% of $ for #1_x' });
    expect(b.startsWith('@misc{r1explained-r-d-100-of-for-1-x,\n')).toBe(true);
    expect(b).toContain('  author = {{R1, Explained}},');
    expect(b).toContain('  title = {{R\\&D: 100\\% of \\$ for \\#1\\_x}},');
    expect(b).toContain('  url = {https://example.org/r1/chapters/what-is-r1/},');
    expect(b).toContain('  howpublished = {\\url{https://example.org/r1/chapters/what-is-r1/}},');
    expect(b).toContain('  urldate = {2025-07-03},');
    expect(b.endsWith('\n}')).toBe(true);
  });
  it('balances braces in every entry', () => {
    const b = bibtex({ ...chapter, title: 'Odd {title} with } and {', medium: 'Interactive figure' });
    let depth = 0;
    for (let i = 0; i < b.length; i++) {
      if (b[i] === '\\') {
        i++;
        continue;
      }
      if (b[i] === '{') depth++;
      if (b[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
  it('makes keys from titles', () => {
    expect(citeKey('What is DeepSeek-R1?')).toBe('what-is-deepseek-r1');
    expect(citeKey('Café ✓')).toBe('cafe');
    expect(citeKey('???')).toBe('page');
  });
});

describe('absolute URLs and the build date', () => {
  it('respects the base path', () => {
    expect(absoluteUrl('https://x.org', '/', '/teach/')).toBe('https://x.org/teach/');
    expect(absoluteUrl('https://x.org', '/r1-explained/', '/teach/')).toBe('https://x.org/r1-explained/teach/');
    expect(absoluteUrl('https://x.org/', '/r1-explained', 'chapters/a/')).toBe('https://x.org/r1-explained/chapters/a/');
  });
  it('takes SOURCE_DATE_EPOCH when set, ignores junk', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    const now = new Date(Date.UTC(2025, 0, 1));
    expect(buildDate({ SOURCE_DATE_EPOCH: 'soon' }, now)).toBe(now);
    expect(buildDate({}, now)).toBe(now);
  });
});
