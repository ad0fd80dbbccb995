#!/usr/bin/env node
// In every package that has a lit-localize.json: `extract` runs `lit-localize extract`, then fills the XLIFF
// targets from the package's xliff/translations.json and fails when a string is untranslated; `build`
// compiles the XLIFF into src/generated/locales/<locale>.ts with scripts/catalogs.mjs (see there why).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeCatalogs } from './catalogs.mjs';

const command = process.argv[2];
if (command !== 'extract' && command !== 'build') {
  console.error('usage: localize.mjs extract|build');
  process.exit(2);
}
const bin = join(process.cwd(), 'node_modules', '.bin', 'lit-localize');
let failed = false;
for (const name of readdirSync('packages')) {
  const dir = join('packages', name);
  if (!existsSync(join(dir, 'lit-localize.json'))) continue;
  if (command === 'extract') {
    execFileSync(bin, ['extract'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      execFileSync('node', ['scripts/xliff-fill.mjs', dir], { stdio: 'inherit' });
    } catch {
      failed = true;
    }
  } else {
    writeCatalogs(dir);
  }
  console.log(`localize ${command}: ${dir}`);
}
if (failed) {
  console.error('localize: some strings have no ru or ky translation (see above).');
  process.exit(1);
}
