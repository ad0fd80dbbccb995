/**
 * The STRICT feed parser, for feed editors: `omj-feed validate` (packages/feed-cli) and its tests use it; the browser
 * bundle does not (widgets use the lean parser in src/parse.ts, which keeps and drops the same items of a
 * feed that passes here, but checks less and reports shorter reasons).
 *
 * JSON text (or an already parsed value) in, the normalized model of types.ts out, with
 * every problem reported as `PATH: reason`. It never throws. A bad item is dropped (severity `error`), a
 * bad optional part is removed and its item kept (`warning`), every good item is kept in order.
 * The rules are documented in docs/feed.md.
 */
import type { ParsedFeed, ParseResult, Topic } from '../types.js';
import { isCountryCode } from '../formats.js';
import { DEFAULT_MAX_LENGTH, type ParseOptions } from '../limits.js';

export { DEFAULT_MAX_LENGTH, type ParseOptions } from '../limits.js';
import { beginItems, NOT_A_COUNTRY, readAuthors, readItem, withdrawnIds, type Item } from './items.js';
import {
  begin,
  child,
  compact,
  ERROR,
  errors,
  feedLanguage,
  isAbsent,
  isNot,
  isObject,
  LANGUAGE_TAG,
  NOT_A_LANGUAGE_TAG,
  notA,
  problems,
  readLanguageTag,
  readObject,
  readString,
  readText,
  readUrl,
  report,
  SHORT,
  typeName,
  useFeed,
  type Raw,
} from './read.js';

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

/** Items read from one feed; the rest are dropped with one problem. */
export const MAX_ITEMS = 10000;

/** Counts of the last parse, for `parseFeedWithStats` (kept apart so `parseFeed` alone stays small). */
let itemCount = 0;
let withdrawnCount = 0;

/**
 * Parses JSON text or an already-parsed value. Never throws.
 *
 * Not re-entrant: one parse runs at a time (it is synchronous, and nothing it calls starts another).
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  itemCount = withdrawnCount = 0;
  try {
    return parse(input, options);
  } catch (error) {
    // Nothing above should throw; if something does (a getter on a hand-made object, a runtime without
    // Intl), the input is reported as unusable instead of breaking the page.
    itemCount = withdrawnCount = 0;
    return {
      ok: false,
      problems: [{ path: '$', reason: `could not be read (${error instanceof Error ? error.message : String(error)})`, severity: ERROR }],
    };
  }
}

/** `parseFeed`, plus item counts for reports (the CLI's summary line). Never throws. */
export function parseFeedWithStats(input: unknown, options: ParseOptions = {}): { result: ParseResult; stats: ParseStats } {
  const result = parseFeed(input, options);
  const feed = result.ok ? result.feed : undefined;
  const kept = feed === undefined ? 0 : feed.films.length + feed.news.length + feed.contacts.length + feed.hotlines.length;
  return { result, stats: { items: itemCount, kept, dropped: itemCount - kept - withdrawnCount, withdrawn: withdrawnCount } };
}

/** `5.2 MB`, `300 KB`. */
export function formatSize(length: number): string {
  const mb = length / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.max(1, Math.round(length / 1024))} KB`;
}

/** The start of a text that is not JSON, for the reason line: `<!DOCTYPE html>`, or 30 characters. */
function opening(text: string): string {
  const line = text.trimStart().split(/\r?\n/, 1)[0]!.trim();
  const end = line.indexOf('>');
  if (line[0] === '<' && end > 0 && end < 60) return line.slice(0, end + 1);
  return line.length > 30 ? `${line.slice(0, 29)}…` : line;
}

/** JSON text to a value; `undefined` with the reason reported at `$` when it is not JSON. */
function readJson(text: string, maxLength: number): unknown {
  if (text.length > maxLength)
    return report('$', `feed is ${formatSize(text.length)}, more than the ${formatSize(maxLength)} limit`, ERROR);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return report('$', 'not JSON (empty)', ERROR);
  try {
    return JSON.parse(body);
  } catch (error) {
    const start = body.trimStart()[0];
    if (start !== '{' && start !== '[') return report('$', `not JSON (starts with ${JSON.stringify(opening(body))})`, ERROR);
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    let detail = 'syntax error';
    if (/end of (JSON )?input/i.test(message) || (at !== null && Number(at[1]) >= body.trimEnd().length))
      detail = 'it ends too early: cut off?';
    else if (at !== null) {
      const before = body.slice(0, Number(at[1]));
      detail += ` at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    return report('$', `not valid JSON (${detail})`, ERROR);
  }
}

const REQUIRED: [key: string, type: string][] = [
  ['version', 'a string'],
  ['title', 'a string'],
  ['items', 'an array'],
];

const VERSIONS = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/;

