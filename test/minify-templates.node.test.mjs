// The template minifier in rollup.config.js (minifyTemplates, issue #14) over EVERY html`…`, svg`…` and
// css`…` template in packages/*/src: each template before and after must mean the same thing.
//   html/svg: parsed with parse5 (the HTML standard's parser), `${…}` replaced by a marker; the trees must
//             match with whitespace runs in text collapsed (what HTML rendering does outside <pre>) and
//             attributes byte-identical.
//   css:      parsed with postcss; rules, selectors and declarations must match, whitespace collapsed.
// The minifier is hand-written because it is small and runs only at build time; this test is what makes
// it safe to keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transform } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { parseFragment } from 'parse5';
import postcss from 'postcss';
import { REPO } from './helpers/server.mjs';
import { minifyTemplates } from '../rollup.config.js';

const MARKER = 'omj0marker0';

function sources(dir, found = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated' && name !== 'test') sources(path, found);
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

/** Every tagged template (html, svg, css) of a module, in source order: { kind, text } with ${…} as MARKER. */
function templates(code) {
  const found = [];
  const visit = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && ['html', 'svg', 'css'].includes(node.tag.name)) {
      // In CSS a ${…} may stand for whole declarations or rules: a comment keeps the sheet parseable.
      const marker = node.tag.name === 'css' ? `/*${MARKER}*/` : MARKER;
      found.push({ kind: node.tag.name, text: node.quasi.quasis.map((quasi) => quasi.value.raw).join(marker) });
    }
    for (const key of Object.keys(node)) {
      if (key === 'start' || key === 'end') continue;
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  return found;
}

const collapse = (text) => text.replace(/\s+/g, ' ');

/** A comparable form of an HTML fragment. */
function htmlShape(text) {
  const walk = (node) => {
    if (node.nodeName === '#text') return collapse(node.value);
    if (node.nodeName === '#comment') return `<!--${node.data}-->`;
    const attrs = (node.attrs ?? []).map(({ name, value }) => `${name}=${JSON.stringify(value)}`).join(' ');
    const children = (node.content ?? node).childNodes?.map(walk) ?? [];
    // Adjacent text after collapsing: "a" + " " stays distinct from "a ", so join text runs.
    return `<${node.nodeName} ${attrs}>${children.join('').replace(/ {2,}/g, ' ')}</${node.nodeName}>`;
  };
  return walk(parseFragment(text));
}

const number = (text) => text.replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2');
const selector = (text) =>
  collapse(text)
    .replace(/\s*([>+~,])\s*/g, '$1')
    .trim();

/** A comparable form of a stylesheet. */
function cssShape(text) {
  const out = [];
  postcss.parse(text).walk((node) => {
    if (node.type === 'rule') out.push(`rule ${selector(node.selector)}`);
    else if (node.type === 'atrule')
      out.push(
        `@${node.name} ${collapse(node.params)
          .replace(/\s*([:,()])\s*/g, '$1')
          .trim()}`,
      );
    else if (node.type === 'comment' && node.text === MARKER) out.push('${…}');
    else if (node.type === 'decl')
      out.push(
        `${node.prop}:${number(
          collapse(node.value)
            .replace(/\s*,\s*/g, ',')
            .trim(),
        )}${node.important ? '!important' : ''}`,
      );
  });
  return out;
}

const files = ['hotline-banner', 'video-grid', 'country-filter', 'news-ticker', 'contact-card', 'core'].flatMap((pkg) =>
  sources(join(REPO, 'packages', pkg, 'src')),
);

test('the minifier keeps the meaning of every html, svg and css template in the widgets and core', async () => {
  const plugin = minifyTemplates();
  let checked = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!/\b(html|svg|css)`/.test(source)) continue;
    const { code } = await transform(source, {
      loader: 'ts',
      target: 'es2021',
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    const result = plugin.transform.call({ parse: (text) => parseAst(text) }, code, file);
    const before = templates(code);
    const after = templates(result?.code ?? code);
    const where = relative(REPO, file);
    assert.equal(after.length, before.length, `${where}: same number of templates`);
    before.forEach((template, index) => {
      const minified = after[index].text;
      if (template.kind === 'css') assert.deepEqual(cssShape(minified), cssShape(template.text), `${where}: css template #${index}`);
      else assert.equal(htmlShape(minified), htmlShape(template.text), `${where}: ${template.kind} template #${index}`);
      assert.ok(minified.length <= template.text.length, `${where}: template #${index} did not grow`);
      checked++;
    });
  }
  assert.ok(checked > 50, `checked ${checked} templates`);
});

test('the comparison catches a broken minification (a dropped space between inline elements, a merged selector)', () => {
  assert.notEqual(htmlShape('<b>a</b> <i>b</i>'), htmlShape('<b>a</b><i>b</i>'));
  assert.notEqual(htmlShape('<a title="x\n y">t</a>'), htmlShape('<a title="x y">t</a>'));
  assert.notDeepEqual(cssShape('a b{color:red}'), cssShape('ab{color:red}'));
  assert.notDeepEqual(cssShape('a{margin:0 auto}'), cssShape('a{margin:0auto}'));
});
