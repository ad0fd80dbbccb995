// Storybook's controls and Docs tables from the manifest (.storybook/arg-types.mjs): the grid's `search`
// attribute keeps its control next to its `search` part, and optional strings get text controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { controlsFromTypes, storybookType, withPartsApart } from '../.storybook/arg-types.mjs';

test('CSS parts no longer share a name with attributes or properties (the grid’s search)', () => {
  const manifest = withPartsApart(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  const grid = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'omj-video-grid');
  assert.ok(grid.attributes.some((attribute) => attribute.name === 'search'));
  assert.ok(grid.cssParts.some((part) => part.name === '::part(search)'));
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    const names = new Set([...(declaration.attributes ?? []), ...(declaration.members ?? [])].map((item) => item.name));
    assert.deepEqual(
      (declaration.cssParts ?? []).filter((part) => names.has(part.name)),
      [],
      declaration.name,
    );
  }
});

test('optional strings, numbers and booleans get their own controls; string unions become options', () => {
  assert.deepEqual(storybookType('string | undefined'), { name: 'string' });
  assert.deepEqual(storybookType('number'), { name: 'number' });
  assert.deepEqual(storybookType("'card' | 'list' | undefined"), { name: 'enum', value: ['card', 'list'] });
  assert.equal(storybookType('readonly string[]'), undefined);
  assert.equal(storybookType(undefined), undefined);
  const argTypes = {
    contact: { type: { name: 'string | undefined' }, table: { category: 'attributes', type: { summary: 'string | undefined' } } },
    '::part(search)': { type: { name: 'void' }, table: { category: 'css shadow parts', type: {} } },
  };
  const out = controlsFromTypes({ argTypes });
  assert.equal(out.contact.type.name, 'string');
  assert.equal(out['::part(search)'].type.name, 'void');
});
