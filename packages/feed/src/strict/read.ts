// The state of one parse (problems found so far, base URL, feed language) and the readers every field
// uses: text, localized text, URLs, dates, language tags, lists, numbers. Each reader takes the raw value
// and its path, returns the clean value or `undefined`, and reports what it refused as `PATH: reason`.
//
// The state lives in module variables rather than in an object passed around: a parse is synchronous and
// short, and plain variables cost the bundle far less than properties (which minifiers cannot rename).
import { parseRfc3339 } from '../formats.js';
import type { FeedProblem, LocalizedText } from '../types.js';
import { safeUrl, unsafeUrlReason, type UrlPurpose } from '../url.js';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../limits.js';
import { decodeEntities, shorten, stripUnpairedBidi, toText } from '../plain-text.js';

export type Raw = Record<string, unknown>;
export type Severity = FeedProblem['severity'];

/** Titles, names, labels, roles, short free text: cut at this length (UTF-16 units) with a warning. */
export const SHORT = MAX_SHORT_TEXT;
/** content_text, summaries, transcripts. */
export const LONG = MAX_LONG_TEXT;
/** White space runs that collapse to one space in single-line text. */
const SPACES = /[ \t\r\n\f\u00a0]+/g;
export const ERROR: Severity = 'error';

/** Problems of the parse under way, in the order found. */
export let problems: FeedProblem[] = [];
/** How many errors so far: an item is dropped when reading it raised this count. */
export let errors = 0;
/** Absolute base for relative URLs: the feed's own URL, else its absolute `feed_url`, else none. */
let base: string | undefined;
/** The feed's language, else `en`: the language of plain-string localized text. */
export let feedLanguage = 'en';

/** Starts a parse: no problems yet, relative URLs resolve against `baseUrl` (when absolute http(s)). */
export function begin(baseUrl: unknown): void {
  problems = [];
  errors = 0;
  base = safeUrl(baseUrl);
  feedLanguage = 'en';
}

/** The feed's own `language` and absolute `feed_url` (a base only when the caller gave none). */
export function useFeed(language: string | undefined, feedUrl: string | undefined): void {
  feedLanguage = language ?? 'en';
  base ??= feedUrl;
}

/** Reports a problem; returns `undefined` so a reader can `return report(…)`. */
export function report(path: string, reason: string, severity: Severity = 'warning'): undefined {
  problems.push({ path, reason, severity });
  if (severity === ERROR) errors++;
  return undefined;
}

/** `not an object (found a string)`. */
export function notA(path: string, type: string, value: unknown, severity?: Severity): undefined {
  return report(path, `not ${type} (found ${typeName(value)})`, severity);
}

