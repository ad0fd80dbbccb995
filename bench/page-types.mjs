#!/usr/bin/env node
// Benchmark: each page-type file against the all-in-one file, on the page it is made for, under slow-4G
// emulation (CDP Network.emulateNetworkConditions: 150 ms RTT, 1.6 Mbps down, 750 kbps up) and 4x CPU
// throttling, in headless Chromium. Prints gzip and brotli bytes and the time from navigation to the
// first rendered widget (shadow content) and to the first widget showing its feed (no loading part).
//
// Russian pages, the two ways to bring their strings (issue #9 asked to measure both):
//   same file    omj-<type>.ru.js (English + Russian in one file; what we ship)
//   extra file   omj-<type>.en.js plus a second request for the Russian catalogs (a module of the same
//                strings, fetched in parallel); the page can show Russian text only when both arrived,
//                so its time is the later of the two.
//
//   node bench/page-types.mjs [--runs 3]     (or `npm run bench`)
// Needs the rollup build (dist/). Serves pre-compressed gzip like a CDN would. Figures, not pass/fail.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'esbuild';
import { PAGE_TYPES } from '../scripts/bundles.mjs';
import { brotliSize, gzipSize } from '../scripts/sri.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU = 4;
const FEED = '/packages/feed/sample/omj-sample.json';

if (!existsSync(join(root, 'dist/omj-widgets.en.js'))) {
  console.error('page-types bench: build first (npx rollup -c rollup.config.js)');
  process.exit(1);
}

const MARKUP = {
  'omj-hotline-banner': `<omj-hotline-banner feed="${FEED}" country="KG"></omj-hotline-banner>`,
  'omj-country-filter': '<omj-country-filter for="films"></omj-country-filter>',
  'omj-video-grid': `<omj-video-grid id="films" feed="${FEED}"></omj-video-grid>`,
  'omj-news-ticker': `<omj-news-ticker feed="${FEED}"></omj-news-ticker>`,
  'omj-contact-card': `<omj-contact-card feed="${FEED}"></omj-contact-card>`,
};

/** The Russian catalogs of every package as one module: what an "extra request" for strings would carry. */
async function russianStrings() {
  const entries = ['core', 'hotline-banner', 'video-grid', 'country-filter', 'news-ticker', 'contact-card']
    .map((pkg, index) => `import { templates as t${index} } from '${join(root, 'packages', pkg, 'src/generated/locales/ru.ts')}';`)
    .join('\n');
  const result = await build({
    stdin: { contents: `${entries}\nglobalThis.omjStrings = Object.assign({}, t0, t1, t2, t3, t4, t5);`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    write: false,
    logLevel: 'error',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const files = new Map(); // path -> raw bytes
function serve(path) {
  if (!files.has(path)) files.set(path, readFileSync(join(root, path)));
  return files.get(path);
}

function page(scripts, tags) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>page-type bench</title>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head>
<body><h1>Partner page</h1>${tags.map((tag) => MARKUP[tag]).join('\n')}<p>Partner footer</p></body></html>`;
}

const pages = new Map();
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  let body;
  let type = 'text/javascript; charset=utf-8';
  if (pages.has(path)) [body, type] = [Buffer.from(pages.get(path)), 'text/html; charset=utf-8'];
  else if (path === '/ru-strings.js') body = files.get('/ru-strings.js');
  else if (path.startsWith('/dist/') || path.startsWith('/packages/feed/sample/')) {
    try {
      body = serve(path.slice(1));
      if (path.endsWith('.json')) type = 'application/feed+json; charset=utf-8';
      if (path.endsWith('.svg')) type = 'image/svg+xml';
    } catch {
      response.writeHead(404).end();
      return;
    }
  } else {
    response.writeHead(404).end();
    return;
  }
  const gz = gzipSync(body, { level: 9 });
  response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
  response.end(gz);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
files.set('/ru-strings.js', await russianStrings());

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic', '--disable-background-networking'],
});

/** One cold load; returns { render, ready } in ms since navigation start (the later script counted). */
async function measure(path, tags, waitForStrings) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await tab.evaluateOnNewDocument(
    (tags, waitForStrings) => {
      const marks = {};
      window.__marks = marks;
      const check = () => {
        const strings = !waitForStrings || globalThis.omjStrings !== undefined;
        const els = tags.map((tag) => document.querySelector(tag)).filter(Boolean);
        const rendered = els.find((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
        if (rendered && strings && marks.render === undefined) marks.render = performance.now();
        const ready = els.find(
          (el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part~="loading"]'),
        );
        if (ready && strings && marks.ready === undefined) marks.ready = performance.now();
        if (marks.ready === undefined) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    tags,
    waitForStrings,
  );
  await tab.goto(origin + path, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__marks.ready !== undefined, { timeout: 60000, polling: 100 });
  const marks = await tab.evaluate(() => window.__marks);
  await context.close();
  return marks;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function run(name, scripts, tags, waitForStrings = false) {
  const path = `/${name}.html`;
  pages.set(path, page(scripts, tags));
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await measure(path, tags, waitForStrings));
  return { render: median(results.map((r) => r.render)), ready: median(results.map((r) => r.ready)) };
}

function bytesOf(paths) {
  let gzip = 0;
  let brotli = 0;
  for (const path of paths) {
    const raw = path === '/ru-strings.js' ? files.get(path) : serve(path.slice(1));
    gzip += gzipSize(raw);
    brotli += brotliSize(raw);
  }
  return { gzip, brotli };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const ms = (n) => `${Math.round(n)}`.padStart(7);
console.log(`page types under slow 4G (150 ms RTT, 1.6 Mbps down) and ${CPU}x CPU; median of ${RUNS} cold loads; sample feed`);
console.log('page           file                             gzip KB  brotli KB  first render ms  feed shown ms');
const rows = [];
for (const type of PAGE_TYPES.slice(1)) {
  const variants = [
    [`omj-${type.name}.en.js`, [`/dist/omj-${type.name}.en.js`]],
    ['omj-widgets.en.js (all five)', ['/dist/omj-widgets.en.js']],
    [`omj-${type.name}.ru.js (ru, same file)`, [`/dist/omj-${type.name}.ru.js`]],
    [`.en.js + strings (ru, 2 files)`, [`/dist/omj-${type.name}.en.js`, '/ru-strings.js'], true],
  ];
  for (const [label, scripts, waitForStrings] of variants) {
    const time = await run(`${type.name}-${rows.length}`, scripts, type.tags, waitForStrings);
    const bytes = bytesOf(scripts);
    rows.push({ page: type.name, label, ...bytes, ...time });
    console.log(
      `${type.name.padEnd(14)} ${label.padEnd(34)} ${kb(bytes.gzip)} ${kb(bytes.brotli).padStart(10)} ${ms(time.render).padStart(16)} ${ms(time.ready).padStart(13)}`,
    );
  }
}
const all = await run('all-five', ['/dist/omj-widgets.en.js'], Object.keys(MARKUP));
const allBytes = bytesOf(['/dist/omj-widgets.en.js']);
console.log(
  `${'all five'.padEnd(14)} ${'omj-widgets.en.js'.padEnd(34)} ${kb(allBytes.gzip)} ${kb(allBytes.brotli).padStart(10)} ${ms(all.render).padStart(16)} ${ms(all.ready).padStart(13)}`,
);
console.log('Times include the sample feed (52 KB, gzip on the wire). The machine is shared: compare rows of one run, not runs.');

await browser.close();
server.close();
