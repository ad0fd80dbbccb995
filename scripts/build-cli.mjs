#!/usr/bin/env node
// Builds the `omj-feed` command-line tool (TypeScript in packages/feed-cli/src/) into one Node file, so
// `npx omj-feed validate …` works right after `npm install` / `npm ci` (this runs as the root `prepare`).
// Its libraries (csv-parse, @xmldom/xmldom) are bundled in: the tool runs from dist/cli.js alone.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entry = 'packages/feed-cli/src/main.ts';
const outfile = 'packages/feed-cli/dist/cli.js';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} not present yet, skipped`);
} else {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'warning',
  });
  console.log(`build-cli: ${outfile}`);
}
