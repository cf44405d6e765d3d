import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, EMBED_HEAD_SCRIPT, MAX_QUERY, parseEmbedParams } from '../../src/embed/params';
import { HOSTILE_QUERIES, hostileEmbedQueries, hostileStrings } from '../helpers/hostile-queries';

const STEPS = ['maths', 'code', 'knowledge'];

/** Run the inline head script against a query, with a minimal document. */
function runHead(search: string): { theme: string | null; controls: string | null } {
  const attrs: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } };
  new Function('location', 'document', EMBED_HEAD_SCRIPT)({ search }, document);
  return { theme: attrs['data-theme'] ?? null, controls: attrs['data-embed-controls'] ?? null };
}

describe('embed query options', () => {
  it("leaves a figure's own what-if keys to the figure, and still reports unknown keys", () => {
    const own = ['experts', 'topk'];
    expect(parseEmbedParams('?theme=dark&topk=4&experts=junk', STEPS, own)).toEqual({ ...DEFAULT_PARAMS, theme: 'dark', ignored: [] });
    expect(parseEmbedParams('?topk=4&bogus=1', STEPS, own).ignored).toEqual(['(unknown option)']);
    expect(parseEmbedParams('?topk=4', STEPS).ignored).toEqual(['(unknown option)']);
  });
  it('reads the documented options', () => {
    expect(parseEmbedParams('?theme=dark&controls=0&step=code', STEPS)).toEqual({ theme: 'dark', controls: false, step: 'code', childId: null, ignored: [] });
    expect(parseEmbedParams('?theme=light&controls=1', STEPS)).toMatchObject({ theme: 'light', controls: true });
    expect(parseEmbedParams('?controls=off', STEPS).controls).toBe(false);
    expect(parseEmbedParams('?controls=on', STEPS).controls).toBe(true);
    expect(parseEmbedParams('?theme=auto', STEPS).theme).toBe('auto');
    expect(parseEmbedParams('', STEPS)).toEqual({ ...DEFAULT_PARAMS, ignored: [] });
  });

  it("accepts Pym.js's parameters and keeps only the child id", () => {
    const p = parseEmbedParams(
      '?theme=dark&initialWidth=640&childId=lesson-fig_1&parentTitle=My%20%22lesson%22&parentUrl=https%3A%2F%2Flms.example%2Fcourse%3Fid%3D1%26x%3D' +
        'y'.repeat(500),
      STEPS,
    );
    expect(p).toEqual({ theme: 'dark', controls: true, step: null, childId: 'lesson-fig_1', ignored: [] });
  });

  it('ignores unknown keys, naming none of their values', () => {
    const p = parseEmbedParams('?utm_source=<b>x</b>&theme=dark', STEPS);
    expect(p.theme).toBe('dark');
    expect(p.ignored).toEqual(['(unknown option)']);
  });

  for (const q of HOSTILE_QUERIES) {
    it(`falls back to defaults: ${q.length > 60 ? q.slice(0, 60) + '… (' + q.length + ' chars)' : q}`, () => {
      const p = parseEmbedParams(q, STEPS);
      expect(p.theme).toBe('auto');
      expect(p.controls).toBe(true);
      expect(p.step).toBeNull();
      expect(p.childId).toBeNull();
      // The notes never carry the input.
      for (const note of p.ignored) {
        expect(note).toMatch(/^(theme|controls|step|childId|\(unknown option\)|\(query too long\)|\(unreadable query\))$/);
      }
      // The inline head script agrees: no theme, controls left on.
      expect(runHead(q)).toEqual({ theme: null, controls: null });
    });
  }

  it(`the generated corpus (${hostileEmbedQueries().length} queries from ${hostileStrings().length} strings) falls back to defaults, in the parser and the head script`, () => {
    expect(hostileStrings().length).toBeGreaterThanOrEqual(200);
    for (const q of hostileEmbedQueries()) {
      const p = parseEmbedParams(q, STEPS);
      expect({ theme: p.theme, controls: p.controls, step: p.step, childId: p.childId }, q.slice(0, 80)).toEqual({
        theme: 'auto',
        controls: true,
        step: null,
        childId: null,
      });
      for (const note of p.ignored)
        expect(note, q.slice(0, 80)).toMatch(/^(theme|controls|step|childId|\(unknown option\)|\(query too long\)|\(unreadable query\))$/);
      expect(runHead(q), q.slice(0, 80)).toEqual({ theme: null, controls: null });
    }
  });

  it('ignores a query longer than MAX_QUERY entirely, and the head script does too', () => {
    const q = '?theme=dark&x=' + 'a'.repeat(MAX_QUERY);
    expect(parseEmbedParams(q, STEPS)).toMatchObject({ theme: 'auto', ignored: ['(query too long)'] });
    expect(runHead(q)).toEqual({ theme: null, controls: null });
  });

  it('the head script agrees with the parser on the valid options', () => {
    for (const q of ['?theme=dark', '?theme=light', '?theme=auto', '?controls=0', '?controls=off', '?controls=1', '?theme=dark&controls=0&step=code']) {
      const p = parseEmbedParams(q, STEPS);
      expect(runHead(q)).toEqual({ theme: p.theme === 'auto' ? null : p.theme, controls: p.controls ? null : 'off' });
    }
  });
});
