#!/usr/bin/env node
// The size budget: the WHOLE partner bundle (Lit, the localize runtime, feed, core, five widgets, three
// languages) must stay at or under 20 KB gzip, in each format. Prints min / gzip / brotli per file and
// exits 1 above budget or when a file is missing. Run after `npx rollup -c rollup.config.js`.
// `node scripts/size-report.mjs` shows which modules cost the bytes.
import { existsSync, readFileSync } from 'node:fs';
import { BUNDLE_FILES, brotliSize, gzipSize } from './sri.mjs';

export const BUDGET_GZIP = 20 * 1024;

let failed = false;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
for (const { file } of BUNDLE_FILES) {
  const path = `dist/${file}`;
  if (!existsSync(path)) {
    console.error(`size-check: ${path} is missing (build with: npx rollup -c rollup.config.js)`);
    failed = true;
    continue;
  }
  const bytes = readFileSync(path);
  const gzip = gzipSize(bytes);
  const brotli = brotliSize(bytes);
  const over = gzip > BUDGET_GZIP;
  const left = BUDGET_GZIP - gzip;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${path.padEnd(24)} ${kb(bytes.length).padStart(9)} min ${kb(gzip).padStart(9)} gzip ${kb(brotli).padStart(9)} brotli` +
      `  (${over ? `${kb(-left)} over` : `${kb(left)} left`} of ${kb(BUDGET_GZIP)} gzip)`,
  );
  if (over) failed = true;
}
if (failed) {
  console.error('size-check: FAILED. See `node scripts/size-report.mjs` for the biggest modules.');
  process.exit(1);
}
