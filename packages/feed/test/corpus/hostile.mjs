// The hostile corpus: inputs an attacker or a broken CMS could publish, each with the outcome BOTH readers
// (the browser's parser and the CLI's strict one) must agree on. Big inputs are generated, not stored.
// Used by test/parse/hostile.test.ts (both parsers, outcomes asserted) and bench/hostile.mjs (the built
// bundle in throttled Chromium: main-thread blocks, scripts run, unsafe URLs in the DOM).
//
// Every case: `build()` gives the feed as JSON text; `kept` the ids that survive (films, news, contacts,
// hotlines, each in feed order), or `null` when the whole feed is unusable; `titles` the expected title
// text of some kept films or news (`{ id: text }`, or `{ id: { length: n } }` for shortened ones).

const V11 = 'https://jsonfeed.org/version/1.1';
const YT = { provider: 'youtube', id: 'aBcDeFgHiJk' };

const feed = (items, extra = {}) =>
  JSON.stringify({ version: V11, title: 'Hostile feed', feed_url: 'https://example.org/feed.json', ...extra, items });
const film = (id, omj = {}, extra = {}) => ({
  id,
  title: `Film ${id}`,
  content_text: 'A film.',
  ...extra,
  _omj: { kind: 'film', country: 'KG', video: YT, ...omj },
});
const news = (id, extra = {}) => ({ id, title: `News ${id}`, content_text: 'Text.', ...extra });
const deep = (levels, leaf = '1') => '['.repeat(levels) + leaf + ']'.repeat(levels);

/** @type {readonly import('./hostile.d.mts').HostileCase[]} */
export const HOSTILE = [
  {
    name: 'a 64 KB film title with no spaces',
    build: () => feed([film('long', { title: { en: 'A'.repeat(64 * 1024) }, summary: { en: 'B'.repeat(64 * 1024) } }), film('ok')]),
    kept: ['long', 'ok'],
    titles: { long: { length: 500 } },
  },
  {
    name: '40,000 topics on one film',
    build: () => feed([film('topics', { topics: Array.from({ length: 40000 }, (_, i) => `t${i % 3}`) }), film('ok')]),
    kept: ['topics', 'ok'],
  },
  {
    name: 'a 256 KB title of <script> repeated',
    build: () =>
      feed([
        film('scripts', { title: { en: `Safe ${'<script>alert(1)'.repeat(16384)}` } }),
        news('n', { title: `<script>alert(1)</script>News` }),
      ]),
    kept: ['scripts', 'n'],
    titles: { scripts: 'Safe', n: 'News' },
  },
  {
    name: '100,000 unclosed comments and paragraphs in a summary',
    build: () =>
      feed([
        film('tags', { summary: { en: `${'<!--'.repeat(50000)}${'<p'.repeat(50000)}` } }),
        news('n', { content_html: '<p'.repeat(100000) }),
      ]),
    kept: ['tags', 'n'],
  },
  {
    name: 'one field nested 20,000 levels deep (beside 3 good items)',
    build: () =>
      feed([news('a'), news('b', { language: '__DEEP__' }), film('c', { year: '__DEEP__' })]).replaceAll('"__DEEP__"', deep(20000)),
    kept: ['c', 'a', 'b'],
  },
  {
    name: 'a byte order mark before a feed whose posters are relative',
    build: () =>
      `\ufeff${JSON.stringify({ version: V11, title: 'BOM', items: [film('bom', { poster: { url: 'posters/bom.jpg', width: 16, height: 9 } })] })}`,
    baseUrl: 'https://partner.example.org/omj/feed.json',
    kept: ['bom'],
  },
  {
    name: 'a numeric YouTube id',
    build: () =>
      feed([
        film('numeric', { video: { provider: 'youtube', id: 12345678901 } }),
        film('short', { video: { provider: 'youtube', id: 1234 } }),
      ]),
    kept: ['numeric'],
  },
  {
    name: 'unpaired bidi controls',
    build: () => feed([film('bidi', { title: { en: 'Kyrgyzstan\u202e' } }), news('n', { title: '\u2067Osh &#x202E;2012' })]),
    kept: ['bidi', 'n'],
    titles: { bidi: 'Kyrgyzstan', n: 'Osh 2012' },
  },
  {
    name: 'prototype names as keys, language tags and entities',
    build: () =>
      feed(
        [
          film('proto', { title: { toString: 'x', constructor: 'y', __proto__: 'z', en: 'Proto &constructor; &toString;' } }),
          news('n', { title: '&__proto__; &valueOf;' }),
        ],
        {
          _omj: {
            country_names: { constructor: { KG: 'x' }, toString: { KG: 'y' }, ru: { KG: 'Кыргызстан' } },
            topics: { constructor: { en: 'C' } },
          },
        },
      ).replace('"en":"Proto', '"__proto__":"z","en":"Proto'),
    kept: ['proto', 'n'],
    titles: { proto: 'Proto &constructor; &toString;', n: '&__proto__; &valueOf;' },
  },
  {
    name: 'script URLs in every link, poster, source and track',
    build: () =>
      feed(
        [
          film(
            'js',
            {
              poster: { url: 'javascript:alert(1)', width: 1, height: 1 },
              video: {
                provider: 'file',
                sources: [{ url: 'javascript:alert(1)', type: 'video/mp4' }, { url: 'https://media.example.org/f.mp4' }],
                tracks: [{ url: 'data:text/vtt,x', lang: 'en' }],
              },
            },
            { url: 'vbscript:msgbox(1)' },
          ),
          film('only-js', { video: { provider: 'file', sources: [{ url: ' javascript:alert(1)', type: 'video/mp4' }] } }),
          news('n', { url: 'JaVaScRiPt:alert(1)' }),
          {
            id: 'c',
            title: 'Press',
            content_text: 'x',
            url: 'data:text/html,<script>alert(1)</script>',
            _omj: { kind: 'contact', email: 'a@b.org?cc=x@y.org', phones: ['javascript:alert(1)'] },
          },
        ],
        { next_url: 'javascript:alert(1)' },
      ),
    kept: ['js', 'n', 'c'],
  },
  {
    name: 'a film listed, then withdrawn further down',
    build: () => feed([film('w'), film('x'), film('w', { withdrawn: true })]),
    kept: ['x'],
  },
  {
    name: 'markup that runs script in a browser, in every text field',
    build: () =>
      feed([
        film('xss', {
          title: { en: '<img src=x onerror=alert(1)>Film' },
          summary: { en: '<svg onload=alert(1)><script>alert(1)</script>Summary' },
          workshop: '<iframe src=javascript:alert(1)>',
        }),
        news('n', { title: '<a href="javascript:alert(1)">News</a>', summary: '<style>*{}</style><object data=x>' }),
      ]),
    kept: ['xss', 'n'],
    titles: { xss: 'Film', n: 'News' },
  },
  {
    name: 'a phone number of 100,000 spaces',
    build: () => feed([{ id: 'c', title: 'Press', content_text: 'x', _omj: { kind: 'contact', phones: [`+1${' '.repeat(100000)}2`] } }]),
    kept: ['c'],
  },
  {
    name: 'a 5 MB feed',
    build: () => feed([news('big', { content_text: 'x'.repeat(5 * 1024 * 1024) })]),
    kept: null,
  },
];
