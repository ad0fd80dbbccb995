/**
 * `Intl` in the visitor's language, with one shared way out where the browser lacks the data.
 *
 * Measured here: Debian's Chromium 156 has no Kyrgyz data at all (`supportedLocalesOf('ky')` is empty;
 * DisplayNames, DateTimeFormat, RelativeTimeFormat and ListFormat answer in English for `ky`). A Kyrgyz
 * page then gets Russian from `Intl` (what Kyrgyz readers expect instead, and the conventions match), plus
 * the few Kyrgyz words below (CLDR) where Russian would sit oddly inside a Kyrgyz sentence.
 */

/** `tag` canonicalized, or `en` for a tag `Intl` rejects (a partner's `lang="en_US"` must not throw). */
export function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The locale list to give any `Intl` constructor: the tag, Russian for Kyrgyz, then English. */
export function intlLocales(tag: string): string[] {
  const locale = safeLocale(tag);
  return /^ky\b/i.test(locale) ? [locale, 'ru', 'en'] : [locale, 'en'];
}

/** True when the browser has real formatting data for `tag`'s language. */
export function hasIntlData(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf(safeLocale(tag)).length > 0;
}

/** True when `tag` is Kyrgyz and the browser cannot speak it: use the Kyrgyz words below. */
export function needsKyrgyzFallback(tag: string): boolean {
  return /^ky\b/i.test(tag) && !hasIntlData(tag);
}

/** Kyrgyz names (CLDR) of the region's countries where the Russian fallback differs. */
const KYRGYZ_COUNTRIES: Record<string, string> = {
  KG: 'Кыргызстан',
  KZ: 'Казакстан',
  TJ: 'Тажикстан',
  UZ: 'Өзбекстан',
  TM: 'Түркмөнстан',
  AZ: 'Азербайжан',
  CN: 'Кытай',
  TR: 'Түркия',
  US: 'Кошмо Штаттар',
  GB: 'Улуу Британия',
};

/** Monday … Sunday in Kyrgyz (ISO order). */
export const KYRGYZ_WEEKDAYS = ['дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби', 'жекшемби'];

/** Abbreviated months in Kyrgyz (CLDR). */
export const KYRGYZ_MONTHS = 'янв.|фев.|мар.|апр.|май|июн.|июл.|авг.|сен.|окт.|ноя.|дек.'.split('|');

/**
 * A country namer for one language: the feed's own spelling first (`country_names.ru.KG = "Кыргызстан"`,
 * the full tag before the language), then our Kyrgyz names when the browser has none, then
 * `Intl.DisplayNames`. Returns undefined for a code nobody can name.
 */
export function countryNamer(
  tag: string,
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
): (code: string) => string | undefined {
  const locale = safeLocale(tag);
  const primary = locale.split('-')[0]!.toLowerCase();
  let regions: Intl.DisplayNames | undefined;
  try {
    regions = new Intl.DisplayNames(intlLocales(locale), { type: 'region', fallback: 'none' });
  } catch {
    regions = undefined;
  }
  const served = regions?.resolvedOptions().locale.split('-')[0] ?? 'en';
  const own: Record<string, string> = {
    ...overrides[served],
    ...(primary === 'ky' && served !== 'ky' ? KYRGYZ_COUNTRIES : {}),
    ...overrides[primary],
    ...overrides[locale],
  };
  return (code) => {
    try {
      return own[code] ?? regions?.of(code);
    } catch {
      return undefined;
    }
  };
}

/** A medium date ("Apr 20, 2012", «20 апр. 2012 г.», «2012-ж., 20-апр.»). */
export function formatMediumDate(date: Date, tag: string, timeZone?: string): string {
  if (needsKyrgyzFallback(tag)) {
    return `${date.getFullYear()}-ж., ${date.getDate()}-${KYRGYZ_MONTHS[date.getMonth()]}`;
  }
  return new Intl.DateTimeFormat(intlLocales(tag), { dateStyle: 'medium', timeZone }).format(date);
}
