/**
 * The words a figure carries agree with what it draws and with themselves: no caption that
 * repeats its step title, no doubled signs from joining strings ("1,342 GB + +20%"), no shade
 * word that is true in one theme only ("darker" is brighter in dark mode), and every encoding
 * phrase a chapter borrows with <Encoding> is the one the figure itself shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenes, sceneNames } from '../../src/scenes/registry';
import { sizeFor, type Frame } from '../../src/scenes/contract';
import { frameOf, sceneWords } from '../../src/scenes/words';
import { stepTitle } from '../../src/scenes/kit/title';
import { checkUsages, type Registries } from '../../src/chapters/checks';

const SIZES = ['wide', 'narrow'] as const;
/** Words for a shade that flip meaning between the light and the dark theme. */
const THEME_WORDS = /\b(darker|darkest|lighter|lightest|brighter|brightest|paler|palest|fainter|faintest)\b/i;

function words(f: Frame): string[] {
  return [f.title, f.description, f.table.caption, ...f.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []))];
}
const frames = sceneNames.flatMap((name) =>
  sceneWords(scenes[name]!, 'en').steps.flatMap((step) =>
    SIZES.map((size) => ({ name, step, size, frame: frameOf(scenes[name]!, step.id, sizeFor(scenes[name]!, size), 'en') })),
  ),
);

describe('figure words', () => {
  it('a frame title never repeats its step label ("What fits where: What fits where")', () => {
    const bad = frames.filter(({ step, frame }) => {
      const norm = (s: string) =>
        s
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
      const rest = frame.title.startsWith(`${step.label}: `) ? frame.title.slice(step.label.length + 2) : null;
      return rest !== null && norm(rest).startsWith(norm(step.label));
    });
    expect(bad.map(({ name, step, frame }) => `${name}/${step.id}: "${frame.title}"`)).toEqual([]);
  });
  it('stepTitle drops the label when the headline already says it, and keeps it otherwise', () => {
    expect(stepTitle('What fits where', 'What fits where')).toBe('What fits where');
    expect(stepTitle('Four stages', 'Four stages made DeepSeek-R1')).toBe('Four stages made DeepSeek-R1');
    expect(stepTitle('Maths score', 'R1-Zero taught itself maths')).toBe('Maths score: R1-Zero taught itself maths');
  });
  it('no text doubles a sign where two strings were joined ("+ +20%")', () => {
    const bad = frames.flatMap(({ name, step, size, frame }) =>
      words(frame)
        .filter((w) => /\+\s*\+|\s-\s+-\d|=\s*=/.test(w))
        .map((w) => `${name}/${step.id} (${size}): "${w}"`),
    );
    expect(bad).toEqual([]);
  });
  it('no figure text describes a shade with a word that holds in one theme only', () => {
    const bad = frames.flatMap(({ name, step, size, frame }) =>
      words(frame)
        .filter((w) => THEME_WORDS.test(w))
        .map((w) => `${name}/${step.id} (${size}): "${w}"`),
    );
    expect(bad).toEqual([]);
  });
  it('no chapter describes a figure with a word that holds in one theme only (use <Encoding id="…" />)', () => {
    const dir = new URL('../../content/chapters/', import.meta.url);
    const bad = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) =>
        readFileSync(new URL(f, dir), 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line })),
      )
      .filter(({ line }) => THEME_WORDS.test(line))
      .map(({ f, i, line }) => `content/chapters/${f}:${i + 1}: ${THEME_WORDS.exec(line)![0]}`);
    expect(bad).toEqual([]);
  });
  for (const name of sceneNames.filter((n) => scenes[n]!.encodings)) {
    it(`${name}: each encoding phrase is theme-neutral and shown by the figure at its step`, () => {
      const scene = scenes[name]!;
      for (const [id, phrase] of Object.entries(scene.encodings!)) {
        expect(phrase, `${name} encoding "${id}"`).not.toMatch(THEME_WORDS);
        const step = scene.steps.find((s) => s.id === id);
        expect(step, `${name}: encoding "${id}" is keyed by a step id`).toBeDefined();
        // "a stronger shade means …" -> the figure must say "stronger shade" too.
        const core = phrase
          .replace(/^(a|an|the)\s+/i, '')
          .split(/\s+/)
          .slice(0, 2)
          .join(' ')
          .toLowerCase();
        for (const size of SIZES) {
          const text = words(frameOf(scene, id, sizeFor(scene, size), 'en'))
            .join(' ')
            .toLowerCase();
          expect(text, `${name}/${id} (${size}) should show "${core}"`).toContain(core);
        }
      }
    });
  }
  it('moe-routing names the shape a group is drawn in: "a block" when a group takes two rows, "a row" when one', () => {
    const scene = scenes['moe-routing']!;
    for (const step of ['affinity', 'top-8']) {
      const f = frameOf(scene, step, sizeFor(scene, 'narrow'), 'en');
      const g1 = f.marks.filter(
        (m) => m.kind === 'rect' && /^expert:\d+$/.test(m.key) && Number(m.key.split(':')[1]) < scene.data.settings.nExperts / scene.data.settings.nGroups,
      );
      const rows = new Set(g1.map((m) => (m as { y: number }).y)).size;
      const text = words(f).join(' ');
      if (/a (row|block) = a group/.test(text)) expect(text, step).toContain(rows === 1 ? 'a row = a group' : 'a block = a group');
    }
  });
  it('a scene note (shown at every step) of the training scene does not describe curves the flowchart lacks', () => {
    expect(scenes['training']!.note ?? '').not.toMatch(/curve/i);
  });
});

describe('<Encoding> in chapters', () => {
  const reg: Registries = {
    scenes: { s: { steps: [{ id: 'a' }], encodings: { shade: 'a stronger shade means more' } } },
    facts: {},
    glossary: {},
    sources: {},
  };
  it('accepts an encoding of the enclosing scene and names the fix for an unknown one', () => {
    expect(() =>
      checkUsages(
        'x.mdx',
        [
          { component: 'Scrolly', attrs: { scene: 's' } },
          { component: 'Encoding', attrs: { id: 'shade' }, scene: 's', line: 3 },
        ],
        reg,
      ),
    ).not.toThrow();
    expect(() =>
      checkUsages(
        'x.mdx',
        [
          { component: 'Scrolly', attrs: { scene: 's' } },
          { component: 'Encoding', attrs: { id: 'darker' }, scene: 's', line: 3 },
        ],
        reg,
      ),
    ).toThrow(/x\.mdx:3.*unknown encoding "darker".*shade/s);
    expect(() => checkUsages('x.mdx', [{ component: 'Encoding', attrs: { id: 'shade' }, line: 4 }], reg)).toThrow(/outside a <Scrolly>/);
  });
});
