#!/usr/bin/env node
// Regenerates the films of omj-sample.json from films.csv, the sample spreadsheet, with `omj-feed build`
// (the way a partner builds a feed); the rest of the file (header, news, contacts, hotlines) is kept as
// written. `npm run sample` writes the file; `--check` only compares and exits 1 when they differ (a test
// runs it, so the spreadsheet and the feed cannot drift apart).
//   node packages/feed/sample/build-sample.mjs [--check]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const feedPath = join(here, 'omj-sample.json');
const check = process.argv.includes('--check');

const cli = join(root, 'packages/feed-cli/bin/omj-feed.js');
spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'ignore' });
const built = spawnSync(process.execPath, [cli, 'build', relative(root, join(here, 'films.csv')), '--kind', 'film', '--language', 'en', '--out', '-'], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) {
  process.stderr.write(`build-sample: films.csv has problems:\n${built.stderr}`);
  process.exit(1);
}

/** The text of the `items` list (its entries, without the brackets) in a feed written by `omj-feed build`. */
const OPEN = '\n  "items": [\n';
const films = built.stdout.slice(built.stdout.indexOf(OPEN) + OPEN.length, built.stdout.lastIndexOf('\n  ]\n}'));

const current = readFileSync(feedPath, 'utf8');
const firstOther = JSON.parse(current).items.find((item) => item._omj?.kind !== 'film');
const start = current.indexOf(OPEN) + OPEN.length;
const end = current.indexOf(`    {\n      "id": ${JSON.stringify(firstOther.id)},`);
const next = `${current.slice(0, start)}${films},\n${current.slice(end)}`;

if (check) {
  if (next === current) process.exit(0);
  const a = current.split('\n');
  const b = next.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  process.stderr.write(
    `build-sample: omj-sample.json and films.csv differ, first at line ${line + 1}:\n  file: ${a[line]}\n  csv:  ${b[line]}\n` +
      'Change films.csv (the source) and run `npm run sample`, or copy the change from the JSON into films.csv.\n',
  );
  process.exit(1);
}
writeFileSync(feedPath, next);
console.log(`build-sample: ${relative(root, feedPath)} ${next === current ? 'unchanged' : 'rewritten'} from films.csv`);
