/**
 * What the engine runs must see, read from the sources (content/chapters/*.mdx), so a
 * chapter, scene or step missing from dist/ fails instead of silently dropping a check.
 * The built pages are only used to cross-check: each chapter page and each scene's embed
 * page must exist, and an embed page must offer a button for every step the chapters use.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The figures a chapter's MDX places, in order: `<Scrolly scene>` with its `<Step id>`s. */
export function scrolliesOf(mdx) {
  const blocks = [];
  let open = null;
  for (const m of mdx.matchAll(/<Scrolly\s+scene="([^"]+)"|<\/Scrolly>|<Step\s+id="([^"]+)"/g)) {
    if (m[1]) blocks.push((open = { scene: m[1], steps: [] }));
    else if (m[2]) {
      if (!open) throw new Error(`<Step id="${m[2]}"> outside a <Scrolly>`);
      open.steps.push(m[2]);
    } else open = null;
  }
  return blocks;
}

/**
 * The one Chinese chapter the engines also walk: Chinese labels wrap by their own rules (kit/text-zh) and
 * the page loads the Chinese cut, both in each engine; one chapter with a what-if and counts in 亿 samples
 * that at a tenth of the cost of walking all nine again (the Chromium suite walks them all).
 */
export const ZH_SAMPLE = 'active-parameters';

/** Chapters from content/chapters/NN-slug.mdx: { slug, file, page, dir, scrollies }; `lang` 'zh' reads content/zh/chapters/. */
export function chaptersFromSources(root = '.', lang = 'en') {
  const sub = lang === 'en' ? 'chapters' : join(lang, 'chapters');
  const dir = join(root, 'content', sub);
  return readdirSync(dir)
    .filter((f) => /\.mdx$/.test(f))
    .sort()
    .map((file) => {
      const slug = file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
      const prefix = lang === 'en' ? '' : `/${lang}`;
      return {
        slug,
        file: `content/${sub}/${file}`,
        page: `${prefix}/chapters/${slug}/`,
        dir: join(...(lang === 'en' ? [] : [lang]), 'chapters', slug),
        scrollies: scrolliesOf(readFileSync(join(dir, file), 'utf8')),
      };
    });
}

/** Step ids on a built embed page, from its step buttons. */
export function embedStepsIn(html) {
  return [...html.matchAll(/data-goto-step="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * The plan: chapters (with their scrollies) and embed scenes (with the steps their
 * buttons offer), plus `problems`: pages the sources promise that dist/ lacks.
 */
export function planFrom(root = '.', dist = 'dist') {
  const problems = [];
  const chapters = [...chaptersFromSources(root), ...chaptersFromSources(root, 'zh').filter((c) => c.slug === ZH_SAMPLE)].filter((c) => c.scrollies.length > 0);
  for (const c of chapters) if (!existsSync(join(dist, c.dir, 'index.html'))) problems.push(`${c.file}: no page dist/${c.dir}/index.html`);
  const used = new Map();
  for (const c of chapters) for (const s of c.scrollies) used.set(s.scene, [...new Set([...(used.get(s.scene) ?? []), ...s.steps])]);
  const embeds = [];
  for (const [scene, steps] of used) {
    const page = join(dist, 'embed', scene, 'index.html');
    if (!existsSync(page)) {
      problems.push(`scene ${scene}: no embed page dist/embed/${scene}/index.html`);
      continue;
    }
    const offered = embedStepsIn(readFileSync(page, 'utf8'));
    const lacking = steps.filter((s) => !offered.includes(s));
    if (lacking.length) problems.push(`dist/embed/${scene}/: no step button for ${lacking.join(', ')} (used in a chapter)`);
    embeds.push({ scene, steps: offered });
  }
  return { chapters: chapters.filter((c) => existsSync(join(dist, c.dir, 'index.html'))), embeds, problems };
}
