// Individual parser rules (normalization), the plain-text helpers, and a 3,000-film feed read whole.
import { expect } from '@open-wc/testing';
import type { ParsedFeed } from '@omj/feed';
import { reportLine, summaryLine } from '../../../feed-cli/src/report.js';
import { parseFeed, parseFeedWithStats } from '../../src/strict/index.js';
import { isCountryCode } from '../../src/formats.js';
import { decodeEntities, toText as htmlToText } from '../../src/plain-text.js';
import { normalizePhone, parseFeed as parseLean, safeUrl } from '@omj/feed';
import { contact, feed, film, hotline, news } from '../corpus/cases.js';
import { COUNTRIES, generateArchive } from '../../scripts/generate-archive.mjs';

function ok(input: unknown, baseUrl?: string): ParsedFeed {
  const result = parseFeed(input, baseUrl === undefined ? {} : { baseUrl });
  if (!result.ok) throw new Error(result.problems.map(reportLine).join('\n'));
  return result.feed;
}

describe('parser rules', () => {
  it('knows the 249 assigned ISO 3166-1 codes and nothing else', () => {
    const all = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    expect(all.filter(isCountryCode)).to.have.length(249);
    for (const code of ['KG', 'KZ', 'TJ', 'UZ', 'TM', 'AF', 'RU', 'SS', 'BQ', 'AX']) expect(isCountryCode(code), code).to.equal(true);
    for (const code of ['XX', 'XK', 'EU', 'UK', 'AN', 'YU', 'kg', 'K']) expect(isCountryCode(code), code).to.equal(false);
  });

  it('keeps every film of the synthetic archive: 100 distinct assigned country codes', () => {
    expect(new Set(COUNTRIES).size).to.equal(100);
    expect(COUNTRIES.filter((code) => !isCountryCode(code))).to.deep.equal([]);
    const { feed: archive } = generateArchive({ films: 300, countries: 100, seed: 3 });
    const parsed = ok(archive, 'https://example.org/archive/archive.json');
    expect(parsed.problems.map(reportLine)).to.deep.equal([]);
    expect(parsed.films).to.have.length(300);
    expect(new Set(parsed.films.map((f) => f.country)).size).to.equal(100);
  });

  it('turns plain strings into localized text in the item language, else the feed language, else en', () => {
    const withLang = ok(feed([film('a', {}, { language: 'ky', title: 'Кино' }), film('b', {}, { title: 'Фильм' })], { language: 'ru' }));
    expect(withLang.films[0]!.title).to.deep.equal({ ky: 'Кино' });
    expect(withLang.films[1]!.title).to.deep.equal({ ru: 'Фильм' });
    const noLang = ok(feed([film('a', { summary: 'Plain' })]));
    expect(noLang.films[0]!.summary).to.deep.equal({ en: 'Plain' });
  });

  it('keeps only string values with language-tag keys in localized objects', () => {
    const result = parseFeed(feed([film('a', { title: { en: 'A', 'ru-KG': 'Б', 'not a tag': 'x', ky: 5 } })]));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.feed.films[0]!.title).to.deep.equal({ en: 'A', 'ru-KG': 'Б' });
    expect(result.feed.problems.map(reportLine)).to.deep.equal([
      'items[0]._omj.title["not a tag"]: "not a tag" is not a language tag (warning)',
      'items[0]._omj.title.ky: not a string (found a number) (warning)',
    ]);
  });

  it('normalizes phones to E.164 with tel: URIs and extensions', () => {
    const parsed = ok(
      feed([
        contact('c', {
          phones: [
            '+996 312 61 12 11',
            '+996.312.61.12.11 (ext. 143)',
            '+996 (312) 611-211 x 7',
            '+996 312 611211;ext=12',
            { number: '+7 727 123 45 67', ext: 99 },
          ],
        }),
      ]),
    );
    expect(parsed.contacts[0]!.phones.map((p) => p.tel)).to.deep.equal([
      'tel:+996312611211',
      'tel:+996312611211;ext=143',
      'tel:+996312611211;ext=7',
      'tel:+996312611211;ext=12',
      'tel:+77271234567;ext=99',
    ]);
    expect(parsed.contacts[0]!.phones[4]).to.deep.equal({ number: '+77271234567', ext: '99', tel: 'tel:+77271234567;ext=99' });
  });

  it('exports normalizePhone: E.164 and a tel: URI, the extension given apart or inside the number', () => {
    expect(normalizePhone('+996 312 61 12 11')).to.deep.equal({ number: '+996312611211', tel: 'tel:+996312611211' });
    expect(normalizePhone(' +996 (312) 61-12-11 доб. 143 ')).to.deep.equal({
      number: '+996312611211',
      ext: '143',
      tel: 'tel:+996312611211;ext=143',
    });
    expect(normalizePhone('+996 312 61 12 11 x 7', '12')).to.deep.equal({
      number: '+996312611211',
      ext: '12',
      tel: 'tel:+996312611211;ext=12',
    });
    expect(normalizePhone('+996 312 611211;ext=5')!.tel).to.equal('tel:+996312611211;ext=5');
    for (const bad of ['61 12 11', '0775 58 02 61', '+0123456789', '+1234567', '+1234567890123456', 'call +996 312 61 12 11', '']) {
      expect(normalizePhone(bad), bad).to.equal(undefined);
    }
    expect(normalizePhone('+996312611211', 'front desk')).to.equal(undefined);
  });

  it('accepts an e-mail given as mailto: and keeps the plain address', () => {
    expect(ok(feed([contact('c', { email: 'mailto:press@unicef.example.org' })])).contacts[0]!.email).to.equal('press@unicef.example.org');
  });

  it('makes a tel: URI from a hotline number as dialled', () => {
    const parsed = ok(feed([hotline('a', { number: '+996 312 61-12-11' }), hotline('b', { number: '116 111' })]));
    expect(parsed.hotlines.map((h) => [h.number, h.tel])).to.deep.equal([
      ['+996 312 61-12-11', 'tel:+996312611211'],
      ['116 111', 'tel:116111'],
    ]);
  });

  it('resolves relative media and links against baseUrl, and rejects other schemes after resolution', () => {
    const parsed = ok(
      feed([film('a', { poster: { url: 'posters/a.jpg', width: 4, height: 3 } }, { url: '../films/a/' })], { feed_url: undefined }),
      'https://example.org/omj/feed.json',
    );
    expect(parsed.films[0]!.poster!.url).to.equal('https://example.org/omj/posters/a.jpg');
    expect(parsed.films[0]!.url).to.equal('https://example.org/films/a/');
  });

  it('reads RFC 3339 dates with offsets, fractions, leap seconds and a space separator', () => {
    const parsed = ok(
      feed([
        news('a', { date_published: '2024-05-20T10:00:00.123+06:00' }),
        news('b', { date_published: '2016-12-31T23:59:60Z' }),
        news('c', { date_published: '2024-02-29 12:00:00z' }),
        news('d', { date_published: '0000-02-29T00:00:00Z' }), // year 0 is a leap year; years 0-99 stay as written
        news('e', { date_published: '0099-12-31T23:00:00-02:00' }),
      ]),
    );
    expect(parsed.news.map((n) => n.datePublished!.toISOString())).to.deep.equal([
      '2024-05-20T04:00:00.123Z',
      '2016-12-31T23:59:59.000Z',
      '2024-02-29T12:00:00.000Z',
      '0000-02-29T00:00:00.000Z',
      '0100-01-01T01:00:00.000Z',
    ]);
  });

  it('accepts Date objects in a feed handed over by script (the data property)', () => {
    const when = new Date('2024-05-20T04:00:00Z');
    expect(ok(feed([news('a', { date_published: when })])).news[0]!.datePublished!.getTime()).to.equal(when.getTime());
  });

  it('derives a short news summary from long content at a word boundary', () => {
    const long = `${'word '.repeat(100)}end`;
    const item = ok(feed([news('a', { content_text: long })])).news[0]!;
    expect(item.summary!.length).to.be.at.most(300);
    expect(item.summary!.endsWith('word…')).to.equal(true);
  });

  it('keeps a news item that has only a title (lenient, like readers)', () => {
    expect(ok(feed([{ id: 'a', title: 'Only a title' }])).news[0]).to.deep.equal({
      kind: 'news',
      id: 'a',
      title: 'Only a title',
      tags: [],
      source: 'Test feed',
      authors: [],
    });
  });

  it('does not check topic keys when the feed has no vocabulary (a later page)', () => {
    expect(ok(feed([film('a', { topics: ['education', 'education'] })])).films[0]!.topics).to.deep.equal(['education']);
  });

  it('counts kept, dropped and withdrawn items', () => {
    const { stats } = parseFeedWithStats(feed([film('a'), film('b', { withdrawn: true }), film('c', { country: 'XX' }), news('d')]));
    expect(stats).to.deep.equal({ items: 4, kept: 2, dropped: 1, withdrawn: 1 });
    expect(summaryLine(stats, 0)).to.equal('4 items: 2 kept, 1 dropped, 1 withdrawn');
    expect(summaryLine({ items: 1, kept: 1, dropped: 0, withdrawn: 0 }, 1)).to.equal('1 item: 1 kept, 0 dropped, 1 warning');
  });

  it('honours a smaller maxLength', () => {
    const result = parseFeed(JSON.stringify(feed([news('a')])), { maxLength: 10 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map(reportLine)).to.deep.equal(['$: feed is 1 KB, more than the 1 KB limit']);
  });
});

