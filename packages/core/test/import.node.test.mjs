// Importing @omj/core in Node (server rendering, a test runner, a build script that reads VERSION) must not
// throw, and must not touch browser globals while the module evaluates: everything that needs `window`,
// `document`, `matchMedia`, `localStorage` or `customElements` runs later, when an element connects or is
// defined. Lit itself is imported first and kept external, so the globals it probes (its own Node build
// shims them) do not count against us.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const BROWSER_GLOBALS = ['window', 'document', 'matchMedia', 'localStorage', 'sessionStorage', 'customElements', 'navigator', 'location'];

test('@omj/core imports in Node without touching browser globals', async () => {
  // Inside the repository, so that the bundle's bare `lit` imports resolve from node_modules.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(join('node_modules/.cache', 'omj-core-import-'));
  try {
    const outfile = join(dir, 'core.mjs');
    await build({
      entryPoints: ['packages/core/src/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      conditions: ['source'],
      external: ['lit', 'lit/*', '@lit/*'],
      tsconfig: 'tsconfig.json',
      outfile,
      logLevel: 'silent',
    });
    await import('lit');
    await import('@lit/localize');
    await import('@lit/localize/init/install.js');
    const touched = [];
    const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          return undefined;
        },
      });
    }
    let core;
    try {
      core = await import(pathToFileURL(join(process.cwd(), outfile)).href);
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete globalThis[name];
      }
    }
    assert.deepEqual(touched, [], `read at import time: ${touched.join(', ')}`);
    assert.equal(typeof core.OmjElement, 'function');
    assert.equal(typeof core.countryNamer, 'function');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
