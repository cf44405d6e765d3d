/** Chapter headings get a link to themselves whose accessible name is in the chapter's language. */
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from '../../src/chapters/rehype-heading-anchors';

interface H {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: H[];
}
const heading = (text: string): H => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] }],
});
const linkName = (tree: H): string => {
  const anchor = tree.children![0]!.children![1]!;
  return anchor.children![1]!.children![0]!.value!;
};

describe('heading anchors', () => {
  it('name the link in the chapter’s language: English under content/chapters, Chinese under content/zh/chapters', () => {
    const en = heading('Many small networks');
    rehypeHeadingAnchors()(en, { path: '/repo/content/chapters/02-mixture-of-experts.mdx' });
    expect(linkName(en)).toBe('Link to this section: Many small networks');
    const zh = heading('许多小网络');
    rehypeHeadingAnchors()(zh, { path: '/repo/content/zh/chapters/02-mixture-of-experts.mdx' });
    expect(linkName(zh)).toBe('本节链接：许多小网络');
    expect(zh.children![0]!.children![0]!.properties!['id']).toBe('许多小网络');
  });
});
