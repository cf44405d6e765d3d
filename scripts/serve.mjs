/**
 * A small static server for dist/ on 127.0.0.1, the way a static host serves the
 * site (index.html for folders, 404.html for misses, gzip for text, and the headers
 * the build wrote to `_headers`, as Netlify and Cloudflare Pages apply them). Used by
 * the end-to-end tests and the benchmark, so neither depends on a dev server and both
 * run under the Content Security Policy and framing rules a real host sends.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
const TEXT = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Parse a `_headers` file: [{ path, headers: [[name, value]] }]. A line starting at
 * column 0 is a path pattern; indented `Name: value` lines belong to it; # comments.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line}"`);
    rules.at(-1).headers.push([m[1], m[2].trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a request path ("*" matches anything, ":name" one segment). */
export function pathMatches(pattern, path) {
  const re = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

/** The headers for a request path: every matching rule's, in file order; a name set twice is joined with ", " (as the hosts do). */
export function headersForPath(rules, path) {
  const out = {};
  for (const r of rules) {
    if (!pathMatches(r.path, path)) continue;
    for (const [k, v] of r.headers) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

/** Serve `dir` under `base` ("/" or "/r1-explained/"). Resolves to { url, close }. */
export function serve(dir, { port = 0, base = '/' } = {}) {
  const root = resolve(dir);
  const rulesFile = join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return notFound(res); // a malformed address (bad %-escape) is a miss, not a crash
    }
    res.extraHeaders = headersForPath(rules, new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound(res);
    path = '/' + path.slice(base.length);
    if (path === '/_headers') return notFound(res); // the hosts read it; they never serve it
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: base.replace(/\/$/, '') + path + '/' });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res, path);
    send(req, res, file, 200);
  });
  // An edition's own 404 page (zh/404.html) for addresses under its prefix, as Netlify and Cloudflare Pages do.
  function notFound(res, path = '/') {
    const lang = /^\/([a-z]{2})\//.exec(path)?.[1];
    const own = lang && join(root, lang, '404.html');
    const page = own && existsSync(own) ? own : join(root, '404.html');
    if (existsSync(page)) return send(null, res, page, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  }
  function send(req, res, file, status) {
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...res.extraHeaders };
    const gzip = TEXT.test(type) && statSync(file).size > 1024 && /gzip/.test(req?.headers['accept-encoding'] ?? '');
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  }
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}${base}`, port: p, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

// `node scripts/serve.mjs [dir] [port]`: serve until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  const { url } = await serve(dir, { port, base });
  console.log(`Serving ${dir} at ${url}`);
}
