// Server rendering, test runners and build tools import our packages in Node, where there is no window,
// matchMedia or localStorage (#9). Every entry of every workspace package (`exports`, JSON and JSX types
// aside) is bundled from source as an npm user's bundler resolves it and imported in this Node process:
// it must throw nothing and read no browser global while it evaluates (test/helpers/import-entry.mjs).
// Everything that needs the browser runs later, when an element connects. This is the ONE import test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_GLOBALS, importEntry } from './helpers/import-entry.mjs';
import { REPO } from './helpers/server.mjs';

const root = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const entries = root.workspaces.flatMap((dir) => {
  const pkg = JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8'));
  return Object.keys(pkg.exports ?? {})
    .filter((key) => !key.endsWith('.json') && !key.startsWith('./jsx/'))
    .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
});

test('every package entry is listed (the list is not empty by mistake)', () => {
  for (const name of [
    '@omj/core',
    '@omj/feed',
    '@omj/feed/strict',
    '@omj/video-grid',
    '@omj/country-filter',
    '@omj/news-ticker',
    '@omj/contact-card',
    '@omj/hotline-banner',
    '@omj/widgets',
  ]) {
    assert.ok(entries.includes(name), name);
  }
});

for (const specifier of entries) {
  test(`import('${specifier}') in Node throws nothing and reads no browser global`, async () => {
    for (const name of ['window', 'matchMedia', 'localStorage'])
      assert.equal(typeof globalThis[name], 'undefined', `the test must run without ${name}`);
    const { touched } = await importEntry(specifier);
    assert.deepEqual([...new Set(touched)], [], `read at import time: ${touched.join(', ')}`);
  });
}

test('the check catches a module that reads a browser global at import time', async () => {
  // A probe module of our own shape: reading `matchMedia` at the top level must be reported.
  const { touched } = await importEntry('./test/fixtures/import-reads-window.mjs');
  assert.deepEqual(touched, ['matchMedia', 'localStorage']);
  assert.ok(BROWSER_GLOBALS.includes('window'));
});
