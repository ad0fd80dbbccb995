#!/usr/bin/env node
// Builds the `omj-feed` command-line tool (TypeScript in packages/feed/src/cli/) into one Node file, so
// `npx omj-feed validate …` works right after `npm install` / `npm ci` (this runs as the root `prepare`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entry = 'packages/feed/src/cli/main.ts';
if (!existsSync(entry)) {
  console.log(`build-cli: ${entry} not present yet, skipped`);
} else {
  await build({
    entryPoints: [entry],
    outfile: 'packages/feed/dist/cli.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'warning',
  });
  console.log('build-cli: packages/feed/dist/cli.js');
}
