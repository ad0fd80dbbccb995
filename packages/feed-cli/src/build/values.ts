// Cell values more than one kind of row has.
import { isCountryCode, parseRfc3339 } from '@omj/feed';
import type { Row } from './row.js';

/** The text in the feed's language, else the first one given. */
export function firstText(text: Record<string, string> | undefined, language: string): string | undefined {
  return text === undefined ? undefined : (text[language] ?? Object.values(text)[0]);
}

/** The `country` cell (required) as an upper-case ISO 3166-1 code; any case is accepted. */
export function countryCode(row: Row): string | undefined {
  const raw = row.need('country');
  if (raw === undefined) return undefined;
  const code = raw.toUpperCase();
  return isCountryCode(code) ? code : row.fail('country', `"${raw}" is not an ISO 3166-1 country code (KG, AZ, RU …)`);
}

/**
 * A date (`2012-04-20`, or `20.04.2012` as Russian-locale spreadsheets show dates: midnight UTC) or an
 * RFC 3339 date-time (`2012-04-20T10:00:00+06:00`), as RFC 3339.
 */
export function date(row: Row, column: string): string | undefined {
  const value = row.get(column);
  if (value === undefined) return undefined;
  const dotted = /^(\d\d)\.(\d\d)\.(\d{4})$/.exec(value);
  const text = /^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}T00:00:00Z` : value;
  return parseRfc3339(text) !== undefined
    ? text
    : row.fail(column, `"${value}" is not a date (2012-04-20, 20.04.2012 or 2012-04-20T10:00:00+06:00)`);
}
