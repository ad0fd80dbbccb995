#!/usr/bin/env node
// JSX types for React 19, Preact and Solid, generated from the merged custom-elements.json by
// @wc-toolkit/jsx-types (so attributes, properties and events follow the manifest, never a hand-kept list).
//   <outdir>/omj-widgets-jsx.d.ts   CustomElements: the five tags and their props (the generator's output)
//   <outdir>/react.d.ts, preact.d.ts, solid.d.ts   one import each that adds them to that framework's JSX
// build-packages.mjs writes them to packages/widgets/dist/jsx/ (exports "./jsx/react" …);
// test/jsx.node.test.mjs writes them to .cache/jsx/ and type-checks a TSX file against them.
//   node scripts/jsx-types.mjs [outdir]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

const root = fileURLToPath(new URL('..', import.meta.url));

const FRAMEWORKS = { react: 'react', preact: 'preact', solid: 'solid-js' };

export function writeJsxTypes(outdir = resolve(root, 'packages/widgets/dist/jsx')) {
  const manifestPath = resolve(root, 'custom-elements.json');
  if (!existsSync(manifestPath)) throw new Error('jsx-types: no custom-elements.json (run node scripts/analyze.mjs)');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  mkdirSync(outdir, { recursive: true });
  generateJsxTypes(manifest, {
    outdir,
    fileName: 'omj-widgets-jsx.d.ts',
    // Each class from its own package (dependencies of @omj/widgets): <omj-video-grid> -> @omj/video-grid;
    // the shared base class (no tag) from @omj/core.
    componentTypePath: (_name, tag) => (tag ? `@omj/${String(tag).replace(/^omj-/, '')}` : '@omj/core'),
    stronglyTypedEvents: true,
    hideLogs: true,
  });
  for (const [name, module] of Object.entries(FRAMEWORKS)) {
    writeFileSync(
      resolve(outdir, `${name}.d.ts`),
      `// Adds the OMJ widgets to ${module}'s JSX: import type {} from '@omj/widgets/jsx/${name}';\n` +
        `import type { CustomElements } from './omj-widgets-jsx.js';\n\n` +
        `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n\nexport type { CustomElements };\n`,
    );
  }
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`jsx-types: ${writeJsxTypes(process.argv[2] ? resolve(process.argv[2]) : undefined)}`);
}
