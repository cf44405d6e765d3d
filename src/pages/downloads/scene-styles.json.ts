/**
 * /downloads/scene-styles.json: the scene styles the build writes onto every downloaded SVG
 * (src/downloads/scene-css.ts), for the browser to draw the same file for a reader's what-if
 * setup (src/client/setup-downloads.ts). Fetched only when a reader downloads a changed figure.
 */
import type { APIRoute } from 'astro';
import { siteSceneStyles } from '../../downloads';
import { stylesToJson } from '../../downloads/scene-css';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(stylesToJson(siteSceneStyles())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
