import { KYRGYZ_WEEKDAYS, intlLocales, needsKyrgyzFallback } from '@omj/core';

/**
 * The banner's words from `Intl`, on top of core's helpers (packages/core/src/intl.ts): where the browser
 * has no Kyrgyz data, core falls back to Russian formats and we add the few Kyrgyz words a Kyrgyz
 * sentence needs. `locale` is the element's UI locale (`en`, `ru`, `ky`), so the words match the sentence.
 */

/** "today", "tomorrow", or the weekday (ISO 1–7) of `date` in the hotline's zone. */
export function dayName(inDays: number, weekday: number, date: Date, timeZone: string, locale: string): string {
  if (needsKyrgyzFallback(locale)) return (inDays < 2 ? ['бүгүн', 'эртең'][inDays] : KYRGYZ_WEEKDAYS[weekday - 1])!;
  return inDays < 2
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(inDays, 'day')
    : new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(date);
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
