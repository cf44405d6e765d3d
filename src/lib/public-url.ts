/**
 * The site's public address (SITE_URL) and where a reader sees it.
 *
 * Links that stay on the site are root-relative (url() in consts.ts). A full address is
 * written only where a copy leaves the site: embed snippets, Cite this, handouts, the
 * credit line of downloaded figures (all shown to a reader), and canonical/og: tags,
 * oEmbed and the sitemap (read by machines). A build without SITE_URL cannot know the
 * public host, so what a reader sees gives the path under the base instead of a made-up
 * host, and the embed dialog fills in the page's own origin in the browser. The
 * machine-read places keep Astro's `site` (http://localhost:4321 by default, what
 * `npm start` serves), and the build prints one warning saying so (astro.config.mjs).
 */
import { absoluteUrl } from './cite';

/** The public origin the build was given, or undefined for a local build. */
export function publicSite(env: Record<string, string | undefined> = process.env): string | undefined {
  const s = env['SITE_URL']?.trim();
  return s ? s : undefined;
}

/** An address shown to a reader: absolute on the public site when SITE_URL is set, else the path under the base. */
export function readerUrl(base: string, path: string, env: Record<string, string | undefined> = process.env): string {
  const site = publicSite(env);
  if (site) return absoluteUrl(site, base, path);
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return b + path.replace(/^\/+/, '');
}

/** The one warning line a build without SITE_URL prints. */
export const SITE_URL_WARNING =
  'SITE_URL is not set: pages show site paths instead of full addresses (embed snippets, Cite this, handouts, figure downloads), and canonical/og: tags, oEmbed and the sitemap name http://localhost:4321. Set SITE_URL=https://your.host when building for a real host.';
