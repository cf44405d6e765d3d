/**
 * What the end-to-end tests expect, from the sources rather than from dist/: the
 * chapters in content/chapters, the scenes in src/scenes (the registry's rule: a
 * folder with an index.ts) and each scene's steps from its module. A page missing
 * from the build then fails a test instead of silently removing it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import type { SceneModule } from '../../src/scenes/contract';

const root = join(import.meta.dirname, '../..');

/** Chapter slugs in reading order: content/chapters/NN-slug.mdx → /chapters/slug/. */
export const sourceChapters: string[] = readdirSync(join(root, 'content/chapters'))
  .sort()
  .map((f) => /^\d\d-(.+)\.mdx$/.exec(f)?.[1])
  .filter((s): s is string => !!s);

/** Chapters with a Chinese translation: content/zh/chapters/NN-slug.mdx → /zh/chapters/slug/. */
export const sourceZhChapters: string[] = readdirSync(join(root, 'content/zh/chapters'))
  .sort()
  .map((f) => /^\d\d-(.+)\.mdx$/.exec(f)?.[1])
  .filter((s): s is string => !!s);

/** Scene names: src/scenes/<name>/index.ts, as src/scenes/registry.ts finds them. */
export const sourceScenes: string[] = readdirSync(join(root, 'src/scenes'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'src/scenes', d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();

// jiti loads a scene module as the build does (TypeScript, JSON data imports), which
// Node's own loader cannot; the registry's import.meta.glob needs Vite, so the folders are listed above.
const jiti = createJiti(import.meta.url);
const modules = new Map<string, SceneModule>(
  await Promise.all(
    sourceScenes.map(async (name) => [name, await jiti.import<SceneModule>(join(root, 'src/scenes', name, 'index.ts'), { default: true })] as const),
  ),
);

/** Step ids of a scene, in order, from its module. */
export function sourceSteps(scene: string): string[] {
  const m = modules.get(scene);
  if (!m) throw new Error(`tests/e2e/sources.ts: no scene "${scene}" in src/scenes (scenes: ${sourceScenes.join(', ')})`);
  return m.steps.map((s) => s.id);
}

/** The (scene, step) pairs each chapter places, in reading order, from its MDX. */
function placedSteps(slug: string): [string, string][] {
  const file = readdirSync(join(root, 'content/chapters')).find((f) => f.replace(/^\d\d-/, '') === `${slug}.mdx`)!;
  const text = readFileSync(join(root, 'content/chapters', file), 'utf8');
  const out: [string, string][] = [];
  for (const block of text.matchAll(/<Scrolly\s+scene="([^"]+)"[\s\S]*?<\/Scrolly>/g)) {
    for (const m of block[0].matchAll(/<Step\s+id="([^"]+)"/g)) out.push([block[1]!, m[1]!]);
  }
  return out;
}

/**
 * The chapter that runs axe at a scene's step: the first one, in reading order, that
 * places it. A step shown in two chapters is the same figure, so it is checked once per size.
 */
export function axeChapterFor(scene: string, step: string): string | undefined {
  return sourceChapters.find((slug) => placedSteps(slug).some(([s, t]) => s === scene && t === step));
}
