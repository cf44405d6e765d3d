/**
 * A glossary term is a button, and browsers may break a line between a button and the mark after it:
 * the remark plugin moves that mark into the Term (`after`), drawn on the term's line. A line of
 * Chinese must never start with 。 or ，, as a line of English never starts with a full stop.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkChapter } from '../../src/chapters/remark-chapter';
import { chapterRegistries } from '../../src/chapters/registries';

async function termAfter(body: string, file: string): Promise<string[]> {
  const out = String(await compile({ path: file, value: body }, { remarkPlugins: [remarkChapter(chapterRegistries)] }));
  return [...out.matchAll(/after: "([^"]*)"/g)].map((m) => m[1]!);
}

describe('punctuation after a glossary term stays on its line', () => {
  it('English: the full stop and the comma move into the term', async () => {
    expect(await termAfter('A <Term id="batch">batch</Term>. And a <Term id="batch">batch</Term>, then.\n', 'content/chapters/99-x.mdx')).toEqual(['.', ',']);
  });
  it('Chinese: 。，、） move into the term; a following Han character does not', async () => {
    const body =
      '叫作一个<Term id="batch">批次</Term>。又是<Term id="batch">批次</Term>，以及（<Term id="batch">批次</Term>）和<Term id="batch">批次</Term>里。\n';
    expect(await termAfter(body, 'content/zh/chapters/99-x.mdx')).toEqual(['。', '，', '）']);
  });
});
