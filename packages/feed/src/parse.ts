/**
 * The browser's feed parser: JSON Feed 1.0/1.1 with `_omj` (text or an already parsed value) in, the
 * normalized model of types.ts out. It never throws. Every good item is kept in order; a broken item is
 * dropped (an `error` problem), a bad optional value is left out (a `warning`), each reported as
 * `PATH: reason` with a short reason: `missing`, `invalid`, `not an http(s) URL`, `duplicate`.
 *
 * Lean on purpose: it ships to every partner page. Checks that only matter to a feed editor (the exact
 * ISO 3166-1 list, RFC 3339 calendar dates, the topic vocabulary, lengths, version strings, explanatory
 * reasons) live in the strict parser of src/strict/, which `omj-feed validate` uses. Feed text is only
 * ever turned into plain text (tags removed, entities decoded), never into HTML. What no widget shows is
 * not read at all (news `authors`, `tags` and `image`, the feed's `home_page_url`): only the strict parser
 * checks and returns those.
 *
 * The state of a parse lives in module variables: a parse is synchronous, and plain variables cost the
 * bundle less than properties (which the minifier cannot rename).
 */
import type {
  CaptionTrack,
  Contact,
  FeedProblem,
  Film,
  Hotline,
  Image,
  LocalizedText,
  NewsItem,
  OpeningHours,
  ParsedFeed,
  ParseResult,
  Phone,
  Topic,
  VideoSource,
} from './types.js';
import { isCountryCode, isEmailAddress, parseRfc3339, videoId } from './formats.js';
import { dialledNumber, normalizePhone } from './phone.js';
import { safeUrl } from './url.js';
import { DEFAULT_MAX_LENGTH, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TOPICS, type ParseOptions } from './limits.js';
import { shorten, toText } from './plain-text.js';

export { normalizePhone } from './phone.js';
export { DEFAULT_MAX_LENGTH, type ParseOptions } from './limits.js';

// Raw JSON: the readers below check every value before it reaches the model.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;
type Item = Film | NewsItem | Contact | Hotline;
type Reader<T> = (value: unknown, path: string) => T | undefined;

const ERROR = 'error';
const NOT_HTTP = 'not an http(s) URL';
const MP4 = 'video/mp4';
const WEBM = 'video/webm';
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const KINDS = ['film', 'news', 'contact', 'hotline'];

let problems: FeedProblem[];
let errors: number;
/** Absolute base for relative URLs: the caller's, else the feed's absolute `feed_url`. */
let base: string | undefined;
let feedLanguage: string | undefined;
let feedTitle: string;
/** Ids taken by kept or withdrawn items. */
let ids: Set<string>;
/** Ids of withdrawn films: a film listed before its withdrawal is removed too. */
let withdrawnIds: Set<string>;
/** The item being read, its `_omj`, their paths, its id, and the language of its plain strings. */
let raw: Raw;
let omj: Raw;
let path: string;
let omjPath: string;
let id: string;
/** The item's own `language`, if valid; `lang` is the language of its plain strings. */
let language: string | undefined;
let lang: string;

/** Reports `reason` at `path`; returns `undefined` so a reader can `return problem(…)`. */
function problem(at: string, reason: string, severity: FeedProblem['severity'] = 'warning'): undefined {
  problems.push({ path: at, reason, severity });
  if (severity === ERROR) errors++;
  return undefined;
}

/** Reports `value` at `path` as `missing` (absent) or `invalid`. */
function bad(at: string, value: unknown, severity?: FeedProblem['severity']): undefined {
  return problem(at, value == null ? 'missing' : 'invalid', severity);
}

/** Like `bad`, but the item is dropped. */
function drop(at: string, value: unknown): undefined {
  return bad(at, value, ERROR);
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `read` a value that must be there; `missing` when absent. */
function need<T>(value: unknown, at: string, read: Reader<T>): T | undefined {
  return value == null ? bad(at, value) : read(value, at);
}

/** A string or number as trimmed text; anything else (an array, an object without toString) as ''. */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/**
 * Plain text; `undefined` when absent, empty or not a string (reported). Shortened past the shared limit
 * (`too long`, a warning), as the CLI does: a 64 KB title with no spaces froze the grid's layout.
 */
function str(value: unknown, at: string, long?: boolean): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') return bad(at, value);
  const plain = toText(value, long);
  const max = long ? MAX_LONG_TEXT : MAX_SHORT_TEXT;
  if (plain.length > max) problem(at, 'too long');
  return shorten(plain, max) || undefined;
}

