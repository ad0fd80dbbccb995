// A small static file server for the demo page, benchmarks and browser checks: loopback only, correct
// MIME types, no directory listing, and an optional strict Content-Security-Policy for every page under
// `/strict/` (same files, strict headers), so the demo can be opened both ways.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "font-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html omj-widgets 'allow-duplicates'",
].join('; ');

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
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Starts serving `root`. Resolves to `{ server, url }` once listening. `port: 0` picks a free port; a busy
 * port falls through to the next one (up to 20 tries).
 */
export function startStaticServer({ root = process.cwd(), port = 0, host = '127.0.0.1', index = '/docs/demo/' } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let strict = false;
    if (path === '/strict' || path.startsWith('/strict/')) {
      strict = true;
      path = path.slice('/strict'.length) || '/';
    }
    if (path === '/') {
      response.writeHead(302, { location: (strict ? '/strict' : '') + index });
      response.end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: (strict ? '/strict' : '') + path + '/' });
        response.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (strict) headers['content-security-policy'] = STRICT_CSP;
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    let tries = 0;
    const listen = (candidate) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && candidate !== 0 && tries++ < 20) listen(candidate + 1);
        else reject(error);
      });
      server.listen(candidate, host, () => {
        const address = server.address();
        resolvePromise({ server, url: `http://${host}:${address.port}` });
      });
    };
    listen(port);
  });
}
