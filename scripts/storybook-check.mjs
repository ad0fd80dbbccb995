#!/usr/bin/env node
// Storybook as a test: builds the static Storybook once, then opens EVERY story's iframe in
// headless Chromium and fails when a story throws, logs a console error, renders nothing, or has an axe
// violation (axe-core, the same engine as the a11y addon, run on the story root incl. shadow DOM).
// Requests to other hosts (poster URLs of example fixtures) are answered locally with a blank image and
// listed, so nothing leaves the machine. The build is served under a sub-path (/sub/path/), as on a project
// page, so a story that loads a fixture by an absolute path fails here (HTTP 404) as it would there.
// The manifest (custom-elements.json) is npm test's earlier step; it is built here only when missing.
//   node scripts/storybook-check.mjs [--no-build] [--filter text] [--concurrency 2]
// Prints `N stories rendered, N failed` and exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { launch } from '../test-support/chromium.mjs';
import { startServer } from '../test-support/server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const filter = option('--filter', '');
const concurrency = Number(option('--concurrency', 2));
const OUT = 'storybook-static';
const started = Date.now();

function run(label, command, commandArgs) {
  const t0 = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    console.error(`storybook-check: ${label} failed (exit ${result.status})`);
    process.exit(1);
  }
  console.log(`storybook-check: ${label} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (!args.includes('--no-build')) {
  if (!existsSync('custom-elements.json')) run('manifest (scripts/analyze.mjs)', 'node', ['scripts/analyze.mjs']);
  // `--test`: Storybook's build for test runs (no docs pages, which this check does not open; about a third
  // less CPU). `npm run build-storybook` makes the full build partners preview.
  run('storybook build', 'npx', ['storybook', 'build', '-o', OUT, '--quiet', '--disable-telemetry', '--test']);
}
if (!existsSync(join(OUT, 'index.json'))) {
  console.error(`storybook-check: ${OUT}/index.json missing`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => filter === '' || entry.id.includes(filter) || entry.title.includes(filter));
if (stories.length === 0) {
  console.error('storybook-check: no stories found');
  process.exit(1);
}

const SUB_PATH = '/sub/path';
const server = await startServer({ root: resolve(OUT), base: SUB_PATH });
const origin = `${server.origin}${SUB_PATH}`;
const browser = await launch();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLANK_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>';

const failures = [];
const foreign = new Set();
let rendered = 0;

/** One page per worker: Storybook's preview loads once, then stories are switched through its channel
 * (as the Storybook UI does), which is many times faster than loading iframe.html per story. */
async function newWorkerPage() {
  const page = await browser.newPage();
  const sink = { problems: [] };
  page.on('pageerror', (error) => sink.problems.push(`uncaught: ${error?.message ?? error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') sink.problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) sink.problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return void request.continue();
    foreign.add(`${url.origin}${url.pathname}`);
    if (request.resourceType() === 'image') return void request.respond({ status: 200, contentType: 'image/svg+xml', body: BLANK_SVG });
    return void request.respond({ status: 204, body: '' });
  });
  await page.setViewport({ width: 1024, height: 800 });
  return { page, sink, loaded: false };
}

/** Shows a story: the first one by URL, the next ones through the preview's channel. */
async function show(worker, id) {
  const { page } = worker;
  if (!worker.loaded) {
    // a11y.manual: the addon's own axe run after every render would double ours (axe runs one at a time).
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
      // A cold first load compiles the preview's modules: generous on a busy 2-core machine.
      { timeout: 90000 },
    );
    worker.loaded = true;
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      return `story error: ${(await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '')).trim().slice(0, 300)}`;
    }
    return undefined;
  }
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const handlers = {
          storyRendered: (storyId) => (storyId === undefined || storyId === id) && finish(undefined),
          storyErrored: (error) => finish(`story error: ${error?.title ?? ''} ${error?.description ?? ''}`.trim()),
          storyThrewException: (error) => finish(`story threw: ${error?.message ?? error}`),
          storyMissing: () => finish('story missing'),
        };
        const timer = setTimeout(() => finish('story did not render within 30 s'), 30000);
        function finish(result) {
          clearTimeout(timer);
          for (const [name, handler] of Object.entries(handlers)) channel.off(name, handler);
          resolve(result);
        }
        for (const [name, handler] of Object.entries(handlers)) channel.on(name, handler);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    id,
  );
}

