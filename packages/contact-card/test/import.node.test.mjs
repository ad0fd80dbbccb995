// See packages/news-ticker/test/import.node.test.mjs: the card must import in Node (server rendering) too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importEntry } from '../../../test/helpers/import-entry.mjs';

test('import "@omj/contact-card" in Node touches no browser global and throws nothing', async () => {
  const module = await importEntry('@omj/contact-card');
  assert.equal(typeof module.OmjContactCard, 'function');
  assert.equal(typeof globalThis.localStorage, 'undefined', 'the test must run without localStorage');
});
