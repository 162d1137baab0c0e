// @ts-check
// The one static server: the demo intranet page (`npm start`), the e2e suite,
// the studio, consumer and WordPress tests and the benchmark. Serves the demo
// under a strict Content-Security-Policy with Trusted Types enforced, as a
// careful Trust would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PUBLIC = ['/demo/', '/dist/', '/samples/', '/schemas/', '/test/fixtures/', '/test/e2e/'];
/** Content types by file extension: the one table for every server in the repository. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * The library's content-hashed files (`wellbeing-support-finder-<hash>.js`, `wellbeing-shared-<hash>.js`):
 * a new release gives any changed file a new name, so a browser may keep each one for a year without
 * asking again. The entry (`wellbeing-widgets.js`) and the pages keep their name from one release to
 * the next, so they keep a short cache.
 */
export const HASHED_FILE = /^\/dist\/wellbeing-(?:[a-z]+-)+[\w-]{8}\.js$/;
/** What a Trust's server should send with the hashed files (docs/performance.md). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Text worth compressing (images here are PNG, already compressed, or SVG). */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** @param {string} file a path or URL path */
export const contentType = (file) =>
  CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file))] ?? 'application/octet-stream';

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
 * Answers a request itself and returns true, or returns false to fall through to the files.
 * @typedef {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse,
 *   url: URL) => boolean | Promise<boolean>} Routes
 */

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] 0 for any free port
 * @property {string} [host]
 * @property {string | null} [csp] the policy sent with every HTML file; null for none
 * @property {Routes} [routes] asked first (the e2e suite's generated pages and misbehaving data)
 * @property {string} [root] the folder whose public paths are served (the consumer tests serve another)
 * @property {string[]} [publicPaths] URL prefixes that may be served from `root`
 * @property {Record<string, string>} [folders] URL prefix → folder served in its place, e.g.
 *   `{ '/dist/': '/tmp/build' }` (a private build); the prefix must also be public
 * @property {string} [index] where `/` redirects
 * @property {string} [cacheControl] sent with every file but the hashed ones (the bench wants `no-store`)
 * @property {string} [hashedCacheControl] sent with the library's content-hashed files ({@link HASHED_FILE})
 * @property {boolean} [compress] gzip text files for a browser that accepts it, as a Trust's web
 *   server would (`npm start` and the bench; the test suites read files as they are)
 */

/**
 * Starts the server and resolves once it listens (`server.address().port` gives the port).
 * @param {ServerOptions} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({
  port = 8080,
  host = '127.0.0.1',
  csp = STRICT_CSP,
  routes,
  root = ROOT,
  publicPaths = PUBLIC,
  folders = {},
  index = '/demo/',
  cacheControl = 'no-cache',
  hashedCacheControl = IMMUTABLE,
  compress = false,
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
    const [prefix, folder] = Object.entries(folders).find(([start]) => path.startsWith(start)) ?? ['/', root];
    const base = resolve(folder);
    const file = normalize(join(base, path.slice(prefix.length)));
    // Judge the path as resolved, so an encoded `..%2f` cannot step out of a public folder.
    const served = `${prefix}${file
      .slice(base.length + 1)
      .split(sep)
      .join('/')}`;
    if (!file.startsWith(base + sep) || !publicPaths.some((start) => served.startsWith(start))) {
      response.writeHead(404).end('Not found');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = contentType(file);
      const gzip =
        compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': type,
        'cache-control': HASHED_FILE.test(served) ? hashedCacheControl : cacheControl,
        'x-content-type-options': 'nosniff',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...(csp && extname(file) === '.html' ? { 'content-security-policy': csp } : {}),
      });
      response.end(gzip ? gzipSync(body) : body);
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
  /** @type {import('node:http').Server | undefined} */
  let server;
  for (let port = preferred; !server && port < preferred + 20; port++) {
    try {
      server = await startServer({ port, compress: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    }
  }
  if (!server) throw new Error(`no free port from ${preferred} to ${preferred + 19}`);
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(
    `\nWellbeing Widgets demo intranet page:\n  English: http://localhost:${port}/demo/\n  Cymraeg: http://localhost:${port}/demo/cy/\nEditors' studio: http://localhost:${port}/studio/\n\nPress Ctrl+C to stop.`,
  );
}
