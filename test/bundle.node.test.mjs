// The partner's view of the one-script-tag bundle (dist/, built by `npx rollup -c rollup.config.js`):
// pages that hold NOTHING but the script tag and the five elements, opened in headless Chromium.
// Every page must: define and render all five elements (after the feed loads), throw nothing, log no
// console error, violate no CSP directive, and request nothing from any host but the page's own.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, REPO } from './helpers/server.mjs';
import { requireBuilt } from './helpers/built.mjs';
import { TAGS, deepText, foreignRequests, launch, openPage, waitForValue, waitForWidgets } from './helpers/browser.mjs';

import { STRICT_CSP } from '../test-support/csp.mjs';
import { BUNDLE_FILES, PAGE_TYPES } from '../scripts/bundles.mjs';

const FEED = '/test/fixtures/feed.json';
const SAMPLE = '/packages/feed/sample/omj-sample.json';
const MODULE = '/dist/omj-widgets.js';
const CLASSIC = '/dist/omj-widgets.iife.js';
const CYRILLIC = /[А-Яа-яЁёҢңӨөҮү]/;

requireBuilt([...BUNDLE_FILES.map(({ file }) => `dist/${file}`), SAMPLE.slice(1)], 'npx rollup -c rollup.config.js');

/** The five elements as a partner pastes them, all fed by one URL. */
function elements(feed = FEED, tags = TAGS) {
  return [
    `<omj-hotline-banner feed="${feed}" country="KG"></omj-hotline-banner>`,
    `<omj-country-filter for="films" feed="${feed}"></omj-country-filter>`,
    `<omj-video-grid id="films" feed="${feed}" country="KG"></omj-video-grid>`,
    `<omj-news-ticker feed="${feed}"></omj-news-ticker>`,
    `<omj-contact-card feed="${feed}"></omj-contact-card>`,
  ]
    .filter((markup) => tags.some((tag) => markup.startsWith(`<${tag} `)))
    .join('\n');
}

