/**
 * A host page on a second local origin, the way a teacher's LMS or blog embeds us:
 * a tiny HTTP server (its own port, so its own origin) serving pages we set and the
 * Pym.js parent library from node_modules (never a CDN).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from './fixtures';

export interface Host {
  origin: string;
  /** Serve `html` at `path` (e.g. "/pym.html"); returns the page's URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

const PYM = readFileSync(join('node_modules', 'pym.js', 'dist', 'pym.v1.min.js'));

export async function startHost(): Promise<Host> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/pym.v1.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      return res.end(PYM);
    }
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** A plain host page: a column of text around `body`, no margin so the iframe is as wide as the column. */
export function hostHtml(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;font:16px/1.5 sans-serif} main{padding:0} p{margin:0 0 1rem}</style></head>
<body><main><h1>${title}</h1><p>Lesson text before the figure.</p>${body}<p>Lesson text after the figure.</p></main></body></html>`;
}

/** Tests with a host page on a second local origin: the one other origin they may talk to. */
export const test = base.extend<{ allowedOrigins: string[] }, { host: Host }>({
  host: [
    async ({}, use) => {
      const host = await startHost();
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
  allowedOrigins: async ({ host }, use) => use([host.origin]),
});
