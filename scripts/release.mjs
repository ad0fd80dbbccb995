#!/usr/bin/env node
// `npm run release`: the folder a partner copies to their own site, and a .tgz of it.
//
//   dist/release/omj-widgets@VERSION/
//     omj-*.js, omj-*.iife.js     every partner file (scripts/bundles.mjs)
//     sri.json                    sha384 integrity, sizes, self-hosted and npm-CDN addresses, ready tags
//     omj-feed.schema.json        the feed's JSON Schema
//     sample/                     the sample feed with its posters and media
//     configurator/               the configurator, working from this folder (serve it; see README.md)
//     README.md                   how to host and paste it
//   dist/release/omj-widgets@VERSION.tgz
//
// A version is immutable: if the folder exists with different bytes for the same version, the release
// stops and asks for a new version (package.json of @omj/widgets) instead of overwriting what partners
// may already have pinned with an integrity hash. `--force` overwrites (a local rebuild, never a publish).
//   node scripts/release.mjs [--no-build] [--force]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FILES, PAGE_TYPES } from './bundles.mjs';
import { bundleVersion, computeSri, npmCdnUrl } from './sri.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = bundleVersion();
const name = `omj-widgets@${version}`;
const releases = join(root, 'dist/release');
const out = join(releases, name);
const args = process.argv.slice(2);

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  for (const [command, commandArgs] of [
    ['node', ['scripts/localize.mjs', 'build']],
    ['npx', ['rollup', '-c', 'rollup.config.js', '--silent']],
  ]) {
    const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) fail(`${command} ${commandArgs.join(' ')} failed`);
  }
}
const missing = BUNDLE_FILES.filter(({ file }) => !existsSync(join(root, 'dist', file)));
if (missing.length > 0) fail(`not built: ${missing.map(({ file }) => file).join(', ')}`);

const sri = computeSri(join(root, 'dist'));
if (existsSync(join(out, 'sri.json')) && !args.includes('--force')) {
  const released = JSON.parse(readFileSync(join(out, 'sri.json'), 'utf8'));
  const changed = Object.keys(sri.files).filter((file) => released.files?.[file]?.integrity !== sri.files[file].integrity);
  if (changed.length > 0) {
    fail(
      `${name} was already released with other bytes (${changed.join(', ')}). Files are immutable per version: raise the version in packages/widgets/package.json (or pass --force for a local rebuild).`,
    );
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const { file } of BUNDLE_FILES) cpSync(join(root, 'dist', file), join(out, file));
writeFileSync(join(out, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
cpSync(join(root, 'packages/feed/schema/omj-feed.schema.json'), join(out, 'omj-feed.schema.json'));
cpSync(join(root, 'packages/feed/sample'), join(out, 'sample'), { recursive: true });

// The configurator, pointed at this folder's files instead of the repository's dist/ and sample.
mkdirSync(join(out, 'configurator'));
for (const file of ['configurator.js', 'configurator.css']) cpSync(join(root, 'docs/configurator', file), join(out, 'configurator', file));
let page = readFileSync(join(root, 'docs/configurator/index.html'), 'utf8');
const rewrites = [
  ['<html lang="en">', '<html lang="en" data-bundle-base="../" data-sri="sri.json" data-sample-feed="../sample/omj-sample.json">'],
  ['src="../../dist/omj-widgets.js"', 'src="../omj-widgets.js"'],
];
for (const [from, to] of rewrites) {
  if (!page.includes(from)) fail(`docs/configurator/index.html no longer contains ${from}: update scripts/release.mjs`);
  page = page.replace(from, to);
}
writeFileSync(join(out, 'configurator/index.html'), page);

writeFileSync(join(out, 'README.md'), readme());

// The archive: tar from Node's child_process (GNU tar is on every machine that builds this).
const tgz = join(releases, `${name}.tgz`);
rmSync(tgz, { force: true });
execFileSync('tar', ['-czf', tgz, '-C', releases, name]);

console.log(`release: ${out}/ (${Object.keys(sri.files).length} files + sri.json, schema, sample, configurator, README)`);
console.log(`release: ${tgz}`);

function readme() {
  const rows = PAGE_TYPES.map((type) => {
    const file = sri.files[`omj-${type.name}.js`];
    const en = sri.files[`omj-${type.name}.en.js`];
    return `| ${type.label} | \`omj-${type.name}.js\` (\`.en.js\`, \`.ru.js\`, \`.ky.js\`; classic: \`.iife.js\`) | ${type.tags.map((tag) => `\`<${tag}>\``).join(', ')} | ${(en.gzip / 1024).toFixed(1)} KB (English), ${(file.gzip / 1024).toFixed(1)} KB (all languages) |`;
  });
  const archive = sri.files['omj-archive.en.js'];
  return `# omj-widgets ${version}

Embeddable web components for children's-rights partner sites. This folder is a complete release: copy it
to your own web server and paste one script tag. Nothing here calls any other host.

## Host it yourself (recommended)

1. Copy this folder, \`${name}/\`, to the root of your site (so \`https://your-site.example/${name}/\` serves it).
   Never change files inside it: a new version comes as a new folder.
2. Paste the script for your page type once, with its integrity hash from \`sri.json\`, and the element with
   its fallback content (shown until the widget starts and whenever an editor strips the script):

\`\`\`html
${archive.tag}

<omj-video-grid feed="https://your-site.example/omj/feed.json">
  <a href="/films/">Watch the films made by young people</a>
</omj-video-grid>
\`\`\`

## Which file

One file per page type, one request, only that page's elements. \`.en.js\` carries English only,
\`.ru.js\` English and Russian, \`.ky.js\` English and Kyrgyz; the plain \`.js\` all three (pages that mix
languages). \`.iife.js\` is the classic-script form (editors that allow only \`<script src>\` without
\`type="module"\`), all three languages. Two files on one page work, but each carries its own copy of Lit
(about 6 KB gzip): use \`omj-widgets.js\` when a page shows widgets of several types.

| page | file | elements | gzip |
| --- | --- | --- | --- |
${rows.join('\n')}

Sizes, hashes and ready tags for every file: \`sri.json\`.

## From the npm CDN (once published)

When \`@omj/widgets\` ${version} is on npm, the same bytes (same integrity hashes) are at
\`${npmCdnUrl('omj-archive.en.js', version)}\` and so on (\`npmCdnUrl\` in \`sri.json\`). Until the package
is published nothing is there; self-hosting always works.

## Also here

- \`omj-feed.schema.json\`: the JSON Schema of the feed.
- \`sample/omj-sample.json\`: a sample feed with its posters and media, to try the widgets.
- \`configurator/index.html\`: choose a widget, see it live, copy the code. It needs to be served over
  http(s) (browsers do not run module scripts from \`file://\`): e.g. \`npx http-server\` or
  \`python3 -m http.server\` in this folder, then open \`/configurator/\`.

MIT licence.
`;
}
