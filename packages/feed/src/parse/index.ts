/**
 * The feed parser: JSON text (or an already parsed value) in, the normalized model of types.ts out, with
 * every problem reported as `PATH: reason`. It never throws. A bad item is dropped (severity `error`), a
 * bad optional part is removed and its item kept (`warning`), every good item is kept in order.
 * The rules are documented in docs/feed.md.
 */
import type { Contact, FeedProblem, Film, Hotline, NewsItem, ParsedFeed, ParseResult, Topic } from '../types.js';
import { safeUrl } from '../url.js';
import { child, Context, isAbsent, isObject, LANGUAGE_TAG, LIMITS, quote, typeName, type Raw } from './context.js';
import { isCountryCode } from './countries.js';
import { readFeedAuthors, readItem, type FeedScope } from './items.js';

export interface ParseOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  readonly baseUrl?: string;
  /** Reject inputs larger than this many UTF-16 code units (default 4 MiB). */
  readonly maxLength?: number;
}

/** Counts for reports (`42 items: 40 kept, 2 dropped`). */
export interface ParseStats {
  /** Items in the input (all of them, also those past the item limit). */
  readonly items: number;
  readonly kept: number;
  /** Dropped for a problem (each has an `error` line), including those past the item limit. */
  readonly dropped: number;
  /** Films removed because consent was withdrawn: intended, not a problem. */
  readonly withdrawn: number;
}

export const DEFAULT_MAX_LENGTH = 4 * 1024 * 1024;
export const MAX_ITEMS = LIMITS.items;

const VERSIONS = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/;

/** Parses JSON text or an already-parsed value. Never throws. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  return parseFeedWithStats(input, options).result;
}

/** `parseFeed`, plus item counts for reports (the CLI's summary line). Never throws. */
export function parseFeedWithStats(input: unknown, options: ParseOptions = {}): { result: ParseResult; stats: ParseStats } {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    // Nothing above should throw; if something does (a getter on a hand-made object, a runtime without
    // Intl), the input is reported as unusable instead of breaking the page.
    return unusable([{ path: '$', reason: `could not be read (${error instanceof Error ? error.message : String(error)})`, severity: 'error' }]);
  }
}

function unusable(problems: FeedProblem[], items = 0): { result: ParseResult; stats: ParseStats } {
  return { result: { ok: false, problems }, stats: { items, kept: 0, dropped: items, withdrawn: 0 } };
}

function problem(path: string, reason: string): FeedProblem {
  return { path, reason, severity: 'error' };
}

