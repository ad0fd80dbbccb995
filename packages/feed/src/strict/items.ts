// One item of the feed: which kind it is, its id, and the reader for each kind (film, news, contact,
// hotline). The item being read is held in module variables (see read.ts for why).
import type { CaptionTrack, Contact, Film, Hotline, Image, LocalizedText, NewsItem, VideoSource } from '../types.js';
import { readDialledNumber, readEmail, readHours, readLanguages, readPhone } from './contact-values.js';
import { isCountryCode, videoId } from '../formats.js';
import { MAX_TOPICS } from '../limits.js';
import { shorten, toText } from '../plain-text.js';
import {
  compact,
  ERROR,
  errors,
  feedLanguage,
  isAbsent,
  isNot,
  isObject,
  LONG,
  notA,
  quote,
  readDate,
  readLanguageTag,
  readList,
  readNumber,
  readObject,
  readString,
  readText,
  readUrl,
  report,
  resolveUrl,
  SHORT,
  typeName,
  urlReason,
  type Raw,
  type Severity,
} from './read.js';

export type Author = { readonly name?: string; readonly url?: string };
export type Item = Film | NewsItem | Contact | Hotline;

/** The feed around the items: set once per parse by `beginItems`. */
let feedTitle: string;
let feedLanguageTag: string | undefined;
/** The `_omj.topics` vocabulary; `undefined` when the feed has none (topic keys are then not checked). */
let knownTopics: ReadonlySet<string> | undefined;
/** Feed-level authors: news items without their own inherit them (JSON Feed). */
let feedAuthors: readonly Author[];
/** First index of each id already taken by a kept (or withdrawn) item. */
let ids: Map<string, number>;
/** Ids of withdrawn films (a copy listed before the withdrawal is removed too, see `withdrawnFilms`). */
export let withdrawnIds: Set<string>;
/** Films from next year are accepted (a festival's programme published ahead). */
let maxYear: number;

/** The item being read. */
let raw: Raw;
let omj: Raw;
let path: string;
let omjPath: string;
let id: string;
/** BCP 47 language of this item (item `language`), if it has one. */
let language: string | undefined;
/** Language of plain-string text in this item: its own, else the feed's, else `en`. */
let lang: string;

export function beginItems(
  title: string,
  languageTag: string | undefined,
  topics: ReadonlySet<string> | undefined,
  authors: readonly Author[],
): void {
  feedTitle = title;
  feedLanguageTag = languageTag;
  knownTopics = topics;
  feedAuthors = authors;
  ids = new Map();
  withdrawnIds = new Set();
  maxYear = new Date().getFullYear() + 1;
}

export const KIND_NAMES = 'film, news, contact or hotline';
const KINDS = ['film', 'news', 'contact', 'hotline'];
const READERS = [readFilm, readNews, readContact, readHotline];
export const NOT_A_COUNTRY = 'an ISO 3166-1 code';

/** Reads `items[index]`: the normalized item, `'withdrawn'` for a film whose consent was withdrawn, or `undefined` (dropped, reported). */
export function readItem(value: unknown, index: number): Item | 'withdrawn' | undefined {
  const itemPath = `items[${index}]`;
  if (!isObject(value)) return notA(itemPath, 'an object', value, ERROR);
  const itemOmjPath = `${itemPath}._omj`;
  const rawOmj = value._omj;
  let kind = 1; // news
  let itemOmj: Raw = {};
  if (!isAbsent(rawOmj)) {
    if (!isObject(rawOmj)) return notA(itemOmjPath, 'an object', rawOmj, ERROR);
    itemOmj = rawOmj;
    const rawKind = itemOmj.kind;
    kind = KINDS.indexOf(rawKind as string);
    if (isAbsent(rawKind)) return report(`${itemOmjPath}.kind`, `missing (${KIND_NAMES})`, ERROR);
    if (kind < 0) return isNot(`${itemOmjPath}.kind`, rawKind, KIND_NAMES, ERROR);
  }

  const withdrawn = kind === 0 ? itemOmj.withdrawn : undefined;
  if (withdrawn === true) {
    // Consent withdrawn: gone, silently (intended, not a problem), whatever else is wrong with it. Its id
    // stays taken, so a copy of the same film further down cannot bring it back.
    const rawId = value.id;
    const quiet = typeof rawId === 'string' ? rawId.trim() : typeof rawId === 'number' ? String(rawId) : '';
    if (quiet !== '' && !ids.has(quiet)) ids.set(quiet, index);
    if (quiet !== '') withdrawnIds.add(quiet);
    return 'withdrawn';
  }
  const itemId = readId(value.id, `${itemPath}.id`);
  if (itemId === undefined) return undefined;
  const first = ids.get(itemId);
  if (first !== undefined) return report(`${itemPath}.id`, `duplicate of items[${first}].id`, ERROR);
  if (!isAbsent(withdrawn) && withdrawn !== false) {
    return isNot(`${itemOmjPath}.withdrawn`, withdrawn, 'true or false; the film is left out to be safe', ERROR);
  }

  raw = value;
  omj = itemOmj;
  path = itemPath;
  omjPath = itemOmjPath;
  id = itemId;
  language = readLanguageTag(value.language, `${itemPath}.language`);
  lang = language ?? feedLanguage;
  const errorsBefore = errors;
  const item = READERS[kind]!();
  if (errors !== errorsBefore) return undefined;
  if (item !== undefined) ids.set(itemId, index);
  return item;
}

