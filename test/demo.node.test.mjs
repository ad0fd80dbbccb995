// The demo partner page (docs/demo) as a visitor gets it, in headless Chromium with the built bundle:
// axe finds nothing, in every language and theme; the heading outline has no empty section and no jump;
// the page's own words follow the language switch; the system's dark mode is followed by default; the
// switches mark only their buttons as pressed. Needs dist/ (`npx rollup -c rollup.config.js`; npm test builds it
// first): without it every test here FAILS, saying so, rather than skipping (a skip could hide a failure).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, REPO } from './helpers/server.mjs';
import { launch, openPage, waitForWidgets } from './helpers/browser.mjs';

const built = existsSync(join(REPO, 'dist/omj-widgets.js'));
const AXE = join(REPO, 'node_modules/axe-core/axe.min.js');

/** The page's headings in flat-tree order (shadow roots and slots as rendered), with whether any content sits between. */
function outline(page) {
  return page.evaluate(() => {
    const items = [];
    const level = (el) =>
      /^H[1-6]$/.test(el.tagName)
        ? Number(el.tagName[1])
        : el.getAttribute('role') === 'heading'
          ? Number(el.getAttribute('aria-level') ?? 2)
          : 0;
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data.trim() && items.length) items.at(-1).after = true;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (['STYLE', 'SCRIPT', 'TEMPLATE', 'HEAD'].includes(node.tagName)) return;
        if (node.hidden || getComputedStyle(node).display === 'none') return;
        const heading = level(node);
        if (heading) {
          items.push({ level: heading, text: node.textContent.replace(/\s+/g, ' ').trim(), after: false });
          return;
        }
        if (node.tagName === 'SLOT') {
          const assigned = node.assignedNodes({ flatten: true });
          for (const child of assigned.length ? assigned : node.childNodes) walk(child);
          return;
        }
        if (node.shadowRoot) return walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.body);
    return items;
  });
}

async function axe(page) {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the demo page (docs/demo)', () => {
  let server;
  let browser;
  before(async () => {
    assert.ok(
      built,
      'dist/omj-widgets.js is missing: build it first (npx rollup -c rollup.config.js; npm test builds it before the Node tests)',
    );
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query, { dark = false, width = 1024 } = {}) {
    const context = await openPage(browser, 'about:blank', { viewport: { width, height: 900 } });
    await context.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    await context.page.goto(`${server.origin}/docs/demo/index.html${query}`, { waitUntil: 'load' });
    await waitForWidgets(context.page);
    return context;
  }

  for (const [query, dark] of [
    ['?lang=en', false],
    ['?lang=ru', true],
    ['?lang=ky&theme=dark', false],
    ['?lang=ky&theme=light', true],
  ]) {
    test(`axe finds no violation (${query}, system ${dark ? 'dark' : 'light'})`, async () => {
      const { page, log, close } = await open(query, { dark, width: 320 });
      try {
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await close();
      }
    });
  }

  test('headings: one h1, no level skipped, no empty section ("Latest news" is not an h2 under an h2 "News")', async () => {
    const { page, close } = await open('?lang=en');
    try {
      const headings = await outline(page);
      assert.equal(headings[0]?.level, 1, JSON.stringify(headings));
      assert.equal(headings.filter((h) => h.level === 1).length, 1);
      for (let i = 1; i < headings.length; i++) {
        assert.ok(headings[i].level <= headings[i - 1].level + 1, `"${headings[i].text}" skips a level after "${headings[i - 1].text}"`);
      }
      for (let i = 0; i < headings.length - 1; i++) {
        if (headings[i + 1].level <= headings[i].level) {
          assert.ok(headings[i].after, `"${headings[i].text}" heads an empty section (next: "${headings[i + 1].text}")`);
        }
      }
      assert.ok(headings.some((h) => h.level === 2 && h.text === 'Latest news'));
    } finally {
      await close();
    }
  });

  for (const lang of ['ru', 'ky']) {
    test(`the page's own words switch to ${lang}, with the widgets`, async () => {
      const { page, close } = await open('?lang=en');
      try {
        await page.click(`button[data-lang="${lang}"]`);
        // The page's own table of words (the module the page already ran).
        const TEXTS = await page.evaluate(async () => (await import(new URL('demo.js', location.href).href)).TEXTS);
        const words = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.title,
          texts: Object.fromEntries([...document.querySelectorAll('[data-text]')].map((node) => [node.dataset.text, node.textContent])),
          label: document.querySelector('[data-label]').getAttribute('aria-label'),
        }));
        assert.equal(words.lang, lang);
        assert.equal(words.title, TEXTS[lang].title);
        for (const [key, text] of Object.entries(words.texts)) {
          assert.equal(text, TEXTS[lang][key], key);
          assert.notEqual(text, TEXTS.en[key], `${key} is still English`);
        }
        assert.equal(words.label, TEXTS[lang].settings);
        assert.ok(Object.keys(words.texts).length >= 15);
      } finally {
        await close();
      }
    });
  }

  test('follows the system dark mode by default; a chosen theme wins; only buttons are aria-pressed', async () => {
    const { page, close } = await open('?lang=en', { dark: true });
    try {
      const state = () =>
        page.evaluate(() => ({
          background: getComputedStyle(document.documentElement).backgroundColor,
          themes: [...document.querySelectorAll('omj-news-ticker, omj-contact-card, omj-video-grid')].map((el) => el.getAttribute('theme')),
          pressed: [...document.querySelectorAll('[aria-pressed]')].map(
            (el) => `${el.localName}:${el.dataset.lang ?? el.dataset.theme}:${el.getAttribute('aria-pressed')}`,
          ),
        }));
      let now = await state();
      assert.equal(now.background, 'rgb(16, 19, 23)');
      assert.deepEqual([...new Set(now.themes)], ['auto']);
      assert.ok(
        now.pressed.every((entry) => entry.startsWith('button:')),
        now.pressed.join(' '),
      );
      assert.deepEqual(
        now.pressed.filter((entry) => entry.endsWith(':true')),
        ['button:en:true', 'button:auto:true'],
      );
      await page.click('button[data-theme="light"]');
      now = await state();
      assert.equal(now.background, 'rgb(255, 255, 255)');
      assert.deepEqual([...new Set(now.themes)], ['light']);
      assert.ok(await page.evaluate(() => !document.documentElement.hasAttribute('aria-pressed')));
    } finally {
      await close();
    }
  });
});
