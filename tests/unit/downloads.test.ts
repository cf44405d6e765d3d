import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { sceneWords } from '../../src/scenes/words';
import { BOM, csvCell, tableCsv } from '../../src/downloads/csv';
import { sceneStyleFiles, sourceLine, stepSvg, stepTable, siteSceneStyles } from '../../src/downloads';
import { readFileSync } from 'node:fs';
import { svgToPng } from '../../src/downloads/png';
import { downloadPaths } from '../../src/downloads/paths';
import { collectSceneStyles, computeStyle, resolveValue } from '../../src/downloads/scene-css';
import { xmlEscape } from '../../src/downloads/standalone-svg';
import { measure, wrap } from '../../src/scenes/kit/text';
import { parseCsv } from '../helpers/csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(-3)).toBe('-3');
  });
  it('defuses spreadsheet formulas in text cells', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('refuses NaN and ragged rows', () => {
    expect(() => csvCell(NaN)).toThrow();
    expect(() => tableCsv({ caption: 'x', columns: ['a', 'b'], rows: [['1']] })).toThrow(/row 1 has 1 cells/);
  });
  it('round-trips a tricky table', () => {
    const t = {
      caption: 'c',
      columns: ['Model', 'Note, with comma'],
      rows: [
        ['R1 "zero"', 'a\r\nb'],
        ['o1', 12.5],
      ] as (string | number)[][],
    };
    const csv = tableCsv(t);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([t.columns, ['R1 "zero"', 'a\r\nb'], ['o1', '12.5']]);
  });
  for (const name of sceneNames) {
    it(`${name}: every step's CSV is its data table (header + rows)`, () => {
      const scene = scenes[name]!;
      for (const step of scene.steps) {
        const table = stepTable(scene, step.id, 'en');
        const parsed = parseCsv(tableCsv(table).slice(1));
        expect(parsed[0]).toEqual(table.columns);
        expect(parsed.slice(1)).toEqual(table.rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : csvCell(v).startsWith("'") ? `'${v}` : v))));
        expect(parsed.length).toBe(table.rows.length + 1);
      }
    });
  }
});

describe('scene styles for files', () => {
  const vars = new Map([
    ['--fg', '#1d1d1f'],
    ['--a', '#ff0000'],
    ['--b', '#0000ff'],
    ['--alias', 'var(--a)'],
  ]);
  it('resolves var(), with fallbacks and aliases', () => {
    expect(resolveValue('var(--fg)', vars)).toBe('#1d1d1f');
    expect(resolveValue('var(--alias)', vars)).toBe('#ff0000');
    expect(resolveValue('var(--nope, #123456)', vars)).toBe('#123456');
    expect(() => resolveValue('var(--nope)', vars)).toThrow(/not defined.*tokens\.ts/);
  });
  it('refuses light-dark() and color-mix() in scene styles: theme pairs and mixes are tokens', () => {
    expect(() => resolveValue('light-dark(#111111, #eeeeee)', vars, 'src/scenes/x/style.css: .scene svg .a { fill }')).toThrow(
      /x\/style\.css.*light-dark\(\).*tokens\.ts/,
    );
    expect(() => resolveValue('color-mix(in srgb, var(--a) 25%, var(--b))', vars)).toThrow(/color-mix\(\).*tokens\.ts/);
  });
  it('cascades by specificity, then order, and skips @media', () => {
    const styles = collectSceneStyles(
      {
        file: 'x.css',
        text: `:root { --c: #111111; }
          .scene svg text { fill: var(--c); }
          .scene svg .a.b { fill: #00ff00; }
          .scene svg .a { fill: #ff0000; stroke: #000000; cursor: pointer; }
          @media (prefers-color-scheme: dark) { .scene svg .a { fill: #ffffff; } }
          .page h1 { color: red; }`,
      },
      () => {
        throw new Error('no imports');
      },
    );
    expect(Object.fromEntries(computeStyle(styles, 'text', ['a']))).toEqual({ fill: '#ff0000', stroke: '#000000' });
    expect(computeStyle(styles, 'rect', ['a', 'b']).get('fill')).toBe('#00ff00');
    expect(computeStyle(styles, 'text', []).get('fill')).toBe('#111111');
  });
  it('matches attribute tests on data-key', () => {
    const styles = collectSceneStyles(
      {
        file: 'x.css',
        text: `.scene svg rect[data-key^='expert:'].on { fill: #010101; } .scene svg .on { fill: #020202; } .scene svg [data-key="k"] { stroke: #030303; }`,
      },
      () => ({ file: '', text: '' }),
    );
    expect(computeStyle(styles, 'rect', ['on'], { 'data-key': 'expert:3' }).get('fill')).toBe('#010101');
    expect(computeStyle(styles, 'rect', ['on'], { 'data-key': 'router' }).get('fill')).toBe('#020202');
    expect(computeStyle(styles, 'text', ['on'], { 'data-key': 'expert:3' }).get('fill')).toBe('#020202');
    expect(computeStyle(styles, 'line', [], { 'data-key': 'k' }).get('stroke')).toBe('#030303');
  });
  it('fails loudly, naming the file, on a selector it cannot apply', () => {
    expect(() => collectSceneStyles({ file: 'src/scenes/z/style.css', text: '.scene svg g > .x { fill: red; }' }, () => ({ file: '', text: '' }))).toThrow(
      /z\/style\.css: selector/,
    );
  });
  it('reads every scene folder’s style.css, the files src/scenes/styles.ts bundles into the page', () => {
    const files = sceneStyleFiles().map((f) => f.file);
    expect(files).toContain('src/scenes/moe-routing/style.css');
    const rulesFrom = new Set(siteSceneStyles().rules.map((r) => r.file));
    for (const f of files) expect(rulesFrom.has(f), f).toBe(true);
    expect(readFileSync(new URL('../../src/scenes/styles.ts', import.meta.url), 'utf8')).toContain("import.meta.glob('./*/style.css', { eager: true })");
  });
  it('no class is styled by two scenes’ style.css (they load in name order, so a shared class would take the other scene’s colour; is-* states only ever qualify a scene’s own class)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of sceneStyleFiles()) {
      const own = new Set(
        [...f.text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]!).filter((c) => c !== 'scene' && !c.startsWith('is-')),
      );
      for (const c of own) {
        const prev = owner.get(c);
        if (prev && prev !== f.file) clashes.push(`.${c}: ${prev} and ${f.file}`);
        owner.set(c, f.file);
      }
    }
    expect(clashes).toEqual([]);
  });
  it('reads the whole site stylesheet', () => {
    const s = siteSceneStyles();
    expect(s.rules.length).toBeGreaterThan(50);
    expect(resolveValue('var(--r1)', s.vars)).toBe('#1d4ed8');
  });
  it('escapes XML and wraps lines', () => {
    expect(xmlEscape(`<a & "b">\u0001`)).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    const lines = wrap('word '.repeat(60).trim(), { width: 300, size: 11 });
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measure(l, { size: 11 })).toBeLessThanOrEqual(300);
  });
});

