// The partner bundle: ONE self-contained file per format (no chunk waterfall), Lit's production build,
// all five elements with the en, ru and ky catalogs.
//
//   dist/omj-widgets.js        <script type="module" src="…/omj-widgets.js">
//   dist/omj-widgets.iife.js   <script src="…/omj-widgets.iife.js" defer>  (classic script)
//   dist/omj-widgets.sri.json  sha384 integrity, sizes and ready script tags for the versioned CDN URL
//
// After each file is written the build prints its size and SRI hash, and fails if Lit's development
// build, a chunk, or a dynamic import slipped in. `node scripts/size-check.mjs` enforces the 20 KB gzip
// budget; `node scripts/size-report.mjs` lists what costs bytes.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { formatLine, writeSriManifest } from './scripts/sri.mjs';

const version = JSON.parse(readFileSync(new URL('./packages/widgets/package.json', import.meta.url), 'utf8')).version;
const input = 'packages/widgets/src/index.ts';
const banner = `/*! omj-widgets ${version} | MIT */`;

/**
 * Collapses the indentation inside `html`, `svg` and `css` tagged templates (Lit's templates are strings
 * terser cannot touch). Conservative: a whitespace run that contains a line break becomes one space (HTML
 * and CSS treat both alike outside `<pre>`, which our widgets do not use); CSS also loses comments and the
 * spaces around `{ } ; : ,`. Works on the AST, so nested templates and `${…}` are safe.
 */
export function minifyTemplates() {
  return {
    name: 'omj-minify-templates',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const kind = node.tag.name;
        if (kind !== 'html' && kind !== 'svg' && kind !== 'css') return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw.includes('\\')) continue; // escapes: leave the text exactly as written
          const next = kind === 'css' ? minifyCss(raw) : raw.replace(/\s*\n\s*/g, ' ');
          if (next !== raw) edits.push([quasi.start, quasi.end, next]);
        }
      });
      if (edits.length === 0) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

function minifyCss(raw) {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}') // the last declaration needs no semicolon
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2'); // 0.5em -> .5em (our CSS has no quoted numbers)
}

function walk(node, visit) {
  if (node === null || typeof node !== 'object') return;
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    if (key === 'start' || key === 'end' || key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** Fails the build on what must never reach partners; prints size + SRI once the file is on disk. */
function guardAndReport() {
  return {
    name: 'omj-guard-and-sri',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (files.length !== 1) this.error(`expected ONE file, got ${files.map((file) => file.fileName).join(', ')}`);
      const [chunk] = files;
      const ids = Object.keys(chunk.modules);
      const dev = ids.filter((id) => /[\\/]development[\\/]/.test(id));
      if (dev.length > 0) this.error(`Lit's development build is in the bundle: ${dev.join(', ')}`);
      if (/Lit is in dev mode|lit\.dev\/msg\//.test(chunk.code)) this.error("Lit's dev-mode warnings are in the bundle");
      if (chunk.dynamicImports.length > 0) this.error(`dynamic import() in the bundle: ${chunk.dynamicImports.join(', ')}`);
    },
    writeBundle(options) {
      const file = options.file.split(/[\\/]/).pop();
      const manifest = writeSriManifest();
      const info = manifest.files[file];
      if (info !== undefined) console.log(`omj-widgets ${version}: dist/${formatLine(file, info)}`);
    },
  };
}

export function plugins(format) {
  return [
    nodeResolve({ browser: true, exportConditions: ['source', 'production'] }),
    // charset utf8 keeps Russian and Kyrgyz text as UTF-8 (an escaped \u041D costs three times as many bytes).
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false, charset: 'utf8', legalComments: 'none' }),
    minifyTemplates(),
    terser({
      ecma: 2021,
      module: format === 'es',
      toplevel: true,
      compress: { passes: 2, pure_getters: true },
      // Property mangling is NOT safe here: attribute/property names, Lit's reflected properties and the
      // feed's JSON keys are all public. The classic script stays ASCII-only: a classic script is decoded
      // in the page's charset (windows-1251 pages exist), a module script always as UTF-8.
      format: { comments: /^!/, ascii_only: format === 'iife' },
    }),
    guardAndReport(),
  ];
}

/**
 * @lit/localize's main entry re-exports its whole runtime (configureLocalization, the localized
 * controller) whose modules run code at load (a resolved Deferred, the FNV lookup table), so rollup keeps
 * them although we use only msg() and str. Lit's own source says so ("remove these imports so that the
 * bulk of the code isn't included in bundles by default"). None of that top-level code matters unless its
 * exports are used, so its modules are treated as side-effect free (about 0.4 KB gzip).
 */
export const treeshake = {
  moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@lit[\\/]localize[\\/]/.test(id),
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input,
    output: { file: 'dist/omj-widgets.js', format: 'es', inlineDynamicImports: true, banner, generatedCode: 'es2015' },
    plugins: plugins('es'),
    treeshake,
    onwarn,
  },
  {
    input,
    output: {
      file: 'dist/omj-widgets.iife.js',
      format: 'iife',
      name: 'OmjWidgets',
      inlineDynamicImports: true,
      banner,
      generatedCode: 'es2015',
    },
    plugins: plugins('iife'),
    treeshake,
    onwarn,
  },
];

function onwarn(warning, warn) {
  // The placeholder widget packages export nothing yet; once they land this never shows.
  if (warning.code === 'EMPTY_BUNDLE') return;
  // A circular import would change module order in one file; surface it as an error.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && !/node_modules/.test(warning.message)) {
    throw new Error(warning.message);
  }
  warn(warning);
}
