#!/usr/bin/env node
// What costs bytes in the partner bundle: bundles packages/widgets/src/index.ts in memory exactly as
// rollup.config.js does (same resolution, same tree-shaking), then minifies and gzips each module's
// share on its own. Per-module gzip figures overstate (gzip shares a dictionary across the whole file),
// so read them as a ranking; the total line is the real file.
//   node scripts/size-report.mjs [--input path/to/entry.ts] [--top 25] [--marginal]
// --marginal: the real gzip cost of each widget, by building the entry without it (shared code such as
// Lit, core and the feed parser stays counted in the base).
import { rollup } from 'rollup';
import { minify } from 'terser';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { plugins, treeshake } from '../rollup.config.js';
import { PAGE_TYPES } from './bundles.mjs';

const args = process.argv.slice(2);
const input = args.includes('--input') ? args[args.indexOf('--input') + 1] : 'packages/widgets/src/index.ts';
const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 25);

// A page-type entry (scripts/bundles.mjs) is measured with only the feed readers that page type keeps.
const pageType = PAGE_TYPES.find((type) => type.entry === input);
const all = plugins('es', pageType ? { kinds: pageType.kinds } : {});
const withoutMinify = all.filter((plugin) => plugin.name !== 'terser' && plugin.name !== 'omj-guard-and-sri');
const terserOptions = {
  ecma: 2021,
  module: true,
  toplevel: true,
  compress: { passes: 2, pure_getters: true },
  format: { comments: false },
};

const bundle = await rollup({ input, plugins: withoutMinify, treeshake, onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
await bundle.close();
const chunk = output[0];

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const rows = [];
for (const [id, info] of Object.entries(chunk.modules)) {
  if (!info.code || info.renderedLength === 0) continue;
  // Minify the module's rendered code alone (no mangling of its top-level names, which stay shared).
  const min = (await minify(info.code, { ...terserOptions, module: false, toplevel: false })).code ?? '';
  rows.push({ id, group: groupOf(id), min: min.length, gzip: gz(min) });
}

const bundled = await rollup({ input, plugins: all.filter((plugin) => plugin.name !== 'omj-guard-and-sri'), treeshake, onwarn: () => {} });
const real = (await bundled.generate({ format: 'es', inlineDynamicImports: true })).output[0].code;
await bundled.close();

const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(9);
const groups = new Map();
for (const row of rows) {
  const group = groups.get(row.group) ?? { min: 0, gzip: 0, modules: 0 };
  group.min += row.min;
  group.gzip += row.gzip;
  group.modules++;
  groups.set(row.group, group);
}

console.log(`Bundle of ${input}: ${kb(real.length)} min, ${kb(gz(real))} gzip (goals per page type: docs/performance.md)\n`);
console.log('By package (sum of per-module gzip, overstated):');
for (const [name, group] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`  ${kb(group.min)} min ${kb(group.gzip)} gzip  ${name} (${group.modules} modules)`);
}
console.log(`\nTop ${top} modules:`);
for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, top)) {
  console.log(`  ${kb(row.min)} min ${kb(row.gzip)} gzip  ${relative(process.cwd(), row.id)}`);
}

if (args.includes('--marginal')) {
  const { readFileSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
  const source = readFileSync(input, 'utf8');
  const imports = source.split('\n').filter((line) => /^import '@omj\/[^']+';/.test(line));
  mkdirSync('.cache', { recursive: true });
  const build = async (code) => {
    const entry = `.cache/size-entry-${process.pid}.ts`;
    writeFileSync(entry, code);
    try {
      const b = await rollup({
        input: entry,
        plugins: all.filter((plugin) => plugin.name !== 'omj-guard-and-sri'),
        treeshake,
        onwarn: () => {},
      });
      const text = (await b.generate({ format: 'es', inlineDynamicImports: true })).output[0].code;
      await b.close();
      return gz(text);
    } finally {
      rmSync(entry, { force: true });
    }
  };
  const total = gz(real);
  console.log('\nMarginal cost of each widget (whole bundle minus the bundle without it):');
  for (const line of imports) {
    const without = await build(imports.filter((other) => other !== line).join('\n') + '\n');
    console.log(`  ${kb(total - without)} gzip  ${line.replace(/^import '|';$/g, '')}`);
  }
  const base = await build(
    "import '@omj/core';\nimport { OmjElement, defineElement } from '@omj/core';\nclass OmjBase extends OmjElement {}\ndefineElement('omj-base', OmjBase);\n",
  );
  console.log(`  ${kb(base)} gzip  base: Lit + @lit/localize + @omj/core + @omj/feed (what any widget needs)`);
}

function groupOf(id) {
  const path = relative(process.cwd(), id).split('\\').join('/');
  const local = /^packages\/([^/]+)\//.exec(path);
  if (local) return `@omj/${local[1]}`;
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return dep ? dep[1] : path;
}