/** Localized text: a string (in the item's language) or an object of strings by language tag. */
function text(value: unknown, at: string, long?: boolean): LocalizedText | undefined {
  if (!isObject(value)) {
    const plain = str(value, at, long);
    return plain === undefined ? undefined : { [lang]: plain };
  }
  const out: Record<string, string> = {};
  let any: true | undefined;
  for (const key of Object.keys(value)) {
    const entry = LANGUAGE_TAG.test(key) ? str(value[key], `${at}.${key}`, long) : bad(`${at}.${key}`, key);
    if (entry !== undefined) {
      out[key] = entry;
      any = true;
    }
  }
  return any && out;
}

/** An allowlisted http(s) URL; relative ones resolve against the base. */
function url(value: unknown, at: string): string | undefined {
  if (value == null) return undefined;
  return safeUrl(value, 'link', base) ?? problem(at, NOT_HTTP);
}

function languageTag(value: unknown, at: string): string | undefined {
  if (value == null) return undefined;
  const tag = typeof value === 'string' ? value.trim() : '';
  return LANGUAGE_TAG.test(tag) ? tag : bad(at, value);
}

/** A number above 0 (and below 100,000), whole when `whole`. */
function positive(value: unknown, at: string, whole?: boolean): number | undefined {
  if (value == null) return undefined;
  return typeof value === 'number' && value > 0 && value < 1e5 && (!whole || Number.isInteger(value)) ? value : bad(at, value);
}

function date(value: unknown, at: string): Date | undefined {
  if (value == null) return undefined;
  // RFC 3339 read by our own code: `new Date(text)` differs between browsers (old Safari refuses a space
  // separator) and takes junk like "5" for a date. A `Date` only comes from data handed over by script.
  const parsed = typeof value === 'string' ? parseRfc3339(value.trim()) : value instanceof Date ? value : undefined;
  return parsed !== undefined && parsed.getTime() === parsed.getTime() ? parsed : bad(at, value);
}

/**
 * The entries read with `read`, each kept once, in order (a Set: linear, where `includes` was quadratic);
 * `[]` when absent or not a list (reported). Past `max` entries the rest are left out (`too many`).
 */
function list<T>(value: unknown, at: string, read: Reader<T>, max = Infinity): T[] {
  const seen = new Set<T>();
  if (value != null && !Array.isArray(value)) bad(at, value);
  else if (value != null) {
    const entries = value as unknown[];
    if (entries.length > max) problem(at, 'too many');
    for (let i = 0; i < Math.min(entries.length, max); i++) {
      const item = read(entries[i], `${at}[${i}]`);
      if (item !== undefined) seen.add(item);
    }
  }
  return [...seen];
}

/** An object; `undefined` when absent or not an object (reported). */
function object(value: unknown, at: string): Raw | undefined {
  return value == null || isObject(value) ? (value as Raw | undefined) : bad(at, value);
}

