import { minuteOfWeek } from './hours.js';

/**
 * `Intl` in the visitor's language, with a way out where the browser lacks the data: Chromium ships no
 * Kyrgyz locale data, so `Intl` would answer in English inside a Kyrgyz sentence.
 */
const has = (tag: string) => Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;

/** Names partners use where the browser's differ (`киргизский`), and Kyrgyz names browsers may lack. */
const LANGUAGE_NAMES: Record<string, Record<string, string>> = {
  ru: { ky: 'кыргызский' },
  ky: { ky: 'кыргызча', ru: 'орусча', en: 'англисче', kk: 'казакча', uz: 'өзбекче', tg: 'тажикче' },
};

/** Monday … Sunday, and today / tomorrow, in Kyrgyz, for browsers without Kyrgyz data. */
const KY_DAYS = ['бүгүн', 'эртең', 'дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби', 'жекшемби'];

/**
 * "today", "tomorrow", or the weekday of `date` in the hotline's zone, in `locale` (a UI locale, so the
 * word matches the sentence around it).
 */
export function dayName(inDays: number, date: Date, timeZone: string, locale: string): string {
  if (!has(locale) && locale === 'ky') {
    return KY_DAYS[inDays < 2 ? inDays : ((minuteOfWeek(date, timeZone) / 1440) | 0) + 2]!;
  }
  return inDays < 2
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(inDays, 'day')
    : new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(date);
}

/** "Kyrgyz and Russian" in `locale` (a UI locale or a tag of the same language). */
export function languageList(codes: readonly string[], locale: string): string {
  const primary = locale.split('-')[0]!;
  const known = has(locale);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(known ? locale : 'ru', { type: 'language' });
  } catch {
    names = undefined;
  }
  const list = codes.map((code) => {
    try {
      return LANGUAGE_NAMES[primary]?.[code] ?? names?.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return known ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(list) : list.join(', ');
}

/**
 * A time of day in the hotline's zone, in the visitor's format ("9:00 AM", "09:00"); with the zone's name
 * ("GMT+6") when the visitor's own clock shows another time.
 */
export function formatTime(date: Date, tag: string, timeZone: string): string {
  const local = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const otherZone = minuteOfWeek(date, local) !== minuteOfWeek(date, timeZone);
  return new Intl.DateTimeFormat(has(tag) ? tag : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(otherZone ? { timeZoneName: 'short' } : {}),
  }).format(date);
}
