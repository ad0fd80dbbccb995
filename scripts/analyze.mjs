#!/usr/bin/env node
// The custom-elements manifest: one merged custom-elements.json at the repo root (Storybook's controls,
// docs tables, editors) and one per widget package (packages/<name>/custom-elements.json, shipped in npm).
//
// Same analysis as `cem analyze --litelement --globs 'packages/*/src/**/*.ts' --exclude '**/generated/**'`,
// run through the analyzer's API so that
//   - our guarded `defineElement('omj-x', OmjX)` (core/define.ts) links each class to its tag, like a
//     `customElements.define()` call would;
//   - the CLI does not rewrite the root package.json (it adds a `customElements` field by default).
// Inheritance is resolved across packages (every widget lists OmjElement's `feed`, `data`, `theme`).
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import globby from 'globby';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

const GLOBS = ['packages/*/src/**/*.ts', '!**/generated/**', '!**/*.test.ts', '!**/*.d.ts', '!packages/feed-cli/**'];

/** Finds `defineElement('tag', Class)` and records it as a custom-element definition of that class. */
function defineElementPlugin() {
  return {
    name: 'omj-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (node.expression.kind !== ts.SyntaxKind.Identifier || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (tagArg?.kind !== ts.SyntaxKind.StringLiteral || classArg?.kind !== ts.SyntaxKind.Identifier) return;
      const className = classArg.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: { name: className, module: moduleOf(node.getSourceFile(), className, moduleDoc.path) },
        },
      ];
    },
  };
}

/**
 * `static properties = { open: { state: true } }` declares internal reactive state, like `@state()`; the
 * Lit plugin reads only decorators as state and would list such a property as an attribute. This drops the
 * attribute and marks the member private, as `@state()` would.
 */
function staticStatePlugin() {
  const stateByClass = new Map();
  return {
    name: 'omj-static-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const properties = node.members.find(
        (member) =>
          member.kind === ts.SyntaxKind.PropertyDeclaration &&
          member.name?.getText() === 'properties' &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
      );
      const literal = properties?.initializer;
      if (literal?.kind !== ts.SyntaxKind.ObjectLiteralExpression) return;
      const names = [];
      for (const entry of literal.properties) {
        const options = entry.initializer;
        if (options?.kind !== ts.SyntaxKind.ObjectLiteralExpression) continue;
        const isState = options.properties.some(
          (option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) names.push(entry.name.getText().replace(/^['"]|['"]$/g, ''));
      }
      if (names.length > 0) stateByClass.set(`${moduleDoc.path}#${node.name.text}`, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = stateByClass.get(`${moduleDoc.path}#${declaration.name}`);
        if (names === undefined) continue;
        declaration.attributes = (declaration.attributes ?? []).filter(
          (attribute) => !names.includes(attribute.fieldName ?? attribute.name),
        );
        for (const member of declaration.members ?? []) {
          if (!names.includes(member.name)) continue;
          delete member.attribute;
          delete member.reflects;
          member.privacy = 'private';
        }
      }
    },
  };
}

/** The module that declares `name` as seen from `sourceFile`: the import it came from, or the file itself. */
function moduleOf(sourceFile, name, selfPath) {
  for (const statement of sourceFile.statements) {
    if (statement.kind !== ts.SyntaxKind.ImportDeclaration) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || bindings.kind !== ts.SyntaxKind.NamedImports) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    return posix.join(posix.dirname(selfPath), specifier).replace(/\.js$/, '.ts');
  }
  return selfPath;
}

const files = await globby(GLOBS, { cwd: process.cwd() });
files.sort();
const modules = files.map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true));
const manifest = create({ modules, plugins: [...litPlugin(), defineElementPlugin(), staticStatePlugin()], context: { dev: false } });

writeJson('custom-elements.json', manifest);

// One manifest per package that defines elements: its own modules, paths relative to the package, and
// references into sibling packages turned into package references (`{ package: '@omj/core' }`).
const byPackage = new Map();
for (const module of manifest.modules) {
  const name = /^packages\/([^/]+)\//.exec(module.path)?.[1];
  if (name === undefined) continue;
  if (!byPackage.has(name)) byPackage.set(name, []);
  byPackage.get(name).push(module);
}
const elements = [];
for (const [name, list] of byPackage) {
  const hasElement = list.some((module) => module.declarations?.some((declaration) => declaration.customElement && declaration.tagName));
  if (!hasElement) continue;
  const local = relocate(structuredClone(list), name);
  writeJson(join('packages', name, 'custom-elements.json'), { schemaVersion: manifest.schemaVersion, readme: '', modules: local });
  for (const module of list) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName) elements.push(`<${declaration.tagName}> (${module.path})`);
  }
}

console.log(`analyze: custom-elements.json (${manifest.modules.length} modules); ${elements.length} elements:`);
for (const element of elements) console.log(`  ${element}`);

function relocate(value, pkg) {
  if (Array.isArray(value)) return value.map((item) => relocate(item, pkg));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) out[key] = relocate(item, pkg);
  for (const key of ['path', 'module']) {
    const path = out[key];
    if (typeof path !== 'string') continue;
    const match = /^\/?packages\/([^/]+)\/(.*)$/.exec(path);
    if (match === null) continue;
    if (match[1] === pkg) out[key] = match[2];
    else if (key === 'module') {
      delete out.module;
      out.package = packageName(match[1]);
    }
  }
  return out;
}

function packageName(dir) {
  const file = join('packages', dir, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).name : `@omj/${dir}`;
}

function writeJson(path, value) {
  if (!existsSync(dirname(path))) throw new Error(`no folder for ${path}`);
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
