const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) formatters.set(key, (value = make()));
  return value;
}

/**
 * A news date in the visitor's language: relative ("3 hours ago", «вчера») within a week of `now`,
 * otherwise a medium date ("12 Mar 2024", «12 мар. 2024 г.»). A malformed language tag falls back to English.
 */
export function formatNewsDate(date: Date, locale: string, now: number = Date.now()): string {
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = 'en';
  }
  const diff = date.getTime() - now;
  const abs = Math.abs(diff);
  if (abs >= 7 * DAY) {
    return formatter(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(date);
  }
  const relative = formatter(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (abs < HOUR) return relative.format(Math.trunc(diff / MINUTE), 'minute');
  if (abs < DAY) return relative.format(Math.trunc(diff / HOUR), 'hour');
  return relative.format(Math.trunc(diff / DAY), 'day');
}
