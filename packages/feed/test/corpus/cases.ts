/**
 * The broken-feed corpus: each case is a feed (text, a parsed value, or a corpus file) with the EXACT report
 * lines the parser must give (`PATH: reason`, warnings ending in ` (warning)`, as the CLI prints them) and
 * the ids that must survive (films, then news, contacts, hotlines, each in feed order).
 */

export interface CorpusCase {
  readonly name: string;
  /** Parsed value or JSON text; a function builds big inputs lazily. */
  readonly input?: unknown;
  readonly build?: () => unknown;
  /** A file in this folder, fetched as text. */
  readonly file?: string;
  readonly baseUrl?: string;
  readonly ok: boolean;
  readonly lines: readonly string[];
  /** Surviving ids (when `ok`). */
  readonly ids?: readonly string[];
  /** How many items survive, where listing ids would be too long. */
  readonly count?: number;
}

const V11 = 'https://jsonfeed.org/version/1.1';
const YT = { provider: 'youtube', id: 'aBcDeFgHiJk' };
const NEXT_YEAR = new Date().getFullYear() + 1;

export function feed(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: V11, title: 'Test feed', feed_url: 'https://example.org/feed.json', ...extra, items };
}

export function film(id: unknown, omj: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: `Film ${String(id)}`, content_text: 'A film.', ...extra, _omj: { kind: 'film', country: 'KG', video: YT, ...omj } };
}

export function news(id: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: `News ${String(id)}`, content_text: 'Text.', ...extra };
}

export function contact(id: string, omj: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: 'Galina Solodunova', content_text: 'Contact.', _omj: { kind: 'contact', ...omj } };
}

export function hotline(id: string, omj: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, title: 'Child helpline', content_text: 'Help.', _omj: { kind: 'hotline', country: 'KG', number: '111', ...omj } };
}

