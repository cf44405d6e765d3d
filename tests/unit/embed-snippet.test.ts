import { describe, expect, it } from 'vitest';
import { scenes } from '../../src/scenes/registry';
import { embedSceneInfo } from '../../src/embed/info';
import {
  absoluteUrl,
  embedHeight,
  embedHeightAt,
  embedPath,
  embedTitle,
  embedUrl,
  escapeAttr,
  loaderSnippet,
  oembedPath,
  pymSnippet,
  snippetFor,
  withBase,
  type EmbedScene,
} from '../../src/embed/snippet';
import { frameTitles } from '../../src/embed/info';

const fake: EmbedScene = {
  name: 'demo',
  title: 'Demo "quoted" <b>figure</b> & co',
  steps: [
    { id: 'one', label: 'One' },
    { id: 'two', label: 'Two' },
    { id: 'three', label: 'Three' },
  ],
  aspect: { wide: 0.75, narrow: 1.2 },
  frameTitles: frameTitles('Demo "quoted" <b>figure</b> & co', 'en'),
};

describe('embed URLs', () => {
  it('maps step and controls to the documented paths', () => {
    expect(embedPath(fake)).toBe('/embed/demo/');
    expect(embedPath(fake, { step: 'one' })).toBe('/embed/demo/');
    expect(embedPath(fake, { step: 'two' })).toBe('/embed/demo/two/');
    expect(embedPath(fake, { controls: false })).toBe('/embed/demo/one/?controls=0');
    expect(embedPath(fake, { step: 'three', controls: false, theme: 'dark' })).toBe('/embed/demo/three/?controls=0&theme=dark');
    expect(embedPath(fake, { theme: 'light' })).toBe('/embed/demo/?theme=light');
    expect(embedPath(fake, { theme: 'auto' })).toBe('/embed/demo/');
  });
  it("carries a figure's what-if settings (key=number pairs only, up to 2 decimals) after the embed options", () => {
    expect(embedPath(fake, { step: 'two', whatIf: '?experts=64&topk=4' })).toBe('/embed/demo/two/?experts=64&topk=4');
    expect(embedPath(fake, { controls: false, theme: 'dark', whatIf: '?topk=4' })).toBe('/embed/demo/one/?controls=0&theme=dark&topk=4');
    expect(embedPath(fake, { whatIf: '?topk=4&x=<script>&theme=light&Topk=2&topk=1.555&a=' })).toBe('/embed/demo/?topk=4');
    expect(embedPath(fake, { whatIf: '' })).toBe('/embed/demo/');
    expect(snippetFor(fake, { whatIf: '?experts=64&topk=4' }, '/', 'https://example.org')).toContain(
      'src="https://example.org/embed/demo/?experts=64&amp;topk=4"',
    );
  });
  it('throws with the fix on an unknown step or theme', () => {
    expect(() => embedPath(fake, { step: 'nope' })).toThrow(/no step "nope".*one, two, three/);
    expect(() => embedPath(fake, { theme: 'blue' as never })).toThrow(/theme "blue"/);
  });
  it('respects the base path and the site origin', () => {
    expect(withBase('/', '/embed/x/')).toBe('/embed/x/');
    expect(withBase('/r1-explained/', '/embed/x/')).toBe('/r1-explained/embed/x/');
    expect(withBase('/r1-explained', 'embed.js')).toBe('/r1-explained/embed.js');
    expect(absoluteUrl('https://example.org', '/r1-explained/', '/embed.js')).toBe('https://example.org/r1-explained/embed.js');
    expect(embedUrl(fake, { step: 'two' }, '/r1-explained/', 'https://example.org/')).toBe('https://example.org/r1-explained/embed/demo/two/');
    expect(oembedPath(fake)).toBe('/oembed/demo.json');
    expect(oembedPath(fake, 'two')).toBe('/oembed/demo/two.json');
  });
});

