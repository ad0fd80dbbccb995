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
