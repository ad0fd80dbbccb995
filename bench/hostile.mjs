#!/usr/bin/env node
// Hostile-input bench: the built partner bundle (dist/omj-widgets.js, `npx rollup -c rollup.config.js`)
// in headless Chromium with the CPU throttled 4x (CDP Emulation.setCPUThrottlingRate), one fresh page per
// input of the hostile corpus (packages/feed/test/corpus/hostile.mjs, the one the unit tests assert on).
//
//   npm run bench:hostile        (builds dist/ first when it is missing)
//
// Per input it prints the longest main-thread block seen by a 50 ms setTimeout heartbeat (the Long Tasks
// API missed layout freezes; the heartbeat does not), then totals: inputs tried, scripts run (every payload
// calls alert(), which is counted), unsafe URLs in the DOM (href/src/poster/action outside http(s),
// mailto:, tel:, in every shadow root), faults survived (the page threw nothing uncaught and kept running).
// Figures only, never pass/fail: the unit tests assert the outcomes, timing belongs here.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { HOSTILE } from '../packages/feed/test/corpus/hostile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(root, 'dist/omj-widgets.js');
const SETTLE_MS = Number(process.env.HOSTILE_SETTLE_MS) || 3000;
/** Runs per input; the smallest longest-block is kept (other work on a shared machine only adds to it). */
const RUNS = Number(process.env.HOSTILE_RUNS) || 3;

if (!existsSync(BUNDLE)) {
  console.log('dist/omj-widgets.js missing: building it (npx rollup -c rollup.config.js)');
  const built = spawnSync('npx', ['rollup', '-c', 'rollup.config.js'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}
const bundle = readFileSync(BUNDLE);

/** The partner page: every widget that reads a feed, on the hostile feed, and the heartbeat. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>hostile</title>
<script>
  window.__scripts = 0;
  window.alert = window.confirm = window.prompt = () => { window.__scripts++; };
  window.__longest = 0;
  let last = performance.now();
  (function beat() {
    const now = performance.now();
    window.__longest = Math.max(window.__longest, now - last - 50);
    last = now;
    setTimeout(beat, 50);
  })();
</script>
<script type="module">
  // Measured from here: the bundle has been fetched, compiled and run (the same for every input, see the
  // baseline row); what follows is the feed's fetch, parse and render.
  import '/omj-widgets.js';
  window.__longest = 0;
</script></head><body>
<omj-video-grid feed="/omj/feed.json"></omj-video-grid>
<omj-news-ticker feed="/omj/feed.json"></omj-news-ticker>
<omj-contact-card contact="c" feed="/omj/feed.json"></omj-contact-card>
<omj-country-filter feed="/omj/feed.json"></omj-country-filter>
</body></html>`;

let current = '';
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const send = (status, type, body) => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (path === '/') return send(200, 'text/html; charset=utf-8', PAGE);
  if (path === '/omj-widgets.js') return send(200, 'text/javascript', bundle);
  if (path === '/omj/feed.json') return send(200, 'application/feed+json; charset=utf-8', current);
  return send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Attributes that load or navigate, in the document and every shadow root; those outside the allowlist. */
function unsafeUrls() {
  const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const found = [];
  const roots = [document];
  while (roots.length > 0) {
    const node = roots.pop();
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const name of ['href', 'src', 'poster', 'action', 'formaction', 'xlink:href', 'data']) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        let protocol;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          protocol = 'invalid';
        }
        if (!SAFE.has(protocol)) found.push(`${el.localName}[${name}]=${value.slice(0, 40)}`);
      }
    }
  }
  return found;
}

