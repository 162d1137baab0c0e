// A tiny static server for the demo intranet page (and the e2e suite and
// benchmark). Serves the demo under a strict Content-Security-Policy with
// Trusted Types enforced, as a careful Trust would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PUBLIC = ['/demo/', '/dist/', '/samples/', '/schemas/', '/test/fixtures/', '/test/e2e/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The demo's policy: strict, with Trusted Types (docs/security.md gives Trusts a stricter one). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * `routes` (optional, for the e2e suite): `(request, response, url) => boolean | Promise<boolean>`,
 * asked first; it answers the request itself and returns true, or returns false to fall through.
 * `root` and `publicPaths` (optional, for the consumer tests) serve another folder; `index`
 * is where `/` redirects.
 */
export function startServer({
  port = 8080,
  host = '127.0.0.1',
  csp = STRICT_CSP,
  routes,
  root = ROOT,
  publicPaths = PUBLIC,
  index = '/demo/',
} = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (routes && (await routes(request, response, url))) return;
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('Bad request'); // e.g. a stray `%` must not crash the server
      return;
    }
    if (path === '/') {
      response.writeHead(302, { location: index }).end();
      return;
    }
    // The editors' studio: /studio/ is dist/studio.html, and its files sit beside it as in dist/.
    if (path === '/studio') {
      response.writeHead(302, { location: '/studio/' }).end();
      return;
    }
    if (path.startsWith('/studio/')) path = `/dist/${path.slice('/studio/'.length) || 'studio.html'}`;
    if (path.endsWith('/')) path += 'index.html';
    const base = resolve(root);
    const file = normalize(join(base, path));
    // Judge the path as resolved, so an encoded `..%2f` cannot step out of a public folder.
    const served = `/${file.slice(base.length + 1).split(sep).join('/')}`;
    if (!file.startsWith(base + sep) || !publicPaths.some((prefix) => served.startsWith(prefix))) {
      response.writeHead(404).end('Not found');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(csp && extname(file) === '.html' ? { 'content-security-policy': csp } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const preferred = Number(process.env.PORT ?? 8080);
  let server;
  for (let port = preferred; !server && port < preferred + 20; port++) {
    try {
      server = await startServer({ port });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  const { port } = server.address();
  console.log(`\nWellbeing Widgets demo intranet page:\n  English: http://localhost:${port}/demo/\n  Cymraeg: http://localhost:${port}/demo/cy/\nEditors' studio: http://localhost:${port}/studio/\n\nPress Ctrl+C to stop.`);
}
