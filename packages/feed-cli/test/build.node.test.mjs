// `omj-feed build`: spreadsheets (CSV) and RSS/Atom to an OMJ feed. Run from the repository root:
//   node --test packages/feed-cli/test/build.node.test.mjs
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, root, runCliSync } from './run-cli.mjs';

const xmlFixtures = join(root, 'packages/feed/test/xml/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'omj-build-'));

const omjFeed = (...args) => runCliSync(args);

/** Writes `text` to a file in the temporary directory; returns its path. */
function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Builds, then checks the output with `omj-feed validate` (it must always pass) and returns both. */
function buildAndValidate(...args) {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const run = omjFeed('build', ...args, '--out', out);
  const validate = omjFeed('validate', out);
  assert.equal(validate.status, 0, `the output must validate:\n${validate.stdout}`);
  return { run, feed: JSON.parse(readFileSync(out, 'utf8')), validate };
}

before(buildCli);

/** A film sheet as Russian-locale Excel saves "CSV UTF-8": BOM, semicolons, CRLF; every film column. */
const FILMS_EXCEL =
  '\ufeffID;Title;title:ru;title:ky;summary;summary:ru;summary:ky;country;year;topics;video;captions:en;captions:ru;transcript;transcript:ru;transcript:ky;duration;poster;poster:alt;poster:alt:ru;date;withdrawn;workshop;url;;\r\n' +
  'kg-01;A second chance;Второй шанс;Экинчи мүмкүнчүлүк;"A boy; a court;\r\nand a ""teacher"".";"Мальчик из Оша;\r\nвторая строка";Оштук бала;kg;2012;juvenile-justice | violence;https://youtu.be/Qk7vR2mXa9E;;;"I was fourteen.";Мне было четырнадцать.;Мен он төрт жашта элем.;1:05;posters/kg-01.svg;A boy at a gate;Мальчик у ворот;20.04.2012;нет;Bishkek 2012;https://example.org/films/kg-01;;\r\n' +
  'kg-02;Our settlement;Наш посёлок;;;;;RS;2008;roma-children;media/our-settlement.mp4;media/our.en.vtt;media/our.ru.vtt;;;;12;;;;2008-06-12T12:00:00+02:00;0;;;;\r\n' +
  'kg-03;Vimeo film;;;;;;AZ;;;https://vimeo.com/104857601;;;;;;75;;;;;ооба;;;;\r\n' +
  ';;;;;;;;;;;;;;;;;;;;;;;;;\r\n';

describe('omj-feed build: films from a spreadsheet', () => {
  it('reads BOM + semicolons + CRLF + quoted line breaks + Cyrillic, every film column', () => {
    const { run, feed } = buildAndValidate(
      file('films-excel.csv', FILMS_EXCEL),
      '--title',
      'Фильмы',
      '--language',
      'en',
      '--feed-url',
      'https://example.org/feed.json',
      '--home-page-url',
      'https://example.org/',
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(feed.title, 'Фильмы');
    assert.equal(feed.feed_url, 'https://example.org/feed.json');
    assert.equal(feed.home_page_url, 'https://example.org/');
    assert.deepEqual(feed.items[0], {
      id: 'kg-01',
      title: 'A second chance',
      content_text: 'A boy; a court;\r\nand a "teacher".',
      date_published: '2012-04-20T00:00:00Z',
      url: 'https://example.org/films/kg-01',
      _omj: {
        kind: 'film',
        title: { en: 'A second chance', ru: 'Второй шанс', ky: 'Экинчи мүмкүнчүлүк' },
        summary: { en: 'A boy; a court;\r\nand a "teacher".', ru: 'Мальчик из Оша;\r\nвторая строка', ky: 'Оштук бала' },
        country: 'KG',
        topics: ['juvenile-justice', 'violence'],
        year: 2012,
        duration: 65,
        poster: { url: 'posters/kg-01.svg', width: 480, height: 270, alt: { en: 'A boy at a gate', ru: 'Мальчик у ворот' } },
        video: { provider: 'youtube', id: 'Qk7vR2mXa9E' },
        transcript: { en: 'I was fourteen.', ru: 'Мне было четырнадцать.', ky: 'Мен он төрт жашта элем.' },
        workshop: 'Bishkek 2012',
      },
    });
    assert.deepEqual(feed.items[1]._omj.video, {
      provider: 'file',
      sources: [{ url: 'media/our-settlement.mp4', type: 'video/mp4' }],
      tracks: [
        { url: 'media/our.en.vtt', lang: 'en', label: 'English', kind: 'captions' },
        { url: 'media/our.ru.vtt', lang: 'ru', label: 'Русский', kind: 'captions' },
      ],
    });
    assert.equal(feed.items[1]._omj.duration, 12);
    assert.equal(feed.items[1].date_published, '2008-06-12T12:00:00+02:00');
    assert.deepEqual(feed.items[2]._omj.video, { provider: 'vimeo', id: '104857601' });
    assert.equal(feed.items[2]._omj.withdrawn, true);
    assert.equal(feed.items.length, 3);
    assert.deepEqual(run.lines, [`3 items written to ${run.lines.at(-1).split(' written to ')[1]}`]);
  });

  it('reports a row with three errors as three FILE:ROW:COLUMN lines, drops it, keeps the others (exit 1)', () => {
    const sheet = file(
      'three-errors.csv',
      'id,title,country,video,duration\n' +
        'ok-1,Good film,KG,https://www.youtube.com/watch?v=Qk7vR2mXa9E,60\n' +
        'bad-1,Bad film,XX,https://example.org/page.html,1:75\n' +
        'ok-2,"Another\ngood film",AZ,https://youtu.be/b3HnT8wLq0s,\n',
    );
    const { run, feed } = buildAndValidate(sheet, '--kind', 'film');
    assert.equal(run.status, 1);
    assert.deepEqual(run.lines.slice(0, 3), [
      `${sheet}:3:country: "XX" is not an ISO 3166-1 country code (KG, AZ, RU …)`,
      `${sheet}:3:video: "https://example.org/page.html" is not a YouTube or Vimeo page, nor an .mp4 or .webm file`,
      `${sheet}:3:duration: "1:75" is not a length as m:ss or seconds (1 s to 10 h)`,
    ]);
    assert.match(run.lines[3], /^2 items written to .*, 3 problems \(rows left out\)$/);
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['ok-1', 'ok-2'],
    );
  });

  it('counts rows as the spreadsheet does: a cell with a line break is still one row', () => {
    const sheet = file('rows.csv', 'id,title,country,video\n"a","Two\nlines",KG,https://youtu.be/Qk7vR2mXa9E\nb,B,KG,not-a-video\n');
    const run = omjFeed('build', sheet, '--out', join(dir, 'rows.json'));
    assert.equal(run.lines[0], `${sheet}:3:video: "not-a-video" is not a YouTube or Vimeo page, nor an .mp4 or .webm file`);
  });

  it('refuses a sheet with an unknown column, naming it (exit 1)', () => {
    const sheet = file('unknown.csv', 'id,titel,country,video\na,A,KG,https://youtu.be/Qk7vR2mXa9E\n');
    const run = omjFeed('build', sheet, '--kind', 'film', '--out', join(dir, 'unknown.json'));
    assert.equal(run.status, 1);
    assert.match(
      run.lines[0],
      new RegExp(`^${sheet.replace(/[.\\/]/g, '\\$&')}:1:titel: unknown column for films \\(columns: id, country`),
    );
  });

  it('reports duplicate ids across files and unsafe links', () => {
    const one = file(
      'one.csv',
      'id,title,country,video,poster\na,A,KG,https://youtu.be/Qk7vR2mXa9E,javascript:alert(1)\nb,B,KG,https://youtu.be/Qk7vR2mXa9E,\n',
    );
    const two = file('two.csv', 'id,title,country,video\nb,B again,KG,https://youtu.be/Qk7vR2mXa9E\n');
    const { run, feed } = buildAndValidate(one, two);
    assert.deepEqual(run.lines.slice(0, 2), [
      `${one}:2:poster: "javascript:alert(1)" is not a web address (http:// or https://, or a path beside the feed)`,
      `${two}:2:id: "b" is already used (${one}:3)`,
    ]);
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['b'],
    );
  });

  it('usage errors exit 2', () => {
    assert.equal(omjFeed('build', '--out', join(dir, 'x.json')).status, 2);
    assert.equal(omjFeed('build', join(dir, 'one.csv')).status, 2);
    const run = omjFeed('build', join(dir, 'one.csv'), '--kind', 'poem', '--out', join(dir, 'x.json'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^omj-feed: --kind: "poem" is not film, contact or hotline/);
  });
});

describe('omj-feed build: contacts and hotlines', () => {
  it('builds contacts and hotlines (kind told by the columns), merged with films', () => {
    const contacts = file(
      'contacts.csv',
      'id,name,name:ru,role,organization,organization_id,phones,mobile,email\n' +
        'c-1,Galina Solodunova,Галина Солодунова,Communication Officer,UNICEF Kyrgyzstan,unicef-kg,+996 312 61 12 11 (ext. 143) | +996 312 61 12 12,+996 775 58 02 61,mailto:g@example.org\n' +
        'c-2,No phone,,,,,12 34,,not-an-address\n',
    );
    const hotlines = file(
      'hotlines.csv',
      'id;country;name;name:ky;number;free;languages;time_zone;hours;description\n' +
        'kg-111;KG;Child helpline;Балдардын ишеним телефону;111;да;"ky; ru";Asia/Bishkek;"Mo-Fr 09:00-18:00; Sa 10:00-14:00";Free help.\n' +
        'az-116;AZ;Helpline;;116 111;yes;az;Asia/Baku;24/7;\n',
    );
    const { run, feed } = buildAndValidate(contacts, hotlines, '--title', 'Contacts');
    assert.equal(run.status, 1);
    assert.deepEqual(run.lines.slice(0, 2), [
      `${contacts}:3:phones: "12 34" is not an international number (+996 312 61 12 11, with "ext. 143" if needed)`,
      `${contacts}:3:email: "not-an-address" is not an e-mail address`,
    ]);
    assert.deepEqual(feed.items[0]._omj, {
      kind: 'contact',
      name: { en: 'Galina Solodunova', ru: 'Галина Солодунова' },
      role: { en: 'Communication Officer' },
      organization: { en: 'UNICEF Kyrgyzstan' },
      organization_id: 'unicef-kg',
      phones: ['+996 312 61 12 11 (ext. 143)', '+996 312 61 12 12'],
      mobile: '+996 775 58 02 61',
      email: 'g@example.org',
    });
    assert.equal(feed.items[0].content_text, 'Galina Solodunova, Communication Officer, UNICEF Kyrgyzstan');
    assert.deepEqual(feed.items[1]._omj, {
      kind: 'hotline',
      country: 'KG',
      name: { en: 'Child helpline', ky: 'Балдардын ишеним телефону' },
      number: '111',
      free: true,
      languages: ['ky', 'ru'],
      hours: {
        time_zone: 'Asia/Bishkek',
        open: [
          { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' },
          { days: [6], from: '10:00', to: '14:00' },
        ],
      },
      description: { en: 'Free help.' },
    });
    assert.deepEqual(feed.items[2]._omj.hours, { time_zone: 'Asia/Baku', open: '24/7' });
  });
});

describe('omj-feed build: RSS and Atom', () => {
  it('reads RSS 2.0 (CDATA, dc:language, RFC 822 dates) as plain-text news; a broken item is reported and skipped', () => {
    const rss = join(xmlFixtures, 'rss-2.0.xml');
    const { run, feed } = buildAndValidate(rss);
    assert.equal(run.status, 1);
    // A local file has no address: its relative link cannot be resolved (a URL input resolves it, as the ticker does).
    assert.deepEqual(run.lines.slice(0, 3), [
      `${rss}:item 2:url: not an http(s) URL (warning)`,
      `${rss}:item 3:date_published: invalid (warning)`,
      `${rss}:item 4:id: missing`,
    ]);
    assert.equal(feed.title, 'Новости UNICEF Кыргызстан');
    assert.equal(feed.home_page_url, 'https://example.org/ru/news/');
    assert.deepEqual(feed.items[0], {
      id: 'unicef-kg-2012-04-20',
      title: 'Дети & правосудие: «второй шанс»',
      content_text: 'В Бишкеке показали 20 фильмов, снятых подростками.',
      summary: 'В Бишкеке показали 20 фильмов, снятых подростками.',
      url: 'https://example.org/ru/news/second-chance',
      date_published: '2012-04-20T10:00:00+06:00',
      language: 'ru',
      authors: [{ name: 'Галина Солодунова' }],
    });
    assert.equal(feed.items[1].language, 'ky');
    assert.equal(feed.items.length, 3);
  });

  it('reads Atom with xml:lang and relative links against xml:base, merged with a spreadsheet', () => {
    const films = file('merge-films.csv', 'id,title,country,video\nf-1,Film,KG,https://youtu.be/Qk7vR2mXa9E\n');
    const { run, feed } = buildAndValidate(join(xmlFixtures, 'atom.xml'), films, '--title', 'Merged');
    assert.equal(run.status, 0, run.stdout);
    assert.equal(feed.title, 'Merged');
    assert.deepEqual(
      feed.items.map((item) => [item.id, item.url, item.language]),
      [
        ['tag:example.org,2012:films', 'https://example.org/atom/2012/04/films', 'en'],
        ['tag:example.org,2012:second-chance-ru', 'https://example.org/ru/vtoroy-shans', 'ru'],
        ['tag:example.org,2012:relative', 'https://example.org/atom/2012/05/relative', 'en'],
        ['f-1', undefined, undefined],
      ],
    );
    assert.equal(feed.items[0].title, 'Films by young & old people');
  });

  it('drops javascript: links and markup from a hostile feed', () => {
    const { feed } = buildAndValidate(join(xmlFixtures, 'hostile-rss.xml'));
    assert.deepEqual(
      feed.items.map((item) => [item.title, item.url]),
      [
        ['Safe words', undefined],
        ['Data link', undefined],
        ['A good link', 'https://example.org/good'],
      ],
    );
    assert.doesNotMatch(JSON.stringify(feed), /javascript:|<script|onerror/);
  });

  it('reports XML that is not well-formed, and keeps the other inputs', () => {
    const broken = file('broken.xml', '<rss><channel><title>cut off');
    const films = file('after-broken.csv', 'id,title,country,video\nf-1,Film,KG,https://youtu.be/Qk7vR2mXa9E\n');
    const { run, feed } = buildAndValidate(broken, films);
    assert.equal(run.status, 1);
    assert.match(run.lines[0], new RegExp(`^${broken.replace(/[.\\/]/g, '\\$&')}: not well-formed XML`));
    assert.deepEqual(
      feed.items.map((item) => item.id),
      ['f-1'],
    );
  });
});

describe('the sample feed and its spreadsheet', () => {
  it('regenerating omj-sample.json from films.csv gives exactly the committed file', () => {
    const run = spawnSync(process.execPath, ['packages/feed/sample/build-sample.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});