function html({ head = '', body = elements(), tail = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>omj-widgets bundle test</title>
${head}
</head>
<body>
${body}
${tail}
</body>
</html>
`;
}

describe('the one-script-tag bundle in a browser', () => {
  let server;
  let browser;
  let pageCount = 0;

  before(async () => {
    server = await startServer();
    browser = await launch();
    // A second, different version of the bundle, as another partner plugin on the same page might ship.
    server.routes.set('/other-version/omj-widgets.iife.js', () => ({
      type: 'text/javascript; charset=utf-8',
      body: readFileSync(join(REPO, 'dist/omj-widgets.iife.js'), 'utf8').replaceAll('"0.1.0"', '"0.0.9"'),
    }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Registers a page and opens it. */
  async function open(page, headers = {}) {
    const path = `/page-${++pageCount}.html`;
    server.routes.set(path, { body: html(page), headers });
    return openPage(browser, server.origin + path);
  }

  /** The assertions every page must pass. */
  async function assertHealthy({ page, log }, { warnings = 'any', tags = TAGS } = {}) {
    await waitForWidgets(page, tags);
    for (const tag of tags) {
      assert.ok(await page.evaluate((tag) => customElements.get(tag) !== undefined, tag), `${tag} is defined`);
      const count = await page.evaluate((tag) => document.querySelector(tag).shadowRoot.childElementCount, tag);
      assert.ok(count > 0, `${tag} has rendered shadow content`);
    }
    assert.deepEqual(log.pageErrors, [], 'no uncaught error in the page');
    assert.deepEqual(log.consoleErrors, [], 'no console error');
    assert.deepEqual(await log.violations(), [], 'no Content-Security-Policy violation');
    assert.deepEqual(foreignRequests(log.requests), [], 'no request to any host but the page’s own');
    if (warnings === 'none') assert.deepEqual(log.consoleWarnings, [], 'no console warning');
  }

  /** Changes `lang` on every element and `country` on the grid and the banner; the text must follow. */
  async function assertAttributesFollowed({ page }) {
    for (const tag of TAGS) {
      const before = await deepText(page, tag);
      await page.evaluate((tag) => document.querySelector(tag).setAttribute('lang', 'ru'), tag);
      const after = await waitForValue(
        () => deepText(page, tag),
        (text) => text !== before && CYRILLIC.test(text),
      );
      assert.notEqual(after, before, `${tag}: text changes when lang becomes "ru"`);
      assert.match(after, CYRILLIC, `${tag}: text is Russian after lang="ru"`);
    }
    for (const tag of ['omj-video-grid', 'omj-hotline-banner']) {
      const before = await deepText(page, tag);
      await page.evaluate((tag) => document.querySelector(tag).setAttribute('country', 'KZ'), tag);
      const after = await waitForValue(
        () => deepText(page, tag),
        (text) => text !== before,
      );
      assert.notEqual(after, before, `${tag}: text changes when country goes from KG to KZ`);
    }
  }

  test('module form: one <script type="module">, elements before it, all five render; attributes changed later are followed', async () => {
    const opened = await open({ head: `<script type="module" src="${MODULE}"></script>` });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      const scripts = opened.log.requests.filter((url) => url.endsWith('.js'));
      assert.equal(scripts.length, 1, 'one script file, no chunks');
      await assertAttributesFollowed(opened);
      assert.deepEqual(opened.log.pageErrors, [], 'no uncaught error after the changes');
      assert.deepEqual(opened.log.consoleErrors, [], 'no console error after the changes');
    } finally {
      await opened.close();
    }
  });

  test('classic form: one <script defer> (IIFE), all five render; attributes changed later are followed', async () => {
    const opened = await open({ head: `<script src="${CLASSIC}" defer></script>` });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      await assertAttributesFollowed(opened);
    } finally {
      await opened.close();
    }
  });

  test('classic script at the end of <body> without defer (elements already parsed) renders all five', async () => {
    const opened = await open({ tail: `<script src="${CLASSIC}"></script>` });
    try {
      await assertHealthy(opened, { warnings: 'none' });
    } finally {
      await opened.close();
    }
  });

  test('elements created by a script after the bundle loaded render too', async () => {
    const opened = await open({ head: `<script type="module" src="${MODULE}"></script>`, body: '<main></main>' });
    try {
      await opened.page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), {}, TAGS);
      await opened.page.evaluate((markup) => {
        const template = document.createElement('template');
        // Test-only markup from this file (no Trusted Types on this page).
        template.innerHTML = markup;
        document.querySelector('main').append(template.content);
      }, elements());
      await assertHealthy(opened, { warnings: 'none' });
    } finally {
      await opened.close();
    }
  });

  test('the same script pasted twice (classic form twice) throws nothing and leaves working elements', async () => {
    const opened = await open({ head: `<script src="${CLASSIC}" defer></script><script src="${CLASSIC}" defer></script>` });
    try {
      assert.equal(opened.log.requests.filter((url) => url.endsWith(CLASSIC)).length >= 1, true);
      await assertHealthy(opened, { warnings: 'none' });
      await assertAttributesFollowed(opened);
    } finally {
      await opened.close();
    }
  });

  test('the module from two URLs (two copies evaluated) throws nothing and leaves working elements', async () => {
    const opened = await open({
      head: `<script type="module" src="${MODULE}"></script><script type="module" src="${MODULE}?copy=2"></script>`,
    });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      await assertAttributesFollowed(opened);
    } finally {
      await opened.close();
    }
  });

  test('module and classic copies together: two Lit copies, two localize runtimes, text still follows lang', async () => {
    const opened = await open({ head: `<script src="${CLASSIC}" defer></script><script type="module" src="${MODULE}"></script>` });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      await assertAttributesFollowed(opened);
    } finally {
      await opened.close();
    }
  });

  test('two different versions on one page: the first keeps working, the second warns once per tag and throws nothing', async () => {
    const opened = await open({
      head: `<script src="/other-version/omj-widgets.iife.js"></script><script type="module" src="${MODULE}"></script>`,
    });
    try {
      await assertHealthy(opened);
      for (const tag of TAGS) {
        const warned = opened.log.consoleWarnings.filter((text) => text.includes(`<${tag}>`) && text.includes('0.0.9'));
        assert.equal(
          warned.length,
          1,
          `one warning naming <${tag}> and the other version, got: ${JSON.stringify(opened.log.consoleWarnings)}`,
        );
      }
      await assertAttributesFollowed(opened);
    } finally {
      await opened.close();
    }
  });

  test('strict CSP with Trusted Types (the CSP in docs/security.md): module form, no violation', async () => {
    const opened = await open({ head: `<script type="module" src="${MODULE}"></script>` }, { 'content-security-policy': STRICT_CSP });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      await assertAttributesFollowed(opened);
      assert.deepEqual(await opened.log.violations(), [], 'no CSP violation after the changes');
      assert.deepEqual(opened.log.consoleErrors, [], 'no console error after the changes');
    } finally {
      await opened.close();
    }
  });

  test('strict CSP with Trusted Types: classic form, and both copies together (allow-duplicates)', async () => {
    for (const head of [
      `<script src="${CLASSIC}" defer></script>`,
      `<script src="${CLASSIC}" defer></script><script type="module" src="${MODULE}"></script>`,
    ]) {
      const opened = await open({ head }, { 'content-security-policy': STRICT_CSP });
      try {
        await assertHealthy(opened, { warnings: 'none' });
      } finally {
        await opened.close();
      }
    }
  });

  test('strict CSP with Trusted Types: the optional features on (sticky, quick exit, search, topics, sync-url, marquee, rotate, list)', async () => {
    const body = [
      `<omj-hotline-banner feed="${FEED}" country="KG" sticky="top" dismissible exit exit-url="https://example.org/"></omj-hotline-banner>`,
      `<omj-country-filter for="films" multiple></omj-country-filter>`,
      `<omj-video-grid id="films" feed="${FEED}" search topics layout="list" sync-url></omj-video-grid>`,
      `<omj-news-ticker feed="${FEED}" mode="marquee" speed="60"></omj-news-ticker>`,
      `<omj-news-ticker feed="${FEED}" mode="rotate" interval="2" more-url="https://example.org/news"></omj-news-ticker>`,
      `<omj-contact-card feed="${FEED}" organization="unicef-kg" layout="list"></omj-contact-card>`,
    ].join('\n');
    const opened = await open({ head: `<script type="module" src="${MODULE}"></script>`, body }, { 'content-security-policy': STRICT_CSP });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      // Let the rotating and scrolling tickers run: their timers must not trip the policy either. The page's
      // clock is moved by the test (Chromium's virtual time: 5 s of timers and animation as fast as they can
      // run), so two rotations at interval="2" happen however busy the machine is.
      const shown = () =>
        opened.page.evaluate(() =>
          document.querySelector('omj-news-ticker[mode="rotate"]').shadowRoot.querySelector('.slide [part=link]')?.textContent.trim(),
        );
      const first = await shown();
      const cdp = await opened.page.createCDPSession();
      const expired = new Promise((resolve) => cdp.once('Emulation.virtualTimeBudgetExpired', resolve));
      await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: 5000 });
      await expired;
      assert.notEqual(await shown(), first, 'the rotating ticker moved on (its timer ran)');
      assert.deepEqual(await opened.log.violations(), [], 'no CSP violation while the tickers move');
      assert.deepEqual(opened.log.pageErrors, [], 'no uncaught error while the tickers move');
    } finally {
      await opened.close();
    }
  });

  test('strict CSP with Trusted Types: <omj-contact-card json-ld> throws nothing (JSON-LD needs a TrustedScript)', async () => {
    const body = `<omj-contact-card feed="${FEED}" json-ld></omj-contact-card>`;
    const opened = await open({ head: `<script type="module" src="${MODULE}"></script>`, body }, { 'content-security-policy': STRICT_CSP });
    try {
      await waitForWidgets(opened.page, ['omj-contact-card']);
      assert.deepEqual(opened.log.pageErrors, [], 'no uncaught error (setting a <script> text is a Trusted Types sink)');
      assert.deepEqual(opened.log.consoleErrors, [], 'no console error');
      // The documented CSP allows the card's own `omj-widgets` policy, so the JSON-LD is really written.
      const jsonLd = await opened.page.waitForFunction(
        () => document.querySelector('omj-contact-card > script[type="application/ld+json"]')?.textContent || false,
        { timeout: 10000 },
      );
      assert.match(String(await jsonLd.jsonValue()), /"@type":"Person"/);
    } finally {
      await opened.close();
    }
  });

  test("without 'allow-duplicates' a second copy of our Lit still works: the lit-html policy is shared, not created twice", async () => {
    const csp = STRICT_CSP.replace(" 'allow-duplicates'", '');
    const opened = await open(
      { head: `<script src="${CLASSIC}" defer></script><script type="module" src="${MODULE}"></script>` },
      { 'content-security-policy': csp },
    );
    try {
      await assertHealthy(opened, { warnings: 'none' });
      await assertAttributesFollowed(opened);
      assert.deepEqual(await opened.log.violations(), [], 'no CSP violation after the changes');
    } finally {
      await opened.close();
    }
  });

  test('hostile host CSS (* { all: unset }, global button/a/img rules, 40px root font) does not reach inside', async () => {
    const opened = await open({
      head: `<link rel="stylesheet" href="/test/fixtures/hostile.css"><script type="module" src="${MODULE}"></script>`,
    });
    try {
      await assertHealthy(opened, { warnings: 'none' });
      const leaks = await opened.page.evaluate((tags) => {
        const found = [];
        const visit = (root, tag) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) visit(el.shadowRoot, tag);
            const style = getComputedStyle(el);
            const name = el.localName;
            if (name === 'button' && style.backgroundColor === 'rgb(255, 0, 0)') found.push(`${tag} button is red`);
            if (name === 'button' && style.borderTopStyle === 'dashed') found.push(`${tag} button has the host's border`);
            if (name === 'a' && style.textDecorationLine.includes('line-through')) found.push(`${tag} link is struck through`);
            if (name === 'img' && style.width === '3px') found.push(`${tag} img has the host's width`);
          }
        };
        for (const tag of tags) visit(document.querySelector(tag).shadowRoot, tag);
        return found;
      }, TAGS);
      assert.deepEqual(leaks, [], 'global host rules do not style our shadow content');
      for (const tag of TAGS) {
        const box = await opened.page.evaluate((tag) => {
          const rect = document.querySelector(tag).getBoundingClientRect();
          return { width: rect.width, height: rect.height };
        }, tag);
        assert.ok(box.width > 0 && box.height > 0, `${tag} still takes space on the page (${box.width}x${box.height})`);
      }
    } finally {
      await opened.close();
    }
  });

  test('the sample feed (packages/feed/sample/omj-sample.json) renders in all five with the module form', async () => {
    const opened = await open({ head: `<script type="module" src="${MODULE}"></script>`, body: elements(SAMPLE) });
    try {
      await waitForWidgets(opened.page);
      assert.deepEqual(opened.log.pageErrors, [], 'no uncaught error');
      assert.deepEqual(opened.log.consoleErrors, [], 'no console error');
    } finally {
      await opened.close();
    }
  });

  describe('page-type files (scripts/bundles.mjs): each defines only its own elements', () => {
    const CSP_NO_DUPLICATES = STRICT_CSP.replace(" 'allow-duplicates'", '');
    const others = (tags) => TAGS.filter((tag) => !tags.includes(tag));

    async function assertOnly({ page, log }, tags) {
      await assertHealthy({ page, log }, { warnings: 'none', tags });
      for (const tag of others(tags)) {
        assert.equal(await page.evaluate((tag) => customElements.get(tag), tag), undefined, `${tag} is not defined by this file`);
      }
    }

    for (const pageType of PAGE_TYPES.slice(1)) {
      const body = elements(FEED, pageType.tags);
      for (const { label, head } of [
        { label: 'module', head: `<script type="module" src="/dist/omj-${pageType.name}.js"></script>` },
        { label: 'classic', head: `<script src="/dist/omj-${pageType.name}.iife.js" defer></script>` },
        { label: 'English module', head: `<script type="module" src="/dist/omj-${pageType.name}.en.js"></script>` },
      ]) {
        test(`omj-${pageType.name} (${label}) under the strict CSP with Trusted Types: ${pageType.tags.join(', ')} render; nothing else is defined`, async () => {
          const opened = await open({ head, body }, { 'content-security-policy': STRICT_CSP });
          try {
            await assertOnly(opened, pageType.tags);
            assert.equal(opened.log.requests.filter((url) => url.endsWith('.js')).length, 1, 'one script file');
          } finally {
            await opened.close();
          }
        });
      }

      test(`omj-${pageType.name} loaded twice (classic twice, module from two URLs) under Trusted Types without 'allow-duplicates'`, async () => {
        const src = `/dist/omj-${pageType.name}`;
        const opened = await open(
          {
            head:
              `<script src="${src}.iife.js" defer></script><script src="${src}.iife.js" defer></script>` +
              `<script type="module" src="${src}.js"></script><script type="module" src="${src}.js?copy=2"></script>`,
            body,
          },
          { 'content-security-policy': CSP_NO_DUPLICATES },
        );
        try {
          await assertOnly(opened, pageType.tags);
        } finally {
          await opened.close();
        }
      });
    }

    test("two page-type files on one page (archive module + ticker classic + hotline .ru module + contact), Trusted Types without 'allow-duplicates'", async () => {
      const opened = await open(
        {
          head: [
            '<script type="module" src="/dist/omj-archive.js"></script>',
            '<script src="/dist/omj-ticker.iife.js" defer></script>',
            '<script type="module" src="/dist/omj-hotline.ru.js"></script>',
            '<script type="module" src="/dist/omj-contact.en.js"></script>',
          ].join(''),
        },
        { 'content-security-policy': CSP_NO_DUPLICATES },
      );
      try {
        await assertHealthy(opened, { warnings: 'none' });
        const policies = await opened.page.evaluate(() => typeof globalThis[Symbol.for('omj.lit-html.policy')]);
        assert.equal(policies, 'object', 'the shared lit-html policy is on the page');
      } finally {
        await opened.close();
      }
    });

    test('the all-five file beside a page-type file: the first definition wins, no warning (same version), all render', async () => {
      const opened = await open(
        { head: '<script type="module" src="/dist/omj-archive.js"></script><script src="/dist/omj-widgets.iife.js" defer></script>' },
        { 'content-security-policy': STRICT_CSP },
      );
      try {
        await assertHealthy(opened, { warnings: 'none' });
        await assertAttributesFollowed(opened);
      } finally {
        await opened.close();
      }
    });

    test('a Russian page with omj-ticker.ru.js shows the Russian UI text', async () => {
      const opened = await open({
        head: '<script type="module" src="/dist/omj-ticker.ru.js"></script>',
        body: `<omj-news-ticker lang="ru" feed="${FEED}"></omj-news-ticker>`,
      });
      try {
        await waitForWidgets(opened.page, ['omj-news-ticker']);
        assert.match(await deepText(opened.page, 'omj-news-ticker'), CYRILLIC);
        assert.deepEqual(opened.log.pageErrors, []);
      } finally {
        await opened.close();
      }
    });
  });
});

