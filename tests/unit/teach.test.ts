import { describe, expect, it } from 'vitest';
import { figuresInMdx } from '../../src/lib/teach';

describe('figuresInMdx', () => {
  it('lists each Scrolly scene with its step ids, in order', () => {
    const mdx =
      'Intro\n<Scrolly scene="cost">\n<Step id="hours">\n\nA\n\n</Step>\n<Step id="dollars">\nB\n</Step>\n</Scrolly>\n\nMore\n\n<Scrolly scene="memory-fit">\n<Step id="full-model">x</Step>\n</Scrolly>';
    expect(figuresInMdx(mdx)).toEqual([
      { scene: 'cost', steps: ['hours', 'dollars'] },
      { scene: 'memory-fit', steps: ['full-model'] },
    ]);
  });
  it('finds nothing in a chapter without figures', () => {
    expect(figuresInMdx('# Title\n\nJust text with a <Fact id="x" />.')).toEqual([]);
  });
});
