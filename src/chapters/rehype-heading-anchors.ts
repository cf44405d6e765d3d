/**
 * Rehype plugin: every h2 and h3 of a chapter gets an id (the same slug Astro would
 * give it, so `headings` and the table of contents agree) and, right after it, a
 * link to itself with an accessible name ("Link to this section: <heading>"). The
 * link sits beside the heading, not inside it, so the heading's own name stays
 * just its text for screen readers and the table of contents.
 *
 * Runs before Astro's own heading-id pass, which keeps ids that are already set. The link's
 * name is in the chapter's language (content/<lang>/chapters/ is that language's edition).
 */
import { asLocale } from '../i18n/paths';
import { t } from '../i18n/t';
interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

/** Same rules as github-slugger (which Astro uses): lower case, drop punctuation, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function textOf(node: HNode): string {
  if (node.type === 'text' || node.type === 'raw') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const LEVELS = new Set(['h2', 'h3']);

export function rehypeHeadingAnchors() {
  return (tree: HNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!/(^|[\\/])\d\d-[^\\/]+\.mdx$/.test(path)) return;
    const locale = asLocale(/[\\/]content[\\/]([a-z]{2})[\\/]chapters[\\/]/.exec(path)?.[1]);
    const seen = new Map<string, number>();
    const used = (slug: string) => {
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      return n === 0 ? slug : `${slug}-${n}`;
    };
    const visit = (parent: HNode) => {
      const kids = parent.children;
      if (!kids) return;
      for (let i = 0; i < kids.length; i++) {
        const node = kids[i]!;
        if (node.type === 'element' && node.tagName && /^h[1-6]$/.test(node.tagName)) {
          const text = textOf(node).trim();
          node.properties ??= {};
          if (typeof node.properties['id'] !== 'string') node.properties['id'] = used(slugify(text));
          else used(String(node.properties['id']));
          if (!LEVELS.has(node.tagName)) continue;
          const id = String(node.properties['id']);
          const anchor: HNode = {
            type: 'element',
            tagName: 'a',
            properties: { className: ['heading-anchor', 'ui'], href: `#${id}` },
            children: [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['visually-hidden'] },
                children: [{ type: 'text', value: t(locale, 'chapter.sectionLink', { heading: text }) }],
              },
            ],
          };
          const wrap: HNode = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrap', `heading-wrap--${node.tagName}`] },
            children: [node, anchor],
          };
          kids[i] = wrap;
          continue;
        }
        visit(node);
      }
    };
    visit(tree);
  };
}
