#!/usr/bin/env node
// Regenerates the API tables of each widget page (docs/<widget>.md) from the merged custom-elements.json
// (run scripts/analyze.mjs first): attributes, properties, events, slots, CSS parts and CSS custom
// properties, written between the `<!-- api:start -->` and `<!-- api:end -->` markers. Text outside the
// markers is never touched.
//   node scripts/docs-tables.mjs           rewrite the tables
//   node scripts/docs-tables.mjs --check   exit 1 when a page's tables are out of date (CI)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

if (!existsSync('custom-elements.json')) {
  console.error('docs-tables: custom-elements.json missing (run node scripts/analyze.mjs)');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${String(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

/** The markdown between the markers for one element declaration. */
export function renderApi(element) {
  const members = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
  const attributes = element.attributes ?? [];
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName).filter(Boolean));
  const sections = [];

  sections.push([
    '### Attributes',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      [
        ...attributes.map((attribute) => [
          code(attribute.name),
          code(attribute.fieldName),
          code(attribute.type?.text),
          code(attribute.default),
          cell(attribute.description ?? members.find((member) => member.name === attribute.fieldName)?.description),
        ]),
        // The global attribute every widget follows (OmjElement): not a Lit property, so not in the manifest.
        [
          code('lang'),
          '',
          code('string'),
          "closest `lang`, else the page's",
          'UI language: `en`, `ru` or `ky` (any region, e.g. `ru-KG`); followed at run time.',
        ],
      ],
    ),
  ]);
  sections.push([
    '### Properties (script only)',
    table(
      ['Property', 'Type', 'Default', 'Description'],
      members
        .filter((member) => !withAttribute.has(member.name) && !member.readonly)
        .map((member) => [code(member.name), code(member.type?.text), code(member.default), cell(member.description)]),
    ),
  ]);
  sections.push([
    '### Methods',
    table(
      ['Method', 'Description'],
      (element.members ?? [])
        .filter(
          (member) =>
            member.kind === 'method' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_'),
        )
        .map((member) => [
          code(`${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
          cell(member.description),
        ]),
    ),
  ]);
  sections.push([
    '### Events',
    table(
      ['Event', 'Detail', 'Description'],
      (element.events ?? [])
        .filter((event) => event.name)
        .map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
  ]);
  sections.push([
    '### Slots',
    table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
    ),
  ]);
  sections.push([
    '### CSS parts',
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
  ]);
  sections.push([
    '### CSS custom properties',
    table(
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), cell(property.description)]),
    ),
  ]);
  const body = sections
    .filter(([, markdown]) => markdown !== '')
    .map(([heading, markdown]) => `${heading}\n\n${markdown}`)
    .join('\n\n');
  return `${START}\n<!-- Generated from custom-elements.json by scripts/docs-tables.mjs: edit the JSDoc, not this table. -->\n\n${body}\n\n${END}`;
}

let stale = 0;
let written = 0;
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const page = `docs/${declaration.tagName.replace(/^omj-/, '')}.md`;
    if (!existsSync(page)) {
      console.warn(`docs-tables: ${page} does not exist yet (<${declaration.tagName}>)`);
      continue;
    }
    const text = readFileSync(page, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    if (start === -1 || end === -1 || end < start) {
      console.warn(`docs-tables: ${page} has no ${START} … ${END} markers; skipped`);
      continue;
    }
    const next = text.slice(0, start) + renderApi(declaration) + text.slice(end + END.length);
    if (next === text) continue;
    if (check) {
      console.error(`docs-tables: ${page} API tables are out of date (run node scripts/docs-tables.mjs)`);
      stale++;
    } else {
      writeFileSync(page, next);
      written++;
      console.log(`docs-tables: updated ${page}`);
    }
  }
}
if (check && stale > 0) process.exit(1);
if (!check) console.log(`docs-tables: ${written} page(s) updated`);
