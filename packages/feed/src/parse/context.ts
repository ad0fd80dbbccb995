// Shared state and field readers for one parse: problem list, base URL, languages, limits.
import type { FeedProblem, LocalizedText } from '../types.js';
import { safeUrl, unsafeUrlReason, type UrlPurpose } from '../url.js';
import { collapseSpaces, decodeEntities, hasMarkup, htmlToText } from './html.js';

export type Severity = FeedProblem['severity'];
export type Raw = Record<string, unknown>;

/** Length limits (UTF-16 units). Longer values are cut with a warning. */
export const LIMITS = {
  /** Titles, names, labels, roles, short free text. */
  short: 500,
  /** content_text, summaries, transcripts. */
  long: 20000,
  /** Items read from one feed; the rest are dropped with one problem. */
  items: 10000,
  /** Ids longer than this are refused. */
  id: 1000,
} as const;

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent in the sense of JSON Feed: missing or `null`. */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `path.key`, or `path["odd key"]` when the key is not a plain name. */
export function child(path: string, key: string): string {
  return IDENTIFIER.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
}

/**
 * An absolute http(s) URL that `new URL(value).href` would return unchanged: lower-case DNS host with a
 * letter TLD (no IP, no port), a path, and only characters no part of the URL parser rewrites; no dot
 * segments. Most feed URLs look like this, and `new URL` is the costliest step of parsing a big feed in
 * Chromium (about a third of the time for 3,000 films).
 */
