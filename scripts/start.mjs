#!/usr/bin/env node
// `npm start`: builds the catalogs and the one-file bundle, then serves the demo partner page (every
// widget, fed by the sample feed shipped in the repo) on localhost and prints its address.
// Flags: --no-build (serve what dist/ has), --port N (default: 8000 or the next free one).
import { spawnSync } from 'node:child_process';
import { startServer } from '../test-support/server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const chosen = portIndex >= 0 ? args[portIndex + 1] : process.env.PORT;
const port = chosen === undefined ? undefined : Number(chosen);

if (!args.includes('--no-build')) {
  for (const [label, command, commandArgs] of [
    ['catalogs', 'node', ['scripts/localize.mjs', 'build']],
    ['bundle', 'npx', ['rollup', '-c', 'rollup.config.js', '--silent']],
  ]) {
    console.log(`start: building ${label}…`);
    const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`start: building ${label} failed`);
      process.exit(1);
    }
  }
}

const { url } = await startServer({ port: port ?? null, strict: true, index: '/docs/demo/' });
console.log(`
  Demo partner page:        ${url}/docs/demo/
  Same page, strict CSP:    ${url}/strict/docs/demo/
  Configurator:             ${url}/docs/configurator/
  Sample feed:              ${url}/packages/feed/sample/omj-sample.json

  Languages: add ?lang=ru or ?lang=ky; dark theme: ?theme=dark.  Ctrl+C stops.
`);
