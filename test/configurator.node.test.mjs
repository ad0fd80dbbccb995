// The configurator page (docs/configurator/) under the strict CSP: it runs, builds a live preview from our
// own widgets, and writes the snippet as escaped text with the SRI hash of dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, startServer } from './helpers/server.mjs';
import { requireBuilt } from './helpers/built.mjs';
import { foreignRequests, launch, openPage, waitForValue } from './helpers/browser.mjs';
import { STRICT_CSP } from '../test-support/csp.mjs';

requireBuilt(['dist/omj-widgets.sri.json'], 'npx rollup -c rollup.config.js');

describe('the configurator', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    // The page itself, served with the strict CSP (its files are external .js and .css).
    server.routes.set('/docs/configurator/', () => ({
      body: readFileSync(join(REPO, 'docs/configurator/index.html')),
      headers: { 'content-security-policy': STRICT_CSP },
    }));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('runs under the strict CSP, previews the chosen widget and escapes the snippet', async () => {
    const hostile = 'Say "hi" <b>&';
    const hash = new URLSearchParams({ widget: 'news-ticker', format: 'classic', lang: 'ru', heading: hostile });
    const opened = await openPage(browser, `${server.origin}/docs/configurator/#${hash}`);
    try {
      const { page, log } = opened;
      const snippet = await waitForValue(
        () => page.evaluate(() => document.getElementById('snippet').textContent),
        (text) => text.includes('integrity="sha384-') && text.includes('<omj-news-ticker'),
      );
      const sri = JSON.parse(readFileSync(join(REPO, 'dist/omj-widgets.sri.json'), 'utf8'));
      assert.ok(snippet.includes(`src="${sri.files['omj-ticker.iife.js'].url}"`), `the ticker's page-type file, classic form: ${snippet}`);
      assert.ok(
        snippet.includes(`integrity="${sri.files['omj-ticker.iife.js'].integrity}"`),
        'the classic script tag carries the built SRI hash',
      );
      assert.doesNotMatch(snippet, /cdn\.example\.org/, 'no placeholder CDN');
      assert.match(
        snippet,
        /<omj-news-ticker[\s\S]*<a href="[^"]+">Latest news<\/a>\n<\/omj-news-ticker>/,
        'fallback content inside the element',
      );
      assert.ok(snippet.includes('crossorigin="anonymous" defer'), 'classic tag has crossorigin and defer');
      assert.ok(snippet.includes('heading="Say &quot;hi&quot; &lt;b&gt;&amp;"'), `attribute value escaped in: ${snippet}`);
      assert.ok(snippet.includes('lang="ru"'), 'language option in the snippet');
      // The preview is a real widget whose attribute holds the raw text (set with setAttribute, not parsed).
      const heading = await waitForValue(
        () => page.evaluate(() => document.querySelector('#preview omj-news-ticker')?.getAttribute('heading')),
        (value) => value === hostile,
      );
      assert.equal(heading, hostile);
      await page.waitForFunction(() => (document.querySelector('#preview omj-news-ticker')?.shadowRoot?.childElementCount ?? 0) > 0);

      // Switching widget rebuilds fields, preview and snippet.
      await page.select('#widget', 'omj-country-filter');
      const next = await waitForValue(
        () => page.evaluate(() => document.getElementById('snippet').textContent),
        (text) => text.includes('<omj-country-filter'),
      );
      assert.match(next, /<omj-country-filter for="films"[^>]*><\/omj-country-filter>\n<omj-video-grid\s+id="films"\s+feed="[^"]+"/);
      await page.waitForFunction(() => (document.querySelector('#preview omj-country-filter')?.shadowRoot?.childElementCount ?? 0) > 0);
      const labelled = await page.evaluate(() =>
        [...document.querySelectorAll('#options input, #options select')].every((control) => control.labels.length > 0),
      );
      assert.ok(labelled, 'every form control has a label');

      assert.deepEqual(log.pageErrors, [], 'no uncaught error');
      assert.deepEqual(log.consoleErrors, [], 'no console error');
      assert.deepEqual(await log.violations(), [], 'no CSP violation');
      assert.deepEqual(foreignRequests(log.requests), [], 'no request to another host');
    } finally {
      await opened.close();
    }
  });
});

// The configurator offers attributes by name; when a widget drops or renames one, the form must follow.
test('every configurator option is an attribute of its element in custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'custom-elements.json'), 'utf8'));
  const attributesOf = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) attributesOf.set(declaration.tagName, new Set((declaration.attributes ?? []).map((a) => a.name)));
    }
  }
  const source = readFileSync(join(REPO, 'docs/configurator/configurator.js'), 'utf8');
  const widgets = source.slice(source.indexOf('const WIDGETS'), source.indexOf('\n};\n'));
  const offered = [...widgets.matchAll(/'(omj-[a-z-]+)': \{([\s\S]*?)\n {2}\},/g)];
  assert.equal(offered.length, 5, 'five widgets in the configurator');
  for (const [, tag, body] of offered) {
    const known = attributesOf.get(tag);
    assert.ok(known, `${tag} is in the manifest`);
    for (const [, attribute] of body.matchAll(/^\s*\['([a-z-]+)', '/gm)) {
      assert.ok(known.has(attribute), `${tag}: the configurator offers "${attribute}", which the element does not have`);
    }
  }
});
