// One item of the feed: which kind it is, its id, and the reader for each kind.
import type { CaptionTrack, Contact, Film, Hotline, Image, LocalizedText, NewsItem, Phone, VideoSource } from '../types.js';
import { compact, isAbsent, quickSafeUrl, isObject, LIMITS, quote, typeName, type Context, type Raw } from './context.js';
import { readDialledNumber, readEmail, readHours, readLanguages, readPhone } from './contact-values.js';
import { isCountryCode } from './countries.js';
import { htmlToText, shorten } from './html.js';

export type Author = { readonly name?: string; readonly url?: string };

/** What every item may use from the feed around it. */
export interface FeedScope {
  /** Feed title: the `source` of news items. */
  readonly title: string;
  readonly language?: string;
  /** The `_omj.topics` vocabulary; `undefined` when the feed has none (topic keys are then not checked). */
  readonly topics?: ReadonlySet<string>;
  /** Feed-level authors: news items without their own inherit them (JSON Feed). */
  readonly authors: readonly Author[];
  /** First index of each id already taken by a kept (or withdrawn) item. */
  readonly ids: Map<string, number>;
}

export type ItemOutcome =
  | { readonly kind: 'film'; readonly item: Film }
  | { readonly kind: 'news'; readonly item: NewsItem }
  | { readonly kind: 'contact'; readonly item: Contact }
  | { readonly kind: 'hotline'; readonly item: Hotline }
  | 'withdrawn'
  | undefined;

const KINDS = ['film', 'news', 'contact', 'hotline'] as const;
type Kind = (typeof KINDS)[number];

/** Per-item state shared by the kind readers. */
interface ItemScope {
  readonly ctx: Context;
  readonly feed: FeedScope;
  readonly raw: Raw;
  readonly omj: Raw;
  readonly path: string;
  readonly omjPath: string;
  readonly id: string;
  /** Language of plain-string text in this item. */
  readonly lang: string;
  readonly language?: string;
}

export function readItem(ctx: Context, value: unknown, index: number, feed: FeedScope): ItemOutcome {
  const path = `items[${index}]`;
  if (!isObject(value)) {
    ctx.error(path, `not an object (found ${typeName(value)})`);
    return undefined;
  }
  const omjPath = `${path}._omj`;
  const rawOmj = value._omj;
  let kind: Kind = 'news';
  let omj: Raw = {};
  if (!isAbsent(rawOmj)) {
    if (!isObject(rawOmj)) {
      ctx.error(omjPath, `not an object (found ${typeName(rawOmj)})`);
      return undefined;
    }
    omj = rawOmj;
    const rawKind = omj.kind;
    if (isAbsent(rawKind)) {
      ctx.error(`${omjPath}.kind`, 'missing (film, news, contact or hotline)');
      return undefined;
    }
    if (typeof rawKind !== 'string' || !(KINDS as readonly string[]).includes(rawKind)) {
      ctx.error(`${omjPath}.kind`, `${quote(rawKind)} is not film, news, contact or hotline`);
      return undefined;
    }
    kind = rawKind as Kind;
  }

  const withdrawn = kind === 'film' ? omj.withdrawn : undefined;
  if (withdrawn === true) {
    // Consent withdrawn: gone, silently (intended, not a problem), whatever else is wrong with it. Its id
    // stays taken, so a copy of the same film further down cannot bring it back.
    const raw = value.id;
    const quiet = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
    if (quiet !== '' && !feed.ids.has(quiet)) feed.ids.set(quiet, index);
    return 'withdrawn';
  }
  const id = readId(ctx, value.id, path);
  if (id === undefined) return undefined;
  const first = feed.ids.get(id);
  if (first !== undefined) {
    ctx.error(`${path}.id`, `duplicate of items[${first}].id`);
    return undefined;
  }
  if (!isAbsent(withdrawn) && withdrawn !== false) {
    ctx.error(`${omjPath}.withdrawn`, `${quote(withdrawn)} is not true or false; the film is left out to be safe`);
    return undefined;
  }

  const language = ctx.languageTag(value.language, `${path}.language`);
  const item: ItemScope = { ctx, feed, raw: value, omj, path, omjPath, id, language, lang: language ?? feed.language ?? 'en' };
  const errorsBefore = ctx.errors;
  let outcome: ItemOutcome;
  switch (kind) {
    case 'film':
      outcome = wrap('film', readFilm(item));
      break;
    case 'contact':
      outcome = wrap('contact', readContact(item));
      break;
    case 'hotline':
      outcome = wrap('hotline', readHotline(item));
      break;
    default:
      outcome = wrap('news', readNews(item));
  }
  if (ctx.errors !== errorsBefore) return undefined;
  if (outcome !== undefined) feed.ids.set(id, index);
  return outcome;
}

