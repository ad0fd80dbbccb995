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
 * otherwise a medium date ("Mar 12, 2024", «12 мар. 2024 г.»). A malformed language tag falls back to
 * English. Browsers whose `Intl` has no Kyrgyz data (Chromium builds ship a reduced ICU: `ky` falls back
 * to English there) get Kyrgyz from the small CLDR-based table below.
 */
export function formatNewsDate(date: Date, locale: string, now: number = Date.now()): string {
  let supported: readonly string[];
  try {
    supported = Intl.DateTimeFormat.supportedLocalesOf(locale);
  } catch {
    locale = 'en';
    supported = [];
  }
  const diff = date.getTime() - now;
  const abs = Math.abs(diff);
  const unit = abs < HOUR ? MINUTE : abs < DAY ? HOUR : DAY;
  const count = Math.trunc(diff / unit);
  const recent = abs < 7 * DAY;
  if (supported.length === 0 && /^ky(-|$)/i.test(locale)) return kyrgyz(date, recent && diff <= 0, -count, unit);
  if (!recent) {
    return formatter(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(date);
  }
  return formatter(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    count,
    unit === MINUTE ? 'minute' : unit === HOUR ? 'hour' : 'day',
  );
}

const KY_MONTHS = 'янв.|фев.|мар.|апр.|май|июн.|июл.|авг.|сен.|окт.|ноя.|дек.'.split('|');

/** CLDR's Kyrgyz: "3 саат мурун", "кечээ", "2024-ж., 20-мар.". Past dates only are relative. */
function kyrgyz(date: Date, relative: boolean, ago: number, unit: number): string {
  if (!relative) return `${date.getFullYear()}-ж., ${date.getDate()}-${KY_MONTHS[date.getMonth()]}`;
  if (unit === MINUTE) return ago === 0 ? 'ушул мүнөттө' : `${ago} мүнөт мурун`;
  if (unit === HOUR) return `${ago} саат мурун`;
  return ago === 1 ? 'кечээ' : ago === 2 ? 'мурдагы күнү' : `${ago} күн мурун`;
}
