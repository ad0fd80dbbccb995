// Design-token hygiene across every package's styles: a private `--_omj-*` token that is read but never
// set is a silent styling bug (the fallback of var() hides it), and a public `--omj-*` token that the
// theming docs do not mention is one a partner cannot find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated' || name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) sources(path, found);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) found.push(path);
  }
  return found;
}

const files = readdirSync('packages')
  .map((name) => join('packages', name, 'src'))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => sources(dir));
const text = files.map((file) => readFileSync(file, 'utf8')).join('\n');

// The core theme builds its colour tokens from a palette object; expand those names as defined too.
const palette = [...readFileSync('packages/core/src/theme.ts', 'utf8').matchAll(/^\s+'?([a-z-]+)'?: '#[0-9a-f]{6}',$/gm)].map((m) => m[1]);

test('every private --_omj-* token that is read is also set somewhere', () => {
  const defined = new Set([...text.matchAll(/(--_omj-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
  for (const name of palette) defined.add(`--_omj-color-${name}`);
  // Tokens set from script through the CSSOM (`style.setProperty('--_omj-…')`) count as set.
  for (const m of text.matchAll(/setProperty\(\s*['"`](--_omj-[a-z0-9-]+)/g)) defined.add(m[1]);
  const used = new Set([...text.matchAll(/var\(\s*(--_omj-[a-z0-9-]+)/g)].map((m) => m[1]));
  const undefinedTokens = [...used].filter((name) => !defined.has(name)).sort();
  assert.deepEqual(undefinedTokens, [], `read but never set: ${undefinedTokens.join(', ')}`);
});

test('every public --omj-* token is documented in docs/theming.md or the widget pages', () => {
  const publicTokens = new Set([...text.matchAll(/var\(\s*(--omj-[a-z0-9-]+)/g)].map((m) => m[1]));
  for (const name of palette) publicTokens.add(`--omj-color-${name}`);
  const docs = readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join('docs', name), 'utf8'))
    .join('\n');
  const missing = [...publicTokens].filter((name) => !docs.includes(name)).sort();
  assert.deepEqual(missing, [], `undocumented tokens: ${missing.join(', ')}`);
});
