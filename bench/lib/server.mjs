// The benchmark's own static server: the built bundle from dist/, Fuse.js from
// node_modules, and pages, scripts and data the benchmark generates in memory.
// No cache, so every page load fetches and compiles the bundle afresh.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * @param {{ files: Record<string, string>, routes: Map<string, string | Buffer> }} options
 *   files: URL prefix → folder on disk; routes: exact path → body (generated).
 */
export async function startBenchServer({ files, routes }) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = (name) => ({ 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (routes.has(path)) {
      response.writeHead(200, headers(path)).end(routes.get(path));
      return;
    }
    for (const [prefix, folder] of Object.entries(files)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (!file.startsWith(folder)) break;
      try {
        const body = await readFile(file);
        response.writeHead(200, headers(file)).end(body);
        return;
      } catch {
        break;
      }
    }
    response.writeHead(404).end('Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
