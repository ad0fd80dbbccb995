// The browser's lean parser (src/parse.ts, `parseFeed` of @omj/feed) against the strict one the CLI uses
// (src/strict/): the same model for valid feeds, the same items kept and dropped for broken ones (except
// for the editor-only checks listed below), short `PATH: reason` lines, and no throwing.
import { expect } from '@open-wc/testing';
import { parseFeed, type ParsedFeed, type ParseResult } from '@omj/feed';
import { parseFeed as parseStrict } from '../../src/strict/index.js';
import { toText } from '../../src/plain-text.js';
import { reportLine } from '../../../feed-cli/src/report.js';
import { BROKEN, contact, feed, film, hotline, news, ODD_INPUTS, type CorpusCase } from '../corpus/cases.js';

async function inputOf(c: CorpusCase): Promise<unknown> {
  if (c.file !== undefined) return (await fetch(new URL(`../corpus/${c.file}`, import.meta.url).href)).text();
  return c.build !== undefined ? c.build() : c.input;
}

function keptIds(result: ParseResult): string[] | undefined {
  if (!result.ok) return undefined;
  const { films, news: items, contacts, hotlines } = result.feed;
  return [...films, ...items, ...contacts, ...hotlines].map((item) => item.id);
}

function lines(result: ParseResult): string[] {
  return (result.ok ? result.feed.problems : result.problems).map(reportLine);
}

function ok(input: unknown): ParsedFeed {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(lines(result).join('\n'));
  return result.feed;
}

/** The strict parser's result without what only it reads (news authors, tags and image; home_page_url). */
function withoutStrictOnly(result: ParseResult): ParseResult {
  if (!result.ok) return result;
  const { homePageUrl: _home, ...feed } = result.feed;
  const news = feed.news.map(({ authors: _authors, tags: _tags, image: _image, ...item }) => item);
  return { ok: true, feed: { ...feed, news } };
}

/** Items the strict parser drops for checks only a feed editor needs; the browser keeps them. */
const EDITOR_ONLY: Record<string, string[]> = {
  // No 10,000-item cap in the browser (the 4 MB text limit bounds a feed anyway).
  '10001 items': Array.from({ length: 10001 }, (_, i) => String(i)),
};

const REASON = /^(missing|invalid|not an http\(s\) URL|duplicate|too long|too many|not JSON|not a JSON Feed|too large|unreadable)$/;

describe('lean parser: valid feeds give the strict parser’s model', () => {
  const files: [string, string | undefined][] = [
    ['../corpus/wordpress-1.0.json', undefined],
    ['../corpus/hugo-1.1.json', undefined],
    ['../corpus/hugo-1.1.json', 'https://mirror.example.net/feeds/index.json'],
    ['../corpus/minimal.json', undefined],
    ['../corpus/omj-full.json', undefined],
    ['../corpus/relative-media.json', 'https://partner.example.org/omj/feed.json'],
    ['../../sample/omj-sample.json', 'https://example.org/omj/feed.json'],
  ];
  for (const [file, baseUrl] of files) {
    it(`${file.split('/').pop()!}${baseUrl === undefined ? '' : ' with a base URL'}`, async () => {
      const text = await (await fetch(new URL(file, import.meta.url).href)).text();
      const lean = parseFeed(text, { baseUrl });
      expect(lines(lean)).to.deep.equal([]);
      // As JSON: the lean parser leaves absent optional fields as `undefined` keys (no copy to drop them).
      expect(JSON.parse(JSON.stringify(lean))).to.deep.equal(JSON.parse(JSON.stringify(withoutStrictOnly(parseStrict(text, { baseUrl })))));
    });
  }
});

