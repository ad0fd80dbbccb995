// The one static server for the demo (`npm start`), the Node bundle and configurator tests, the Storybook
// check and the bench: @web/dev-server (the server under our browser tests too) on 127.0.0.1, with
//   - pages registered in memory (`routes`), each with its own headers, served before files;
//   - `allow`: only these path prefixes of `root` are served (the tests expose a few folders, not the repo);
//   - `strict`: every path under `/strict/` is the same file sent with the documented CSP (test-support/csp.mjs);
//   - `base`: the files are served under a sub-path (`/sub/path/…`), as on a project page.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { STRICT_CSP } from './csp.mjs';
import { REPO } from './paths.mjs';

export { REPO };

/**
 * `port`: 0 (default) a free one; `null` the first free from 8000 (a stable address for `npm start`).
 * Returns `{ origin, url, routes, close }`; `routes` maps a path to `{ body, type?, headers? }` or a function of the URL returning one. */
export async function startServer({ root = REPO, allow, strict = false, index, base = '', port = 0 } = {}) {
  const routes = new Map();
  const middleware = async (context, next) => {
    if (context.path === '/favicon.ico') {
      context.status = 204;
      return;
    }
    if (context.path === '/' && index !== undefined) return context.redirect(index);
    const route = routes.get(context.path);
    if (route !== undefined) {
      const answer = typeof route === 'function' ? route(new URL(context.href)) : route;
      context.set({ 'cache-control': 'no-store', ...answer.headers });
      context.type = answer.type ?? 'text/html; charset=utf-8';
      context.body = answer.body;
      return;
    }
    let csp = false;
    if (strict && (context.path === '/strict' || context.path.startsWith('/strict/'))) {
      csp = true;
      context.url = context.url.slice('/strict'.length) || '/';
    }
    if (base !== '') {
      if (!context.path.startsWith(`${base}/`)) return void (context.status = 404);
      context.url = context.url.slice(base.length);
    }
    if (allow !== undefined && !allow.some((prefix) => context.path.startsWith(prefix))) {
      context.status = 404;
      return;
    }
    // A folder without its slash: redirect, so the page's relative URLs resolve inside the folder.
    const file = join(root, decodeURIComponent(context.path));
    if (!context.path.endsWith('/') && file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) {
      return context.redirect(`${csp ? '/strict' : ''}${base}${context.path}/`);
    }
    await next();
    context.set('x-content-type-options', 'nosniff');
    if (csp) context.set('content-security-policy', STRICT_CSP);
  };
  const server = await startDevServer({
    config: { rootDir: root, hostname: '127.0.0.1', port: port ?? undefined, middleware: [middleware], nodeResolve: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  return { origin, url: origin, routes, close: () => server.stop() };
}
