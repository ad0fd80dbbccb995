#!/usr/bin/env node
// The per-page size table: for each page type, gzip and brotli bytes of the English file, what a Russian or
// Kyrgyz page adds, and the file with every language, the all-language module and classic files, beside the
// goals of issue #9 (figures, not a pass/fail). The one check that can fail: a file missing, or any file
// above a generous ceiling (40 KB gzip), which only an accident reaches (Lit's dev build, a duplicated
// dependency, a catalog in the wrong language set). Run after `npx rollup -c rollup.config.js`.
//   node scripts/size-check.mjs [--json]
// `node scripts/size-report.mjs --input <entry>` shows which modules cost the bytes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAGE_TYPES } from './bundles.mjs';
import { brotliSize, gzipSize } from './sri.mjs';

export const CEILING_GZIP = 40 * 1024;
/** Goals of issue #9, gzip, English page: one widget, the archive, all five; a ru/ky page adds at most 1.5 KB. */
export const GOALS = { widgets: 30 * 1024, archive: 21 * 1024, ticker: 16 * 1024, contact: 16 * 1024, hotline: 16 * 1024 };
export const LANGUAGE_GOAL = 1.5 * 1024;

const kb = (n) => `${(n / 1024).toFixed(2)}`;

/** Measures every file of the table; `missing` lists files not built. */
export function sizeTable(dist = 'dist') {
  const rows = [];
  const missing = [];
  for (const pageType of PAGE_TYPES) {
    {
      const row = { pageType: pageType.name, label: pageType.label };
      for (const [key, suffix] of [
        ['en', '.en.js'],
        ['ru', '.ru.js'],
        ['ky', '.ky.js'],
        ['all', '.js'],
        ['classic', '.iife.js'],
      ]) {
        const path = `${dist}/omj-${pageType.name}${suffix}`;
        if (!existsSync(path)) {
          missing.push(path);
          continue;
        }
        const bytes = readFileSync(path);
        row[key] = { file: path, min: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
      }
      rows.push(row);
    }
  }
  return { rows, missing };
}

export function formatTable(rows) {
  const lines = ['page type                       en gzip  en brotli  +ru gzip  +ky gzip  all langs gzip  classic gzip   goal (en gzip)'];
  for (const row of rows) {
    if (!row.en) continue;
    const goal = GOALS[row.pageType];
    const delta = (key) => (row[key] ? `+${kb(row[key].gzip - row.en.gzip)}` : '—');
    const verdict = goal === undefined ? '' : row.en.gzip <= goal ? `${kb(goal)} met` : `${kb(goal)} missed by ${kb(row.en.gzip - goal)}`;
    lines.push(
      `${row.label.padEnd(30)} ${kb(row.en.gzip).padStart(8)} ${kb(row.en.brotli).padStart(10)} ${delta('ru').padStart(9)} ${delta('ky').padStart(9)} ${(row.all ? kb(row.all.gzip) : '—').padStart(15)} ${(row.classic ? kb(row.classic.gzip) : '—').padStart(13)}   ${verdict}`,
    );
  }
  lines.push(
    `KB = 1,024 bytes. en: omj-<type>.en.js; "+ru"/"+ky": what .ru.js/.ky.js add (goal ≤ ${kb(LANGUAGE_GOAL)}); ` +
      '"all langs": omj-<type>.js (en+ru+ky); classic: omj-<type>.iife.js (en+ru+ky).',
  );
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows, missing } = sizeTable();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else console.log(formatTable(rows));
  const over = rows.flatMap((row) =>
    ['en', 'ru', 'ky', 'all', 'classic'].map((key) => row[key]).filter((file) => file && file.gzip > CEILING_GZIP),
  );
  for (const file of over) console.error(`size-check: ${file.file} is ${kb(file.gzip)} KB gzip, above the ${kb(CEILING_GZIP)} KB ceiling`);
  for (const path of missing) console.error(`size-check: ${path} is missing (build with: npx rollup -c rollup.config.js)`);
  if (over.length > 0 || missing.length > 0) process.exit(1);
  console.log(`size-check: ok (every file present and under the ${kb(CEILING_GZIP)} KB gzip ceiling)`);
}