function readId(value: unknown, idPath: string): string | undefined {
  if (isAbsent(value)) return report(idPath, 'missing', ERROR);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value); // readers coerce numbers
  if (typeof value !== 'string') return notA(idPath, 'a string', value, ERROR);
  const trimmed = value.trim();
  if (trimmed === '') return report(idPath, 'empty', ERROR);
  if (trimmed.length > 1000) return report(idPath, `${trimmed.length} characters, more than 1000`, ERROR);
  return trimmed;
}

// ---- fields every kind may use ----

/** The path of one of the item's own (JSON Feed) fields, and of one of its `_omj` fields. */
const at = (key: string): string => `${path}.${key}`;
const omjAt = (key: string): string => `${omjPath}.${key}`;

function itemTitle(): string | undefined {
  return readString(raw.title, at('title'), SHORT);
}

function itemUrl(): string | undefined {
  return readUrl(raw.url, at('url'));
}

function datePublished(): Date | undefined {
  return readDate(raw.date_published, at('date_published'));
}

function contentText(): string | undefined {
  return readString(raw.content_text, at('content_text'), LONG, true);
}

/** `content_html` is never rendered: only its text is used, for summaries. */
function contentHtmlText(): string | undefined {
  const html = raw.content_html;
  if (isAbsent(html)) return undefined;
  return typeof html === 'string' ? toText(html) || undefined : notA(at('content_html'), 'a string', html);
}

/** Localized text from `_omj[key]`. */
function omjText(key: string, max?: number, severity?: Severity): LocalizedText | undefined {
  return readText(omj[key], omjAt(key), lang, max, severity);
}

/** Long localized text from `_omj[key]`, else the item's content (film summary, hotline description). */
function omjTextOrContent(key: string): LocalizedText | undefined {
  const text = omjText(key, LONG);
  if (text !== undefined) return text;
  const body = contentText() ?? contentHtmlText();
  return body === undefined ? undefined : { [lang]: body };
}

/**
 * A required localized text of `_omj` (film title, contact or hotline name) that falls back to the item's
 * `title`. Without either the item is dropped.
 */
function requiredText(key: string): LocalizedText | undefined {
  const fallback = itemTitle();
  const before = errors;
  const value = omj[key];
  const text = omjText(key, SHORT, fallback === undefined ? ERROR : undefined);
  if (text !== undefined) return text;
  if (fallback !== undefined) return { [lang]: fallback };
  if (errors === before) report(omjAt(key), isAbsent(value) ? 'missing (and the item has no title)' : 'no usable text', ERROR);
  return undefined;
}

function country(): string | undefined {
  const value = omj.country;
  const countryPath = omjAt('country');
  if (isAbsent(value)) return report(countryPath, 'missing', ERROR);
  if (typeof value !== 'string') return notA(countryPath, 'a string', value, ERROR);
  const code = value.trim().toUpperCase();
  return isCountryCode(code) ? code : isNot(countryPath, value, NOT_A_COUNTRY, ERROR);
}

// ---- news ----

function readAuthor(value: unknown, authorPath: string): Author | undefined {
  if (!isObject(value)) return notA(authorPath, 'an object', value);
  const name = readString(value.name, `${authorPath}.name`, SHORT);
  const url = readUrl(value.url, `${authorPath}.url`);
  return name === undefined && url === undefined ? undefined : compact({ name, url });
}

/** `authors` (JSON Feed 1.1) or `author` (1.0) of `source`; `undefined` when neither is usable. */
export function readAuthors(source: Raw, prefix: string): Author[] | undefined {
  if (!isAbsent(source.authors)) return readList(source.authors, `${prefix}authors`, readAuthor);
  if (isAbsent(source.author)) return undefined;
  const author = readAuthor(source.author, `${prefix}author`);
  return author === undefined ? [] : [author];
}

