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
  ...readdirSync(join(REPO, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
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
      const names = attributes.replace(/"[^"]*"|'[^']*'/g, '""');
      for (const [, name] of names.matchAll(/\s([a-z][a-z0-9-]*)(?==|\s|$)/g)) {
        if (own.has(name) || GLOBAL.has(name) || /^(data|aria)-/.test(name)) continue;
        problems.push(`${file}: <${tag} ${name}> is not an attribute of ${tag}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked >= 20, `only ${checked} snippets found: the pattern no longer matches the docs`);
});

/**
 * Ids in the snippets must exist in the sample feed a partner tries them with (packages/feed/sample): a
 * `contact="…"` that names no contact shows "No contacts." and looks broken. Checked: `contact=` ids
 * (anywhere: tags, inline code, tables), id-like `organization=` values, `country=` on our elements, and film
 * ids in `#film=` links. Placeholders (`…`, `ID`) are skipped.
 */
test('every contact, organization, country and film id in the README, docs and demo page is in the sample feed', () => {
  const feed = JSON.parse(readFileSync(join(REPO, 'packages/feed/sample/omj-sample.json'), 'utf8'));
  const kind = (item) => item._omj?.kind ?? 'news';
  const contacts = new Set(feed.items.filter((item) => kind(item) === 'contact').map((item) => item.id));
  const organizations = new Set(feed.items.map((item) => item._omj?.organization_id).filter(Boolean));
  const films = new Set(feed.items.filter((item) => kind(item) === 'film').map((item) => item.id));
  const countries = new Set(feed.items.map((item) => item._omj?.country).filter(Boolean));
  const placeholder = (value) => /^(…|\.\.\.|ID)$/.test(value);
  const problems = [];
  let checked = 0;
  const expect = (file, what, value, known) => {
    if (placeholder(value)) return;
    checked++;
    if (!known.has(value)) problems.push(`${file}: ${what}="${value}" is not in packages/feed/sample/omj-sample.json`);
  };
  for (const file of files) {
    const text = readFileSync(join(REPO, file), 'utf8');
    for (const [, ids] of text.matchAll(/\bcontact="([^"]*)"/g))
      for (const id of ids.split(/\s+/).filter(Boolean)) expect(file, 'contact', id, contacts);
    for (const [, id] of text.matchAll(/\borganization="([a-z0-9-]+)"/g)) expect(file, 'organization', id, organizations);
    for (const [, film] of text.matchAll(/#film=([^\s)`"'&<]+)/g)) expect(file, '#film', film, films);
    for (const [tag] of text.matchAll(/<omj-[a-z-]+(?:\s+[a-z][a-z0-9-]*(?:="[^"]*"|='[^']*'|=[^\s>]+)?)*\s*\/?>/g)) {
      for (const [, code] of tag.matchAll(/\scountry="([^"]*)"/g)) expect(file, 'country', code, countries);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked >= 6, `only ${checked} ids found: the patterns no longer match the docs`);
});
