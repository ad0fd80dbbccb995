// Bundles a workspace package's entry with esbuild for Node and imports it: what a server-rendering
// framework or a Node build tool does with `import '@omj/…'`. Nothing from a browser is defined here.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './server.mjs';

export async function importEntry(specifier) {
  const dir = mkdtempSync(join(tmpdir(), 'omj-import-'));
  const out = join(dir, 'entry.mjs');
  try {
    const result = await build({
      stdin: { contents: `export * from '${specifier}';`, resolveDir: REPO, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      tsconfig: join(REPO, 'tsconfig.json'),
      write: false,
      logLevel: 'silent',
    });
    writeFileSync(out, result.outputFiles[0].contents);
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
