// The partner files (scripts/bundles.mjs has the table): one self-contained file per page type and language
// set, each as a module and as a classic script, Lit's production build, no chunks, no dynamic import().
//
//   dist/omj-widgets.js / .iife.js    all five elements (mixed pages)
//   dist/omj-archive.js / .iife.js    <omj-video-grid> + <omj-country-filter>
//   dist/omj-ticker.js, omj-contact.js, omj-hotline.js (+ .iife.js)
//   each also as a module with .en (English only), .ru (English + Russian), .ky (English + Kyrgyz):
//   omj-archive.en.js, omj-archive.ru.js … (the plain files carry all three languages)
//   dist/omj-widgets.sri.json         sha384 integrity, sizes and ready script tags for every file
//
// Each page-type file carries only the feed readers its widgets need and, in the .en/.ru/.ky sets, only
// those catalogs. The build fails if Lit's development build, a chunk or a dynamic import slipped in.
// `node scripts/size-check.mjs` prints the per-page table; `node scripts/size-report.mjs` what costs bytes.
//   OMJ_BUNDLES=widgets,archive   build only these page types;  OMJ_LANGS=all   only the plain files.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { formatLine, measure, writeSriManifest } from './scripts/sri.mjs';
import { LANGUAGE_SETS, PAGE_TYPES } from './scripts/bundles.mjs';

const version = JSON.parse(readFileSync(new URL('./packages/widgets/package.json', import.meta.url), 'utf8')).version;
/**
 * Collapses the indentation inside `html`, `svg` and `css` tagged templates (Lit's templates are strings
 * terser cannot touch). Conservative: a whitespace run that contains a line break becomes one space (HTML
 * and CSS treat both alike outside `<pre>`, which our widgets do not use); CSS also loses comments and the
 * spaces around `{ } ; : ,`. Works on the AST, so nested templates and `${…}` are safe.
 * test/minify-templates.node.test.mjs checks every template in the tree with parse5 and postcss (#14).
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

/** Fails the build on what must never reach partners; prints the file's size once it is on disk. */
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
    writeBundle(options, bundle) {
      const file = options.file.split(/[\\/]/).pop();
      const chunk = Object.values(bundle).find((item) => item.type === 'chunk');
      if (!process.argv.includes('--silent'))
        console.log(`omj-widgets ${version}: dist/${formatLine(file, measure(Buffer.from(chunk.code)))}`);
    },
  };
}

/**
 * Language sets: a generated catalog of a language the file does not carry becomes an empty one (the
 * widgets then answer in English for that `lang`). The catalogs are the only place the widgets keep
 * Russian and Kyrgyz UI text; test/bundle.node.test.mjs checks that an .en file has no Cyrillic at all.
 */
export function languages(locales) {
  return {
    name: 'omj-languages',
    load(id) {
      const match = /[\\/]src[\\/]generated[\\/]locales[\\/](\w+)\.ts$/.exec(id);
      if (match === null || locales.includes(match[1])) return null;
      return 'export const templates = {};';
    },
  };
}

const READERS = { film: 'readFilm', news: 'readNews', contact: 'readContact', hotline: 'readHotline' };

/**
 * Feed readers per page type: the feed parser dispatches on `_omj.kind` through one array of readers
 * (`[readFilm, readNews, readContact, readHotline][kind]`), so rollup keeps all four. A page type whose
 * widgets read no films replaces `readFilm` with a reader that drops the item silently (those widgets never
 * show it), and terser removes the film reader with its video, caption and poster readers. Fails the build
 * when the array is not found, so a refactor of the parser cannot silently bring every reader back.
 * (A reader registry in @omj/feed would make this an import structure instead of a build step.)
 */
