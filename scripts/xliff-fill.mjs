#!/usr/bin/env node
// Fills <target> elements of a package's XLIFF files from a plain table, so translators (and we) edit
// one readable file: packages/<pkg>/xliff/translations.json = { "<English source>": { "ru": "…", "ky": "…" } }.
// Placeholders are written as {0}, {1} … in the table and become the <x id="N" …/> of the source.
// Usage: node scripts/xliff-fill.mjs packages/core   (run `lit-localize extract` first)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: xliff-fill.mjs <package-dir>');
  process.exit(2);
}
const tablePath = join(dir, 'xliff', 'translations.json');
const table = existsSync(tablePath) ? JSON.parse(readFileSync(tablePath, 'utf8')) : {};
let missing = 0;
for (const locale of ['ru', 'ky']) {
  const file = join(dir, 'xliff', `${locale}.xlf`);
  if (!existsSync(file)) continue;
  let xml = readFileSync(file, 'utf8');
  xml = xml.replace(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g,
    (_all, id, source) => {
      const placeholders = [...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[0]);
      const key = decode(source.replace(/<x id="(\d+)"[^>]*\/>/g, (_m, n) => `{${n}}`));
      // A message with an explicit id (plural forms share one English source) is keyed by that id.
      const translated = (table[id] ?? table[key])?.[locale];
      if (translated === undefined) {
        missing++;
        console.warn(`${dir} ${locale}: no translation for ${JSON.stringify(key)}`);
        return `<trans-unit id="${id}">\n  <source>${source}</source>\n</trans-unit>`;
      }
      const target = encode(translated).replace(/\{(\d+)\}/g, (_m, n) => placeholders[Number(n)] ?? `{${n}}`);
      return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
    },
  );
  writeFileSync(file, xml);
}
process.exitCode = missing > 0 ? 1 : 0;

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
function encode(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
