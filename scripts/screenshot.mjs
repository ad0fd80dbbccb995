#!/usr/bin/env node
// Takes screenshots of a served page in headless Chromium, to look at what a visitor sees.
// Usage: node scripts/screenshot.mjs <url> <out.png> [--width 1280] [--height 900] [--full] [--wait ms]
import { launch } from '../test-support/chromium.mjs';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: screenshot.mjs <url> <out.png> [--width N] [--height N] [--full] [--wait ms]');
  process.exit(2);
}
const option = (name, fallback) => {
  const index = rest.indexOf(name);
  return index >= 0 ? Number(rest[index + 1]) : fallback;
};
const browser = await launch();
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') console.log(`[${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.setViewport({ width: option('--width', 1280), height: option('--height', 900), deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
  await new Promise((resolve) => setTimeout(resolve, option('--wait', 500)));
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
}
