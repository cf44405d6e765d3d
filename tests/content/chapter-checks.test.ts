/**
 * What an author gets wrong, and the message they see. These run the same checks
 * the build runs (the remark plugin calls checkUsages), on small examples.
 */
import { describe, expect, it } from 'vitest';
import { checkScrollyHasSteps, checkUsages, type Usage } from '../../src/chapters/checks';
import { chapterRegistries } from '../../src/chapters/registries';

const reg = chapterRegistries();
const file = 'content/chapters/99-test.mdx';
const scrolly = (scene?: string, line = 3): Usage => ({ component: 'Scrolly', attrs: { scene }, line });
const step = (id: string | undefined, scene: string | null = 'benchmark-bars', line = 4): Usage => ({
  component: 'Step',
  attrs: { id },
  scene: scene ?? undefined,
  line,
});

describe('chapter checks', () => {
  it('accepts a valid scrolly', () => {
    expect(() => checkUsages(file, [scrolly('benchmark-bars'), step('maths'), step('coding')], reg)).not.toThrow();
  });
  it('unknown scene: names file, line, field and the valid scenes', () => {
    expect(() => checkUsages(file, [scrolly('benchmark-barz', 7)], reg)).toThrow(
      /content\/chapters\/99-test.mdx:7: <Scrolly scene>: unknown scene "benchmark-barz"\n {2}Fix: use one of: .*benchmark-bars/,
    );
  });
  it('missing scene attribute', () => {
    expect(() => checkUsages(file, [scrolly(undefined)], reg)).toThrow(/<Scrolly scene>: the scene attribute is missing/);
  });
  it("unknown step id lists the scene's steps", () => {
    expect(() => checkUsages(file, [scrolly('benchmark-bars'), step('algebra', 'benchmark-bars', 9)], reg)).toThrow(
      /99-test.mdx:9: <Step id>: unknown step "algebra" in scene "benchmark-bars"\n {2}Fix: use one of: maths, coding, codeforces, knowledge, summary/,
    );
  });
  it('duplicate step id', () => {
    expect(() => checkUsages(file, [scrolly('benchmark-bars'), step('maths'), step('maths', 'benchmark-bars', 12)], reg)).toThrow(
      /99-test.mdx:12: <Step id>: duplicate step id "maths"/,
    );
  });
  it('a Step outside a Scrolly', () => {
    expect(() => checkUsages(file, [step('maths', null)], reg)).toThrow(/a Step outside a <Scrolly>/);
  });
  it('a Scrolly with no Step', () => {
    expect(() => checkScrollyHasSteps(file, [scrolly('benchmark-bars')])).toThrow(/has no <Step>/);
  });
  it('unknown Fact id names the chapter and the id', () => {
    expect(() => checkUsages(file, [{ component: 'Fact', attrs: { id: 'training.gpuHourz' }, line: 20 }], reg)).toThrow(
      /99-test.mdx:20: <Fact id="training.gpuHourz">: unknown fact id/,
    );
  });
  it('a Fact whose source is unknown fails', () => {
    const r = { ...reg, facts: { 'x.y': { source: 'NOPE' } } };
    expect(() => checkUsages(file, [{ component: 'Fact', attrs: { id: 'x.y' } }], r)).toThrow(/the fact has no known source \("NOPE"\)/);
  });
  it('unknown Cite source and unknown Term', () => {
    expect(() => checkUsages(file, [{ component: 'Cite', attrs: { source: 'WIKIPEDIA' } }], reg)).toThrow(/<Cite source>: unknown source "WIKIPEDIA"/);
    expect(() => checkUsages(file, [{ component: 'Term', attrs: { id: 'no-such-term' } }], reg)).toThrow(/<Term id>: unknown glossary term "no-such-term"/);
  });
});
