/** robots.txt: everything may be crawled; the sitemap is written after the build (src/integrations/sitemap.ts). */
import type { APIRoute } from 'astro';
import { url } from '../consts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(url('/sitemap.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
