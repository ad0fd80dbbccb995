#!/usr/bin/env node
// `npm start`: builds the catalogs and the one-file bundle, then serves the demo partner page (every
// widget, fed by the sample feed shipped in the repo) on localhost and prints its address.
// Flags: --no-build (serve what dist/ has), --port N (default 8080, or the next free one).
import { spawnSync } from 'node:child_process';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = Number(portIndex >= 0 ? args[portIndex + 1] : process.env.PORT ?? 8080);

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

const { url } = await startStaticServer({ port });
console.log(`
  Demo partner page:        ${url}/docs/demo/
  Same page, strict CSP:    ${url}/strict/docs/demo/
  Configurator:             ${url}/docs/configurator/
  Sample feed:              ${url}/packages/feed/sample/omj-sample.json

  Languages: add ?lang=ru or ?lang=ky; dark theme: ?theme=dark.  Ctrl+C stops.
`);