export function feedReaders(kinds) {
  const unused = Object.entries(READERS)
    .filter(([kind]) => !kinds.includes(kind))
    .map(([, name]) => name);
  return {
    name: 'omj-feed-readers',
    transform(code, id) {
      if (unused.length === 0 || !/[\\/]packages[\\/]feed[\\/]src[\\/]parse\.ts$/.test(id)) return null;
      const ast = this.parse(code);
      let table;
      walk(ast, (node) => {
        if (node.type !== 'ArrayExpression' || node.elements.length !== 4) return;
        const names = node.elements.map((element) => element?.type === 'Identifier' && element.name);
        if (names.join() === Object.values(READERS).join()) table = node;
      });
      if (table === undefined) this.error(`omj-feed-readers: the reader table [${Object.values(READERS)}] is not in ${id}`);
      const list = table.elements.map((element) => (unused.includes(element.name) ? '() => undefined' : element.name));
      return { code: `${code.slice(0, table.start)}[${list.join(', ')}]${code.slice(table.end)}`, map: null };
    },
  };
}

/**
 * One Trusted Types policy per page for every copy of our Lit: Lit creates a policy named `lit-html` when
 * it loads, and under `require-trusted-types-for 'script'` a second copy (two page-type files, or one pasted
 * twice) throws "Policy with name lit-html already exists" unless the CSP lists 'allow-duplicates'. All our
 * copies create the same identity policy, so the first one's is shared through a global symbol. A host's
 * own Lit still needs 'allow-duplicates' (docs/security.md).
 */
export function sharedLitPolicy() {
  const pattern = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
  return {
    name: 'omj-shared-lit-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!pattern.test(code)) this.error(`omj-shared-lit-policy: Lit's policy creation not found in ${id}`);
      return {
        code: code.replace(pattern, '(globalThis[Symbol.for("omj.lit-html.policy")]??=$1.createPolicy("lit-html",$2))'),
        map: null,
      };
    },
  };
}

/** The plugins that shape the code (shared with scripts/size-report.mjs). */
export function plugins(format, { locales = ['ru', 'ky'], kinds = Object.keys(READERS) } = {}) {
  return [...inputPlugins({ locales, kinds }), ...outputPlugins(format)];
}

function inputPlugins({ locales, kinds }) {
  return [
    languages(locales),
    nodeResolve({ browser: true, exportConditions: ['source', 'production'] }),
    sharedLitPolicy(),
    // charset utf8 keeps Russian and Kyrgyz text as UTF-8 (an escaped \u041D costs three times as many bytes).
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false, charset: 'utf8', legalComments: 'none' }),
    feedReaders(kinds),
    minifyTemplates(),
  ];
}

function outputPlugins(format) {
  return [
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

const onlyTypes = process.env.OMJ_BUNDLES?.split(',');
const onlyPlain = process.env.OMJ_LANGS === 'all';

/** One rollup run per page type and language set, writing the module and the classic file. */
function config(pageType, languageSet) {
  const base = `dist/omj-${pageType.name}${languageSet.suffix}`;
  const banner = `/*! omj-widgets ${version} ${pageType.name}${languageSet.suffix ? ` ${languageSet.label}` : ''} | MIT */`;
  const common = { inlineDynamicImports: true, banner, generatedCode: 'es2015' };
  return {
    input: pageType.entry,
    output: [
      { ...common, file: `${base}.js`, format: 'es', plugins: outputPlugins('es') },
      { ...common, file: `${base}.iife.js`, format: 'iife', name: 'OmjWidgets', plugins: outputPlugins('iife') },
    ].filter((output) => languageSet.formats.includes(output.format)),
    plugins: inputPlugins({ locales: languageSet.locales, kinds: pageType.kinds }),
    treeshake,
    onwarn,
  };
}

const configs = PAGE_TYPES.filter((pageType) => onlyTypes === undefined || onlyTypes.includes(pageType.name)).flatMap((pageType) =>
  LANGUAGE_SETS.filter((set) => !onlyPlain || set.suffix === '').map((set) => config(pageType, set)),
);
// After the last file: sri.json for every file in dist/.
configs.at(-1).plugins.push({
  name: 'omj-sri-manifest',
  closeBundle() {
    const manifest = writeSriManifest();
    if (!process.argv.includes('--silent')) console.log(`dist/omj-widgets.sri.json: ${Object.keys(manifest.files).length} files`);
  },
});

/** @type {import('rollup').RollupOptions[]} */
export default configs;

function onwarn(warning, warn) {
  // A circular import would change module order in one file; surface it as an error.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && !/node_modules/.test(warning.message)) {
    throw new Error(warning.message);
  }
  warn(warning);
}
