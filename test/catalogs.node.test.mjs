// scripts/catalogs.mjs turns XLIFF into the runtime catalogs: the key must be what our msg() computes at run
// time (English source, str parts joined by {}; or the explicit id) and placeholders must keep their index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCatalog } from '../scripts/catalogs.mjs';

test('XLIFF to catalog: hash ids become English keys, explicit ids stay, placeholders keep their index', () => {
  const xml = `<?xml version="1.0"?><xliff><file><body>
<trans-unit id="sf69722396849a432">
  <source>Films <x id="0" equiv-text="\${a}"/>–<x id="1" equiv-text="\${b}"/> of <x id="2" equiv-text="\${c}"/></source>
  <target>Из <x id="2" equiv-text="\${c}"/>: <x id="0" equiv-text="\${a}"/>–<x id="1" equiv-text="\${b}"/></target>
</trans-unit>
<trans-unit id="s5e8250fb85d64c23">
  <source>Close &amp; go &lt;back&gt;</source>
  <target>Закрыть &amp; вернуться</target>
</trans-unit>
<trans-unit id="hb-free">
  <source>Free call</source>
  <target>Бесплатный звонок</target>
</trans-unit>
<trans-unit id="s0000000000000001">
  <source>Untranslated</source>
</trans-unit>
</body></file></xliff>`;
  assert.deepEqual(readCatalog(xml), {
    'Films {}–{} of {}': 'Из {2}: {0}–{1}',
    'Close & go <back>': 'Закрыть & вернуться',
    'hb-free': 'Бесплатный звонок',
  });
});

// XLIFF as translation tools write it back. The regex reader this replaced expected a bare <target> and a
// plain-text <source>: it dropped every unit below (or keyed the CDATA one as "<![CDATA[…]]>").
test('XLIFF from Poedit: <target state="translated">, attributes in any order, the namespace', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="lit-localize-inputs" datatype="plaintext" source-language="en" target-language="ru">
    <body>
      <trans-unit id="s6ebc9bd6feae62a3" approved="yes">
        <source>Loading…</source>
        <target state="translated">Загрузка…</target>
      </trans-unit>
      <trans-unit id="sbcee00b2cc3fc6bf">
        <source xml:space="preserve">Error <x equiv-text="\${status}" id="0"/>.</source>
        <target xml:space="preserve" state="translated">Ошибка <x equiv-text="\${status}" id="0"/>.</target>
      </trans-unit>
      <trans-unit id="s0000000000000002">
        <source>Not yet</source>
        <target state="needs-translation"></target>
      </trans-unit>
    </body>
  </file>
</xliff>`;
  assert.deepEqual(readCatalog(xml), { 'Loading…': 'Загрузка…', 'Error {}.': 'Ошибка {0}.' });
});

test('XLIFF from Weblate: units nested in <group>, a prefixed namespace, entities', () => {
  const xml = `<?xml version='1.0' encoding='UTF-8'?>
<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<x:file original="lit-localize-inputs" source-language="en" target-language="ky" datatype="plaintext"><x:body>
<x:group id="video-grid">
<x:trans-unit id="s5e8250fb85d64c23"><x:source>Close &amp; go &#60;back&#62;</x:source><x:target state="translated">Жап &amp; кайт</x:target></x:trans-unit>
<x:trans-unit id="hb-free"><x:source>Free call</x:source><x:target state="final">Акысыз чалуу</x:target></x:trans-unit>
</x:group>
</x:body></x:file></x:xliff>`;
  assert.deepEqual(readCatalog(xml), { 'Close & go <back>': 'Жап & кайт', 'hb-free': 'Акысыз чалуу' });
});

test('XLIFF from Crowdin: CDATA in source and target, placeholders reordered, keys as msg() computes them', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="ru" datatype="plaintext" original="lit-localize-inputs">
  <body>
   <trans-unit id="sf69722396849a432" resname="sf69722396849a432">
    <source><![CDATA[Films ]]><x id="0" equiv-text="\${a}"/><![CDATA[–]]><x id="1" equiv-text="\${b}"/><![CDATA[ of <all> ]]><x id="2" equiv-text="\${c}"/></source>
    <target state="translated"><![CDATA[Из ]]><x id="2" equiv-text="\${c}"/>: <x id="0" equiv-text="\${a}"/>–<x id="1" equiv-text="\${b}"/></target>
   </trans-unit>
   <trans-unit id="s0000000000000003">
    <source><![CDATA[Tom & Jerry's "show"]]></source>
    <target state="translated"><![CDATA[Том & Джерри]]></target>
   </trans-unit>
  </body>
 </file>
</xliff>`;
  assert.deepEqual(readCatalog(xml), {
    'Films {}–{} of <all> {}': 'Из {2}: {0}–{1}',
    'Tom & Jerry\'s "show"': 'Том & Джерри',
  });
});

test('XLIFF that is not well-formed fails the build instead of dropping strings', () => {
  assert.throws(() => readCatalog('<xliff><file><body><trans-unit id="a"><source>x</source></body></xliff>'), /not well-formed/);
});

test('the committed catalogs are what the committed XLIFF compiles to', async () => {
  const { readFileSync, readdirSync, existsSync, mkdtempSync, cpSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { writeCatalogs } = await import('../scripts/catalogs.mjs');
  for (const name of readdirSync('packages')) {
    const dir = join('packages', name);
    if (!existsSync(join(dir, 'lit-localize.json'))) continue;
    const scratch = mkdtempSync(join(tmpdir(), 'omj-catalogs-'));
    try {
      cpSync(join(dir, 'lit-localize.json'), join(scratch, 'lit-localize.json'));
      cpSync(join(dir, 'xliff'), join(scratch, 'xliff'), { recursive: true });
      writeCatalogs(scratch);
      const out = JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8')).output.outputDir;
      for (const file of readdirSync(join(scratch, out))) {
        assert.equal(readFileSync(join(scratch, out, file), 'utf8'), readFileSync(join(dir, out, file), 'utf8'), `${dir}/${out}/${file}`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
});