async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function' && window.__omjAxe === true))) {
    await page.evaluate(axeSource);
    await page.evaluate(() => (window.__omjAxe = true));
  }
  // The a11y addon runs axe after each render too; axe allows one run at a time, so wait our turn.
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' >> '))
              .join(' | ')}`,
        );
      });
    } catch (error) {
      if (!/already running/i.test(error.message) || attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

async function check(worker, story, retry = true) {
  const { page, sink } = worker;
  sink.problems = [];
  const problems = sink.problems;
  try {
    const error = await show(worker, story.id);
    if (error !== undefined) problems.push(error);
    else {
      // Let the widgets upgrade, parse their data and render (updates are async).
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('#storybook-root *')]
              .filter((el) => el.localName.startsWith('omj-'))
              .every((el) => customElements.get(el.localName) && el.shadowRoot),
          { timeout: 10000 },
        )
        .catch(() => problems.push('an omj-* element in the story was never defined or never rendered'));
      // …and finish their pending updates (a data-driven render schedules one more), instead of a fixed pause.
      await page.evaluate(async () => {
        for (let round = 0; round < 3; round++) {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('omj-'));
          await Promise.all(widgets.map((el) => el.updateComplete));
          await new Promise((done) => requestAnimationFrame(() => done()));
        }
      });
      const state = await page.evaluate(() => {
        const storyRoot = document.querySelector('#storybook-root');
        const widgets = [...(storyRoot?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('omj-'));
        return {
          children: storyRoot?.childElementCount ?? 0,
          empty: widgets.filter((el) => !el.hidden && (el.shadowRoot?.childElementCount ?? 0) === 0).map((el) => el.localName),
        };
      });
      if (state.children === 0) problems.push('renders nothing (#storybook-root is empty)');
      if (state.empty.length > 0) problems.push(`renders nothing inside: ${state.empty.join(', ')}`);
      for (const violation of await runAxe(page)) problems.push(`axe: ${violation}`);
    }
  } catch (error) {
    problems.push(`check failed: ${error.message}`);
    worker.loaded = false; // start the next story from a fresh load
    // A first load can time out on a busy machine: one more try from a fresh load before calling it a failure.
    if (retry) return check(worker, story, false);
  }
  if (problems.length > 0) {
    failures.push({ id: story.id, problems: [...problems] });
    console.log(`  FAIL ${story.id}\n${problems.map((p) => `       ${p}`).join('\n')}`);
  } else {
    rendered++;
    console.log(`  ok   ${story.id}`);
  }
}

console.log(`storybook-check: opening ${stories.length} stories (${concurrency} at a time)`);
const queue = [...stories];
// The other workers start once the first has loaded the preview: two cold loads at once on a busy 2-core
// machine each took longer than their timeout; one after the other they take seconds.
let releaseOthers;
const firstLoaded = new Promise((resolve) => (releaseOthers = resolve));
await Promise.all(
  Array.from({ length: concurrency }, async (_, lane) => {
    if (lane > 0) await firstLoaded;
    const worker = await newWorkerPage();
    try {
      while (queue.length > 0) {
        await check(worker, queue.shift());
        if (lane === 0) releaseOthers();
      }
    } finally {
      releaseOthers();
      await worker.page.close();
    }
  }),
);
await browser.close();
await server.close();

if (foreign.size > 0) {
  console.log(
    `storybook-check: stories asked other hosts for (answered locally): ${[...foreign].slice(0, 10).join(', ')}${foreign.size > 10 ? ' …' : ''}`,
  );
}
console.log(`storybook-check: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${rendered} stories rendered, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