/** `"XX" is not an ISO 3166-1 code`. */
export function isNot(path: string, value: unknown, what: string, severity?: Severity): undefined {
  return report(path, `${quote(value)} is not ${what}`, severity);
}

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent in the sense of JSON Feed: missing or `null`. */
export function isAbsent(value: unknown): value is undefined | null {
  return value == null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `path.key`, or `path["odd key"]` when the key is not a plain name. */
export function child(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * A value quoted for a reason: a string or number as JSON, cut to 40 characters; a list or object by its
 * type only. Never recursive: `JSON.stringify` or `String` of a value nested 20,000 levels deep overflows
 * the stack ("Maximum call stack size exceeded"), and the CLI then dropped a feed the browser shows.
 */
export function quote(value: unknown): string {
  // A short flat list (`[1,8]`) is still shown; its entries are checked to be plain values first.
  const flat = Array.isArray(value) && value.length <= 10 && value.every((entry) => typeof entry !== 'object' || entry === null);
  const text =
    typeof value === 'string' || flat
      ? JSON.stringify(value)
      : typeof value === 'object' && value !== null
        ? typeName(value)
        : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** What a value is, for `not a string (found a number)` style reasons. */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A copy without the keys whose value is `undefined`, so results compare cleanly. */
export function compact<T extends object>(value: T): T {
  // A copy rather than `delete`, which would turn the object into a slow dictionary.
  const out = {} as Record<string, unknown>;
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

/** BCP 47-ish: a 2-3 letter primary language, then subtags of 1-8 letters or digits. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
export const NOT_A_LANGUAGE_TAG = 'a language tag';

/**
 * A plain-text string: trimmed, HTML tags removed (with a warning: text fields are text), entities
 * decoded, white space collapsed (`multiline` keeps paragraph breaks), cut at `max` (with a warning).
 * `undefined` for absent, wrong type (reported) or empty.
 */
export function readString(value: unknown, path: string, max: number, multiline?: boolean): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') return notA(path, 'a string', value);
  let text = value;
  if (text.includes('<') && /<\/?[A-Za-z][^<>]*>|<!--/.test(text)) {
    text = toText(text, multiline);
    report(path, 'contained HTML markup, tags removed');
  } else {
    text = stripUnpairedBidi(decodeEntities(text));
    // Most strings are tidy already: the cheap test spares a `replace` and its copy.
    if (multiline ? /[\t\f\u00a0]| {2}|\n\s*\n/.test(text) : /[\t\n\r\f\u00a0]| {2}/.test(text)) {
      text = multiline ? text.replace(/[ \t\f\u00a0]+/g, ' ').replace(/ ?\r?\n\s*\n\s*/g, '\n\n') : text.replace(SPACES, ' ');
    }
    text = text.trim();
  }
  if (text.length > max) {
    report(path, `${text.length} characters, cut to ${max}`);
    text = shorten(text, max);
  }
  return text || undefined;
}

/**
 * Localized text: a string (in `lang`) or an object of strings keyed by language tag. Bad entries of an
 * object are dropped with a warning. `undefined` when absent, unusable (reported with `severity`) or empty.
 * Long text (`max` above `SHORT`) keeps its paragraph breaks.
 */
export function readText(value: unknown, path: string, lang: string, max = SHORT, severity?: Severity): LocalizedText | undefined {
  if (isAbsent(value)) return undefined;
  const multiline = max > SHORT;
  if (typeof value === 'string') {
    const text = readString(value, path, max, multiline);
    return text === undefined ? undefined : { [lang]: text };
  }
  if (!isObject(value)) return report(path, `not text (a string, or an object of strings by language; found ${typeName(value)})`, severity);
  const out: Record<string, string> = {};
  let any: true | undefined;
  for (const key of Object.keys(value)) {
    if (!LANGUAGE_TAG.test(key)) {
      isNot(child(path, key), key, NOT_A_LANGUAGE_TAG);
      continue;
    }
    const text = readString(value[key], `${path}.${key}`, max, multiline); // a language tag is a plain name
    if (text !== undefined) {
      out[key] = text;
      any = true;
    }
  }
  return any && out;
}

/** An allowlisted URL (relative ones resolve against the base); a refused one is reported as a warning. */
export function readUrl(value: unknown, path: string, purpose: UrlPurpose = 'link'): string | undefined {
  if (isAbsent(value)) return undefined;
  return resolveUrl(value, purpose) ?? report(path, urlReason(value, purpose));
}

/** `safeUrl` against the feed's base, without reporting. */
export function resolveUrl(value: unknown, purpose: UrlPurpose): string | undefined {
  return safeUrl(value, purpose, base);
}

/** Why a URL was refused; a relative one without a base says so. */
export function urlReason(value: unknown, purpose: UrlPurpose): string {
  const relative = typeof value === 'string' && base === undefined && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.trim());
  return unsafeUrlReason(purpose) + (relative ? ' (relative, and the feed has no absolute feed_url to resolve it)' : '');
}

/** A language tag; a bad one is reported as a warning and left out. */
export function readLanguageTag(value: unknown, path: string): string | undefined {
  if (isAbsent(value)) return undefined;
  return typeof value === 'string' && LANGUAGE_TAG.test(value.trim()) ? value.trim() : isNot(path, value, NOT_A_LANGUAGE_TAG);
}

/** A number from `min` to `max` (whole with `integer`); another value is reported as a warning. Absent: `undefined`. */
export function readNumber(value: unknown, path: string, min: number, max: number, integer?: boolean): number | undefined {
  if (isAbsent(value)) return undefined;
  return typeof value === 'number' && (!integer || Number.isInteger(value)) && value >= min && value <= max
    ? value
    : isNot(path, value, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
}

/**
 * The entries of a list read with `read(entry, path)`, each kept once, in order. Absent: `undefined`
 * silently; not an array: `undefined` with a warning.
 */
export function readList<T>(
  value: unknown,
  path: string,
  read: (entry: unknown, path: string) => T | undefined,
  max = Infinity,
): T[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) return notA(path, 'an array', value);
  if (value.length > max) report(path, `${value.length} entries, more than ${max}: only the first ${max} read`);
  // A Set keeps each once in linear time (`includes` was quadratic: 40,000 topics took 1.9 s).
  const out = new Set<T>();
  for (let i = 0; i < Math.min(value.length, max); i++) {
    const item = read(value[i], `${path}[${i}]`);
    if (item !== undefined) out.add(item);
  }
  return [...out];
}

/** An object (or `undefined` when absent); another value is reported with `severity`. */
export function readObject(value: unknown, path: string, severity?: Severity): Raw | undefined {
  if (isAbsent(value)) return undefined;
  return isObject(value) ? value : notA(path, 'an object', value, severity);
}

/** An RFC 3339 date; a bad one is reported as a warning and left out. */
export function readDate(value: unknown, path: string): Date | undefined {
  if (isAbsent(value)) return undefined;
  // A `Date` can only come from an object handed over by script (the `data` property), never from JSON.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  return (typeof value === 'string' ? parseRfc3339(value.trim()) : undefined) ?? isNot(path, value, 'an RFC 3339 date');
}
