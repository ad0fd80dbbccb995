#!/usr/bin/env node
// The npm build of every workspace package (for apps that bundle the widgets themselves):
//   packages/<name>/dist/**/*.js     one ES module per source file (esbuild, no bundling: lit,
//                                    @lit/localize and sibling @omj/* packages stay external imports)
//   packages/<name>/dist/**/*.d.ts   type declarations (tsc), incl. each widget's HTMLElementTagNameMap entry
//   packages/<name>/custom-elements.json, custom-elements.json   (scripts/analyze.mjs; @omj/widgets gets the merged one)
//   packages/widgets/dist/bundles/    the partner files from dist/ (rollup), for the npm CDN
// Then checks that every path named in each package.json `exports`/`main`/`types` exists.
//   node scripts/build-packages.mjs [--no-manifest]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeJsxTypes } from './jsx-types.mjs';

const started = Date.now();
const packages = readdirSync('packages').filter((name) => existsSync(join('packages', name, 'src', 'index.ts')));

function sources(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'cli') sources(path, found);
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

// 1. Clean what this script produced before (the feed CLI, packages/feed/dist/cli.js, is built elsewhere).
for (const name of packages) {
  const dist = join('packages', name, 'dist');
  if (!existsSync(dist)) continue;
  for (const entry of readdirSync(dist))
    if (!(name === 'feed' && entry === 'cli.js')) rmSync(join(dist, entry), { recursive: true, force: true });
}

// 2. Declarations, in one tsc program (workspace imports resolve to the sources through `source`).
mkdirSync('.cache', { recursive: true });
writeFileSync(
  '.cache/tsconfig.packages.json',
  JSON.stringify(
    {
      extends: '../tsconfig.json',
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: '../packages',
        outDir: 'types',
        types: [],
      },
      include: packages.map((name) => `../packages/${name}/src/**/*.ts`),
      exclude: ['../packages/*/src/**/*.test.ts', '../packages/feed-cli/**'],
    },
    null,
    2,
  ),
);
rmSync('.cache/types', { recursive: true, force: true });
const tsc = spawnSync('npx', ['tsc', '-p', '.cache/tsconfig.packages.json'], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('build-packages: tsc reported errors (declarations may be incomplete)');
  process.exit(1);
}
for (const name of packages) {
  const types = join('.cache/types', name, 'src');
  if (existsSync(types)) cpSync(types, join('packages', name, 'dist'), { recursive: true });
}

// 3. JavaScript: one module per source file, ES2021, experimental decorators as in tsconfig.json.
for (const name of packages) {
  const src = join('packages', name, 'src');
  await build({
    entryPoints: sources(src),
    outdir: join('packages', name, 'dist'),
    outbase: src,
    bundle: false,
    format: 'esm',
    target: 'es2021',
    platform: 'neutral',
    charset: 'utf8',
    sourcemap: true,
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
}

// 4. Manifests.
if (!process.argv.includes('--no-manifest')) {
  const analyze = spawnSync('node', ['scripts/analyze.mjs'], { stdio: 'inherit' });
  if (analyze.status !== 0) process.exit(1);
}

// 4b. @omj/widgets: the merged manifest of all five elements (its `customElements` field), and the ready
// partner files (dist/omj-*.js from rollup, if built) in dist/bundles/, so that the npm CDN serves them
// once the package is published.
if (existsSync('custom-elements.json')) {
  cpSync('custom-elements.json', 'packages/widgets/custom-elements.json');
  writeJsxTypes(); // packages/widgets/dist/jsx/: React 19, Preact and Solid JSX types from the manifest
}
if (existsSync('dist/omj-widgets.sri.json')) {
  mkdirSync('packages/widgets/dist/bundles', { recursive: true });
  for (const entry of readdirSync('dist'))
    if (/^omj-.*\.(js|json)$/.test(entry)) cpSync(join('dist', entry), join('packages/widgets/dist/bundles', entry));
} else {
  console.warn('build-packages: dist/omj-*.js not built (npx rollup -c rollup.config.js): @omj/widgets will ship without dist/bundles/');
}

// 5. Every path package.json promises exists; no compiled file imports a .ts file.
let problems = 0;
for (const name of packages) {
  const dir = join('packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const promised = new Set([pkg.main, pkg.types, pkg.customElements].filter(Boolean));
  const walk = (value) => {
    if (typeof value === 'string') promised.add(value);
    else if (value && typeof value === 'object')
      for (const [condition, item] of Object.entries(value)) if (condition !== 'source') walk(item);
  };
  walk(pkg.exports);
  for (const path of promised) {
    if (!path.startsWith('./dist/') && !path.startsWith('dist/') && !path.endsWith('custom-elements.json')) continue;
    if (!existsSync(join(dir, path))) {
      console.error(`build-packages: ${pkg.name} promises ${path}, which was not built`);
      problems++;
    }
  }
  for (const file of sources(join(dir, 'src'))) {
    const out = join(dir, 'dist', relative(join(dir, 'src'), file)).replace(/\.ts$/, '.js');
    if (/from\s*["'][^"']+\.ts["']/.test(readFileSync(out, 'utf8'))) {
      console.error(`build-packages: ${out} imports a .ts file`);
      problems++;
    }
  }
}
if (problems > 0) process.exit(1);
console.log(`build-packages: ${packages.length} packages (${packages.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