const PLAIN_HTTP_URL = /^(?!.*(?:\/\.|%2[eE]))https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,63}\/[A-Za-z0-9\-._~!$&()*+,;=:@/?#%]*$/;

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** `safeUrl`, with a shortcut for plain absolute http(s) URLs (same result, without `new URL`). */
export function quickSafeUrl(value: unknown, purpose: UrlPurpose, base?: string): string | undefined {
  if ((purpose === 'link' || purpose === 'media') && typeof value === 'string' && value.length <= 2048 && PLAIN_HTTP_URL.test(value)) return value;
  return safeUrl(value, purpose, base);
}

/** A value quoted for a reason: JSON, cut to 40 characters. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** What a value is, for `not a string (found a number)` style reasons. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** BCP 47-ish: a 2-3 letter primary language, then subtags of 1-8 letters or digits. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Cheap tests that spare a `replace` (and its copy) for the usual, already tidy string. */
const LOOSE_LINE = /[\t\n\r\f\u00a0]| {2}/;
const LOOSE_MULTILINE = /[\t\f\u00a0]| {2}|\n\s*\n/;

/** The number in `text[from, from + count)` when all are ASCII digits, else -1. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An RFC 3339 date-time (`2012-04-20T10:00:00+06:00`, `…Z`, fractions, `t`/space separator), calendar
 * checked (no 30 February). A leap second (:60) reads as :59. Read by hand: no regex, no Date.parse.
 */
export function parseRfc3339(value: string): Date | undefined {
  const n = value.length;
  if (n < 20 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
  const t = value.charCodeAt(10);
  if (t !== 84 && t !== 116 && t !== 32) return undefined;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  let i = 19;
  let ms = 0;
  if (value.charCodeAt(i) === 46) {
    let j = i + 1;
    while (j < n && value.charCodeAt(j) >= 48 && value.charCodeAt(j) <= 57) j++;
    if (j === i + 1 || j > i + 10) return undefined;
    ms = Math.floor(Number(`0${value.slice(i, j)}`) * 1000);
    i = j;
  }
  let offset = 0;
  const zone = value.charCodeAt(i);
  if (zone === 90 || zone === 122) {
    if (n !== i + 1) return undefined;
  } else if (zone === 43 || zone === 45) {
    const oh = digitsAt(value, i + 1, 2);
    const om = digitsAt(value, i + 4, 2);
    if (n !== i + 6 || value.charCodeAt(i + 3) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    offset = (zone === 43 ? 1 : -1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offset * 60000);
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900); // Date.UTC reads 0-99 as 1900-1999
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface TextOptions {
  /** Language for a plain string value. */
  readonly lang: string;
  /** Length limit: `LIMITS.short` or `LIMITS.long`. */
  readonly max: number;
  /** Keep line breaks (long text) or collapse them (titles). */
  readonly multiline?: boolean;
  /** Severity when the value is of the wrong type. */
  readonly severity?: Severity;
}

export class Context {
  readonly problems: FeedProblem[] = [];
  /** Absolute base for relative URLs: the feed's own URL, else its absolute `feed_url`, else none. */
  base: string | undefined;
  /** Feed language, else `en`: the language of plain-string localized text. */
  language = 'en';
  readonly maxYear = new Date().getFullYear() + 1;
  private readonly zones = new Map<string, boolean>();

  constructor(base: string | undefined) {
    this.base = base;
  }

  /** How many errors so far: an item is dropped when its parse raised this count. */
  errors = 0;

  report(path: string, reason: string, severity: Severity): void {
    this.problems.push({ path, reason, severity });
    if (severity === 'error') this.errors++;
  }

  warn(path: string, reason: string): void {
    this.report(path, reason, 'warning');
  }

  error(path: string, reason: string): void {
    this.report(path, reason, 'error');
  }

  /** True for a time zone this runtime's Intl knows (IANA names, `UTC`). Cached. */
  isTimeZone(zone: string): boolean {
    let ok = this.zones.get(zone);
    if (ok === undefined) {
      try {
        new Intl.DateTimeFormat(undefined, { timeZone: zone });
        ok = zone.length < 64;
      } catch {
        ok = false;
      }
      this.zones.set(zone, ok);
    }
    return ok;
  }

  /**
   * A plain-text string: trimmed, HTML tags removed (with a warning: text fields are text), entities
   * decoded, cut at `max` (with a warning). `undefined` for absent, wrong type (reported) or empty.
   */
  string(value: unknown, path: string, max: number, multiline = false, severity: Severity = 'warning'): string | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value !== 'string') {
      this.report(path, `not a string (found ${typeName(value)})`, severity);
      return undefined;
    }
    return this.clean(value, path, max, multiline);
  }

  /** Cleans a string already known to be one (see `string`). */
  clean(value: string, path: string, max: number, multiline = false): string | undefined {
    let text = value;
    if (hasMarkup(text)) {
      text = htmlToText(text);
      this.warn(path, 'contained HTML markup, tags removed');
    } else {
      text = decodeEntities(text);
      if (multiline) {
        if (LOOSE_MULTILINE.test(text)) text = text.replace(/[ \t\f\u00a0]+/g, ' ').replace(/ ?\r?\n[\s]*\n\s*/g, '\n\n');
        text = text.trim();
      } else {
        text = LOOSE_LINE.test(text) ? collapseSpaces(text) : text.trim();
      }
    }
    if (text.length > max) {
      this.warn(path, `${text.length} characters, cut to ${max}`);
      text = text.slice(0, max);
      if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
    }
    return text === '' ? undefined : text;
  }

  /**
   * Localized text: a string (in `lang`) or an object of strings keyed by language tag. Bad entries of an
   * object are dropped with a warning. `undefined` when absent, unusable (reported) or empty.
   */
  text(value: unknown, path: string, options: TextOptions): LocalizedText | undefined {
    if (isAbsent(value)) return undefined;
    const { lang, max, multiline = false, severity = 'warning' } = options;
    if (typeof value === 'string') {
      const text = this.clean(value, path, max, multiline);
      return text === undefined ? undefined : { [lang]: text };
    }
    if (!isObject(value)) {
      this.report(path, `not text (a string, or an object of strings by language; found ${typeName(value)})`, severity);
      return undefined;
    }
    const out: Record<string, string> = {};
    let any = false;
    for (const key of Object.keys(value)) {
      if (!LANGUAGE_TAG.test(key)) {
        this.warn(child(path, key), `${quote(key)} is not a language tag`);
        continue;
      }
      const entryPath = `${path}.${key}`; // a language tag is a plain name
      const text = this.string(value[key], entryPath, max, multiline);
      if (text !== undefined) {
        out[key] = text;
        any = true;
      }
    }
    return any ? out : undefined;
  }

  /** An allowlisted URL (relative ones resolve against `base`); a refused one is reported. */
  url(value: unknown, path: string, purpose: UrlPurpose, severity: Severity = 'warning'): string | undefined {
    if (isAbsent(value)) return undefined;
    const url = quickSafeUrl(value, purpose, this.base);
    if (url === undefined) this.report(path, this.urlReason(value, purpose), severity);
    return url;
  }

  /** Why a URL was refused; a relative one without a base says so. */
  urlReason(value: unknown, purpose: UrlPurpose): string {
    const relative = typeof value === 'string' && this.base === undefined && !SCHEME.test(value.trim());
    return relative ? `${unsafeUrlReason(purpose)} (relative, and the feed has no absolute feed_url to resolve it)` : unsafeUrlReason(purpose);
  }

  /** An RFC 3339 date; a bad one is reported as a warning and left out. */
  date(value: unknown, path: string): Date | undefined {
    if (isAbsent(value)) return undefined;
    // A `Date` can only come from an object handed over by script (the `data` property), never from JSON.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const date = typeof value === 'string' ? parseRfc3339(value.trim()) : undefined;
    if (date === undefined) this.warn(path, `${quote(value)} is not an RFC 3339 date`);
    return date;
  }

  /** A language tag; a bad one is reported as a warning and left out. */
  languageTag(value: unknown, path: string): string | undefined {
    if (isAbsent(value)) return undefined;
    if (typeof value === 'string' && LANGUAGE_TAG.test(value.trim())) return value.trim();
    this.warn(path, `${quote(value)} is not a language tag`);
    return undefined;
  }
}

/** A copy without the keys whose value is `undefined`, so results compare cleanly. */
export function compact<T extends object>(value: T): T {
  // A copy rather than `delete`, which would turn the object into a slow dictionary.
  const out = {} as Record<string, unknown>;
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}
