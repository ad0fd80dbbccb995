// custom-elements.json as Storybook, editors and partners read it (built by `npm run analyze`, npm test's
// manifest step, before the Node tests): the public API only, and every event with its detail type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const manifests = [
  'custom-elements.json',
  ...readdirSync('packages')
    .map((name) => join('packages', name, 'custom-elements.json'))
    .filter(existsSync),
];

function elements(file) {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement));
}

test('the manifests exist (npm run analyze) and describe all five elements', () => {
  assert.ok(existsSync('custom-elements.json'), 'custom-elements.json missing: run npm run analyze');
  const tags = elements('custom-elements.json')
    .map((element) => element.tagName)
    .filter(Boolean)
    .sort();
  assert.deepEqual(tags, ['omj-contact-card', 'omj-country-filter', 'omj-hotline-banner', 'omj-news-ticker', 'omj-video-grid']);
  // One per widget package (the packages build may add @omj/widgets' copy of the merged one).
  for (const name of ['contact-card', 'country-filter', 'hotline-banner', 'news-ticker', 'video-grid']) {
    assert.ok(manifests.includes(join('packages', name, 'custom-elements.json')), `packages/${name}/custom-elements.json missing`);
  }
});

test('no manifest lists a private, protected, #- or _-named member (they became Storybook controls)', () => {
  for (const file of manifests) {
    for (const element of elements(file)) {
      const leaked = (element.members ?? [])
        .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name))
        .map((member) => `${element.name}.${member.name}`);
      assert.deepEqual(leaked, [], file);
    }
  }
});

test('known internals stay out: timer, feedController, query, uiLocale …', () => {
  const names = new Set(elements('custom-elements.json').flatMap((element) => (element.members ?? []).map((member) => member.name)));
  for (const name of ['timer', 'feedController', 'query', 'uiLocale', 'feedState', 'refreshLang', 'observer']) {
    assert.equal(names.has(name), false, name);
  }
  // …while the public API stays: attributes' properties, data, and public methods.
  for (const name of ['feed', 'data', 'theme', 'search', 'quickExit']) assert.equal(names.has(name), true, name);
});

test('every event has its detail type (CustomEvent<…Detail>)', () => {
  for (const file of manifests) {
    for (const element of elements(file)) {
      for (const event of element.events ?? []) {
        assert.match(event.type?.text ?? '(none)', /^CustomEvent<\w+>$/, `${file}: ${element.tagName} ${event.name}`);
      }
    }
  }
});
