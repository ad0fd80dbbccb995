#!/usr/bin/env node
// Subresource Integrity for the partner files: the sha384 hash, byte sizes and ready-made script tags a
// partner pastes for a versioned, self-hosted URL (and the npm CDN address once published). Used by rollup.config.js after every build (writes
// dist/omj-widgets.sri.json and prints a line per file); run alone to print the table again:
//   node scripts/sri.mjs            (reads dist/)
//   node scripts/sri.mjs --json     (prints the JSON)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FILES } from './bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export { BUNDLE_FILES };

/** The published version: the bundle package's version (the release folder is `omj-widgets@<version>/`). */
export function bundleVersion() {
  return JSON.parse(readFileSync(join(root, 'packages/widgets/package.json'), 'utf8')).version;
}

/**
 * Where a partner loads the files from. First choice: their own site, by copying the release folder
 * (`npm run release`) to its root, so the address is `/omj-widgets@VERSION/<file>`. Once @omj/widgets is
 * published on npm, the public npm CDN serves the same bytes (the package ships them in `dist/bundles/`);
 * nothing is there before publication.
 */
export const SELF_HOSTED_BASE = '';
export const NPM_CDN_BASE = 'https://cdn.jsdelivr.net/npm/@omj/widgets';

export function selfHostedUrl(file, version = bundleVersion()) {
  return `${SELF_HOSTED_BASE}/omj-widgets@${version}/${file}`;
}

export function npmCdnUrl(file, version = bundleVersion()) {
  return `${NPM_CDN_BASE}@${version}/dist/bundles/${file}`;
}

export function sriOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

/** Sizes and hash of one file's bytes. */
export function measure(bytes) {
  return { integrity: sriOf(bytes), bytes: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
}

/** The script tag for one file, as text (it is shown to partners, never parsed as HTML by us). */
export function scriptTag({ file, type }, integrity, src = selfHostedUrl(file)) {
  return type === 'module'
    ? `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`
    : `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
}

/** Hashes every bundle file present in `dist`; returns the manifest object. */
export function computeSri(dist = join(root, 'dist')) {
  const version = bundleVersion();
  const files = {};
  for (const entry of BUNDLE_FILES) {
    const path = join(dist, entry.file);
    if (!existsSync(path)) continue;
    const info = measure(readFileSync(path));
    files[entry.file] = {
      pageType: entry.pageType,
      languages: entry.languages,
      format: entry.format,
      elements: entry.tags,
      ...info,
      url: selfHostedUrl(entry.file, version),
      npmCdnUrl: npmCdnUrl(entry.file, version),
      tag: scriptTag(entry, info.integrity, selfHostedUrl(entry.file, version)),
    };
  }
  return { name: 'omj-widgets', version, algorithm: 'sha384', files };
}

/** Writes dist/omj-widgets.sri.json and returns the manifest. */
export function writeSriManifest(dist = join(root, 'dist')) {
  const manifest = computeSri(dist);
  writeFileSync(join(dist, 'omj-widgets.sri.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function formatLine(file, info) {
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  return `${file}  ${kb(info.bytes)} min, ${kb(info.gzip)} gzip, ${kb(info.brotli)} brotli  ${info.integrity}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = writeSriManifest();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(manifest, null, 2));
  } else {
    if (Object.keys(manifest.files).length === 0) {
      console.error('sri: no bundle in dist/ (run `npx rollup -c rollup.config.js` first)');
      process.exit(1);
    }
    console.log(`omj-widgets ${manifest.version} (dist/omj-widgets.sri.json):`);
    for (const [file, info] of Object.entries(manifest.files)) {
      console.log(`  ${formatLine(file, info)}`);
      console.log(`    ${info.tag}`);
    }
  }
}
