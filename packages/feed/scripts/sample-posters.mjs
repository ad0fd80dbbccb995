#!/usr/bin/env node
// Writes the sample feed's posters: one small SVG (480×270) per film poster URL in sample/omj-sample.json,
// so the demo page needs no third-party request. Colours follow the film's first topic; shapes vary with
// the film id. Deterministic: same feed, same files.
//
//   node packages/feed/scripts/sample-posters.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sample = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample');

/** Background, shape and accent colours per topic (light and calm: widgets draw their own play button on top). */
const PALETTES = {
  'juvenile-justice': ['#e3ecf7', '#a9c4e6', '#1b4f8a'],
  'hiv-aids': ['#fbe6e8', '#f0b3ba', '#9b1c2c'],
  violence: ['#fff1dc', '#f5c98a', '#8a4b00'],
  'roma-children': ['#e6f4ea', '#a8d5b5', '#1e6b3a'],
  'leave-no-child-out': ['#efe8f7', '#c8b3e6', '#54307f'],
  peacebuilding: ['#e0f4f4', '#9fd6d6', '#105f5f'],
  'parental-care': ['#f6eee3', '#dcc3a1', '#6b4a1f'],
};

function hash(text) {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 16777619) >>> 0;
  return h;
}

export function posterSvg(id, topic) {
  const [background, shape, accent] = PALETTES[topic] ?? PALETTES['juvenile-justice'];
  const h = hash(id);
  const hill = 150 + (h % 60);
  const sunX = 60 + ((h >>> 8) % 360);
  const sunY = 50 + ((h >>> 16) % 50);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="270" viewBox="0 0 480 270">
<rect width="480" height="270" fill="${background}"/>
<circle cx="${sunX}" cy="${sunY}" r="28" fill="${shape}"/>
<path d="M0 ${hill}Q120 ${hill - 50} 240 ${hill}T480 ${hill - 20}V270H0z" fill="${shape}"/>
<path d="M${sunX - 30} ${hill + 40}h60v-34l-30-22-30 22z" fill="${accent}" opacity=".55"/>
</svg>
`;
}

const feed = JSON.parse(await readFile(join(sample, 'omj-sample.json'), 'utf8'));
let written = 0;
for (const item of feed.items) {
  const omj = item._omj;
  if (omj?.kind !== 'film' || typeof omj.poster?.url !== 'string') continue;
  if (/^[a-z]+:|^\//i.test(omj.poster.url)) throw new Error(`${item.id}: poster URL must be relative to the feed`);
  const file = join(sample, omj.poster.url);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, posterSvg(item.id, omj.topics?.[0]));
  written++;
}
console.log(`wrote ${written} posters under ${join(sample, 'posters')}`);
