import { KYRGYZ_WEEKDAYS, intlLocales, needsKyrgyzFallback } from '@omj/core';

/**
 * The banner's words from `Intl`, on top of core's helpers (packages/core/src/intl.ts): where the browser
 * has no Kyrgyz data, core falls back to Russian formats and we add the few Kyrgyz words a Kyrgyz
 * sentence needs. `locale` is the element's UI locale (`en`, `ru`, `ky`), so the words match the sentence.
 */

/** Language names in Kyrgyz (CLDR) for the region's helplines; the Russian fallback would read oddly. */
const KYRGYZ_LANGUAGES: Record<string, string> = {
  ky: 'кыргызча',
  ru: 'орусча',
  en: 'англисче',
  kk: 'казакча',
  uz: 'өзбекче',
  tg: 'тажикче',
};

/** "today", "tomorrow", or the weekday (ISO 1–7) of `date` in the hotline's zone. */
export function dayName(inDays: number, weekday: number, date: Date, timeZone: string, locale: string): string {
  if (needsKyrgyzFallback(locale)) return (inDays < 2 ? ['бүгүн', 'эртең'][inDays] : KYRGYZ_WEEKDAYS[weekday - 1])!;
  return inDays < 2
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(inDays, 'day')
    : new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(date);
}

/** "Kyrgyz, Russian". In Russian, Kyrgyz is «кыргызский», as partners write it (browsers: «киргизский»). */
export function languageList(codes: readonly string[], locale: string): string {
  const kyrgyz = needsKyrgyzFallback(locale);
  const names = new Intl.DisplayNames(intlLocales(locale), { type: 'language' });
  const list = codes.map(
    (code) => (kyrgyz && KYRGYZ_LANGUAGES[code]) || (locale === 'ru' && code === 'ky' ? 'кыргызский' : names.of(code)!),
  );
  // Commas in every language: no Russian "и" inside a Kyrgyz sentence, and no ListFormat to ship.
  return list.join(', ');
}

/**
 * A time of day in the hotline's zone, in the visitor's format ("09:00 AM", "09:00"); with the zone
 * ("GMT+6") when the visitor's own clock shows another time.
 */
export function formatTime(date: Date, tag: string, timeZone: string): string {
  const format = (zone?: string, zoneName?: 'short') =>
    new Intl.DateTimeFormat(intlLocales(tag), { hour: '2-digit', minute: '2-digit', timeZone: zone, timeZoneName: zoneName }).format(date);
  const there = format(timeZone);
  return there === format() ? there : format(timeZone, 'short');
}