/** Every translated UI string of a language, read from the generated catalogs (`"source": "target",` lines). */
function catalogStrings(locale) {
  const strings = [];
  for (const pkg of ['core', 'hotline-banner', 'video-grid', 'country-filter', 'news-ticker', 'contact-card']) {
    const path = join(REPO, 'packages', pkg, 'src/generated/locales', `${locale}.ts`);
    // Generated by `node scripts/localize.mjs build` (npm test runs it first): missing means a broken build.
    assert.ok(existsSync(path), `${path} is missing: run node scripts/localize.mjs build`);
    for (const match of readFileSync(path, 'utf8').matchAll(/^\s*"(?:[^"\\]|\\.)*":\s*"((?:[^"\\]|\\.)*)",?$/gm)) {
      if (/[^\x00-\x7f]/.test(match[1]) && !/\{\d\}/.test(match[1])) strings.push(JSON.parse(`"${match[1]}"`));
    }
  }
  return strings;
}

describe('page-type file contents', () => {
  const read = (file) => readFileSync(join(REPO, 'dist', file), 'utf8');

  test('an English (.en) file carries no Russian or Kyrgyz catalog string; .ru only Russian; the plain file both', () => {
    const ru = catalogStrings('ru');
    const ky = catalogStrings('ky').filter((text) => !ru.includes(text));
    assert.ok(ru.length > 20 && ky.length > 20, 'the catalogs were read');
    for (const { name } of PAGE_TYPES) {
      const en = read(`omj-${name}.en.js`);
      assert.deepEqual(
        ru.concat(ky).filter((text) => en.includes(text)),
        [],
        `omj-${name}.en.js has no catalog string`,
      );
      const ruFile = read(`omj-${name}.ru.js`);
      assert.deepEqual(
        ky.filter((text) => ruFile.includes(text)),
        [],
        `omj-${name}.ru.js has no Kyrgyz catalog string`,
      );
      assert.ok(
        ru.some((text) => ruFile.includes(text)),
        `omj-${name}.ru.js has Russian strings`,
      );
      const kyFile = read(`omj-${name}.ky.js`);
      assert.ok(
        ky.some((text) => kyFile.includes(text)),
        `omj-${name}.ky.js has Kyrgyz strings`,
      );
    }
  });

  test('only the archive and all-five files carry the film reader (video and caption readers); the others read only their kind', () => {
    // 'video/webm' and the caption kinds are literals of the feed's film reader alone.
    for (const { file, pageType } of BUNDLE_FILES) {
      const code = read(file);
      const hasFilmReader = code.includes('video/webm');
      assert.equal(
        hasFilmReader,
        pageType === 'archive' || pageType === 'widgets',
        `${file}: film reader ${hasFilmReader ? 'present' : 'absent'}`,
      );
    }
  });

  test('every file is one self-contained script: no import, no dynamic import(), no Lit dev build', () => {
    for (const { file } of BUNDLE_FILES) {
      const code = read(file);
      assert.doesNotMatch(code, /\bimport\s*\(|^\s*import[\s{]|from\s*["'][./]/m, `${file} imports nothing`);
      assert.doesNotMatch(code, /Lit is in dev mode/, `${file} is Lit's production build`);
    }
  });
});
