// One policy: the CSP docs/security.md tells partners to send is the constant the demo's /strict/ pages,
// the bundle tests and the configurator test serve (test-support/csp.mjs). This keeps the quote in step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES } from '../test-support/csp.mjs';

test('docs/security.md quotes exactly the CSP the tests and the demo serve', () => {
  const docs = readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8');
  const block = /```\nContent-Security-Policy:\n([\s\S]*?)```/.exec(docs)?.[1];
  assert.ok(block, 'docs/security.md has a ``` block starting with "Content-Security-Policy:"');
  const quoted = block
    .split('\n')
    .map((line) => line.trim().replace(/;$/, ''))
    .filter((line) => line !== '');
  assert.deepEqual(quoted, CSP_DIRECTIVES);
});