function readNews(): NewsItem | undefined {
  const title = itemTitle();
  const text = contentText();
  const htmlText = contentHtmlText(); // read even beside content_text, so its problems are reported
  const summary = readString(raw.summary, at('summary'), LONG, true);
  if (title === undefined && text === undefined && htmlText === undefined)
    return report(path, 'no title, content_text or content_html', ERROR);
  const body = text ?? htmlText;
  /** A summary or title derived from content (not given by the feed): short, cut at a word. */
  const derived = (from: string | undefined, max: number): string => shorten((from ?? '').replace(/\s+/g, ' '), max);
  return compact<NewsItem>({
    kind: 'news',
    id,
    title: title ?? derived(summary ?? body, 100),
    url: itemUrl(),
    summary: title === undefined && summary === undefined ? undefined : (summary ?? (body === undefined ? undefined : derived(body, 300))),
    datePublished: datePublished(),
    dateModified: readDate(raw.date_modified, at('date_modified')),
    image: readUrl(raw.image, at('image'), 'media'),
    language: language ?? feedLanguageTag,
    tags: readList(raw.tags, at('tags'), (entry, tagPath) => readString(entry, tagPath, 100)) ?? [],
    source: feedTitle,
    authors: readAuthors(raw, `${path}.`) ?? feedAuthors,
  });
}

// ---- film ----

/** A value that must be there: `missing` (a warning) when absent, else `read` it. */
function required<T>(value: unknown, valuePath: string, read: (value: unknown, path: string) => T | undefined): T | undefined {
  return isAbsent(value) ? report(valuePath, 'missing') : read(value, valuePath);
}

function readPoster(): Image | undefined {
  const posterPath = omjAt('poster');
  const poster = readObject(omj.poster, posterPath);
  if (poster === undefined) return undefined;
  const url = required(poster.url, `${posterPath}.url`, media);
  if (url === undefined) return undefined;
  for (const key of ['width', 'height']) {
    if (required(poster[key], `${posterPath}.${key}`, (size, sizePath) => readNumber(size, sizePath, 1, 10000, true)) === undefined)
      return undefined;
  }
  return compact<Image>({
    url,
    width: poster.width as number,
    height: poster.height as number,
    alt: readText(poster.alt, `${posterPath}.alt`, lang),
  });
}

function media(value: unknown, mediaPath: string): string | undefined {
  return readUrl(value, mediaPath, 'media');
}

const FILE_TYPES = ['video/mp4', 'video/webm'];

