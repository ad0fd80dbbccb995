// The release folder (`npm run release`) as a partner hosts it: a server whose root holds NOTHING but a copy
// of dist/release/omj-widgets@VERSION/ and one partner page. The page's script tag comes from sri.json
// (integrity + crossorigin); the widgets must render from the release's own sample feed under the strict
// CSP, and the release's configurator must run from the folder with the release's own files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './helpers/server.mjs';
import { requireBuilt } from './helpers/built.mjs';
import { foreignRequests, launch, openPage, waitForValue, waitForWidgets } from './helpers/browser.mjs';
import { startServer } from '../test-support/server.mjs';
import { BUNDLE_FILES } from '../scripts/bundles.mjs';
import { bundleVersion } from '../scripts/sri.mjs';

requireBuilt(
  BUNDLE_FILES.map(({ file }) => `dist/${file}`),
  'npx rollup -c rollup.config.js',
);
const name = `omj-widgets@${bundleVersion()}`;

describe('the release folder', () => {
  let site;
  let server;
  let browser;
  let release;

  before(async () => {
    const result = spawnSync('node', ['scripts/release.mjs', '--no-build', '--force'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    release = join(REPO, 'dist/release', name);
    site = mkdtempSync(join(tmpdir(), 'omj-release-'));
    cpSync(release, join(site, name), { recursive: true });
    server = await startServer({ root: site, strict: true, index: `/${name}/configurator/` });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  const origin = () => server.origin;

  test('holds every partner file, sri.json with a sha384 per file, the schema, the sample with posters, the configurator, a README and a .tgz', () => {
    const sri = JSON.parse(readFileSync(join(release, 'sri.json'), 'utf8'));
    for (const { file } of BUNDLE_FILES) {
      assert.ok(existsSync(join(release, file)), `${file} is in the release`);
      assert.match(sri.files[file]?.integrity ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, `${file} has a sha384 hash`);
      assert.ok(sri.files[file].npmCdnUrl.startsWith(`https://cdn.jsdelivr.net/npm/@omj/widgets@${sri.version}/`), 'the npm CDN address');
    }
    for (const path of [
      'omj-feed.schema.json',
      'sample/omj-sample.json',
      'README.md',
      'configurator/index.html',
      'configurator/configurator.js',
    ]) {
      assert.ok(existsSync(join(release, path)), `${path} is in the release`);
    }
    assert.ok(readdirSync(join(release, 'sample/posters')).length > 0, 'the sample posters');
    assert.ok(existsSync(join(REPO, 'dist/release', `${name}.tgz`)), 'the .tgz');
    const listing = spawnSync('tar', ['-tzf', join(REPO, 'dist/release', `${name}.tgz`)], { encoding: 'utf8' }).stdout;
    assert.ok(listing.includes(`${name}/sri.json`) && listing.includes(`${name}/omj-archive.js`), 'the .tgz holds the folder');
    assert.doesNotMatch(readFileSync(join(release, 'README.md'), 'utf8'), /cdn\.example\.org/);
  });

  test('a partner page using only release files (tag from sri.json, integrity + crossorigin, strict CSP) renders the archive from the sample feed', async () => {
    const sri = JSON.parse(readFileSync(join(release, 'sri.json'), 'utf8'));
    const tag = sri.files['omj-archive.en.js'].tag;
    assert.match(tag, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
    writeFileSync(
      join(site, 'partner.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">${tag}</head><body>
<omj-country-filter for="films"></omj-country-filter>
<omj-video-grid id="films" feed="/${name}/sample/omj-sample.json"><a href="/films/">Watch the films</a></omj-video-grid>
</body></html>`,
    );
    const opened = await openPage(browser, `${origin()}/strict/partner.html`);
    try {
      await waitForWidgets(opened.page, ['omj-video-grid', 'omj-country-filter']);
      assert.deepEqual(opened.log.pageErrors, []);
      assert.deepEqual(opened.log.consoleErrors, [], `requests: ${opened.log.requests.join(' ')}`);
      assert.deepEqual(await opened.log.violations(), []);
      assert.deepEqual(foreignRequests(opened.log.requests), []);
    } finally {
      await opened.close();
    }
  });

  test("the release's configurator works from the folder: its own sri.json, sample feed and page-type file", async () => {
    const opened = await openPage(browser, `${origin()}/strict/${name}/configurator/#widget=news-ticker&lang=ru`);
    try {
      const { page, log } = opened;
      const snippet = await waitForValue(
        () => page.evaluate(() => document.getElementById('snippet').textContent),
        (text) => text.includes('integrity="sha384-') && text.includes('<omj-news-ticker'),
        20000,
      );
      const sri = JSON.parse(readFileSync(join(release, 'sri.json'), 'utf8'));
      assert.ok(snippet.includes(`src="/${name}/omj-ticker.ru.js"`), `the ticker's Russian page-type file: ${snippet}`);
      assert.ok(snippet.includes(`integrity="${sri.files['omj-ticker.ru.js'].integrity}"`));
      assert.match(
        snippet,
        /<omj-news-ticker[\s\S]*<a href="[^"]+">Latest news<\/a>[\s\S]*<\/omj-news-ticker>/,
        'fallback content inside the element',
      );
      await page.waitForFunction(() => (document.querySelector('#preview omj-news-ticker')?.shadowRoot?.childElementCount ?? 0) > 0, {
        timeout: 20000,
      });
      assert.ok(
        log.requests.some((url) => url.endsWith(`/${name}/sample/omj-sample.json`)),
        'the preview reads the release sample feed',
      );
      assert.ok(!log.requests.some((url) => url.includes('/dist/') || url.includes('/packages/')), 'nothing outside the release folder');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(await log.violations(), []);
    } finally {
      await opened.close();
    }
  });

  test('a version is immutable: releasing other bytes under the same version stops with a message (same bytes are fine)', () => {
    const again = spawnSync('node', ['scripts/release.mjs', '--no-build'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(again.status, 0, `same bytes, same version: ${again.stderr}`);
    const path = join(release, 'sri.json');
    const sri = JSON.parse(readFileSync(path, 'utf8'));
    sri.files['omj-ticker.js'].integrity = 'sha384-somethingPartnersAlreadyPinned';
    writeFileSync(path, JSON.stringify(sri));
    try {
      const changed = spawnSync('node', ['scripts/release.mjs', '--no-build'], { cwd: REPO, encoding: 'utf8' });
      assert.equal(changed.status, 1);
      assert.match(changed.stderr, /already released with other bytes \(omj-ticker\.js\).*immutable/);
    } finally {
      spawnSync('node', ['scripts/release.mjs', '--no-build', '--force'], { cwd: REPO });
    }
  });
});
