// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { remarkChapter } from './src/chapters/remark-chapter.ts';
import { chapterRegistries } from './src/chapters/registries.ts';
import { rehypeHeadingAnchors } from './src/chapters/rehype-heading-anchors.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { i18nBuild } from './src/integrations/i18n.ts';
import { astroCsp } from './src/security/csp.ts';
import { headers } from './src/integrations/headers.ts';
import { fonts } from './src/integrations/fonts.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { publicSite, SITE_URL_WARNING } from './src/lib/public-url.ts';

/**
 * BASE_PATH lets the site live under a sub-path (GitHub Pages: BASE_PATH=/r1-explained/).
 * SITE_URL is the public origin, used for canonical URLs, the sitemap and oEmbed, and for the
 * full addresses readers copy (src/lib/public-url.ts says where, and what a build without it does).
 */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  // OUT_DIR builds elsewhere (the sub-path test builds into dist-subpath/ next to dist/).
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  output: 'static',
  // English at "/", Chinese at "/zh/" with the same slugs (src/i18n/locales.ts). Pages serve both from one file
  // under src/pages/[...lang]/; Astro's i18n gives them Astro.currentLocale. No fallback: a Chinese page whose
  // translation is missing is not built (the chapter check lists what is missing), never redirected.
  i18n: { locales: ['en', 'zh'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // No code blocks in the chapters; Shiki's highlighting would need inline styles the CSP refuses.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkChapter(chapterRegistries, base)], rehypePlugins: [rehypeHeadingAnchors] }),
  },
  integrations: [
    fonts(),
    mdx(),
    react(),
    i18nBuild(),
    sitemap(),
    headers(),
    // One line at the start of a build without SITE_URL, saying what that affects.
    {
      name: 'r1-site-url',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (!publicSite()) logger.warn(SITE_URL_WARNING);
        },
      },
    },
  ],
  // A strict Content Security Policy on every page (src/security/csp.ts says what and why).
  security: { csp: astroCsp() },
  devToolbar: { enabled: false },
  // NO_MINIFY=1 keeps function names readable in browser profiles.
  // Caches live in the checkout, not in node_modules, so that git worktrees sharing one
  // node_modules never read each other's content store.
  vite: { build: { minify: !process.env.NO_MINIFY }, plugins: [modulePreload()], cacheDir: './.cache/vite' },
  // The build-error tests build into their own cache so they never disturb a real build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
});