/** `5.2 MB`, `300 KB`. */
export function formatSize(length: number): string {
  const mb = length / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(length / 1024))} KB`;
}

/** The start of a text that is not JSON, for the reason line: `<!DOCTYPE html>`, or 30 characters. */
function opening(text: string): string {
  const line = text.trimStart().split(/\r?\n/, 1)[0]!.trim();
  if (line.startsWith('<')) {
    const end = line.indexOf('>');
    if (end > 0 && end < 60) return line.slice(0, end + 1);
  }
  return line.length > 30 ? `${line.slice(0, 29)}…` : line;
}

function readJson(text: string, maxLength: number): { value: unknown } | { problems: FeedProblem[] } {
  if (text.length > maxLength) {
    return { problems: [problem('$', `feed is ${formatSize(text.length)}, more than the ${formatSize(maxLength)} limit`)] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { problems: [problem('$', 'not JSON (empty)')] };
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const start = body.trimStart()[0];
    if (start !== '{' && start !== '[') return { problems: [problem('$', `not JSON (starts with ${JSON.stringify(opening(body))})`)] };
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    const cutOff = /end of (JSON )?input/i.test(message) || (at !== null && Number(at[1]) >= body.trimEnd().length);
    if (cutOff) return { problems: [problem('$', 'not valid JSON (it ends too early: cut off?)')] };
    if (at !== null) {
      const before = body.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      return { problems: [problem('$', `not valid JSON (syntax error at line ${line}, column ${column})`)] };
    }
    return { problems: [problem('$', 'not valid JSON (syntax error)')] };
  }
}

function parseUnsafe(input: unknown, options: ParseOptions): { result: ParseResult; stats: ParseStats } {
  let value = input;
  if (typeof input === 'string') {
    const read = readJson(input, options.maxLength ?? DEFAULT_MAX_LENGTH);
    if ('problems' in read) return unusable(read.problems);
    value = read.value;
  }
  if (!isObject(value)) return unusable([problem('$', `not a JSON Feed (a JSON object; found ${typeName(value)})`)]);
  const raw = value;

  const fatal: FeedProblem[] = [];
  const warnings: FeedProblem[] = [];
  const version = raw.version;
  if (isAbsent(version)) fatal.push(problem('version', 'missing'));
  else if (typeof version !== 'string') fatal.push(problem('version', `not a string (found ${typeName(version)})`));
  else if (!VERSIONS.test(version.trim())) {
    warnings.push({ path: 'version', reason: `${quote(version)} is not a known JSON Feed version; read as 1.1`, severity: 'warning' });
  }
  const rawTitle = raw.title;
  if (isAbsent(rawTitle)) fatal.push(problem('title', 'missing'));
  else if (typeof rawTitle !== 'string') fatal.push(problem('title', `not a string (found ${typeName(rawTitle)})`));
  const items = raw.items;
  if (isAbsent(items)) fatal.push(problem('items', 'missing'));
  else if (!Array.isArray(items)) fatal.push(problem('items', `not an array (found ${typeName(items)})`));
  if (fatal.length > 0) return unusable(fatal, Array.isArray(items) ? items.length : 0);
  const list = items as unknown[];

  const ctx = new Context(absoluteHttp(options.baseUrl));
  ctx.problems.push(...warnings);
  const title = ctx.string(rawTitle, 'title', LIMITS.short) ?? '';
  if (title === '') ctx.warn('title', 'empty');

  const language = ctx.languageTag(raw.language, 'language');
  if (language !== undefined) ctx.language = language;
  const feedUrl = ctx.url(raw.feed_url, 'feed_url', 'link');
  if (ctx.base === undefined) ctx.base = absoluteHttp(feedUrl);
  const homePageUrl = ctx.url(raw.home_page_url, 'home_page_url', 'link');
  const nextUrl = ctx.url(raw.next_url, 'next_url', 'link');

  const extension = readFeedExtension(ctx, raw._omj);
  const scope: FeedScope = {
    title,
    language,
    topics: extension.topics === undefined ? undefined : new Set(extension.topics.map((topic) => topic.key)),
    authors: readFeedAuthors(ctx, raw),
    ids: new Map(),
  };

  const films: Film[] = [];
  const news: NewsItem[] = [];
  const contacts: Contact[] = [];
  const hotlines: Hotline[] = [];
  let withdrawn = 0;
  const count = Math.min(list.length, MAX_ITEMS);
  for (let i = 0; i < count; i++) {
    const outcome = readItem(ctx, list[i], i, scope);
    if (outcome === undefined) continue;
    if (outcome === 'withdrawn') withdrawn++;
    else if (outcome.kind === 'film') films.push(outcome.item);
    else if (outcome.kind === 'news') news.push(outcome.item);
    else if (outcome.kind === 'contact') contacts.push(outcome.item);
    else hotlines.push(outcome.item);
  }
  if (list.length > MAX_ITEMS) {
    ctx.error('items', `${list.length} items, more than the ${MAX_ITEMS} limit: items[${MAX_ITEMS}] and after dropped`);
  }

  const kept = films.length + news.length + contacts.length + hotlines.length;
  const feed: ParsedFeed = {
    version: (version as string).trim(),
    title,
    ...(language === undefined ? {} : { language }),
    ...(homePageUrl === undefined ? {} : { homePageUrl }),
    ...(nextUrl === undefined ? {} : { nextUrl }),
    films,
    news,
    contacts,
    hotlines,
    topics: extension.topics ?? [],
    countryNames: extension.countryNames,
    problems: ctx.problems,
  };
  return { result: { ok: true, feed }, stats: { items: list.length, kept, dropped: list.length - kept - withdrawn, withdrawn } };
}

function absoluteHttp(value: unknown): string | undefined {
  return safeUrl(value, 'link');
}

const TOPIC_KEY = /^[^\s]{1,100}$/;

function readFeedExtension(ctx: Context, value: unknown): { topics?: Topic[]; countryNames: Record<string, Record<string, string>> } {
  const countryNames: Record<string, Record<string, string>> = {};
  if (isAbsent(value)) return { countryNames };
  if (!isObject(value)) {
    ctx.warn('_omj', `not an object (found ${typeName(value)})`);
    return { countryNames };
  }
  if (!isAbsent(value.version) && value.version !== 1) ctx.warn('_omj.version', `${quote(value.version)} is not a known version; read as 1`);

  let topics: Topic[] | undefined;
  const rawTopics = value.topics;
  if (!isAbsent(rawTopics)) {
    if (!isObject(rawTopics)) {
      ctx.warn('_omj.topics', `not an object of key → label (found ${typeName(rawTopics)}); topic keys are not checked`);
    } else {
      topics = [];
      for (const key of Object.keys(rawTopics)) {
        const path = child('_omj.topics', key);
        if (!TOPIC_KEY.test(key)) {
          ctx.warn(path, `${quote(key)} is not a topic key (no spaces, at most 100 characters)`);
          continue;
        }
        const label = ctx.text(rawTopics[key], path, { lang: ctx.language, max: LIMITS.short });
        if (label === undefined) ctx.warn(path, 'no label; the key is shown');
        topics.push({ key, label: label ?? { [ctx.language]: key } });
      }
    }
  }

  const names = value.country_names;
  if (!isAbsent(names)) {
    if (!isObject(names)) ctx.warn('_omj.country_names', `not an object (found ${typeName(names)})`);
    else for (const locale of Object.keys(names)) readCountryNames(ctx, locale, names[locale], countryNames);
  }
  return topics === undefined ? { countryNames } : { topics, countryNames };
}

function readCountryNames(ctx: Context, locale: string, value: unknown, out: Record<string, Record<string, string>>): void {
  const path = child('_omj.country_names', locale);
  if (!LANGUAGE_TAG.test(locale)) {
    ctx.warn(path, `${quote(locale)} is not a language tag`);
    return;
  }
  if (!isObject(value)) {
    ctx.warn(path, `not an object of code → name (found ${typeName(value)})`);
    return;
  }
  const names: Record<string, string> = {};
  for (const code of Object.keys(value as Raw)) {
    const codePath = child(path, code);
    if (!isCountryCode(code.toUpperCase())) {
      ctx.warn(codePath, `${quote(code)} is not an ISO 3166-1 code`);
      continue;
    }
    const name = ctx.string((value as Raw)[code], codePath, LIMITS.short);
    if (name !== undefined) names[code.toUpperCase()] = name;
  }
  out[locale] = names;
}
