/**
 * The home page's pieces and the quiet citations: chapter pictures (no two alike), the
 * opening figure drawn to scale from the data, the public address helpers, and the remark
 * step that keeps citation marks to one per source.
 */
import { describe, expect, it } from 'vitest';
import { pickThumbnails, HOME_FIGURE } from '../../src/lib/chapter-thumbs';
import { gridFor, litSquares } from '../../src/scenes/model-size/layout';
import { publicSite, readerUrl } from '../../src/lib/public-url';
import { quietCitations } from '../../src/chapters/remark-chapter';
import { apa, bibtex } from '../../src/lib/cite';
import { sizeFor } from '../../src/scenes/contract';
import { frameOf } from '../../src/scenes/words';
import { getScene } from '../../src/scenes/registry';
import { modelConfigData } from '../../src/data/raw-model';
import market from '../../src/data/facts/market.json';
import { readFileSync, readdirSync } from 'node:fs';

describe('chapter pictures', () => {
  it('each chapter takes the first step it shows that nobody took before; none repeats the home figure', () => {
    const picks = pickThumbnails(
      [
        {
          slug: 'a',
          placed: [
            ['model-size', 'at-work'],
            ['bars', 'summary'],
            ['bars', 'codeforces'],
          ],
        },
        {
          slug: 'b',
          placed: [
            ['bars', 'summary'],
            ['bars', 'maths'],
          ],
        },
        { slug: 'c', placed: [['bars', 'summary']] },
      ],
      [HOME_FIGURE],
    );
    expect(picks.get('a')).toEqual(['bars', 'summary']);
    expect(picks.get('b')).toEqual(['bars', 'maths']);
    expect(picks.get('c'), 'nothing left: no picture rather than a repeat').toBeUndefined();
  });
});

describe('model-size: drawn to scale from the published counts', () => {
  const scene = getScene('model-size');
  const total = modelConfigData.published.totalParamsB.value;
  const active = modelConfigData.published.activeParamsB.value;
  const squares = (d: string) => d.split('M').filter(Boolean).length;
  for (const variant of ['wide', 'narrow'] as const) {
    it(`${variant}: one square per billion, ${active} of them lit at "at-work", none lit at "stored"`, () => {
      const work = frameOf(scene, 'at-work', sizeFor(scene, variant), 'en');
      const cells = work.marks.find((m) => m.key === 'cells');
      const lit = work.marks.find((m) => m.key === 'lit');
      expect(cells?.kind === 'path' && squares(cells.d)).toBe(total);
      expect(lit?.kind === 'path' && squares(lit.d)).toBe(active);
      expect(lit?.opacity ?? 1).toBe(1);
      expect(frameOf(scene, 'stored', sizeFor(scene, variant), 'en').marks.find((m) => m.key === 'lit')?.opacity).toBe(0);
      const texts = work.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));
      expect(texts).toContain(`${total} billion parameters`);
      expect(texts).toContain(`${active} billion at work on each token`);
    });
  }
  it('lights distinct squares, spread over the whole grid', () => {
    const lit = litSquares(total, active);
    expect(new Set(lit).size).toBe(active);
    expect(Math.min(...lit)).toBeLessThan(total / active);
    expect(Math.max(...lit)).toBeGreaterThanOrEqual(total - total / active);
    expect(() => litSquares(10, 11)).toThrow(/cannot light 11 of 10/);
  });
  it('the grid fits its box', () => {
    for (const [w, h] of [
      [640, 170],
      [360, 200],
      [300, 60],
    ] as const) {
      const g = gridFor(total, w, h);
      expect(g.cols * g.cell).toBeLessThanOrEqual(w);
      expect(g.rows * g.cell).toBeLessThanOrEqual(h);
      expect(g.cols * g.rows).toBeGreaterThanOrEqual(total);
    }
  });
});

describe('market-fall: the figures are the market facts', () => {
  it('draws the CNBC loss and the previous record, to one scale', () => {
    const scene = getScene('market-fall');
    const f = frameOf(scene, 'record', sizeFor(scene, 'wide'), 'en');
    const bar = (k: string) => f.marks.find((m) => m.key === k);
    const main = bar('bar:main');
    const prev = bar('bar:previous');
    expect(main?.kind === 'rect' && prev?.kind === 'rect').toBe(true);
    if (main?.kind !== 'rect' || prev?.kind !== 'rect') return;
    expect(main.width / prev.width).toBeCloseTo(market['market.nvidia-loss'].value / market['market.previous-record'].value, 2);
    expect(f.table.rows.map((r) => r[1])).toEqual([market['market.nvidia-loss'].value, market['market.previous-record'].value]);
  });
});