describe('snippet HTML', () => {
  it('is one plain iframe with title, responsive width, lazy loading, a height and the loader attribute', () => {
    const html = snippetFor(fake, { step: 'two', theme: 'dark', controls: false }, '/sub/', 'https://example.org');
    expect(html).toMatch(/^<iframe [^<>]*><\/iframe>$/);
    expect(html).toContain('src="https://example.org/sub/embed/demo/two/?controls=0&amp;theme=dark"');
    expect(html).toContain('title="Demo &quot;quoted&quot; &lt;b&gt;figure&lt;/b&gt; &amp; co: Two (figure from R1, Explained)"');
    expect(html).toContain('width="100%"');
    expect(html).toMatch(/height="\d+"/);
    expect(html).toContain('max-width:720px');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('data-r1-embed');
    expect(html).not.toMatch(/<script/);
  });
  it('escapes attribute text', () => {
    expect(escapeAttr(`"><script>alert(1)</script>&`)).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
  });
  it('titles name the figure, and the step when it is a still', () => {
    expect(embedTitle(fake)).toMatch(/interactive figure/);
    expect(embedTitle(fake, { step: 'three', controls: false })).toContain(': Three');
    // A what-if in the options is named; embed options or junk pairs are not a what-if.
    expect(embedTitle(fake, { whatIf: '?rate=3' })).toMatch(/, a what-if, not R1’s values \(interactive figure/);
    expect(embedTitle(fake, { step: 'three', controls: false, whatIf: 'gpus=8&context=32k' })).toContain(': Three, a what-if, not R1’s values (figure');
    expect(embedTitle(fake, { whatIf: '?theme=dark' })).not.toContain('what-if');
    expect(embedTitle(fake, { whatIf: '' })).not.toContain('what-if');
  });
  it('titles speak the edition’s language, with its punctuation and site name', () => {
    const zh: EmbedScene = { ...fake, title: '演示', frameTitles: frameTitles('演示', 'zh') };
    expect(embedTitle(zh)).toBe('演示（图解R1的交互图）');
    expect(embedTitle(zh, { step: 'three', controls: false, whatIf: '?rate=3' })).toBe('演示：Three，假设情形，并非R1的实际数值（图解R1的图）');
    expect(embedTitle(fake, { step: 'two', controls: false })).toBe('Demo "quoted" <b>figure</b> & co: Two (figure from R1, Explained)');
    // A label that looks like a placeholder is shown as written, not filled.
    const odd: EmbedScene = { ...fake, steps: [{ id: 'one', label: '{whatIf}' }] };
    expect(embedTitle(odd, { controls: false, whatIf: '?rate=3' })).toContain(': {whatIf}, a what-if');
  });
  it('loader and Pym forms point at our site under the base', () => {
    expect(loaderSnippet('/sub/', 'https://example.org')).toBe('<script src="https://example.org/sub/embed.js" async></script>');
    const pym = pymSnippet(fake, {}, '/', 'https://example.org');
    expect(pym).toContain('data-pym-src="https://example.org/embed/demo/"');
    expect(pym).toContain('data-pym-optionalparams="false"');
  });
});

describe('snippet height', () => {
  it('covers the narrow design at its widest (480 px), which is the tallest', () => {
    const at480 = embedHeightAt(fake, 480);
    expect(at480).toBeGreaterThan(464 * 1.2);
    expect(embedHeight(fake)).toBeGreaterThanOrEqual(Math.ceil(at480));
  });
  it('is smaller without step buttons, larger with a long caption', () => {
    expect(embedHeight(fake, { controls: false })).toBeLessThan(embedHeight(fake));
    expect(embedHeight({ ...fake, captionChars: 600 })).toBeGreaterThan(embedHeight({ ...fake, captionChars: 100 }));
  });
  for (const [name, scene] of Object.entries(scenes)) {
    it(`${name}: a height between 400 and 1400 px for every step and option`, () => {
      const info = embedSceneInfo(scene, 'en');
      expect(info.captionChars).toBeGreaterThan(info.title.length);
      for (const s of scene.steps) {
        for (const controls of [true, false]) {
          const h = embedHeight(info, { step: s.id, controls });
          expect(h).toBeGreaterThan(400);
          expect(h).toBeLessThan(1400);
        }
      }
      // The snippet for every step parses as a single iframe.
      for (const s of scene.steps) expect(snippetFor(info, { step: s.id }, '/', 'http://x.test')).toMatch(/^<iframe [^<>]*><\/iframe>$/);
    });
  }
});