function wrap<K extends Kind, T>(kind: K, item: T | undefined): { kind: K; item: T } | undefined {
  return item === undefined ? undefined : { kind, item };
}

function readId(ctx: Context, value: unknown, path: string): string | undefined {
  const idPath = `${path}.id`;
  if (isAbsent(value)) {
    ctx.error(idPath, 'missing');
    return undefined;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value); // readers coerce numbers
  if (typeof value !== 'string') {
    ctx.error(idPath, `not a string (found ${typeName(value)})`);
    return undefined;
  }
  const id = value.trim();
  if (id === '') {
    ctx.error(idPath, 'empty');
    return undefined;
  }
  if (id.length > LIMITS.id) {
    ctx.error(idPath, `${id.length} characters, more than ${LIMITS.id}`);
    return undefined;
  }
  return id;
}

// ---- shared item fields ----

function itemTitle(item: ItemScope): string | undefined {
  return item.ctx.string(item.raw.title, `${item.path}.title`, LIMITS.short);
}

function contentText(item: ItemScope): string | undefined {
  return item.ctx.string(item.raw.content_text, `${item.path}.content_text`, LIMITS.long, true);
}

/** `content_html` is never rendered: only its text is used, for summaries. */
function contentHtmlText(item: ItemScope): string | undefined {
  const html = item.raw.content_html;
  if (isAbsent(html)) return undefined;
  if (typeof html !== 'string') {
    item.ctx.warn(`${item.path}.content_html`, `not a string (found ${typeName(html)})`);
    return undefined;
  }
  const text = htmlToText(html);
  return text === '' ? undefined : text;
}

/** A summary derived from content (not given by the feed): short, cut at a word. */
const DERIVED_SUMMARY = 300;
const DERIVED_TITLE = 100;

function localText(item: ItemScope, value: unknown, key: string, max: number = LIMITS.short, severity: 'error' | 'warning' = 'warning'): LocalizedText | undefined {
  return item.ctx.text(value, `${item.omjPath}.${key}`, { lang: item.lang, max, multiline: max > LIMITS.short, severity });
}

/**
 * A required localized text of `_omj` (film title, contact or hotline name) that falls back to the item's
 * `title`. Without either the item is dropped.
 */
function requiredText(item: ItemScope, key: string, fallback: string | undefined): LocalizedText | undefined {
  const before = item.ctx.errors;
  const value = item.omj[key];
  const text = localText(item, value, key, LIMITS.short, fallback === undefined ? 'error' : 'warning');
  if (text !== undefined) return text;
  if (fallback !== undefined) return { [item.lang]: fallback };
  if (item.ctx.errors === before) item.ctx.error(`${item.omjPath}.${key}`, isAbsent(value) ? 'missing (and the item has no title)' : 'no usable text');
  return undefined;
}