describe('public address', () => {
  it('is the SITE_URL when set, else a path under the base (never a made-up host)', () => {
    expect(publicSite({})).toBeUndefined();
    expect(publicSite({ SITE_URL: '  ' })).toBeUndefined();
    expect(readerUrl('/', '/chapters/a/', {})).toBe('/chapters/a/');
    expect(readerUrl('/r1-explained/', '/chapters/a/', {})).toBe('/r1-explained/chapters/a/');
    expect(readerUrl('/r1-explained/', '/chapters/a/', { SITE_URL: 'https://x.org' })).toBe('https://x.org/r1-explained/chapters/a/');
  });
  it('a citation without a known address names none', () => {
    const c = { site: 'R1, Explained', title: 'A page', date: new Date(Date.UTC(2025, 6, 3)) };
    expect(apa(c)).toBe('R1, Explained. (n.d.). A page.');
    expect(bibtex(c)).not.toMatch(/url/);
    expect(apa({ ...c, url: 'https://x.org/a/' })).toContain('from https://x.org/a/');
  });
});

describe('quiet citations', () => {
  type N = { type: string; name?: string; value?: string; attributes?: { type: string; name: string; value?: string }[]; children?: N[] };
  const t = (value: string): N => ({ type: 'text', value });
  const el = (name: string, attrs: Record<string, string>): N => ({
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attrs).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
    children: [],
  });
  const src: Record<string, string> = { 'f.a': 'A', 'f.b': 'B' };
  const sourceOf = (n: N) =>
    n.name === 'Cite' ? n.attributes!.find((a) => a.name === 'source')!.value : src[n.attributes!.find((a) => a.name === 'id')!.value!];
  const quiet = (n: N) => n.attributes?.some((a) => a.name === 'quiet');
  const names = (n: N) =>
    (n.children ?? []).map((c) =>
      c.type === 'text' ? c.value : c.name === 'span' ? `span(${c.children!.map((k) => k.name).join('+')})` : `${c.name}${quiet(c) ? '(quiet)' : ''}`,
    );

  it('merges a fact and a citation of the same source side by side, and hugs the word', () => {
    const p: N = {
      type: 'paragraph',
      children: [t('It has '), el('Fact', { id: 'f.a' }), t(' '), el('Cite', { source: 'A' }), t('. Then '), el('Cite', { source: 'B' }), t('.')],
    };
    quietCitations({ type: 'root', children: [p] } as never, sourceOf as never);
    expect(names(p)).toEqual(['It has ', 'Fact', '', '. Then', 'Cite', '.']);
  });
  it('a step card marks each source once; a new paragraph outside steps starts afresh', () => {
    const step: N = {
      type: 'mdxJsxFlowElement',
      name: 'Step',
      children: [
        { type: 'paragraph', children: [el('Fact', { id: 'f.a' }), t(' and '), el('Fact', { id: 'f.b' })] },
        { type: 'paragraph', children: [el('Fact', { id: 'f.a' }), t(' again '), el('Cite', { source: 'B' })] },
      ],
    };
    const after: N = { type: 'paragraph', children: [el('Fact', { id: 'f.a' })] };
    quietCitations({ type: 'root', children: [step, after] } as never, sourceOf as never);
    expect(names(step.children![0]!)).toEqual(['Fact', ' and ', 'Fact']);
    expect(names(step.children![1]!)).toEqual(['Fact(quiet)', ' again']);
    expect(names(after)).toEqual(['Fact']);
  });
  it('keeps a mark after a glossary term with it', () => {
    const p: N = { type: 'paragraph', children: [t('known as '), el('Term', { id: 'x' }), t(' '), el('Cite', { source: 'A' }), t('.')] };
    quietCitations({ type: 'root', children: [p] } as never, sourceOf as never);
    expect(names(p)).toEqual(['known as ', 'span(Term+Cite)', '.']);
  });
});

describe('chapter 8: the market section shows the fall it describes', () => {
  it('its first figure is market-fall, at the record loss', () => {
    const file = readdirSync('content/chapters').find((f) => f.startsWith('08-'))!;
    const mdx = readFileSync(`content/chapters/${file}`, 'utf8');
    const section = mdx.slice(mdx.indexOf('## The market'));
    expect(section.match(/<Scrolly scene="([a-z0-9-]+)">\s*<Step id="([a-z0-9-]+)">/)?.slice(1)).toEqual(['market-fall', 'record']);
  });
});