describe('standalone SVG and PNG', () => {
  for (const name of sceneNames) {
    it(`${name}: every step is well-formed XML with no CSS variables, titled, with the source line`, () => {
      const scene = scenes[name]!;
      for (const step of scene.steps) {
        const { svg, width, height, frame } = stepSvg(scene, step.id, `https://example.org/embed/${name}/${step.id}/`, 'en');
        // resvg's XML reader is strict: an unescaped & or a mismatched tag throws.
        const r = new Resvg(svg, { font: { loadSystemFonts: false } });
        expect(r.width).toBe(width);
        expect(r.height).toBe(height);
        expect(svg).not.toMatch(/var\(|light-dark\(|color-mix\(/);
        expect(svg).toContain(
          `<title id="t">${xmlEscape(`${sceneWords(scene, 'en').title}: ${sceneWords(scene, 'en').steps.find((x) => x.id === step.id)!.label}`)}</title>`,
        );
        // The source line is drawn as text (wrapped), and complete in <desc>.
        const firstSource = xmlEscape(sourceLine(scene, 'en').split(' ').slice(0, 3).join(' '));
        expect(svg).toMatch(new RegExp(`<text [^>]*>${firstSource.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        expect(svg).toContain(xmlEscape(sourceLine(scene, 'en')));
        expect(svg).toContain(`https://example.org/embed/${name}/${step.id}/`);
        // Every mark of the frame is in the file.
        for (const kind of ['rect', 'text', 'line', 'circle', 'path']) {
          const inFrame = frame.marks.filter((m) => m.kind === kind).length;
          const inFile = (svg.match(new RegExp(`<${kind}\\b[^>]*data-key=`, 'g')) ?? []).length;
          expect(inFile, `${kind} marks`).toBe(inFrame);
        }
      }
    });
  }
  it('renders a PNG at twice the SVG size that is not blank', () => {
    const scene = scenes[sceneNames[0]!]!;
    const { svg, width, height } = stepSvg(scene, scene.steps[0]!.id, 'https://example.org/x/', 'en');
    const { png, width: w, height: h } = svgToPng(svg);
    expect([w, h]).toEqual([width * 2, height * 2]);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    const pixels = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false } }).render().pixels;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add(pixels.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(5);
  });

  it('each edition has its own files, in its own words: a Chinese page links /zh/downloads/, whose SVG says 来源 and 图解R1', () => {
    expect(downloadPaths('cost', 'bill', 'en').png).toBe('/downloads/cost/bill.png');
    expect(downloadPaths('cost', 'bill', 'zh')).toEqual({
      svg: '/zh/downloads/cost/bill.svg',
      png: '/zh/downloads/cost/bill.png',
      csv: '/zh/downloads/cost/bill.csv',
    });
    const scene = scenes['benchmark-bars']!;
    expect(sourceLine(scene, 'en')).toMatch(/^Source: .*\) ?/);
    const zh = sourceLine(scene, 'zh');
    expect(zh).toMatch(/^来源：/);
    // Source titles stay in their own language; the sentence around them is Chinese.
    expect(zh).toContain('（DeepSeek，');
    expect(zh).not.toMatch(/Source: |\); /);
    const { svg } = stepSvg(scene, 'summary', 'https://example.org/zh/embed/benchmark-bars/summary/', 'zh');
    expect(svg).toContain('图解R1 · https://example.org/zh/embed/benchmark-bars/summary/');
    expect(svg).not.toContain('R1, Explained');
    // The file's own lines: the step line and the title in Chinese.
    expect(svg).toMatch(/第\d步，共\d步 · /);
    expect(svg).not.toMatch(/Step \d of \d/);
    expect(svg).toMatch(/<title id="t">[^<]*：[^<]*<\/title>/);
  });
  it('a Chinese PNG draws its Chinese words: svgToPng loads the Chinese cut for zh (without it the glyphs are left out)', () => {
    const { svg } = stepSvg(scenes['benchmark-bars']!, 'summary', 'https://example.org/zh/x/', 'zh');
    // More ink compresses to more bytes: the same SVG with its Chinese drawn is clearly the larger PNG.
    const bytes = (locale: 'en' | 'zh') => svgToPng(svg, 1, locale).png.length;
    expect(bytes('zh')).toBeGreaterThan(bytes('en') * 1.05);
  });
});