function parse(input: unknown, options: ParseOptions): ParseResult {
  begin(options.baseUrl);
  const value = typeof input === 'string' ? readJson(input, options.maxLength ?? DEFAULT_MAX_LENGTH) : input;
  if (errors === 0 && !isObject(value)) report('$', `not a JSON Feed (a JSON object; found ${typeName(value)})`, ERROR);
  if (errors > 0) return { ok: false, problems };
  const raw = value as Raw;
  for (const [key, type] of REQUIRED) {
    const field = raw[key];
    if (isAbsent(field)) report(key, 'missing', ERROR);
    else if (type === 'an array' ? !Array.isArray(field) : typeof field !== 'string') notA(key, type, field, ERROR);
  }
  const list = raw.items as unknown[];
  if (Array.isArray(list)) itemCount = list.length;
  if (errors > 0) return { ok: false, problems };
  const version = (raw.version as string).trim();
  if (!VERSIONS.test(version)) isNot('version', raw.version, 'a known JSON Feed version; read as 1.1');

  const title = readString(raw.title, 'title', SHORT) ?? '';
  if (title === '') report('title', 'empty');
  const language = readLanguageTag(raw.language, 'language');
  useFeed(language, readUrl(raw.feed_url, 'feed_url'));
  const homePageUrl = readUrl(raw.home_page_url, 'home_page_url');
  const nextUrl = readUrl(raw.next_url, 'next_url');

  const extension = readObject(raw._omj, '_omj');
  const extensionVersion = extension?.version;
  if (!isAbsent(extensionVersion) && extensionVersion !== 1) isNot('_omj.version', extensionVersion, 'a known version; read as 1');
  const topics = readTopicVocabulary(extension?.topics);
  const countryNames = readCountryNames(extension?.country_names);
  beginItems(title, language, topics && new Set(topics.map((topic) => topic.key)), readAuthors(raw, '') ?? []);

  const kept: Record<Item['kind'], Item[]> = { film: [], news: [], contact: [], hotline: [] };
  for (let i = 0; i < Math.min(list.length, MAX_ITEMS); i++) {
    const item = readItem(list[i], i);
    if (item === 'withdrawn') withdrawnCount++;
    else if (item !== undefined) kept[item.kind].push(item);
  }
  if (list.length > MAX_ITEMS)
    report('items', `${list.length} items, more than the ${MAX_ITEMS} limit: items[${MAX_ITEMS}] and after dropped`, ERROR);

  // Consent belongs to the id: a film kept above and withdrawn further down is removed too (and counted).
  const films = kept.film.filter((item) => !withdrawnIds.has(item.id));
  withdrawnCount += kept.film.length - films.length;
  const feed = { version, title, language, homePageUrl, nextUrl, films, news: kept.news, contacts: kept.contact, hotlines: kept.hotline };
  return { ok: true, feed: compact({ ...feed, topics: topics ?? [], countryNames, problems, withdrawnIds }) as ParsedFeed };
}

/** `_omj.topics`: key → localized label, in display order; `undefined` when the feed has none. */
function readTopicVocabulary(value: unknown): Topic[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!isObject(value)) return report('_omj.topics', `not an object of key → label (found ${typeName(value)}); topic keys are not checked`);
  const topics: Topic[] = [];
  for (const key of Object.keys(value)) {
    const path = child('_omj.topics', key);
    if (!/^[^\s]{1,100}$/.test(key)) {
      isNot(path, key, 'a topic key (no spaces, at most 100 characters)');
      continue;
    }
    const label = readText(value[key], path, feedLanguage);
    if (label === undefined) report(path, 'no label; the key is shown');
    topics.push({ key, label: label ?? { [feedLanguage]: key } });
  }
  return topics;
}

/** `_omj.country_names`: per-language overrides of country names, `{ ru: { KG: "Кыргызстан" } }`. */
function readCountryNames(value: unknown): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const locales = readObject(value, '_omj.country_names') ?? {};
  for (const locale of Object.keys(locales)) {
    const path = child('_omj.country_names', locale);
    const names = locales[locale];
    if (!LANGUAGE_TAG.test(locale)) {
      isNot(path, locale, NOT_A_LANGUAGE_TAG);
    } else if (!isObject(names)) {
      report(path, `not an object of code → name (found ${typeName(names)})`);
    } else {
      const byCode: Record<string, string> = (out[locale] = {});
      for (const code of Object.keys(names)) {
        const codePath = child(path, code);
        const upper = code.toUpperCase();
        const name = isCountryCode(upper) ? readString(names[code], codePath, SHORT) : isNot(codePath, code, NOT_A_COUNTRY);
        if (name !== undefined) byCode[upper] = name;
      }
    }
  }
  return out;
}