function country(item: ItemScope): string | undefined {
  const value = item.omj.country;
  const path = `${item.omjPath}.country`;
  if (isAbsent(value)) {
    item.ctx.error(path, 'missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    item.ctx.error(path, `not a string (found ${typeName(value)})`);
    return undefined;
  }
  const code = value.trim().toUpperCase();
  if (!isCountryCode(code)) {
    item.ctx.error(path, `${quote(value)} is not an ISO 3166-1 code`);
    return undefined;
  }
  return code;
}

function itemUrl(item: ItemScope): string | undefined {
  return item.ctx.url(item.raw.url, `${item.path}.url`, 'link');
}

function numberInRange(item: ItemScope, key: string, min: number, max: number, integer: boolean): number | undefined {
  const value = item.omj[key];
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'number' || (integer && !Number.isInteger(value)) || value < min || value > max) {
    item.ctx.warn(`${item.omjPath}.${key}`, `${quote(value)} is not ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
    return undefined;
  }
  return value;
}

// ---- news ----

function readAuthors(ctx: Context, raw: Raw, path: string): Author[] | undefined {
  const list = raw.authors;
  if (!isAbsent(list)) {
    if (!Array.isArray(list)) {
      ctx.warn(`${path}authors`, `not an array (found ${typeName(list)})`);
      return undefined;
    }
    const out: Author[] = [];
    list.forEach((entry, i) => {
      const author = readAuthor(ctx, entry, `${path}authors[${i}]`);
      if (author !== undefined) out.push(author);
    });
    return out;
  }
  if (!isAbsent(raw.author)) {
    const author = readAuthor(ctx, raw.author, `${path}author`);
    return author === undefined ? [] : [author];
  }
  return undefined;
}

function readAuthor(ctx: Context, value: unknown, path: string): Author | undefined {
  if (!isObject(value)) {
    ctx.warn(path, `not an object (found ${typeName(value)})`);
    return undefined;
  }
  const name = ctx.string(value.name, `${path}.name`, LIMITS.short);
  const url = ctx.url(value.url, `${path}.url`, 'link');
  if (name === undefined && url === undefined) return undefined;
  return compact({ name, url });
}

export function readFeedAuthors(ctx: Context, raw: Raw): Author[] {
  return readAuthors(ctx, raw, '') ?? [];
}

function readTags(item: ItemScope): string[] {
  const value = item.raw.tags;
  const path = `${item.path}.tags`;
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    item.ctx.warn(path, `not an array (found ${typeName(value)})`);
    return [];
  }
  const tags: string[] = [];
  value.forEach((entry, i) => {
    const tag = item.ctx.string(entry, `${path}[${i}]`, 100);
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  });
  return tags;
}

function readNews(item: ItemScope): NewsItem | undefined {
  const { ctx, raw, path } = item;
  const title = itemTitle(item);
  const text = contentText(item);
  const htmlText = contentHtmlText(item);
  const summary = ctx.string(raw.summary, `${path}.summary`, LIMITS.long, true);
  if (title === undefined && text === undefined && htmlText === undefined) {
    ctx.error(path, 'no title, content_text or content_html');
    return undefined;
  }
  const body = text ?? htmlText;
  const shownSummary = summary ?? (body === undefined ? undefined : shorten(body.replace(/\s+/g, ' '), DERIVED_SUMMARY));
  return compact<NewsItem>({
    kind: 'news',
    id: item.id,
    title: title ?? shorten((summary ?? body ?? '').replace(/\s+/g, ' '), DERIVED_TITLE),
    url: itemUrl(item),
    summary: title === undefined && summary === undefined ? undefined : shownSummary,
    datePublished: ctx.date(raw.date_published, `${path}.date_published`),
    dateModified: ctx.date(raw.date_modified, `${path}.date_modified`),
    image: ctx.url(raw.image, `${path}.image`, 'media'),
    language: item.language ?? item.feed.language,
    tags: readTags(item),
    source: item.feed.title,
    authors: readAuthors(ctx, raw, `${path}.`) ?? item.feed.authors,
  });
}

// ---- film ----

function readPoster(item: ItemScope): Image | undefined {
  const value = item.omj.poster;
  const path = `${item.omjPath}.poster`;
  if (isAbsent(value)) return undefined;
  if (!isObject(value)) {
    item.ctx.warn(path, `not an object (found ${typeName(value)})`);
    return undefined;
  }
  const url = item.ctx.url(value.url, `${path}.url`, 'media');
  if (url === undefined) {
    if (isAbsent(value.url)) item.ctx.warn(`${path}.url`, 'missing');
    return undefined;
  }
  for (const key of ['width', 'height'] as const) {
    const size = value[key];
    if (!(typeof size === 'number' && Number.isInteger(size) && size > 0 && size <= 10000)) {
      item.ctx.warn(`${path}.${key}`, isAbsent(size) ? 'missing' : `${quote(size)} is not a whole number from 1 to 10000`);
      return undefined;
    }
  }
  const alt = item.ctx.text(value.alt, `${path}.alt`, { lang: item.lang, max: LIMITS.short });
  return compact<Image>({ url, width: value.width as number, height: value.height as number, alt });
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,15}$/;
const FILE_TYPES = ['video/mp4', 'video/webm'] as const;

function readVideo(item: ItemScope): VideoSource | undefined {
  const { ctx } = item;
  const value = item.omj.video;
  const path = `${item.omjPath}.video`;
  if (isAbsent(value)) {
    ctx.error(path, 'missing');
    return undefined;
  }
  if (!isObject(value)) {
    ctx.error(path, `not an object (found ${typeName(value)})`);
    return undefined;
  }
  const provider = value.provider;
  if (provider === 'youtube' || provider === 'vimeo') {
    const rawId = value.id;
    const id = typeof rawId === 'string' ? rawId.trim() : typeof rawId === 'number' && provider === 'vimeo' && Number.isInteger(rawId) ? String(rawId) : '';
    const youtube = provider === 'youtube';
    if (!(youtube ? YOUTUBE_ID : VIMEO_ID).test(id)) {
      ctx.error(
        `${path}.id`,
        isAbsent(rawId) ? 'missing' : youtube ? `${quote(rawId)} is not a YouTube video id (11 letters, digits, - or _)` : `${quote(rawId)} is not a Vimeo video id (digits)`,
      );
      return undefined;
    }
    return { provider, id };
  }
  if (provider === 'file') return readFileVideo(item, value, path);
  ctx.error(`${path}.provider`, isAbsent(provider) ? 'missing (youtube, vimeo or file)' : `${quote(provider)} is not youtube, vimeo or file`);
  return undefined;
}

function readFileVideo(item: ItemScope, value: Raw, path: string): VideoSource | undefined {
  const { ctx } = item;
  const list = value.sources;
  const listPath = `${path}.sources`;
  if (!Array.isArray(list) || list.length === 0) {
    ctx.error(listPath, isAbsent(list) ? 'missing' : Array.isArray(list) ? 'empty' : `not an array (found ${typeName(list)})`);
    return undefined;
  }
  // A bad source is a warning while another source plays; when none is left, the same lines are errors.
  const local: { path: string; reason: string }[] = [];
  const sources: { url: string; type: 'video/mp4' | 'video/webm' }[] = [];
  list.forEach((source: unknown, i) => {
    const p = `${listPath}[${i}]`;
    if (!isObject(source)) {
      local.push({ path: p, reason: `not an object (found ${typeName(source)})` });
      return;
    }
    const url = quickSafeUrl(source.url, 'media', ctx.base);
    if (url === undefined) {
      local.push({ path: `${p}.url`, reason: isAbsent(source.url) ? 'missing' : ctx.urlReason(source.url, 'media') });
      return;
    }
    let type = source.type;
    if (isAbsent(type)) type = /\.(mp4|m4v)(?:[?#]|$)/i.test(url) ? 'video/mp4' : /\.webm(?:[?#]|$)/i.test(url) ? 'video/webm' : undefined;
    if (typeof type !== 'string' || !(FILE_TYPES as readonly string[]).includes(type)) {
      local.push({ path: `${p}.type`, reason: isAbsent(type) ? 'missing (video/mp4 or video/webm)' : `${quote(type)} is not video/mp4 or video/webm` });
      return;
    }
    sources.push({ url, type: type as (typeof FILE_TYPES)[number] });
  });
  const severity = sources.length === 0 ? 'error' : 'warning';
  for (const problem of local) ctx.report(problem.path, problem.reason, severity);
  if (sources.length === 0) return undefined;
  return { provider: 'file', sources, tracks: readTracks(item, value.tracks, `${path}.tracks`) };
}

function readTracks(item: ItemScope, value: unknown, path: string): CaptionTrack[] {
  const { ctx } = item;
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    ctx.warn(path, `not an array (found ${typeName(value)})`);
    return [];
  }
  const tracks: CaptionTrack[] = [];
  value.forEach((track: unknown, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(track)) {
      ctx.warn(p, `not an object (found ${typeName(track)})`);
      return;
    }
    const url = ctx.url(track.url, `${p}.url`, 'media');
    if (url === undefined) {
      if (isAbsent(track.url)) ctx.warn(`${p}.url`, 'missing');
      return;
    }
    const lang = ctx.languageTag(track.lang, `${p}.lang`);
    if (lang === undefined) {
      if (isAbsent(track.lang)) ctx.warn(`${p}.lang`, 'missing');
      return;
    }
    const kind = track.kind ?? 'captions';
    if (kind !== 'captions' && kind !== 'subtitles') {
      ctx.warn(`${p}.kind`, `${quote(kind)} is not captions or subtitles`);
      return;
    }
    const label = ctx.string(track.label, `${p}.label`, LIMITS.short);
    tracks.push(compact<CaptionTrack>({ url, lang, label, kind }));
  });
  return tracks;
}

function readTopics(item: ItemScope): string[] {
  const value = item.omj.topics;
  const path = `${item.omjPath}.topics`;
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    item.ctx.warn(path, `not an array (found ${typeName(value)})`);
    return [];
  }
  const known = item.feed.topics;
  const topics: string[] = [];
  value.forEach((entry: unknown, i) => {
    const p = `${path}[${i}]`;
    if (typeof entry !== 'string' || entry.trim() === '') {
      item.ctx.warn(p, `${quote(entry)} is not a topic key`);
    } else if (known !== undefined && !known.has(entry.trim())) {
      item.ctx.warn(p, `${quote(entry)} is not a topic of this feed (_omj.topics)`);
    } else if (!topics.includes(entry.trim())) {
      topics.push(entry.trim());
    }
  });
  return topics;
}

function readFilm(item: ItemScope): Film | undefined {
  const { ctx, raw, omj, path, omjPath } = item;
  const shownTitle = requiredText(item, 'title', itemTitle(item));
  const code = country(item);
  const video = readVideo(item);
  let summary = localText(item, omj.summary, 'summary', LIMITS.long);
  if (summary === undefined) {
    const text = contentText(item) ?? contentHtmlText(item);
    if (text !== undefined) summary = { [item.lang]: text };
  }
  if (shownTitle === undefined || code === undefined || video === undefined) return undefined;
  return compact<Film>({
    kind: 'film',
    id: item.id,
    title: shownTitle,
    summary,
    country: code,
    topics: readTopics(item),
    year: numberInRange(item, 'year', 1900, ctx.maxYear, true),
    duration: numberInRange(item, 'duration', 1, 36000, false),
    poster: readPoster(item),
    video,
    transcript: localText(item, omj.transcript, 'transcript', LIMITS.long),
    url: itemUrl(item),
    datePublished: ctx.date(raw.date_published, `${path}.date_published`),
    workshop: ctx.string(omj.workshop, `${omjPath}.workshop`, LIMITS.short),
  });
}

// ---- contact ----

function readContact(item: ItemScope): Contact | undefined {
  const { ctx, omj, omjPath } = item;
  const name = requiredText(item, 'name', itemTitle(item));
  if (name === undefined) return undefined;
  const phones: Phone[] = [];
  const rawPhones = omj.phones;
  if (!isAbsent(rawPhones)) {
    if (Array.isArray(rawPhones)) {
      rawPhones.forEach((entry: unknown, i) => {
        const phone = readPhone(ctx, entry, `${omjPath}.phones[${i}]`, item.lang);
        if (phone !== undefined) phones.push(phone);
      });
    } else {
      ctx.warn(`${omjPath}.phones`, `not an array (found ${typeName(rawPhones)})`);
    }
  }
  const organizationId = omj.organization_id;
  let orgId: string | undefined;
  if (!isAbsent(organizationId)) {
    if (typeof organizationId === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(organizationId.trim())) orgId = organizationId.trim();
    else ctx.warn(`${omjPath}.organization_id`, `${quote(organizationId)} is not an id (letters, digits, . _ -)`);
  }
  return compact<Contact>({
    kind: 'contact',
    id: item.id,
    name,
    role: localText(item, omj.role, 'role'),
    organization: localText(item, omj.organization, 'organization'),
    organizationId: orgId,
    phones,
    mobile: isAbsent(omj.mobile) ? undefined : readPhone(ctx, omj.mobile, `${omjPath}.mobile`, item.lang),
    email: readEmail(ctx, omj.email, `${omjPath}.email`),
    url: itemUrl(item),
  });
}

// ---- hotline ----

function readHotline(item: ItemScope): Hotline | undefined {
  const { ctx, omj, omjPath } = item;
  const code = country(item);
  const name = requiredText(item, 'name', itemTitle(item));
  const dialled = readDialledNumber(ctx, omj.number, `${omjPath}.number`);
  if (code === undefined || name === undefined || dialled === undefined) return undefined;
  const free = omj.free;
  if (!isAbsent(free) && typeof free !== 'boolean') ctx.warn(`${omjPath}.free`, `${quote(free)} is not true or false`);
  let description = localText(item, omj.description, 'description', LIMITS.long);
  if (description === undefined) {
    const text = contentText(item) ?? contentHtmlText(item);
    if (text !== undefined) description = { [item.lang]: text };
  }
  return compact<Hotline>({
    kind: 'hotline',
    id: item.id,
    country: code,
    name,
    number: dialled.number,
    tel: dialled.tel,
    hours: readHours(ctx, omj.hours, `${omjPath}.hours`),
    free: free === true,
    languages: readLanguages(ctx, omj.languages, `${omjPath}.languages`),
    url: itemUrl(item),
    description,
  });
}