export const BROKEN: readonly CorpusCase[] = [
  // ---- not a feed at all ----
  {
    name: 'invalid JSON (cut off)',
    input: '{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1", "title": "a',
    ok: false,
    lines: ['$: not valid JSON (it ends too early: cut off?)'],
  },
  {
    name: 'invalid JSON (a trailing comma)',
    input: '{"version": "x", "title": "x", "items": [],}',
    ok: false,
    lines: ['$: not valid JSON (syntax error at line 1, column 44)'],
  },
  {
    name: 'HTML error page served as the feed',
    file: 'html-error-page.json',
    ok: false,
    lines: ['$: not JSON (starts with "<!DOCTYPE html>")'],
  },
  { name: 'empty response', input: '  \n', ok: false, lines: ['$: not JSON (empty)'] },
  { name: 'plain text', input: 'Service Unavailable', ok: false, lines: ['$: not JSON (starts with "Service Unavailable")'] },
  { name: 'top level is an array', input: '[{"id": "1"}]', ok: false, lines: ['$: not a JSON Feed (a JSON object; found an array)'] },
  { name: 'top level is null', input: null, ok: false, lines: ['$: not a JSON Feed (a JSON object; found null)'] },
  { name: 'JSON text that is a string', input: '"feed"', ok: false, lines: ['$: not a JSON Feed (a JSON object; found a string)'] },
  { name: 'version missing', input: { title: 'x', items: [] }, ok: false, lines: ['version: missing'] },
  {
    name: 'wrong top-level types',
    input: { version: 1.1, title: ['x'], items: { 0: {} } },
    ok: false,
    lines: ['version: not a string (found a number)', 'title: not a string (found an array)', 'items: not an array (found an object)'],
  },
  { name: 'items missing', input: { version: V11, title: 'x' }, ok: false, lines: ['items: missing'] },
  {
    name: 'a 5 MB feed',
    build: () => JSON.stringify(feed([news('big', { content_text: 'x'.repeat(5 * 1024 * 1024) })])),
    ok: false,
    lines: ['$: feed is 5 MB, more than the 4 MB limit'],
  },

  // ---- feed-level warnings ----
  {
    name: 'unknown version string',
    input: feed([news('a')], { version: 'https://jsonfeed.org/version/2' }),
    ok: true,
    lines: ['version: "https://jsonfeed.org/version/2" is not a known JSON Feed version; read as 1.1 (warning)'],
    ids: ['a'],
  },
  {
    name: 'next_url that is not http(s)',
    input: feed([news('a')], { next_url: 'ftp://example.org/feed-2.json', home_page_url: 'javascript:alert(1)' }),
    ok: true,
    lines: ['home_page_url: not an http(s) URL (warning)', 'next_url: not an http(s) URL (warning)'],
    ids: ['a'],
  },
  {
    name: 'extension values of the wrong type (feed level)',
    input: feed([film('f1', { topics: ['anything'] })], {
      _omj: { version: 2, topics: ['juvenile-justice'], country_names: { ru: { KG: 'Кыргызстан', XK: 'Косово', kz: 7 } } },
    }),
    ok: true,
    lines: [
      '_omj.version: 2 is not a known version; read as 1 (warning)',
      '_omj.topics: not an object of key → label (found an array); topic keys are not checked (warning)',
      '_omj.country_names.ru.XK: "XK" is not an ISO 3166-1 code (warning)',
      '_omj.country_names.ru.kz: not a string (found a number) (warning)',
    ],
    ids: ['f1'],
  },
  {
    name: '_omj at feed level is a string',
    input: feed([news('a')], { _omj: 'films' }),
    ok: true,
    lines: ['_omj: not an object (found a string) (warning)'],
    ids: ['a'],
  },
  {
    name: 'feed language is not a language tag',
    input: feed([news('a')], { language: 'English' }),
    ok: true,
    lines: ['language: "English" is not a language tag (warning)'],
    ids: ['a'],
  },

  // ---- ids ----
  {
    name: 'duplicate ids',
    input: feed([news('a'), film('b'), news('a'), film('b'), news('c')]),
    ok: true,
    lines: ['items[2].id: duplicate of items[0].id', 'items[3].id: duplicate of items[1].id'],
    ids: ['b', 'a', 'c'],
  },
  {
    name: 'missing, empty and wrong-type ids',
    input: feed([news(undefined), news(''), news({ id: 1 }), news(true), news('ok')]),
    ok: true,
    lines: [
      'items[0].id: missing',
      'items[1].id: empty',
      'items[2].id: not a string (found an object)',
      'items[3].id: not a string (found a boolean)',
    ],
    ids: ['ok'],
  },
  { name: 'numeric id is coerced (not broken)', input: feed([news(42), film(7)]), ok: true, lines: [], ids: ['7', '42'] },
  {
    name: 'items that are not objects',
    input: feed(['just a string', null, 3, news('ok')]),
    ok: true,
    lines: ['items[0]: not an object (found a string)', 'items[1]: not an object (found null)', 'items[2]: not an object (found a number)'],
    ids: ['ok'],
  },

  // ---- unsafe URLs ----
  {
    name: 'javascript: link on news (kept without link) and data: image',
    input: feed([
      news('a', { url: 'javascript:alert(document.cookie)', image: 'data:image/svg+xml,<svg onload=alert(1)>' }),
      news('b', { url: 'https://example.org/b' }),
    ]),
    ok: true,
    lines: ['items[0].url: not an http(s) URL (warning)', 'items[0].image: not an http(s) URL (warning)'],
    ids: ['a', 'b'],
  },
  {
    name: 'data: and javascript: poster (film kept without poster)',
    input: feed([
      film('p1', { poster: { url: 'data:image/png;base64,iVBORw0KGgo=', width: 480, height: 270 } }),
      film('p2', { poster: { url: 'javascript:alert(1)', width: 480, height: 270 } }),
      film('p3', { poster: { url: 'https://media.example.org/p3.jpg', width: 0, height: 270 } }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.poster.url: not an http(s) URL (warning)',
      'items[1]._omj.poster.url: not an http(s) URL (warning)',
      'items[2]._omj.poster.width: 0 is not a whole number from 1 to 10000 (warning)',
    ],
    ids: ['p1', 'p2', 'p3'],
  },
  {
    name: 'javascript: video file (the only source: film dropped; one of two: kept)',
    input: feed([
      film('v1', { video: { provider: 'file', sources: [{ url: 'javascript:alert(1)', type: 'video/mp4' }] } }),
      film('v2', {
        video: {
          provider: 'file',
          sources: [{ url: 'data:video/mp4;base64,AAAA', type: 'video/mp4' }, { url: 'https://media.example.org/v2.webm' }],
        },
      }),
      film('v3', { video: { provider: 'file', sources: [{ url: 'https://media.example.org/v3.mov', type: 'video/quicktime' }] } }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.video.sources[0].url: not an http(s) URL',
      'items[1]._omj.video.sources[0].url: not an http(s) URL (warning)',
      'items[2]._omj.video.sources[0].type: "video/quicktime" is not video/mp4 or video/webm',
    ],
    ids: ['v2'],
  },
  {
    name: 'javascript: and data: caption tracks (track dropped, film kept)',
    input: feed([
      film('t1', {
        video: {
          provider: 'file',
          sources: [{ url: 'https://media.example.org/t1.mp4', type: 'video/mp4' }],
          tracks: [
            { url: 'javascript:alert(1)', lang: 'en' },
            { url: 'data:text/vtt,WEBVTT', lang: 'ru' },
            { url: 'https://media.example.org/t1.ky.vtt', lang: 'kyrgyz!' },
            { url: 'https://media.example.org/t1.en.vtt', lang: 'en', kind: 'descriptions' },
            { url: 'https://media.example.org/t1.ru.vtt', lang: 'ru' },
          ],
        },
      }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.video.tracks[0].url: not an http(s) URL (warning)',
      'items[0]._omj.video.tracks[1].url: not an http(s) URL (warning)',
      'items[0]._omj.video.tracks[2].lang: "kyrgyz!" is not a language tag (warning)',
      'items[0]._omj.video.tracks[3].kind: "descriptions" is not captions or subtitles (warning)',
    ],
    ids: ['t1'],
  },
  {
    name: 'relative URLs without an absolute feed_url',
    input: { version: V11, title: 'x', items: [news('a', { url: '/news/a/' })] },
    ok: true,
    lines: ['items[0].url: not an http(s) URL (relative, and the feed has no absolute feed_url to resolve it) (warning)'],
    ids: ['a'],
  },

  // ---- text ----
  {
    name: 'HTML in titles',
    input: feed([
      news('a', { title: '<img src=x onerror=alert(1)>Breaking' }),
      film('b', { title: { en: 'A <script>alert(1)</script>film', ru: 'Фильм' } }),
      news('c', { title: '<b></b>', content_text: '' }),
      news('d', { title: 'Tom &amp; Jerry &lt;3' }),
    ]),
    ok: true,
    lines: [
      'items[0].title: contained HTML markup, tags removed (warning)',
      'items[1]._omj.title.en: contained HTML markup, tags removed (warning)',
      'items[2].title: contained HTML markup, tags removed (warning)',
      'items[2]: no title, content_text or content_html',
    ],
    ids: ['b', 'a', 'd'],
  },
  {
    name: 'news without title or content',
    input: feed([
      { id: 'a', url: 'https://example.org/a' },
      { id: 'b', content_html: '<p></p>' },
      { id: 'c', title: 'Title only' },
    ]),
    ok: true,
    lines: ['items[0]: no title, content_text or content_html', 'items[1]: no title, content_text or content_html'],
    ids: ['c'],
  },
  {
    name: 'over-long title is cut',
    input: feed([news('a', { title: 'x'.repeat(600) })]),
    ok: true,
    lines: ['items[0].title: 600 characters, cut to 500 (warning)'],
    ids: ['a'],
  },
  {
    name: 'bad dates',
    input: feed([
      news('a', { date_published: '2024-13-01T10:00:00Z' }),
      news('b', { date_published: '20 May 2024', date_modified: '2024-02-30T10:00:00+06:00' }),
      news('c', { date_published: 1716200000 }),
      news('d', { date_published: '2024-05-20T10:00:00+06:00' }),
    ]),
    ok: true,
    lines: [
      'items[0].date_published: "2024-13-01T10:00:00Z" is not an RFC 3339 date (warning)',
      'items[1].date_published: "20 May 2024" is not an RFC 3339 date (warning)',
      'items[1].date_modified: "2024-02-30T10:00:00+06:00" is not an RFC 3339 date (warning)',
      'items[2].date_published: 1716200000 is not an RFC 3339 date (warning)',
    ],
    ids: ['a', 'b', 'c', 'd'],
  },
  {
    name: 'bad item language',
    input: feed([news('a', { language: 'Русский' })]),
    ok: true,
    lines: ['items[0].language: "Русский" is not a language tag (warning)'],
    ids: ['a'],
  },

  // ---- films ----
  {
    name: 'bad country codes',
    input: feed([
      film('a', { country: 'XX' }),
      film('b', { country: 'KGZ' }),
      film('c', { country: 12 }),
      film('d', { country: undefined }),
      film('e', { country: 'kg' }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.country: "XX" is not an ISO 3166-1 code',
      'items[1]._omj.country: "KGZ" is not an ISO 3166-1 code',
      'items[2]._omj.country: not a string (found a number)',
      'items[3]._omj.country: missing',
    ],
    ids: ['e'],
  },
  {
    name: 'bad YouTube and Vimeo ids',
    input: feed([
      film('a', { video: { provider: 'youtube', id: 'https://youtu.be/aBcDeFgHiJk' } }),
      film('b', { video: { provider: 'youtube', id: 'aBcDeFgHiJ' } }),
      film('c', { video: { provider: 'vimeo', id: 'vimeo-123' } }),
      film('d', { video: { provider: 'vimeo', id: 76979871 } }),
      film('e', { video: { provider: 'dailymotion', id: 'x8abc' } }),
      film('f', { video: undefined }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.video.id: "https://youtu.be/aBcDeFgHiJk" is not a YouTube video id (11 letters, digits, - or _)',
      'items[1]._omj.video.id: "aBcDeFgHiJ" is not a YouTube video id (11 letters, digits, - or _)',
      'items[2]._omj.video.id: "vimeo-123" is not a Vimeo video id (digits)',
      'items[4]._omj.video.provider: "dailymotion" is not youtube, vimeo or file',
      'items[5]._omj.video: missing',
    ],
    ids: ['d'],
  },
  {
    name: 'extension values of the wrong type (items)',
    input: feed(
      [
        { id: 'a', title: 'A', content_text: 'x', _omj: 'film' },
        { id: 'b', title: 'B', content_text: 'x', _omj: { kind: 'podcast' } },
        { id: 'c', title: 'C', content_text: 'x', _omj: {} },
        film('d', { topics: 'education' }),
        film('e', { topics: ['education', 'juvenile-justice', 3] }),
        film('f', { year: 1850, duration: 0 }),
        film('g', { year: '2012', poster: 'https://media.example.org/g.jpg' }),
      ],
      { _omj: { topics: { education: { en: 'Education' } } } },
    ),
    ok: true,
    lines: [
      'items[0]._omj: not an object (found a string)',
      'items[1]._omj.kind: "podcast" is not film, news, contact or hotline',
      'items[2]._omj.kind: missing (film, news, contact or hotline)',
      'items[3]._omj.topics: not an array (found a string) (warning)',
      'items[4]._omj.topics[1]: "juvenile-justice" is not a topic of this feed (_omj.topics) (warning)',
      'items[4]._omj.topics[2]: 3 is not a topic key (warning)',
      `items[5]._omj.year: 1850 is not a whole number from 1900 to ${NEXT_YEAR} (warning)`,
      'items[5]._omj.duration: 0 is not a number from 1 to 36000 (warning)',
      `items[6]._omj.year: "2012" is not a whole number from 1900 to ${NEXT_YEAR} (warning)`,
      'items[6]._omj.poster: not an object (found a string) (warning)',
    ],
    ids: ['d', 'e', 'f', 'g'],
  },
  {
    name: 'film without any title',
    input: feed([
      { id: 'a', content_text: 'x', _omj: { kind: 'film', country: 'KG', video: YT } },
      film('b', { title: { en: '' } }, { title: undefined }),
    ]),
    ok: true,
    lines: ['items[0]._omj.title: missing (and the item has no title)', 'items[1]._omj.title: no usable text'],
    ids: [],
  },
  {
    name: 'withdrawn film: gone, no problem',
    input: feed([
      film('a'),
      film('b', { withdrawn: true, country: 'XX' }),
      film('c', { withdrawn: false }),
      film('b', { title: 'copy of b' }),
      film(undefined, { withdrawn: true, video: 'nothing' }),
    ]),
    ok: true,
    lines: ['items[3].id: duplicate of items[1].id'],
    ids: ['a', 'c'],
  },
  {
    name: 'withdrawn that is not a boolean (left out to be safe)',
    input: feed([film('a', { withdrawn: 'yes' })]),
    ok: true,
    lines: ['items[0]._omj.withdrawn: "yes" is not true or false; the film is left out to be safe'],
    ids: [],
  },

  // ---- contacts ----
  {
    name: 'bad phone (one of several) and bad email',
    input: feed([
      contact('c1', {
        name: 'Galina',
        phones: ['+996 312 61 12 11', '61 12 11', { number: '+996 312 61 12 11', ext: 'front desk' }, { number: '+996-312-611-211 ext 7' }],
        mobile: '0775 58 02 61',
        email: 'javascript:alert(1)//@example.org',
      }),
      contact('c2', { email: 'press@example' }),
      contact('c3', { email: 'press@example.org?subject=hi' }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.phones[1]: "61 12 11" is not an international number (+, country code, 8 to 15 digits) (warning)',
      'items[0]._omj.phones[2].ext: "front desk" is not an extension (digits only) (warning)',
      'items[0]._omj.mobile: "0775 58 02 61" is not an international number (+, country code, 8 to 15 digits) (warning)',
      'items[0]._omj.email: "javascript:alert(1)//@example.org" is not an e-mail address (warning)',
      'items[1]._omj.email: "press@example" is not an e-mail address (warning)',
      'items[2]._omj.email: "press@example.org?subject=hi" is not an e-mail address (warning)',
    ],
    ids: ['c1', 'c2', 'c3'],
  },
  {
    name: 'contact without a name',
    input: feed([
      { id: 'c1', content_text: 'x', _omj: { kind: 'contact', phones: ['+996312611211'] } },
      contact('c2', { phones: { number: '+996312611211' } }),
    ]),
    ok: true,
    lines: ['items[0]._omj.name: missing (and the item has no title)', 'items[1]._omj.phones: not an array (found an object) (warning)'],
    ids: ['c2'],
  },

  // ---- hotlines ----
  {
    name: 'bad time zone and bad hours (hotline kept without hours)',
    input: feed([
      hotline('h1', { hours: { time_zone: 'Asia/Bishkekk', open: '24/7' } }),
      hotline('h2', { hours: { time_zone: 'Asia/Bishkek', open: [{ days: [1, 8], from: '09:00', to: '18:00' }] } }),
      hotline('h3', { hours: { time_zone: 'Asia/Bishkek', open: [{ days: [1], from: '22:00', to: '02:00' }] } }),
      hotline('h4', { hours: { time_zone: 'Asia/Bishkek', open: [{ days: [1], from: '9:00', to: '18:00' }] } }),
      hotline('h5', { hours: { open: '24/7' } }),
      hotline('h6', { hours: { time_zone: 'UTC', open: 'always' } }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.hours.time_zone: "Asia/Bishkekk" is not an IANA time zone (warning)',
      'items[1]._omj.hours.open[0].days: [1,8] is not a list of days 1 (Monday) to 7 (Sunday) (warning)',
      'items[2]._omj.hours.open[0].to: 02:00 is not later than 22:00 (split a period that passes midnight in two) (warning)',
      'items[3]._omj.hours.open[0].from: "9:00" is not a time HH:MM (warning)',
      'items[4]._omj.hours.time_zone: missing (warning)',
      'items[5]._omj.hours.open: not "24/7" or a list of periods (warning)',
    ],
    ids: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  },
  {
    name: 'bad hotline number and country',
    input: feed([
      hotline('h1', { number: 'call us' }),
      hotline('h2', { number: undefined }),
      hotline('h3', { country: 'EU' }),
      hotline('h4', { number: '+996 (312) 61-12-11' }),
      hotline('h5', { number: 116111, free: 'yes', languages: ['ky', 'Kyrgyz'] }),
    ]),
    ok: true,
    lines: [
      'items[0]._omj.number: "call us" is not a phone number (digits, spaces, dashes, a leading +)',
      'items[1]._omj.number: missing',
      'items[2]._omj.country: "EU" is not an ISO 3166-1 code',
      'items[3]._omj.number: "+996 (312) 61-12-11" is not a phone number (digits, spaces, dashes, a leading +)',
      'items[4]._omj.free: "yes" is not true or false (warning)',
      'items[4]._omj.languages[1]: "Kyrgyz" is not a language tag (warning)',
    ],
    ids: ['h5'],
  },

  // ---- sizes ----
  {
    name: '10001 items',
    build: () => feed(Array.from({ length: 10001 }, (_, i) => ({ id: i, title: `n${i}` }))),
    ok: true,
    lines: ['items: 10001 items, more than the 10000 limit: items[10000] and after dropped'],
    count: 10000,
  },

  {
    name: 'relative media without any base (the loader passes the feed URL; the CLI the file location)',
    file: 'relative-media.json',
    ok: true,
    // The film is dropped for its video; the poster is not looked at then.
    lines: ['items[0]._omj.video.sources[0].url: not an http(s) URL (relative, and the feed has no absolute feed_url to resolve it)'],
    ids: [],
  },
  {
    name: 'relative media with a base URL',
    file: 'relative-media.json',
    baseUrl: 'https://partner.example.org/omj/feed.json',
    ok: true,
    lines: [],
    ids: ['local-1'],
  },

  // ---- a file with several problems (also used by the CLI test) ----
  {
    name: 'broken-items.json',
    file: 'broken-items.json',
    ok: true,
    lines: [
      'next_url: not an http(s) URL (warning)',
      'items[1]._omj.country: "XX" is not an ISO 3166-1 code',
      'items[2].id: missing',
      'items[3].id: duplicate of items[0].id',
      'items[4].url: not an http(s) URL (warning)',
    ],
    ids: ['ok-1', 'news-js'],
  },
];

/** Inputs no feed should be, that both parsers must survive without throwing (each test adds its own). */
/**
 * Odd inputs both parsers must read without throwing, each with its real outcome: `kept` is the ids that
 * survive (films, news, contacts, hotlines, in feed order), `null` when the whole input is unusable.
 * No case may end in the catch-all (`could not be read` / `unreadable`): each is handled on purpose.
 */
export const ODD_INPUTS: readonly { readonly input: unknown; readonly kept: readonly string[] | null }[] = [
  { input: undefined, kept: null },
  { input: 0, kept: null },
  { input: NaN, kept: null },
  { input: true, kept: null },
  { input: [], kept: null },
  { input: {}, kept: null },
  { input: '\uFEFF', kept: null },
  { input: '{', kept: null },
  {
    input:
      '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[null,[],{"_omj":null},{"id":{}},{"id":"a","_omj":{"kind":"film","video":{"provider":"file","sources":[null,{"url":5}],"tracks":{}}}}]}',
    kept: [],
  },
  { input: Object.create(null), kept: null },
  {
    input: feed([
      hotline('h', { hours: { time_zone: 'Asia/Bishkek', open: [null, 1] } }),
      contact('c', { phones: [null, {}, { number: 5, ext: {} }] }),
    ]),
    kept: ['c', 'h'],
  },
  {
    input: feed([film('f', { title: { en: '&#x110000;&#55296;' }, video: { provider: 'vimeo', id: { toString: null } } }), film('g')]),
    kept: ['g'],
  },
];
