// JSX types (scripts/jsx-types.mjs, @wc-toolkit/jsx-types from custom-elements.json): a React 19 TSX file
// using all five elements type-checks, and an unknown element or a wrongly typed attribute does not
// (its @ts-expect-error lines would fail the check if the types let them through).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './helpers/server.mjs';
import { requireBuilt } from './helpers/built.mjs';
import { writeJsxTypes } from '../scripts/jsx-types.mjs';

// npm test's manifest step writes it before the Node tests.
requireBuilt(['custom-elements.json'], 'node scripts/analyze.mjs');

test('test/jsx/app.tsx type-checks against the generated React JSX types (tsc --noEmit, jsx: react-jsx)', () => {
  writeJsxTypes(join(REPO, '.cache/jsx'));
  const result = spawnSync('npx', ['tsc', '-p', 'test/jsx/tsconfig.json'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(result.status, 0, `tsc:\n${result.stdout}${result.stderr}`);
});
