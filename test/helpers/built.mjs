// Node tests of build outputs never skip: a missing output is a failure that says how to make it. `npm test`
// builds dist/ before the Node tests, so in CI a missing file means the build step broke.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './server.mjs';

/**
 * Throws (failing the test file with this message) unless every path, relative to the repository, exists.
 * `how` is the command that makes them, e.g. `npx rollup -c rollup.config.js`.
 */
export function requireBuilt(paths, how) {
  const missing = paths.filter((path) => !existsSync(join(REPO, path)));
  if (missing.length > 0) {
    throw new Error(`Not built: ${missing.join(', ')}. Run \`${how}\` first (npm test does). These tests fail rather than skip.`);
  }
}
