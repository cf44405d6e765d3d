/**
 * Remark plugin for chapters: collects the scenes, steps, facts, citations and
 * terms an MDX chapter places, checks them (checks.ts) so a typo fails the build
 * with file, line and fix, and annotates the tree:
 *  - each <Step> and <Encoding> gets `scene` (its Scrolly's scene), so the author never repeats it,
 *    and `pos`/`count`/`prev`/`next` among the steps its Scrolly places;
 *  - each <Fact>/<Cite> gets `n`, its footnote number in this chapter;
 *  - each <Term> gets `k`, its position in the chapter (a page-unique key for its popover);
 *  - the chapter's frontmatter gets `citations` (source ids in footnote order),
 *    `terms` (glossary ids used, in order of first use), `scenes` (scenes placed),
 *    `firstSteps` (scene -> the first of its steps placed here), `placed` (every
 *    [scene, step] its Scrollys show, in page order),
 *    `words` and `minutesRead`;
 *  - citation marks are kept quiet (quietCitations): one per source in a step card or a
 *    paragraph (later <Fact>s of that source get `quiet`, later <Cite>s are dropped), and
 *    a mark hugs the word before it. Every source still counts, so the chapter's
 *    numbered list is the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkScrollyHasSteps, checkUsages, type Registries, type Usage } from './checks';

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const COMPONENTS = new Set(['Scrolly', 'Step', 'Fact', 'Cite', 'Term', 'Encoding']);

function attrs(node: Node): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const a of node.attributes ?? []) {
    if (a.type === 'mdxJsxAttribute') out[a.name] = typeof a.value === 'string' ? a.value : undefined;
  }
  return out;
}

function setAttr(node: Node, name: string, value: string): void {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Han characters: a Chinese reader reads about 400 a minute, so each counts as half of a 200-a-minute English word. */
const HAN = /\p{Script=Han}/gu;

/** Reading length in English-word equivalents (English text: its words). */
export function wordsIn(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  // What is left between Han characters may be only full-width punctuation (，。“”): not a word.
  return (
    text
      .replace(HAN, ' ')
      .split(/\s+/)
      .filter((w) => w && !(han > 0 && /^[\u3000-\u303f\uff00-\uffef“”‘’…—·]+$/.test(w))).length +
    han / 2
  );
}

function countWords(node: Node): number {
  if (node.type === 'text' && typeof node.value === 'string') return wordsIn(node.value);
  return (node.children ?? []).reduce((n, c) => n + countWords(c), 0);
}

/**
 * A translated chapter links to the same language's chapters ("/zh/chapters/x/"). While a
 * chapter is not translated yet, such a link goes to the English original instead, so the
 * edition builds with no broken link while translators work. `root` is the checkout.
 */
export function linkToTranslated(url: string, root = process.cwd()): string {
  const m = /^\/([a-z]{2})\/chapters\/([a-z0-9-]+)\/(.*)$/.exec(url);
  if (!m) return url;
  const [, lang, slug, rest] = m;
  const dir = path.join(root, 'content', lang!, 'chapters');
  const have = fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith(`-${slug}.mdx`) && /^\d\d-/.test(f));
  return have ? url : `/chapters/${slug}/${rest}`;
}

/**
 * Authors link to other pages as "/chapters/…/"; under a sub-path (BASE_PATH) those
 * links get the base prefixed here, so chapters never need to know where the site lives.
 */
function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || base === '/' || url.startsWith(base)) return url;
  return base.replace(/\/$/, '') + url;
}

const MARKERS = new Set(['Fact', 'Cite']);
/** Blocks outside a step card that each get at most one mark per source. */
const PROSE_BLOCKS = new Set(['paragraph', 'listItem', 'tableCell', 'heading', 'blockquote']);

/**
 * Fewer, quieter footnote marks: within a step card (a <Step>) or a block of prose, only
 * the first mark of each source is shown, so "GB[2] [2]" becomes "GB[2]". A kept <Cite>
 * loses the space before it, so it stays on the line of its word (Cite.astro adds a word
 * joiner too). Run after the walk that numbered them: `sourceOf` gives a mark's source.
 */
export function quietCitations(tree: Node, sourceOf: (node: Node) => string | undefined): void {
  const visit = (node: Node, seen: Set<string> | undefined) => {
    let scope = seen;
    const isStep = node.type === 'mdxJsxFlowElement' && node.name === 'Step';
    if (isStep || (!seen && PROSE_BLOCKS.has(node.type))) scope = new Set();
    const kids = node.children ?? [];
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if ((c.type === 'mdxJsxTextElement' || c.type === 'mdxJsxFlowElement') && c.name && MARKERS.has(c.name) && scope) {
        const src = sourceOf(c);
        if (!src) continue;
        const prev = kids[i - 1] as (Node & { value?: string }) | undefined;
        if (!scope.has(src)) {
          scope.add(src);
          if (c.name !== 'Cite') continue;
          if (prev?.type === 'text' && typeof prev.value === 'string') prev.value = prev.value.replace(/\s+$/, '');
          // A glossary term is a button, and a browser may break a line after a button
          // whatever follows: a mark right after one is kept with it in a nowrap span.
          let t = i - 1;
          while (t >= 0 && kids[t]!.type === 'text' && (kids[t] as { value?: string }).value === '') t--;
          const term = kids[t];
          if (term && term.type === 'mdxJsxTextElement' && term.name === 'Term') {
            const keep: Node = {
              type: 'mdxJsxTextElement',
              name: 'span',
              attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'cite-keep' }],
              children: [term, c],
            };
            kids.splice(t, i - t + 1, keep);
            i = t;
          }
          continue;
        }
        if (c.name === 'Fact') {
          setAttr(c, 'quiet', 'true');
          continue;
        }
        // A repeated <Cite>: drop it, and the space that led up to it.
        if (prev?.type === 'text' && typeof prev.value === 'string') prev.value = prev.value.replace(/\s+$/, '');
        kids.splice(i, 1);
        i--;
        continue;
      }
      visit(c, scope);
    }
  };
  visit(tree, undefined);
}

