/**
 * Formats both parsers read the same way: the browser's (parse.ts) and the CLI's strict one (strict/).
 * Neither depends on the browser's Intl or Date parsing, which differ between old phones.
 */

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, as a bitmap to keep the bundle small: for each
 * first letter A … Z, a 26-bit mask of the second letters (bit 0 = A, bit 25 = Z), written in base 36.
 * `KG` is assigned because bit 6 (G) of K's mask is set. Exceptionally reserved or user-assigned codes
 * (EU, UK, XK, AC …) are not in it. The tests compare it, code by code, with the JSON Schema's list.
 */
const MASKS =
  'sox2w ybdob 13fegd jznrk jo44 3abk dq22j 10t1c lq8o 153k wkgr4 cepl3 13ycxp kpks5 35s d1hpt 1 3accw 10rw7z o4s18 u4hmp mno5 5mao 0 b8k0 2hzi9'.split(
    ' ',
  );

/** True for an assigned ISO 3166-1 alpha-2 code, upper case (`KG`). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && ((parseInt(MASKS[code.charCodeAt(0) - 65]!, 36) >> (code.charCodeAt(1) - 65)) & 1) === 1;
}

/**
 * The id of a YouTube or Vimeo video, decided once for both readers: a string (trimmed), or a whole number
 * written without quotes (`"id": 12345678901` is read as the text `12345678901`, the way JSON Feed readers
 * read a numeric item id). YouTube: 11 letters, digits, `-` or `_`; Vimeo: 1 to 15 digits.
 */
export function videoId(provider: 'youtube' | 'vimeo', value: unknown): string | undefined {
  const id = typeof value === 'string' ? value.trim() : Number.isSafeInteger(value) && (value as number) >= 0 ? String(value) : '';
  return (provider === 'youtube' ? /^[\w-]{11}$/ : /^\d{1,15}$/).test(id) ? id : undefined;
}

const RFC_3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d{1,9})?(?:[Zz]|([+-])(\d\d):(\d\d))$/;

/**
 * An RFC 3339 date-time (`2012-04-20T10:00:00+06:00`, `…Z`, fractions, `t`/space separator), calendar
 * checked (no 30 February): a day, month or hour out of range makes `Date.UTC` roll over into another
 * day, which the check catches. A leap second (:60) reads as :59.
 */
export function parseRfc3339(value: string): Date | undefined {
  const match = RFC_3339.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction, , offsetHours, offsetMinutes] = match.map(Number) as number[];
  // Date.UTC reads years 0-99 as 1900-1999: read them as 2000-2099 (the same leap years), then set them.
  const date = new Date(
    Date.UTC(year! < 100 ? year! + 2000 : year!, month! - 1, day, hour, minute, Math.min(second!, 59), Math.floor((fraction || 0) * 1000)),
  );
  if (year! < 100) date.setUTCFullYear(year!);
  if (
    date.getUTCMonth() !== month! - 1 ||
    date.getUTCDate() !== day ||
    minute! > 59 ||
    second! > 60 ||
    offsetHours! > 23 ||
    offsetMinutes! > 59
  )
    return undefined;
  const offset = Number.isNaN(offsetHours) ? 0 : (match[8] === '+' ? -60000 : 60000) * (offsetHours! * 60 + offsetMinutes!);
  return new Date(date.getTime() + offset);
}

/**
 * A plain e-mail address, as the feed's `_omj.email` and the contact card's inline `email` must be: nothing
 * that could add headers or a fragment to the `mailto:` link built from it (`?`, `&`, `#`), no spaces,
 * brackets or quotes.
 */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && /^[^\s@<>()",;:?&#%/\\]+@[^\s@<>()",;:?&#%/\\]+\.[^\s@<>()",;:?&#%/\\.]{2,}$/.test(text);
}
