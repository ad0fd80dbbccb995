import { msg } from '@lit/localize';
import { formatMediumDate, intlLocales, needsKyrgyzFallback } from '@omj/core';

const UNITS = ['minute', 'hour', 'day'] as const;
const KYRGYZ_UNITS = ['мүнөт', 'саат', 'күн'];
const MS = [60_000, 3_600_000, 86_400_000];

/**
 * A news date in the visitor's language: relative ("3 hours ago", «вчера») within a week of now,
 * otherwise a medium date ("Mar 12, 2024", «12 мар. 2024 г.»), through core's shared `Intl` helpers (a
 * malformed tag falls back to English). Where the browser has no Kyrgyz data (Chromium's reduced ICU),
 * Kyrgyz gets CLDR's forms: «3 саат мурун», «кечээ»; later dates a medium date. Under a minute is our own
 * string ("just now", «только что», «ушул мүнөттө»): Intl's Russian for it, «в эту минуту», reads like a
 * clock announcement. Call it inside `render()` (or `localized()`), where `msg()` has the element's language.
 */
export function formatNewsDate(date: Date, tag: string): string {
  const diff = date.getTime() - Date.now();
  const abs = Math.abs(diff);
  const unit = abs < MS[1]! ? 0 : abs < MS[2]! ? 1 : 2;
  const count = Math.trunc(diff / MS[unit]!);
  const kyrgyz = needsKyrgyzFallback(tag);
  if (abs >= 7 * MS[2]! || (kyrgyz && diff > 0)) return formatMediumDate(date, tag);
  if (count === 0) return msg('just now');
  return kyrgyz
    ? // CLDR's word for "yesterday", as Intl's numeric: 'auto' says it in other languages.
      unit === 2 && count === -1
      ? 'кечээ'
      : `${-count} ${KYRGYZ_UNITS[unit]} мурун`
    : new Intl.RelativeTimeFormat(intlLocales(tag), { numeric: 'auto' }).format(count, UNITS[unit]!);
}
