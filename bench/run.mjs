#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ (each `*.mjs` except this file; page-types.mjs prints the
// per-page table of bytes and first render under slow 4G), one after another, and
// prints their reports. A bench prints PASS/FAIL per budget but exits 0; this runner exits 1 only when a
// bench crashed. Not part of the test run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs')
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();
const crashed = [];
for (const name of benches) {
  console.log(`\n=== bench/${name}`);
  const result = spawnSync(process.execPath, [join(dir, name)], { stdio: 'inherit' });
  if (result.status !== 0) crashed.push(`${name} (exit ${result.status ?? result.signal})`);
}
if (crashed.length > 0) {
  console.error(`\nbench crashed: ${crashed.join(', ')}`);
  process.exit(1);
}
console.log(`\n${benches.length} bench(es) ran.`);