describe('URL shortcut', () => {
  // safeUrl skips `new URL` for plain absolute http(s) URLs. A leading space defeats the shortcut (its
  // pattern starts at `http`), and safeUrl trims, so `safeUrl(' ' + url)` is the full parse of the same URL.
  it('gives exactly what the full URL parse gives, for plain and tricky URLs', () => {
    const urls = [
      'https://example.org/',
      'https://media.example.org/posters/kg-2012-jj-01.jpg',
      'http://example.org/a/b?c=d&e=f#g',
      'https://example.org/a%20b/%D0%B0?q=%2F',
      'https://example.org/a/./b',
      'https://example.org/a/../b',
      'https://example.org/a/%2e%2E/b',
      'https://Example.ORG/x',
      'https://example.org:443/x',
      'https://127.0.0.1/x',
      'https://0x7f.1/x',
      'https://example.org',
      "https://example.org/it's",
      'https://example.org/a b',
      'https://example.org/a\\b',
      'https://example.org/{x}|^',
      'https:example.org/x',
      'https:///example.org/x',
      'HTTPS://example.org/x',
      'javascript://example.org/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'https://xn--80ak6aa92e.com/путь',
      'https://пример.рф/',
      ' https://example.org/x ',
      "https://example.org/x?y='z'",
      'https://user:pass@example.org/x',
    ];
    for (const url of urls) {
      expect(safeUrl(url, 'media'), url).to.equal(safeUrl(` ${url}`, 'media'));
      expect(safeUrl(url, 'link', 'https://base.example.org/feed.json'), url).to.equal(
        safeUrl(` ${url}`, 'link', 'https://base.example.org/feed.json'),
      );
    }
    expect(safeUrl('https://example.org/x', 'email')).to.equal(undefined);
    expect(safeUrl('https://example.org/x', 'phone')).to.equal(undefined);
  });

  it('lets only the allowed schemes through, for each purpose', () => {
    const base = 'https://partner.example.org/omj/feed.json';
    expect(safeUrl('/films/1/', 'link', base)).to.equal('https://partner.example.org/films/1/');
    expect(safeUrl('posters/1.jpg', 'media', base)).to.equal('https://partner.example.org/omj/posters/1.jpg');
    expect(safeUrl('/films/1/')).to.equal(undefined);
    expect(safeUrl('', 'link', base)).to.equal(undefined);
    expect(safeUrl('   ', 'link', base)).to.equal(undefined);
    expect(safeUrl(42, 'link', base)).to.equal(undefined);
    expect(safeUrl(`https://example.org/${'x'.repeat(2048)}`)).to.equal(undefined);
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org/x',
      'file:///etc/passwd',
      'http://',
      'mailto:a@example.org',
      'tel:+996312611211',
    ]) {
      expect(safeUrl(bad, 'link', base), bad).to.equal(undefined);
      expect(safeUrl(bad, 'media', base), bad).to.equal(undefined);
    }
    expect(safeUrl('mailto:press@example.org', 'email')).to.equal('mailto:press@example.org');
    expect(safeUrl('MAILTO:press@example.org', 'email')).to.equal('mailto:press@example.org');
    expect(safeUrl('tel:+996312611211;ext=143', 'phone')).to.equal('tel:+996312611211;ext=143');
    expect(safeUrl('tel:+996312611211', 'email')).to.equal(undefined);
    expect(safeUrl('mailto:press@example.org', 'phone')).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', 'email')).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', 'phone')).to.equal(undefined);
  });
});