/**
 * Parses JSON text or an already parsed value. Never throws. Not re-entrant (it is synchronous, and
 * nothing it calls starts another parse).
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  problems = [];
  errors = 0;
  try {
    return parse(input, options);
  } catch {
    // Nothing above should throw; a getter on a hand-made object might. The input is then unusable.
    return { ok: false, problems: [{ path: '$', reason: 'unreadable', severity: ERROR }] };
  }
}

function parse(input: unknown, { baseUrl, maxLength = DEFAULT_MAX_LENGTH }: ParseOptions): ParseResult {
  base = safeUrl(baseUrl);
  let value = input;
  if (typeof input === 'string') {
    if (input.length > maxLength) problem('$', 'too large', ERROR);
    else {
      try {
        value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
      } catch {
        problem('$', 'not JSON', ERROR);
      }
    }
  }
  if (errors === 0 && !isObject(value)) problem('$', 'not a JSON Feed', ERROR);
  if (errors > 0) return { ok: false, problems };
  const { version, title, items } = value as Raw;
  if (typeof version !== 'string') drop('version', version);
  if (typeof title !== 'string') drop('title', title);
  if (!Array.isArray(items)) drop('items', items);
  if (errors > 0) return { ok: false, problems };

  const feed = value as Raw;
  feedLanguage = languageTag(feed.language, 'language');
  lang = feedLanguage ?? 'en';
  base ??= url(feed.feed_url, 'feed_url');
  feedTitle = toText(title);
  ids = new Set();
  withdrawnIds = new Set();
  const extension = object(feed._omj, '_omj') ?? {};
  const topics: Topic[] = [];
  const vocabulary = object(extension.topics, '_omj.topics') ?? {};
  for (const key of Object.keys(vocabulary)) topics.push({ key, label: text(vocabulary[key], `_omj.topics.${key}`) ?? { [lang]: key } });
  const countryNames: Record<string, Record<string, string>> = {};
  const locales = object(extension.country_names, '_omj.country_names') ?? {};
  for (const locale of Object.keys(locales)) {
    const at = `_omj.country_names.${locale}`;
    const names = LANGUAGE_TAG.test(locale) ? object(locales[locale], at) : bad(at, locale);
    for (const code of Object.keys(names ?? {})) {
      const name = /^[a-z]{2}$/i.test(code) ? str(names![code], `${at}.${code}`) : bad(`${at}.${code}`, code);
      if (name !== undefined) (countryNames[locale] ??= {})[code.toUpperCase()] = name;
    }
  }

  const kept: Record<Item['kind'], Item[]> = { film: [], news: [], contact: [], hotline: [] };
  (items as unknown[]).forEach((item, index) => {
    const read = readItem(item, index);
    if (read !== undefined) kept[read.kind].push(read);
  });
  return {
    ok: true,
    feed: {
      version: version.trim(),
      title: feedTitle,
      language: feedLanguage,
      nextUrl: url(feed.next_url, 'next_url'),
      films: withdrawnIds.size === 0 ? kept.film : kept.film.filter((item) => !withdrawnIds.has(item.id)),
      news: kept.news,
      contacts: kept.contact,
      hotlines: kept.hotline,
      topics,
      countryNames,
      problems,
      withdrawnIds,
    } as ParsedFeed,
  };
}

/** `items[index]` normalized, or `undefined` when dropped (reported) or withdrawn (silently). */
function readItem(value: unknown, index: number): Item | undefined {
  path = `items[${index}]`;
  omjPath = `${path}._omj`;
  if (!isObject(value)) return bad(path, value, ERROR);
  const extension = value._omj;
  if (extension != null && !isObject(extension)) return drop(omjPath, extension);
  const kind = extension == null ? 1 : KINDS.indexOf(extension.kind);
  if (kind < 0) return drop(`${omjPath}.kind`, extension!.kind);
  const rawId = value.id;
  id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : typeof rawId === 'string' ? rawId.trim() : '';
  const withdrawn = kind === 0 ? extension!.withdrawn : undefined;
  if (withdrawn === true) {
    // Consent withdrawn: gone, silently, whatever else is wrong with it. Its id stays taken, so a copy
    // further down cannot bring it back.
    if (id !== '') {
      ids.add(id);
      withdrawnIds.add(id);
    }
    return undefined;
  }
  if (id === '') return drop(`${path}.id`, rawId);
  if (ids.has(id)) return problem(`${path}.id`, 'duplicate', ERROR);
  if (withdrawn != null && withdrawn !== false) return drop(`${omjPath}.withdrawn`, withdrawn);
  raw = value;
  omj = extension ?? {};
  language = languageTag(value.language, at('language'));
  lang = language ?? feedLanguage ?? 'en';
  const before = errors;
  const item = [readFilm, readNews, readContact, readHotline][kind]!();
  if (errors !== before || item === undefined) return undefined;
  ids.add(id);
  return item;
}

/** The path of one of the item's own fields, and of one of its `_omj` fields. */
const at = (key: string): string => `${path}.${key}`;
const omjAt = (key: string): string => `${omjPath}.${key}`;

type FieldReader<T> = (value: unknown, at: string, flag?: boolean) => T | undefined;
/** Reads the item's own field `key` with `read` (value and path). */
const field = <T>(key: string, read: FieldReader<T>, flag?: boolean): T | undefined => read(raw[key], at(key), flag);
/** Reads the `_omj` field `key` with `read`. */
const omjField = <T>(key: string, read: FieldReader<T>, flag?: boolean): T | undefined => read(omj[key], omjAt(key), flag);

/** Long localized text from `_omj[key]`, else the item's content (film summary, hotline description). */
function textOrContent(key: string): LocalizedText | undefined {
  const own = omjField(key, text, true);
  const body = field('content_text', str, true) ?? field('content_html', str);
  return own ?? (body === undefined ? undefined : { [lang]: body });
}

