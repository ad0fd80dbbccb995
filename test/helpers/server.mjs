// A tiny static server for the bundle tests: loopback only, read-only, a few allowed folders of the repo,
// plus pages registered in memory (each with its own headers, e.g. a Content-Security-Policy).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** Folders of the repository the tests may load. */
const ALLOWED = ['/dist/', '/test/fixtures/', '/packages/feed/sample/', '/docs/'];

/**
 * Starts the server on 127.0.0.1 with a free port. `routes` maps a path to `{ body, type?, headers? }`
 * (or a function returning one), served before files. Returns `{ origin, routes, close }`.
 */
export async function startServer() {
  const routes = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const route = routes.get(url.pathname);
    if (route !== undefined) {
      const answer = typeof route === 'function' ? route(url) : route;
      response.writeHead(200, {
        'content-type': answer.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...answer.headers,
      });
      response.end(answer.body);
      return;
    }
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(REPO, path));
    if (!ALLOWED.some((prefix) => path.startsWith(prefix)) || !file.startsWith(REPO.replace(/[\\/]$/, '') + sep)) {
      response.writeHead(404).end('not found');
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