describe('lean parser: the broken-feed corpus', () => {
  for (const c of BROKEN) {
    it(c.name, async () => {
      const input = await inputOf(c);
      const options = c.baseUrl === undefined ? {} : { baseUrl: c.baseUrl };
      const lean = parseFeed(input, options);
      const strict = parseStrict(input, options);
      expect(lean.ok).to.equal(strict.ok);
      expect(keptIds(lean)).to.deep.equal(EDITOR_ONLY[c.name] ?? keptIds(strict));
      const problems = lean.ok ? lean.feed.problems : lean.problems;
      for (const problem of problems) expect(problem.reason).to.match(REASON, reportLine(problem));
      // Every item the strict parser drops is reported here too, at a path inside that item.
      const strictErrors = (strict.ok ? strict.feed.problems : strict.problems).filter((p) => p.severity === 'error');
      for (const error of strictErrors) {
        const item = /^items\[\d+\]/.exec(error.path)?.[0];
        if (item !== undefined && EDITOR_ONLY[c.name] === undefined) {
          expect(
            problems.some((p) => p.severity === 'error' && p.path.startsWith(item)),
            error.path,
          ).to.equal(true);
        }
      }
      if (!lean.ok) expect(problems.every((p) => p.severity === 'error')).to.equal(true);
    });
  }

  it('reports the exact field with a short reason', async () => {
    const result = parseFeed(await inputOf(BROKEN.find((c) => c.name === 'broken-items.json')!));
    expect(lines(result)).to.deep.equal([
      'items[1]._omj.country: invalid',
      'items[2].id: missing',
      'items[3].id: duplicate',
      'items[4].url: not an http(s) URL (warning)',
      'next_url: not an http(s) URL (warning)',
    ]);
    expect(keptIds(result)).to.deep.equal(['ok-1', 'news-js']);
  });

  it('says why a whole input is unusable', () => {
    expect(lines(parseFeed('<!DOCTYPE html><html>'))).to.deep.equal(['$: not JSON']);
    expect(lines(parseFeed('[1]'))).to.deep.equal(['$: not a JSON Feed']);
    expect(lines(parseFeed({ title: 'x', items: {} }))).to.deep.equal(['version: missing', 'items: invalid']);
    expect(lines(parseFeed(JSON.stringify(feed([news('a')])), { maxLength: 10 }))).to.deep.equal(['$: too large']);
    expect(ok('\uFEFF' + JSON.stringify(feed([news('a')]))).news).to.have.length(1);
  });
});

describe('lean parser: rules', () => {
  it('lets only http(s) URLs through, resolving relative ones against the base', () => {
    const result = parseFeed(
      feed([
        news('a', { url: 'javascript:alert(1)' }),
        news('b', { url: '/b/' }),
        film('c', { poster: { url: 'vbscript:x', width: 1, height: 1 } }),
      ]),
    );
    expect(lines(result)).to.deep.equal([
      'items[0].url: not an http(s) URL (warning)',
      'items[2]._omj.poster.url: not an http(s) URL (warning)',
    ]);
    const parsed = ok(feed([news('b', { url: '/b/' })]));
    expect(parsed.news[0]!.url).to.equal('https://example.org/b/');
  });

  it('turns content_html into text and never keeps markup', () => {
    const parsed = ok(
      feed([
        { id: 'n', content_html: '<p>Hello <b>world</b></p><script>alert(1)</script><p>Tom &amp; Jerry&nbsp;&#8217;&#x41;&hellip;</p>' },
        film('f', { title: { en: 'A <img src=x onerror=alert(1)>film' } }),
      ]),
    );
    expect(parsed.news[0]!.title).to.equal('Hello world Tom & Jerry ’A…');
    expect(parsed.films[0]!.title).to.deep.equal({ en: 'A film' });
  });

  it('decodes the named quotes and dashes Russian CMSs write', () => {
    expect(toText('&laquo;Дети&raquo; &mdash; &bdquo;фильм&ldquo; 2012&ndash;2013 &copy; &lsquo;a&rsquo; &rdquo;')).to.equal(
      '«Дети» — „фильм“ 2012–2013 © ‘a’ ”',
    );
    const parsed = ok(feed([{ id: 'n', title: 'Фильм &laquo;Второй шанс&raquo;', content_text: 'x' }]));
    expect(parsed.news[0]!.title).to.equal('Фильм «Второй шанс»');
  });

  it('keeps paragraph breaks in long text only', () => {
    expect(toText('One\n\n  two\nthree  ', true)).to.equal('One\n\ntwo\nthree');
    expect(toText('One\n\n  two', false)).to.equal('One two');
    expect(toText('&#0; &#xD800; &#x110000; &unknown; &lt;b&gt;')).to.equal('\ufffd \ufffd \ufffd &unknown; <b>');
  });

  it('reads contacts and hotlines the widgets need', () => {
    const parsed = ok(
      feed([
        contact('c', { phones: ['+996 312 61 12 11 (ext. 143)', 'nope'], email: 'mailto:press@example.org', organization_id: 'unicef-kg' }),
        hotline('h', {
          number: '+996 312 61-12-11',
          hours: { time_zone: 'Asia/Bishkek', open: [{ days: [5, 1, 1], from: '09:00', to: '24:00' }] },
          free: true,
        }),
      ]),
    );
    expect(parsed.contacts[0]!.phones).to.deep.equal([{ number: '+996312611211', ext: '143', tel: 'tel:+996312611211;ext=143' }]);
    expect(parsed.contacts[0]!.email).to.equal('press@example.org');
    expect(parsed.hotlines[0]!.tel).to.equal('tel:+996312611211');
    expect(parsed.hotlines[0]!.hours).to.deep.equal({
      timeZone: 'Asia/Bishkek',
      always: false,
      periods: [{ days: [1, 5], from: '09:00', to: '24:00' }],
    });
    expect(parsed.problems.map(reportLine)).to.deep.equal(['items[0]._omj.phones[1]: invalid (warning)']);
  });

  it('accepts Date objects in data handed over by script', () => {
    const when = new Date('2024-05-20T04:00:00Z');
    expect(ok(feed([news('a', { date_published: when })])).news[0]!.datePublished!.getTime()).to.equal(when.getTime());
  });
});

