// Partners copy our snippets. Every attribute written on an <omj-*> element in the README, the docs pages
// and the demo page must be one the element has (custom-elements.json), so a dropped or renamed attribute
// cannot live on in a copy-paste example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers/server.mjs';

const GLOBAL = new Set(['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'title', 'tabindex', 'part', 'inert']);

function attributesByTag() {
  const manifest = JSON.parse(readFileSync(join(REPO, 'custom-elements.json'), 'utf8'));
  const map = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) map.set(declaration.tagName, new Set((declaration.attributes ?? []).map((a) => a.name)));
    }
  }
  return map;
}

const files = [
  'README.md',
  'docs/demo/index.html',
  ...readdirSync(join(REPO, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
];

test('every attribute on an <omj-*> element in the README, docs and demo page exists', () => {
  const known = attributesByTag();
  const problems = [];
  let checked = 0;
  for (const file of files) {
    const text = readFileSync(join(REPO, file), 'utf8');
    for (const [, tag, attributes] of text.matchAll(/<(omj-[a-z-]+)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*)\s*\/?>/g)) {
      checked++;
      const own = known.get(tag);
      if (own === undefined) {
        problems.push(`${file}: <${tag}> is not one of our elements`);
        continue;
      }
      const names = attributes.replace(/"[^"]*"|'[^']*'/g, "\"\"");
      for (const [, name] of names.matchAll(/\s([a-z][a-z0-9-]*)(?==|\s|$)/g)) {
        if (own.has(name) || GLOBAL.has(name) || /^(data|aria)-/.test(name)) continue;
        problems.push(`${file}: <${tag} ${name}> is not an attribute of ${tag}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked >= 20, `only ${checked} snippets found: the pattern no longer matches the docs`);
});
