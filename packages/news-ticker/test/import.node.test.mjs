// Server rendering and build tools import our packages in Node, where there is no window, matchMedia or
// localStorage (#9). The package entry is bundled with esbuild exactly as an npm user's bundler resolves
// it (the `source` condition points at our TypeScript; Lit's `node` build brings its own DOM shim), then
// imported in this Node process with no browser globals at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importEntry } from '../../../test/helpers/import-entry.mjs';

test('import "@omj/news-ticker" in Node touches no browser global and throws nothing', async () => {
  const module = await importEntry('@omj/news-ticker');
  assert.equal(typeof module.OmjNewsTicker, 'function');
  assert.equal(typeof globalThis.matchMedia, 'undefined', 'the test must run without matchMedia');
});