/** A required localized text of `_omj` (film title, contact or hotline name), else the item's `title`. */
function name(key: string): LocalizedText | undefined {
  const title = field('title', str);
  return omjField(key, text) ?? (title === undefined ? drop(omjAt(key), omj[key]) : { [lang]: title });
}

/**
 * An assigned ISO 3166-1 code, upper case: the strict parser's own list (a 200-byte bitmap), not
 * `Intl.DisplayNames`, which is missing on old browsers and, on some Android builds, knows almost no region
 * names (every film would be dropped there).
 */
function country(): string | undefined {
  const value = omj.country;
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isCountryCode(code) ? code : drop(omjAt('country'), value);
}

// ---- news ----

function readNews(): NewsItem | undefined {
  const title = field('title', str);
  const body = field('content_text', str, true) ?? field('content_html', str);
  const summary = field('summary', str, true);
  if (title === undefined && body === undefined) return drop(at('title'), undefined);
  /** A title or summary derived from content: one line, cut at a word. */
  const derived = (from: string, max: number): string => shorten(from.replace(/\s+/g, ' '), max);
  return {
    kind: 'news',
    id,
    title: title ?? derived(summary ?? body!, 100),
    url: field('url', url),
    summary: title === undefined ? summary : (summary ?? (body && derived(body, 300))),
    datePublished: field('date_published', date),
    dateModified: field('date_modified', date),
    language: language ?? feedLanguage,
    source: feedTitle,
  };
}

// ---- film ----

