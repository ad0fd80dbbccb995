// The custom-elements manifest, by the analyzer's CLI: `cem analyze --config custom-elements-manifest.config.mjs`
// (npm run analyze). One merged custom-elements.json at the repo root (Storybook's controls and docs pages, the
// docs tables, editors) and one per widget package. Inheritance is resolved across packages (every widget lists
// OmjElement's `feed`, `data`, `theme`). Our plugins are in scripts/cem-plugins.mjs.
import { readFileSync } from 'node:fs';
import { defineElementPlugin, eventDetailPlugin, perPackagePlugin, publicApiPlugin, staticStatePlugin } from './scripts/cem-plugins.mjs';

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/generated/**', '**/*.test.ts', '**/*.d.ts', 'packages/feed-cli/**'],
  outdir: '.',
  litelement: true,
  // The CLI would otherwise add a `customElements` field to the root package.json on every run.
  packagejson: false,
  quiet: true,
  // Sorted, and parsed as the ES2022 our sources are.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)),
  plugins: [defineElementPlugin(), staticStatePlugin(), eventDetailPlugin(), publicApiPlugin(), perPackagePlugin()],
};
