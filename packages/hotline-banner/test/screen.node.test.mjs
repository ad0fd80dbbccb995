// What only a real browser with DevTools emulation can show: safe-area insets on a notched phone, and
// forced colours (Windows high contrast). The test runner's emulateMedia has no forced-colors for
// Chromium, and no command sets safe-area insets, so this drives Chromium with puppeteer-core directly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launch } from '../../../test/helpers/browser.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let browser;
let script;

before(async () => {
  const result = await build({
    entryPoints: [`${root}packages/hotline-banner/src/index.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'production'],
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
  });
  script = result.outputFiles[0].text;
  browser = await launch();
});
after(() => browser?.close());

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Child helplines',
  items: [{ id: 'kg', title: 'Child helpline', _omj: { kind: 'hotline', country: 'KG', number: '111', free: true } }],
};

/** A phone-sized page with one banner (`attributes` on it), the bundle loaded, the banner rendered. */
async function phonePage(attributes, { width = 390, height = 844 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height, isMobile: true, hasTouch: true });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>t</title></head>
    <body style="margin:0"><main><h1>Page</h1><omj-hotline-banner ${attributes}></omj-hotline-banner><p>Text</p></main></body></html>`);
  await page.evaluate((feed) => {
    document.querySelector('omj-hotline-banner').data = feed;
  }, FEED);
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => document.querySelector('omj-hotline-banner')?.shadowRoot?.querySelector('[part~="number"]'));
  return { page, errors, close: () => context.close() };
}

const paddings = (page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('omj-hotline-banner').shadowRoot.querySelector('.banner'));
    return [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map(parseFloat);
  });

test('a sticky banner pads for the notch (env(safe-area-inset-*)) on the edge it sticks to and both sides', async () => {
  for (const sticky of ['top', 'bottom']) {
    const { page, errors, close } = await phonePage(`sticky="${sticky}" country="KG"`);
    try {
      const [top0, right0, bottom0, left0] = await paddings(page);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets: { top: 47, right: 30, bottom: 34, left: 31 } });
      const [top, right, bottom, left] = await paddings(page);
      assert.deepEqual(errors, []);
      assert.equal(right, Math.max(right0, 30));
      assert.equal(left, Math.max(left0, 31));
      assert.equal(top, sticky === 'top' ? Math.max(top0, 47) : top0);
      assert.equal(bottom, sticky === 'bottom' ? Math.max(bottom0, 34) : bottom0);
      assert.ok(right > right0 && left > left0, 'the side insets are larger than the usual padding');
    } finally {
      await close();
    }
  }
});

test('a banner that does not stick ignores the insets (it is not at the screen edge)', async () => {
  const { page, close } = await phonePage('country="KG"');
  try {
    const before = await paddings(page);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets: { top: 47, right: 30, bottom: 34, left: 31 } });
    assert.deepEqual(await paddings(page), before);
  } finally {
    await close();
  }
});

test('in forced colours the number and Quick exit stay visible and distinct, and axe finds nothing', async () => {
  const { page, errors, close } = await phonePage('country="KG"');
  try {
    // puppeteer's emulateMediaFeatures refuses forced-colors; the protocol itself has it.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    const look = await page.evaluate(() => {
      const shadow = document.querySelector('omj-hotline-banner').shadowRoot;
      const banner = getComputedStyle(shadow.querySelector('.banner'));
      const of = (part) => {
        const el = shadow.querySelector(`[part~="${part}"]`);
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          color: style.color,
          border: style.borderTopStyle,
          borderWidth: parseFloat(style.borderTopWidth),
          borderColor: style.borderTopColor,
          width: box.width,
          height: box.height,
          top: box.top,
          left: box.left,
        };
      };
      return { background: banner.backgroundColor, number: of('number'), exit: of('exit') };
    });
    for (const name of ['number', 'exit']) {
      const part = look[name];
      assert.ok(part.height >= 44 && part.width >= 44, `${name} is at least 44 px`);
      assert.notEqual(part.border, 'none', `${name} keeps a border`);
      assert.ok(part.borderWidth >= 1, `${name} border is at least 1 px`);
      assert.notEqual(part.borderColor, look.background, `${name} border differs from the background`);
      assert.notEqual(part.color, look.background, `${name} text differs from the background`);
    }
    // Two controls, not one: apart on screen, and the link (LinkText) coloured apart from the button (ButtonText).
    assert.ok(look.number.left + look.number.width <= look.exit.left || look.exit.top >= look.number.top + look.number.height);
    assert.notEqual(look.number.color, look.exit.color);

    await page.addScriptTag({ content: readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('omj-hotline-banner'));
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