function readVideo(): VideoSource | undefined {
  const videoPath = omjAt('video');
  const video = omj.video;
  if (!isObject(video)) return drop(videoPath, video);
  const provider = video.provider;
  if (provider === 'youtube' || provider === 'vimeo') {
    const found = videoId(provider, video.id);
    return found === undefined ? drop(`${videoPath}.id`, video.id) : { provider, id: found };
  }
  if (provider !== 'file') return drop(`${videoPath}.provider`, provider);
  const sources = list(video.sources, `${videoPath}.sources`, (source, sourcePath) => {
    if (!isObject(source)) return bad(sourcePath, source);
    const link = need(source.url, `${sourcePath}.url`, url);
    if (link === undefined) return undefined;
    const type = source.type ?? (/\.webm([?#]|$)/i.test(link) ? WEBM : /\.(mp4|m4v)([?#]|$)/i.test(link) ? MP4 : undefined);
    return type === MP4 || type === WEBM ? { url: link, type } : bad(`${sourcePath}.type`, type);
  });
  // With no playable source the film is dropped; one bad source of several is only a warning.
  if (sources.length === 0) return drop(`${videoPath}.sources`, video.sources);
  return { provider, sources, tracks: list(video.tracks, `${videoPath}.tracks`, readTrack) };
}

function readTrack(value: unknown, trackPath: string): CaptionTrack | undefined {
  if (!isObject(value)) return bad(trackPath, value);
  const link = need(value.url, `${trackPath}.url`, url);
  const trackLang = need(value.lang, `${trackPath}.lang`, languageTag);
  const kind = value.kind ?? 'captions';
  if (kind !== 'captions' && kind !== 'subtitles') return bad(`${trackPath}.kind`, kind);
  if (link === undefined || trackLang === undefined) return undefined;
  return { url: link, lang: trackLang, label: str(value.label, `${trackPath}.label`), kind };
}

function readPoster(): Image | undefined {
  const posterPath = omjAt('poster');
  const poster = object(omj.poster, posterPath);
  if (poster === undefined) return undefined;
  const link = need(poster.url, `${posterPath}.url`, url);
  const size = (key: string): number | undefined =>
    need(poster[key], `${posterPath}.${key}`, (value, sizePath) => positive(value, sizePath, true));
  const width = size('width');
  const height = size('height');
  if (link === undefined || width === undefined || height === undefined) return undefined;
  return { url: link, width, height, alt: text(poster.alt, `${posterPath}.alt`) };
}

function readFilm(): Film | undefined {
  const title = name('title');
  const code = country();
  const video = readVideo();
  const summary = textOrContent('summary');
  if (title === undefined || code === undefined || video === undefined) return undefined;
  return {
    kind: 'film',
    id,
    title,
    summary,
    country: code,
    topics: list(omj.topics, omjAt('topics'), str, MAX_TOPICS),
    year: omjField('year', positive, true),
    duration: omjField('duration', positive),
    poster: readPoster(),
    video,
    transcript: omjField('transcript', text, true),
    url: field('url', url),
    datePublished: field('date_published', date),
    workshop: omjField('workshop', str),
  };
}

// ---- contact ----

/** A phone: a string or `{ number, ext?, label? }`, read with `normalizePhone`. */
function readPhone(value: unknown, phonePath: string): Phone | undefined {
  const full = isObject(value);
  const number = full ? value.number : value;
  const numberPath = full ? `${phonePath}.number` : phonePath;
  const ext = full && value.ext != null ? scalar(value.ext) : undefined;
  if (ext !== undefined && !/^\d{1,10}$/.test(ext)) return bad(`${phonePath}.ext`, (value as Raw).ext);
  const phone = typeof number === 'string' ? normalizePhone(number, ext) : undefined;
  if (phone === undefined) return bad(numberPath, number);
  const label = full ? text(value.label, `${phonePath}.label`) : undefined;
  return label ? { ...phone, label } : phone;
}

function readContact(): Contact | undefined {
  const contactName = name('name');
  const organizationId = omj.organization_id;
  const email = omj.email;
  const address = typeof email === 'string' ? email.trim().replace(/^mailto:/i, '') : '';
  if (contactName === undefined) return undefined;
  return {
    kind: 'contact',
    id,
    name: contactName,
    role: omjField('role', text),
    organization: omjField('organization', text),
    organizationId:
      organizationId == null
        ? undefined
        : typeof organizationId === 'string' && /^[\w.-]{1,100}$/.test(organizationId)
          ? organizationId
          : bad(omjAt('organization_id'), organizationId),
    phones: list(omj.phones, omjAt('phones'), readPhone),
    mobile: omj.mobile == null ? undefined : readPhone(omj.mobile, omjAt('mobile')),
    // No `?` or `&`, so no mail headers ride along in the mailto: link a widget makes.
    email: email == null ? undefined : isEmailAddress(address) ? address : bad(omjAt('email'), email),
    url: field('url', url),
  };
}

// ---- hotline ----

/** A number as dialled (`111`, `+996 312 61 12 11`) and its `tel:` URI. */
function readNumber(): { number: string; tel: string } | undefined {
  return dialledNumber(omj.number) ?? drop(omjAt('number'), omj.number);
}

/** Opening hours; any problem drops all of them (partial hours would say closed when open). */
function readHours(): OpeningHours | undefined {
  const hoursPath = omjAt('hours');
  const hours = object(omj.hours, hoursPath);
  if (hours === undefined) return undefined;
  const zone = hours.time_zone;
  const timeZone = typeof zone === 'string' ? zone.trim() : '';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return bad(`${hoursPath}.time_zone`, zone);
  }
  const open = hours.open;
  if (open === '24/7') return { timeZone, always: true, periods: [] };
  if (!Array.isArray(open) || open.length === 0) return bad(`${hoursPath}.open`, open);
  const periods: OpeningHours['periods'][number][] = [];
  for (const [i, period] of open.entries()) {
    const periodPath = `${hoursPath}.open[${i}]`;
    const { days, from, to } = isObject(period) ? period : ({} as Raw);
    if (!Array.isArray(days) || days.length === 0 || !days.every((day) => Number.isInteger(day) && day > 0 && day < 8))
      return bad(`${periodPath}.days`, days);
    if (typeof from !== 'string' || !TIME.test(from)) return bad(`${periodPath}.from`, from);
    if (typeof to !== 'string' || !(TIME.test(to) || to === '24:00') || to <= from) return bad(`${periodPath}.to`, to);
    periods.push({ days: [...new Set<number>(days)].sort(), from, to });
  }
  return { timeZone, always: false, periods };
}

function readHotline(): Hotline | undefined {
  const code = country();
  const hotlineName = name('name');
  const number = readNumber();
  const free = omj.free;
  if (free != null && typeof free !== 'boolean') bad(omjAt('free'), free);
  const description = textOrContent('description');
  if (code === undefined || hotlineName === undefined || number === undefined) return undefined;
  return {
    kind: 'hotline',
    id,
    country: code,
    name: hotlineName,
    ...number,
    hours: readHours(),
    free: free === true,
    languages: list(omj.languages, omjAt('languages'), languageTag),
    url: field('url', url),
    description,
  };
}
