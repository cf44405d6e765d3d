/**
 * Vite preloads a dynamic import's chunks with <link rel="modulepreload"> (loadScene
 * imports the scene module that way). It lists every chunk the imported one needs,
 * including those the importing page script already imported statically, which are
 * loaded and run by then. Preloading those is useless everywhere, and Firefox reports
 * each such link as a failed load (an `error` event on the link) although the module
 * works. This drops, from each dynamic import's preload list, the chunks a page may
 * already have: the static imports of every page script, followed transitively.
 */
import type { Plugin } from 'vite';

interface ChunkLike {
  type: string;
  imports?: string[];
  isEntry?: boolean;
}

export function modulePreload(): Plugin {
  let bundle: Record<string, ChunkLike> = {};
  /** The chunks a chunk imports statically, all the way down. */
  const loadedWith = (file: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of bundle[f]?.imports ?? []) visit(i);
    };
    visit(file);
    return seen;
  };
  const resolveDependencies = (_file: string, deps: string[]): string[] => {
    // A chunk some page script imports statically may already be loaded on the page
    // (the cost chapter's calculator loads the chart kit the cost scene needs): leave it
    // to the module graph. The scene's own chunks are still preloaded.
    const loaded = new Set<string>();
    for (const f of Object.keys(bundle)) if (bundle[f]!.isEntry) for (const c of loadedWith(f)) loaded.add(c);
    return deps.filter((d) => !loaded.has(d));
  };
  return {
    name: 'r1:module-preload',
    apply: 'build',
    // Astro sets build.modulePreload for every build; the browser build takes ours.
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: { polyfill: false, resolveDependencies } } } : undefined),
    // Runs before Vite's own generateBundle, which calls resolveDependencies.
    generateBundle: {
      order: 'pre',
      handler(_options, b) {
        bundle = b as unknown as Record<string, ChunkLike>;
      },
    },
  };
}
