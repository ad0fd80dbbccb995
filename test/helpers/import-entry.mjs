// Bundles a workspace package's entry with esbuild for Node and imports it: what a server-rendering
// framework or a Node build tool does with `import '@omj/…'` (the `source` condition points at our
// TypeScript). Nothing from a browser is defined here.
//
// Lit stays external and are imported first: their Node builds probe and shim browser globals
// on purpose, and that must not count against our modules. While OUR modules evaluate, every name in
// BROWSER_GLOBALS is a getter that records the read, so a module that reads `window`, `matchMedia` or
// `localStorage` at import time is caught even where the read would not throw.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './server.mjs';

export const BROWSER_GLOBALS = [
  'window',
  'document',
  'matchMedia',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'requestAnimationFrame',
];

/** `{ module, touched }`: the entry's exports and the browser globals it read while importing. */
export async function importEntry(specifier) {
  // Inside the repository, so that the bundle's external `lit` imports resolve from its node_modules.
  const cache = join(REPO, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'omj-import-'));
  const outfile = join(dir, 'entry.mjs');
  try {
    const result = await build({
      stdin: { contents: `export * from '${specifier}';`, resolveDir: REPO, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      // @lit/localize is bundled: each entry gets its own msg() hook, as on a page with one bundle.
      external: [
        'lit',
        'lit/*',
        'lit-html',
        'lit-html/*',
        'lit-element',
        'lit-element/*',
        '@lit/reactive-element',
        '@lit/reactive-element/*',
        '@lit-labs/*',
      ],
      tsconfig: join(REPO, 'tsconfig.json'),
      outfile,
      metafile: true,
      logLevel: 'silent',
    });
    const externals = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.filter((item) => item.external).map((item) => item.path),
    );
    for (const path of new Set(externals)) await import(path);
    const touched = [];
    const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
    for (const [name, descriptor] of saved) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          return descriptor?.get ? descriptor.get.call(globalThis) : descriptor?.value;
        },
      });
    }
    try {
      return { module: await import(pathToFileURL(outfile).href), touched };
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete globalThis[name];
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