describe('lean parser never throws', () => {
  ODD_INPUTS.forEach(({ input, kept }, i) => {
    it(`survives odd input #${i} with its real outcome (${kept === null ? 'unusable' : `kept: ${kept.join(', ') || 'none'}`})`, () => {
      const result = parseFeed(input);
      expect(keptIds(result) ?? null).to.deep.equal(kept);
      // Handled on purpose, not by the catch-all.
      expect(lines(result).filter((line) => /unreadable|could not be read/.test(line))).to.deep.equal([]);
    });
  });

  it('checks countries against the ISO list, whatever Intl.DisplayNames the browser has (or lacks)', () => {
    const intl = Intl as unknown as { DisplayNames: unknown };
    const original = intl.DisplayNames;
    const films = () => ok(feed([film('kg', { country: 'KG' }), film('xx', { country: 'XX' }), film('bad', { country: 'K1' })])).films;
    try {
      // No DisplayNames at all (browsers before 2021) …
      intl.DisplayNames = undefined;
      expect(films().map((item) => item.id)).to.deep.equal(['kg']);
      // … or one without region data, as some Android builds ship (only US has a name).
      intl.DisplayNames = class {
        of(code: string) {
          return code === 'US' ? 'United States' : undefined;
        }
      };
      expect(films().map((item) => item.id)).to.deep.equal(['kg']);
    } finally {
      intl.DisplayNames = original;
    }
    expect(films().map((item) => item.id)).to.deep.equal(['kg']);
  });

  it('reads RFC 3339 dates itself (space separator, offsets) and refuses junk that new Date() would take', () => {
    const parsed = ok(
      feed([
        news('space', { date_published: '2012-04-20 10:00:00+06:00' }),
        news('zulu', { date_published: '2012-04-20t04:00:00z' }),
        news('junk', { date_published: '5' }),
        news('feb', { date_published: '2012-02-30T10:00:00Z' }),
      ]),
    );
    const published = Object.fromEntries(parsed.news.map((item) => [item.id, item.datePublished?.toISOString()]));
    expect(published).to.deep.equal({
      space: '2012-04-20T04:00:00.000Z',
      zulu: '2012-04-20T04:00:00.000Z',
      junk: undefined,
      feb: undefined,
    });
    const junk = parseFeed(feed([news('junk', { date_published: '5' })]));
    expect(junk.ok && junk.feed.problems.map((p) => `${p.path}: ${p.reason}`)).to.deep.equal(['items[0].date_published: invalid']);
  });

  it('drops one item, not the feed, for a value that is not a string or number (arrays, objects without toString)', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    const result = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [
        film('array', { video: { provider: 'youtube', id: ['dQw4w9WgXcQ'] } }),
        film('bare', { video: { provider: 'youtube', id: bare } }),
        film('good'),
      ],
    });
    expect(keptIds(result)).to.deep.equal(['good']);
    expect(result.ok && result.feed.problems.map((p) => `${p.path}: ${p.reason}`)).to.deep.equal([
      'items[0]._omj.video.id: invalid',
      'items[1]._omj.video.id: invalid',
    ]);
  });

  it('leaves unknown and prototype entity names as written', () => {
    expect(toText('&constructor; &toString; &proto; &amp;')).to.equal('&constructor; &toString; &proto; &');
  });

  it('strips unclosed script, style and svg blocks in one pass (a huge hostile title finishes)', () => {
    expect(toText('a<script>alert(1)</script>b<style>p{}</style>c<svg><text>x</text></svg>d')).to.equal('abcd');
    expect(toText('safe <script>never shown')).to.equal('safe');
    // Quadratic backtracking would take minutes here and time the test out; one pass takes milliseconds.
    expect(toText(`${'<script'.repeat(150_000)} end`)).to.equal('');
  });

  it('reports a throwing getter as an unusable feed at $', () => {
    const result = parseFeed({
      get version(): string {
        throw new Error('boom');
      },
    });
    expect(lines(result)).to.deep.equal(['$: unreadable']);
  });
});
