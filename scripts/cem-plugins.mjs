// Plugins of custom-elements-manifest.config.mjs (the analyzer's own plugin API; see its README):
//   - defineElementPlugin: our guarded `defineElement('omj-x', OmjX)` (core/define.ts) links each class to its
//     tag, like a `customElements.define()` call would;
//   - staticStatePlugin: `static properties = { open: { state: true } }` is internal state, as `@state()`;
//   - publicApiPlugin: private, protected, `#`/`_`-named and `@internal` members leave the manifest (Storybook
//     made controls of ~30 of them: `timer`, `feedController`, `query` …);
//   - eventDetailPlugin: events get `CustomEvent<Detail>` types from the `OmjEventMap` declarations, the
//     same map that types `emit()` and `addEventListener`;
//   - perPackagePlugin: one manifest per widget package (packages/<name>/custom-elements.json, shipped in npm).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export function defineElementPlugin() {
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
          declaration: { name: className, module: moduleOf(ts, node.getSourceFile(), className, moduleDoc.path) },
        },
      ];
    },
  };
}

/** The Lit plugin reads only decorators as state and would list such a property as an attribute. */
export function staticStatePlugin() {
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

/** Is a manifest member part of the public API? */
export function isPublicMember(member) {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name.startsWith('#') || member.name.startsWith('_')) return false;
  return !member.internal;
}

export function publicApiPlugin() {
  const internal = new Map(); // "path#Class" -> names tagged @internal or @private in JSDoc
  return {
    name: 'omj-public-api',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const names = node.members
        .filter(
          (member) => member.name && ts.getJSDocTags(member).some((tag) => ['internal', 'private', 'protected'].includes(tag.tagName.text)),
        )
        .map((member) => member.name.getText());
      if (names.length > 0) internal.set(`${moduleDoc.path}#${node.name.text}`, names);
    },
    // After inheritance is resolved, so inherited private members are dropped as well.
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const names = internal.get(`${module.path}#${declaration.name}`) ?? [];
          for (const member of declaration.members ?? []) if (names.includes(member.name)) member.internal = true;
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members === undefined) continue;
          // Inherited members name their origin: hide them when the origin hid them.
          for (const member of declaration.members) {
            const origin = member.inheritedFrom && internal.get(`${member.inheritedFrom.module}#${member.inheritedFrom.name}`);
            if (origin?.includes(member.name)) member.internal = true;
          }
          declaration.members = declaration.members.filter(isPublicMember);
          for (const member of declaration.members) delete member.internal;
        }
      }
    },
  };
}

export function eventDetailPlugin() {
  const details = new Map(); // event name -> detail type text
  return {
    name: 'omj-event-detail',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.InterfaceDeclaration || node.name.text !== 'OmjEventMap') return;
      for (const member of node.members) {
        if (member.kind !== ts.SyntaxKind.PropertySignature || !member.type) continue;
        const name = member.name.kind === ts.SyntaxKind.StringLiteral ? member.name.text : member.name.getText();
        details.set(name, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (detail !== undefined && event.type?.text === undefined) event.type = { text: `CustomEvent<${detail}>` };
          }
        }
      }
    },
  };
}

/**
 * One manifest per package that defines elements: its own modules, paths relative to the package, and
 * references into sibling packages turned into package references (`{ package: '@omj/core' }`).
 */
export function perPackagePlugin() {
  return {
    name: 'omj-per-package',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPackage = new Map();
      for (const module of manifest.modules) {
        const name = /^packages\/([^/]+)\//.exec(module.path)?.[1];
        if (name === undefined) continue;
        if (!byPackage.has(name)) byPackage.set(name, []);
        byPackage.get(name).push(module);
      }
      const elements = [];
      for (const [name, list] of byPackage) {
        const hasElement = list.some((module) =>
          module.declarations?.some((declaration) => declaration.customElement && declaration.tagName),
        );
        if (!hasElement) continue;
        const local = relocate(structuredClone(list), name);
        const file = join('packages', name, 'custom-elements.json');
        writeFileSync(file, `${JSON.stringify({ schemaVersion: manifest.schemaVersion, readme: '', modules: local }, null, 2)}\n`);
        for (const module of list) {
          for (const declaration of module.declarations ?? [])
            if (declaration.tagName) elements.push(`<${declaration.tagName}> (${module.path})`);
        }
      }
      console.log(`custom-elements.json (${manifest.modules.length} modules); ${elements.length} elements: ${elements.join(', ')}`);
    },
  };
}

/** The module that declares `name` as seen from `sourceFile`: the import it came from, or the file itself. */
function moduleOf(ts, sourceFile, name, selfPath) {
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
  return JSON.parse(readFileSync(join('packages', dir, 'package.json'), 'utf8')).name;
}