export function remarkChapter(getRegistries: () => Registries, base = '/') {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- vfile's data is an open bag that Astro reads back as `astro.frontmatter`
  return () => (tree: Node, file: { path?: string; data: Record<string, any> }) => {
    const abs = file.path ?? 'unknown.mdx';
    const rel = path.relative(process.cwd(), abs) || abs;
    // Only chapters (NN-slug.mdx) are checked; other MDX (if any) is left alone.
    if (!/(^|[\\/])\d\d-[^\\/]+\.mdx$/.test(abs)) return;
    const usages: Usage[] = [];
    const citations: string[] = [];
    const terms: string[] = [];
    let termCount = 0;
    const scenesPlaced: string[] = [];
    const firstSteps: Record<string, string> = {};
    const placedSteps: [string, string][] = [];
    const walk = (node: Node, scene: string | undefined) => {
      let inner = scene;
      if ((node.type === 'link' || node.type === 'definition') && typeof (node as { url?: unknown }).url === 'string') {
        const link = node as unknown as { url: string };
        link.url = withBase(linkToTranslated(link.url), base);
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && COMPONENTS.has(node.name)) {
        const a = attrs(node);
        const u: Usage = { component: node.name, attrs: a, line: node.position?.start.line, scene };
        usages.push(u);
        if (node.name === 'Scrolly') {
          inner = a['scene'];
          // A chapter may place some of a scene's steps, in its own order: each Step
          // learns its neighbours and position among the steps placed here.
          const placed = (node.children ?? []).filter((c) => c.type === 'mdxJsxFlowElement' && c.name === 'Step');
          const ids = placed.map((c) => attrs(c)['id'] ?? '');
          placed.forEach((c, k) => {
            setAttr(c, 'pos', String(k + 1));
            setAttr(c, 'count', String(placed.length));
            if (k > 0) setAttr(c, 'prev', ids[k - 1]!);
            if (k < placed.length - 1) setAttr(c, 'next', ids[k + 1]!);
          });
          if (ids[0]) setAttr(node, 'first', ids[0]);
          if (a['scene'] && !scenesPlaced.includes(a['scene'])) {
            scenesPlaced.push(a['scene']);
            if (ids[0]) firstSteps[a['scene']] = ids[0];
          }
        }
        if (node.name === 'Step' && scene) {
          setAttr(node, 'scene', scene);
          if (a['id']) placedSteps.push([scene, a['id']]);
        }
        if (node.name === 'Encoding' && scene) setAttr(node, 'scene', scene);
        if (node.name === 'Term') {
          setAttr(node, 'k', String(++termCount));
          if (a['id'] && !terms.includes(a['id'])) terms.push(a['id']);
        }
        if (node.name === 'Fact' || node.name === 'Cite') {
          const reg = getRegistries();
          const src = node.name === 'Cite' ? a['source'] : a['id'] ? reg.facts[a['id']]?.source : undefined;
          if (src) {
            if (!citations.includes(src)) citations.push(src);
            setAttr(node, 'n', String(citations.indexOf(src) + 1));
          }
        }
      }
      const kids = node.children ?? [];
      kids.forEach((c, i) => {
        // A Term is a button, and browsers may break a line between a button and the
        // full stop after it: the punctuation moves inside the Term (its `after`), kept on its line.
        // Chinese closing marks too: a line must not start with 。 or ，(seen after 批次 in chapter 2).
        const next = kids[i + 1] as (Node & { value?: string }) | undefined;
        if (c.type === 'mdxJsxTextElement' && c.name === 'Term' && next?.type === 'text' && typeof next.value === 'string') {
          const m = /^[.,;:!?)\]’”'"，。、；：！？）》」』】〕…]+/.exec(next.value);
          if (m) {
            setAttr(c, 'after', m[0]);
            next.value = next.value.slice(m[0].length);
          }
        }
        walk(c, inner);
      });
    };
    walk(tree, undefined);
    const reg = getRegistries();
    quietCitations(tree, (n) => {
      const a = attrs(n);
      return n.name === 'Cite' ? a['source'] : a['id'] ? reg.facts[a['id']]?.source : undefined;
    });
    checkUsages(rel, usages, reg);
    checkScrollyHasSteps(rel, usages);
    const words = countWords(tree);
    file.data['astro'] ??= {};
    file.data['astro'].frontmatter ??= {};
    Object.assign(file.data['astro'].frontmatter, {
      citations,
      terms,
      scenes: scenesPlaced,
      firstSteps,
      placed: placedSteps,
      words,
      minutesRead: Math.max(1, Math.round(words / 200)),
    });
  };
}