describe('plain-text helpers', () => {
  it('decodes the basic, typographic and numeric entities, and refuses invalid code points', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &#39; &apos; &#8217; &#x41; &hellip; &#0; &#xD800; &unknown;')).to.equal(
      "& < > \" ' ' ’ A … \ufffd \ufffd &unknown;",
    );
  });

  it('strips scripts, styles, comments and tags; blocks become spaces', () => {
    expect(htmlToText('<style>p{}</style><p>One<br>two</p><!-- c --><script>alert(1)</script><b>th</b>ree &lt;img&gt;')).to.equal(
      'One two three <img>',
    );
  });
});

describe('a big feed', () => {
  function bigFeed(count: number): string {
    const items = Array.from({ length: count }, (_, i) => ({
      id: `kg-${2000 + (i % 25)}-${i}`,
      title: `Film number ${i}`,
      content_text: `A young filmmaker tells a story about rights, number ${i}.`,
      url: `https://example.org/films/${i}/`,
      date_published: '2012-04-20T10:00:00+06:00',
      _omj: {
        kind: 'film',
        title: { en: `Film number ${i}`, ru: `Фильм номер ${i}`, ky: `Тасма номер ${i}` },
        summary: {
          en: `A boy from Osh tells how he got a second chance, film ${i}. `,
          ru: `Мальчик из Оша рассказывает, как получил второй шанс, фильм ${i}. `,
          ky: `Оштук бала экинчи мүмкүнчүлүк тууралуу айтып берет, тасма ${i}.`,
        },
        country: ['KG', 'KZ', 'TJ', 'UZ', 'TM'][i % 5],
        topics: ['juvenile-justice', 'education'],
        year: 2000 + (i % 25),
        duration: 60,
        poster: { url: `https://media.example.org/posters/${i}.jpg`, width: 480, height: 270, alt: { en: 'A scene from the film' } },
        video: { provider: 'youtube', id: 'aBcDeFgHiJk' },
        workshop: 'Bishkek 2012',
      },
    }));
    return JSON.stringify(
      feed(items, { _omj: { topics: { 'juvenile-justice': { en: 'Juvenile justice' }, education: { en: 'Education' } } } }),
    );
  }

  // No wall-clock assertion here (a busy machine made it flaky): `npm run bench` reports the parse time of
  // the 3,000-film archive, and `npm run bench:hostile` the longest main-thread block per hostile input.
  it('the browser parser reads a 3,000-film feed (~2 MB) whole, with no problem', () => {
    const text = bigFeed(3000);
    expect(text.length).to.be.within(1.8e6, 2.6e6);
    const result = parseLean(text);
    expect(result.ok && result.feed.films.length).to.equal(3000);
    expect(result.ok && result.feed.problems).to.deep.equal([]);
  });
});
