#!/usr/bin/env node
// The package.json npm publishes, from the one the repository develops with. In the repository every
// workspace package's `exports` has a `source` condition pointing at its TypeScript (rollup, tsc's
// customConditions and @web/test-runner's exportConditions: ['source', …] resolve sibling packages to
// their sources without a build). A published package must not promise TypeScript to bundlers that
// happen to set `source`, so each package runs this around `npm pack` / `npm publish`:
//   "prepack":  "node ../../scripts/publish-manifest.mjs strip"     (keeps the original in package.json.dev)
//   "postpack": "node ../../scripts/publish-manifest.mjs restore"
// and the tarball holds exports without `source` (test/packages.node.test.mjs checks the dry-run).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const BACKUP = 'package.json.dev';

/** `exports` without any `source` condition, recursively. */
export function withoutSource(value) {
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source')
      .map(([key, item]) => [key, withoutSource(item)]),
  );
}

const command = process.argv[2];
if (command === 'strip') {
  if (existsSync(BACKUP)) renameSync(BACKUP, 'package.json'); // an interrupted earlier pack: start from the original
  const text = readFileSync('package.json', 'utf8');
  const pkg = JSON.parse(text);
  writeFileSync(BACKUP, text);
  pkg.exports = withoutSource(pkg.exports);
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
} else if (command === 'restore') {
  if (existsSync(BACKUP)) renameSync(BACKUP, 'package.json');
} else if (command !== undefined) {
  console.error('usage: publish-manifest.mjs strip|restore');
  process.exit(2);
}
