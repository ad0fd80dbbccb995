// The npm packages as they would be published: `npm pack` of every workspace package (the same file list
// `npm publish --dry-run` prints), each tarball checked for what a consumer needs and nothing it must not
// get. Importing every entry in Node is test/import.node.test.mjs.
// Builds the packages first (`node scripts/build-packages.mjs`, as `npm run build:packages` does) when they
// are not built: `npm test` does not build them, and these tests never skip.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './helpers/server.mjs';

const root = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
// Only what is published: a `"private": true` workspace (the omj-feed CLI, run from the repository) never is.
const workspaces = root.workspaces
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);
const built = workspaces.every(({ dir }) => existsSync(join(REPO, dir, 'dist')));

describe('npm packages', () => {
  let out;
  const packed = new Map();

  before(() => {
    if (!built) {
      // npm test's manifest step wrote custom-elements.json already: leave it alone (other tests read it now).
      const args = existsSync(join(REPO, 'custom-elements.json')) ? ['--no-manifest'] : [];
      const build = spawnSync('node', ['scripts/build-packages.mjs', ...args], { cwd: REPO, encoding: 'utf8' });
      assert.equal(build.status, 0, `node scripts/build-packages.mjs ${args.join(' ')} failed:\n${build.stdout}${build.stderr}`);
    }
    out = mkdtempSync(join(tmpdir(), 'omj-pack-'));
    // One `npm pack` for every workspace; prepack/postpack (scripts/publish-manifest.mjs) run as on publish.
    const json = execFileSync('npm', ['pack', '--json', '--workspaces', '--pack-destination', out], {
      cwd: REPO,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const entry of JSON.parse(json)) packed.set(entry.name, entry);
  });

  after(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** The package.json inside the tarball (what npm would publish). */
  const publishedManifest = (entry) =>
    JSON.parse(execFileSync('tar', ['-xzOf', join(out, entry.filename), 'package/package.json'], { encoding: 'utf8' }));

  for (const { dir, pkg } of workspaces) {
    test(`${pkg.name}: tarball has README, LICENSE, every promised path, no tests, no TypeScript behind an export`, () => {
      const entry = packed.get(pkg.name);
      assert.ok(entry, `${pkg.name} was packed`);
      const files = new Set(entry.files.map((file) => file.path));
      for (const name of ['README.md', 'LICENSE', 'package.json']) assert.ok(files.has(name), `${name} in the tarball`);
      assert.deepEqual(
        [...files].filter((path) => /\.test\.|(^|\/)test\//.test(path)),
        [],
        'no test files',
      );
      for (const path of pkg.files) {
        assert.ok(
          [...files].some((file) => file === path || file.startsWith(`${path}/`)),
          `"files" entry ${path} is a real path in the tarball`,
        );
      }
      const manifest = publishedManifest(entry);
      const targets = [];
      const walk = (value, conditions) => {
        if (typeof value === 'string') targets.push([conditions.join('>'), value]);
        else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...conditions, key]);
      };
      walk(manifest.exports, []);
      assert.deepEqual(
        targets.filter(([conditions]) => conditions.includes('source')),
        [],
        'no `source` condition published',
      );
      for (const [conditions, target] of targets) {
        assert.ok(!target.endsWith('.ts') || target.endsWith('.d.ts'), `${conditions} → ${target} is not TypeScript source`);
        assert.ok(files.has(target.replace(/^\.\//, '')), `${conditions} → ${target} is in the tarball`);
      }
      for (const field of ['main', 'types', 'customElements']) {
        if (manifest[field]) assert.ok(files.has(manifest[field].replace(/^\.\//, '')), `${field}: ${manifest[field]} is in the tarball`);
      }
      // The repository's own package.json still has `source` (postpack restored it).
      assert.deepEqual(JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')), pkg, 'package.json restored after packing');
    });
  }

  test('@omj/widgets: custom-elements.json with all five elements, the customElements field, page-type entries and the partner files', () => {
    const entry = packed.get('@omj/widgets');
    const files = new Set(entry.files.map((file) => file.path));
    const manifest = publishedManifest(entry);
    assert.equal(manifest.customElements, 'custom-elements.json');
    assert.ok(files.has('custom-elements.json'));
    const cem = JSON.parse(execFileSync('tar', ['-xzOf', join(out, entry.filename), 'package/custom-elements.json'], { encoding: 'utf8' }));
    const tags = cem.modules
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean);
    for (const tag of ['omj-hotline-banner', 'omj-video-grid', 'omj-country-filter', 'omj-news-ticker', 'omj-contact-card'])
      assert.ok(tags.includes(tag), `${tag} in custom-elements.json`);
    for (const name of ['archive', 'ticker', 'contact', 'hotline']) assert.ok(manifest.exports[`./${name}`], `./${name} export`);
    for (const file of ['omj-widgets.js', 'omj-archive.en.js', 'omj-ticker.iife.js', 'omj-widgets.sri.json'])
      assert.ok(files.has(`dist/bundles/${file}`), `dist/bundles/${file}`);
    for (const name of ['react', 'preact', 'solid']) assert.ok(files.has(`dist/jsx/${name}.d.ts`), `JSX types for ${name}`);
    assert.ok(files.has('dist/jsx/omj-widgets-jsx.d.ts'));
  });

  test('@omj/feed ships the sample feed but not its video and posters', () => {
    const files = packed.get('@omj/feed').files.map((file) => file.path);
    assert.ok(files.includes('sample/omj-sample.json'));
    assert.ok(files.includes('schema/omj-feed.schema.json'));
    assert.deepEqual(
      files.filter((path) => /^sample\/(media|posters)\//.test(path) || /\.(mp4|webm|vtt|jpg|png|svg)$/.test(path)),
      [],
    );
  });

  test('npm publish --dry-run passes for every workspace package', () => {
    const result = spawnSync('npm', ['publish', '--dry-run', '--workspaces', '--access', 'public'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr.slice(-2000));
    for (const { pkg } of workspaces)
      assert.match(
        result.stderr + result.stdout,
        new RegExp(`${pkg.name.replace('/', '\\/')}@${pkg.version}`),
        `${pkg.name} in the dry run`,
      );
    for (const { dir, pkg } of workspaces)
      assert.deepEqual(JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')), pkg, `${pkg.name} package.json restored`);
  });
});
