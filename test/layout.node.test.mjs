// The dependency rule of the README's Layout section, enforced on the imports of every package's src/:
// widgets may use core and feed; core may use feed, never a widget; feed knows no elements (no Lit, no
// core); no widget imports another widget; only the bundle entry (packages/widgets) imports the widgets.
// Relative imports may not leave their package (they would dodge the rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const PACKAGES = resolve('packages');
const WIDGETS = ['hotline-banner', 'video-grid', 'country-filter', 'news-ticker', 'contact-card'];
const ELEMENT_LIBRARIES = /^(lit|lit\/.*|@lit\/.*|@lit-labs\/.*)$/;

function sources(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** Every module specifier a file imports or re-exports, statically or with import(). */
function specifiers(text) {
  const found = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const match of code.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g)) found.push(match[1]);
  for (const match of code.matchAll(/(?:^|[\s;}])import\s*['"]([^'"]+)['"]/g)) found.push(match[1]);
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]);
  return found;
}

/** [file, specifier] for every import of packages/<name>/src. */
function importsOf(name) {
  const src = join(PACKAGES, name, 'src');
  return sources(src).flatMap((file) => specifiers(readFileSync(file, 'utf8')).map((specifier) => [relative('.', file), specifier]));
}

/** The package a specifier points into: `@omj/x` → x; a relative path → the folder under packages/. */
function target(file, specifier) {
  const scoped = /^@omj\/([^/]+)/.exec(specifier)?.[1];
  if (scoped !== undefined) return scoped;
  if (!specifier.startsWith('.')) return undefined;
  const path = relative(PACKAGES, resolve(dirname(file), specifier));
  return path.startsWith('..') ? '(outside packages/)' : path.split(sep)[0];
}

function violations(name, allowed) {
  const found = [];
  for (const [file, specifier] of importsOf(name)) {
    const into = target(file, specifier);
    if (into !== undefined && into !== name && !allowed.includes(into)) found.push(`${file}: imports ${specifier}`);
    if (name === 'feed' && ELEMENT_LIBRARIES.test(specifier)) found.push(`${file}: imports ${specifier} (feed knows no elements)`);
  }
  return found;
}

test('the parser finds every form of import it must police', () => {
  const text = `import a from 'x1';\nimport { b } from "x2";\nimport type { C } from 'x3';\nexport { d } from 'x4';\nexport * from 'x5';\nimport 'x6';\nconst e = await import('x7');\n// import f from 'not-me';\n/* import g from 'nor-me' */`;
  assert.deepEqual(specifiers(text).sort(), ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']);
  assert.equal(target('packages/core/src/a.ts', '../../video-grid/src/x.js'), 'video-grid');
  assert.equal(target('packages/core/src/a.ts', './b.js'), 'core');
});

test('feed imports no Lit and no other package (it knows no elements)', () => {
  assert.deepEqual(violations('feed', []), []);
});

test('the CLI (feed-cli, Node only) imports feed only: no Lit, no core, no widget', () => {
  assert.deepEqual(violations('feed-cli', ['feed']), []);
});

test('core imports feed only, never a widget', () => {
  assert.deepEqual(violations('core', ['feed']), []);
});

for (const widget of WIDGETS) {
  test(`${widget} imports core and feed only, no other widget`, () => {
    assert.deepEqual(violations(widget, ['core', 'feed']), []);
  });
}

test('every package under packages/ is covered by a rule above', () => {
  const known = ['feed', 'feed-cli', 'core', 'widgets', ...WIDGETS];
  const present = readdirSync(PACKAGES).filter((name) => statSync(join(PACKAGES, name)).isDirectory());
  assert.deepEqual(
    present.filter((name) => !known.includes(name)),
    [],
  );
});

test('the bundle entry (packages/widgets) imports core and the widgets, never feed internals by path', () => {
  assert.deepEqual(violations('widgets', ['core', 'feed', ...WIDGETS]), []);
});