/** One fresh page on the current input: the longest block, scripts run, unsafe URLs, faults. */
async function measure() {
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 915 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const faults = [];
  page.on('pageerror', (error) => faults.push(String(error.message ?? error).slice(0, 80)));
  page.on('dialog', (dialog) => {
    faults.push('dialog');
    dialog.dismiss().catch(() => undefined);
  });
  let loadFailed = '';
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 60000 });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS)); // the feed arrives, is parsed, rendered
  } catch (error) {
    loadFailed = String(error.message).slice(0, 60);
  }
  let result = { longest: NaN, scripts: NaN, unsafe: [], alive: false };
  try {
    result = await page.evaluate(
      `({ longest: window.__longest, scripts: window.__scripts, unsafe: (${unsafeUrls.toString()})(), alive: true })`,
    );
  } catch (error) {
    loadFailed ||= String(error.message).slice(0, 60);
  }
  const survived = result.alive && faults.length === 0 && loadFailed === '';
  await page.close();
  return { result, survived, why: loadFailed || faults.join('; ') };
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
/** A small clean feed first: what loading and rendering costs without anything hostile. */
const BASELINE = {
  name: 'baseline: a small clean feed',
  build: () =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Clean',
      items: [
        {
          id: 'f',
          title: 'Film',
          content_text: 'A film.',
          _omj: { kind: 'film', country: 'KG', video: { provider: 'youtube', id: 'aBcDeFgHiJk' } },
        },
        { id: 'n', title: 'News', content_text: 'Text.' },
      ],
    }),
};
const rows = [];
const totals = { tried: 0, scripts: 0, unsafe: 0, survived: 0 };
try {
  for (const c of [BASELINE, ...HOSTILE]) {
    current = c.build();
    let result;
    let survived = true;
    let why = '';
    for (let run = 0; run < RUNS; run++) {
      const one = await measure();
      survived &&= one.survived;
      why ||= one.why;
      if (result === undefined || one.result.longest < result.longest || !(result.longest >= 0))
        result = {
          ...one.result,
          scripts: Math.max(one.result.scripts, result?.scripts ?? 0),
          unsafe: one.result.unsafe.length >= (result?.unsafe.length ?? 0) ? one.result.unsafe : result.unsafe,
        };
    }
    if (c === BASELINE) {
      rows.push([
        c.name,
        '0 KB',
        `${Math.round(result.longest)} ms`,
        String(result.scripts),
        String(result.unsafe.length),
        survived ? 'yes' : 'NO',
      ]);
      continue;
    }
    totals.tried++;
    totals.scripts += result.scripts || 0;
    totals.unsafe += result.unsafe.length;
    if (survived) totals.survived++;
    rows.push([
      c.name,
      `${(current.length / 1024).toFixed(0)} KB`,
      Number.isFinite(result.longest) ? `${Math.round(result.longest)} ms` : 'n/a',
      String(result.scripts),
      String(result.unsafe.length),
      survived ? 'yes' : `NO ${why}`,
    ]);
    if (result.unsafe.length > 0) console.log(`  unsafe in "${c.name}": ${result.unsafe.join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

const head = ['input', 'size', 'longest block (4x)', 'scripts run', 'unsafe URLs', 'survived'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
console.log(line(head));
for (const row of rows) console.log(line(row));
console.log(
  `\nload average while measuring: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} (2 cores shared with other work inflate every figure; baseline first)`,
);
console.log(
  `inputs tried: ${totals.tried}, scripts run: ${totals.scripts}, unsafe URLs in the DOM: ${totals.unsafe}, faults survived: ${totals.survived}/${totals.tried}`,
);
console.log('Figures only (heartbeat: a 50 ms setTimeout; the block is the longest gap beyond 50 ms, CPU throttled 4x).');

// The two readers alone, in Node, unthrottled, fastest of 3: less disturbed by a busy machine than the
// page figures above, and the part of them that the feed package controls.
const out = join(mkdtempSync(join(tmpdir(), 'omj-hostile-')), 'readers.mjs');
await build({
  stdin: {
    contents:
      "export { parseFeed as browser } from './packages/feed/src/parse.ts'; export { parseFeed as cli } from './packages/feed/src/strict/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'error',
});
const readers = await import(out);
console.log('\nparse time per input (Node, no throttle, fastest of 3): browser parser / CLI parser');
for (const c of HOSTILE) {
  const text = c.build();
  const time = (parse) => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      parse(text, c.baseUrl === undefined ? {} : { baseUrl: c.baseUrl });
      best = Math.min(best, performance.now() - t0);
    }
    return `${best.toFixed(1)} ms`;
  };
  console.log(`  ${c.name.padEnd(widths[0])}  ${time(readers.browser).padStart(9)} / ${time(readers.cli).padStart(9)}`);
}