function readVideo(): VideoSource | undefined {
  const videoPath = omjAt('video');
  const video = omj.video;
  if (isAbsent(video)) return report(videoPath, 'missing', ERROR);
  if (!isObject(video)) return notA(videoPath, 'an object', video, ERROR);
  const provider = video.provider;
  if (provider === 'youtube' || provider === 'vimeo') {
    const rawId = video.id;
    const youtube = provider === 'youtube';
    const found = videoId(provider, rawId);
    if (found === undefined) {
      return isAbsent(rawId)
        ? report(`${videoPath}.id`, 'missing', ERROR)
        : isNot(`${videoPath}.id`, rawId, youtube ? 'a YouTube video id (11 letters, digits, - or _)' : 'a Vimeo video id (digits)', ERROR);
    }
    return { provider, id: found };
  }
  if (provider !== 'file') {
    return isAbsent(provider)
      ? report(`${videoPath}.provider`, 'missing (youtube, vimeo or file)', ERROR)
      : isNot(`${videoPath}.provider`, provider, 'youtube, vimeo or file', ERROR);
  }
  const list = video.sources;
  const listPath = `${videoPath}.sources`;
  if (!Array.isArray(list) || list.length === 0) {
    return isAbsent(list)
      ? report(listPath, 'missing', ERROR)
      : Array.isArray(list)
        ? report(listPath, 'empty', ERROR)
        : notA(listPath, 'an array', list, ERROR);
  }
  // A bad source is a warning while another source plays; when none is left, the same lines are errors.
  const refused: [string, string][] = [];
  const sources: { url: string; type: 'video/mp4' | 'video/webm' }[] = [];
  list.forEach((source: unknown, i) => {
    const sourcePath = `${listPath}[${i}]`;
    if (!isObject(source)) return refused.push([sourcePath, `not an object (found ${typeName(source)})`]);
    const url = resolveUrl(source.url, 'media');
    if (url === undefined) return refused.push([`${sourcePath}.url`, isAbsent(source.url) ? 'missing' : urlReason(source.url, 'media')]);
    let type = source.type;
    if (isAbsent(type))
      type = /\.(mp4|m4v)(?:[?#]|$)/i.test(url) ? FILE_TYPES[0] : /\.webm(?:[?#]|$)/i.test(url) ? FILE_TYPES[1] : undefined;
    if (!FILE_TYPES.includes(type as string)) {
      return refused.push([
        `${sourcePath}.type`,
        isAbsent(type) ? 'missing (video/mp4 or video/webm)' : `${quote(type)} is not video/mp4 or video/webm`,
      ]);
    }
    return sources.push({ url, type: type as 'video/mp4' });
  });
  for (const [problemPath, reason] of refused) report(problemPath, reason, sources.length === 0 ? ERROR : undefined);
  if (sources.length === 0) return undefined;
  return { provider: 'file', sources, tracks: readList(video.tracks, `${videoPath}.tracks`, readTrack) ?? [] };
}

function readTrack(value: unknown, trackPath: string): CaptionTrack | undefined {
  if (!isObject(value)) return notA(trackPath, 'an object', value);
  const track = value;
  const url = required(track.url, `${trackPath}.url`, media);
  if (url === undefined) return undefined;
  const trackLang = required(track.lang, `${trackPath}.lang`, readLanguageTag);
  if (trackLang === undefined) return undefined;
  const kind = track.kind ?? 'captions';
  if (kind !== 'captions' && kind !== 'subtitles') return isNot(`${trackPath}.kind`, kind, 'captions or subtitles');
  return compact<CaptionTrack>({ url, lang: trackLang, label: readString(track.label, `${trackPath}.label`, SHORT), kind });
}

function readTopic(entry: unknown, topicPath: string): string | undefined {
  const key = typeof entry === 'string' ? entry.trim() : '';
  if (key === '') return isNot(topicPath, entry, 'a topic key');
  return knownTopics === undefined || knownTopics.has(key) ? key : isNot(topicPath, entry, 'a topic of this feed (_omj.topics)');
}

function readFilm(): Film | undefined {
  const title = requiredText('title');
  const code = country();
  const video = readVideo();
  const summary = omjTextOrContent('summary');
  if (title === undefined || code === undefined || video === undefined) return undefined;
  return compact<Film>({
    kind: 'film',
    id,
    title,
    summary,
    country: code,
    topics: readList(omj.topics, omjAt('topics'), readTopic, MAX_TOPICS) ?? [],
    year: readNumber(omj.year, omjAt('year'), 1900, maxYear, true),
    duration: readNumber(omj.duration, omjAt('duration'), 1, 36000),
    poster: readPoster(),
    video,
    transcript: omjText('transcript', LONG),
    url: itemUrl(),
    datePublished: datePublished(),
    workshop: readString(omj.workshop, omjAt('workshop'), SHORT),
  });
}

// ---- contact ----

function readContact(): Contact | undefined {
  const name = requiredText('name');
  if (name === undefined) return undefined;
  const phones = readList(omj.phones, omjAt('phones'), (entry, phonePath) => readPhone(entry, phonePath, lang)) ?? [];
  const rawOrganizationId = omj.organization_id;
  const organizationId = typeof rawOrganizationId === 'string' ? rawOrganizationId.trim() : '';
  const goodOrganizationId = /^[A-Za-z0-9._-]{1,100}$/.test(organizationId);
  if (!isAbsent(rawOrganizationId) && !goodOrganizationId)
    isNot(omjAt('organization_id'), rawOrganizationId, 'an id (letters, digits, . _ -)');
  return compact<Contact>({
    kind: 'contact',
    id,
    name,
    role: omjText('role'),
    organization: omjText('organization'),
    organizationId: goodOrganizationId ? organizationId : undefined,
    phones,
    mobile: isAbsent(omj.mobile) ? undefined : readPhone(omj.mobile, omjAt('mobile'), lang),
    email: readEmail(omj.email, omjAt('email')),
    url: itemUrl(),
  });
}

// ---- hotline ----

function readHotline(): Hotline | undefined {
  const code = country();
  const name = requiredText('name');
  const dialled = readDialledNumber(omj.number, omjAt('number'));
  if (code === undefined || name === undefined || dialled === undefined) return undefined;
  const free = omj.free;
  if (!isAbsent(free) && typeof free !== 'boolean') isNot(omjAt('free'), free, 'true or false');
  const description = omjTextOrContent('description');
  return compact<Hotline>({
    kind: 'hotline',
    id,
    country: code,
    name,
    ...dialled,
    hours: readHours(omj.hours, omjAt('hours')),
    free: free === true,
    languages: readLanguages(omj.languages, omjAt('languages')),
    url: itemUrl(),
    description,
  });
}
