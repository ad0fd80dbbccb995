// The bundle and configurator tests' server: the shared one (test-support/server.mjs), exposing only the
// folders a partner page of these tests may load.
import { startServer as start, REPO } from '../../test-support/server.mjs';

export { REPO };

/** Folders of the repository the tests may load. */
const ALLOWED = ['/dist/', '/test/fixtures/', '/packages/feed/sample/', '/docs/'];

/** On 127.0.0.1 with a free port; returns `{ origin, routes, close }` (routes: pages in memory, served first). */
export function startServer() {
  return start({ allow: ALLOWED });
}
