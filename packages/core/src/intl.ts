import { toUiLocale } from './locale/locales.js';

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

/**
 * The locale list to give any `Intl` constructor: the tag, Russian for Kyrgyz, then English. A language
 * we ship no UI strings for (`kk`, `de`) formats in English like the sentences around its values (which
 * the element marks `lang="en"`): a Kazakh date inside an English sentence is read with the wrong voice,
 * and Debian's Chromium, lacking the data, printed ICU's raw «2024 M03 20».
 */
export function intlLocales(tag: string): string[] {
  const locale = safeLocale(tag);
  if (toUiLocale(locale) === 'en' && !/^en\b/i.test(locale)) return ['en'];
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

/**
 * Our own country names, used where the feed gives none (`country_names`). The Russian name of Kyrgyzstan
 * is the one its partners write («Кыргызстан», not CLDR's «Киргизия») and applies always. The Kyrgyz
 * names (CLDR, checked against Kyrgyz partner texts) cover the countries of the archive and the region;
 * they are used only where the browser's `Intl.DisplayNames` cannot answer in Kyrgyz (Debian's Chromium),
 * because a browser that has Kyrgyz data names every country, not just these.
 */
const RUSSIAN_COUNTRIES: Readonly<Record<string, string>> = { KG: 'Кыргызстан' };
const KYRGYZ_COUNTRIES: Readonly<Record<string, string>> = {
  AL: 'Албания',
  AM: 'Армения',
  AZ: 'Азербайжан',
  BA: 'Босния жана Герцеговина',
  BG: 'Болгария',
  BY: 'Беларусь',
  CN: 'Кытай',
  DE: 'Германия',
  GB: 'Улуу Британия',
  GE: 'Грузия',
  KG: 'Кыргызстан',
  KZ: 'Казакстан',
  MD: 'Молдова',
  ME: 'Черногория',
  MK: 'Түндүк Македония',
  MN: 'Монголия',
  RO: 'Румыния',
  RS: 'Сербия',
  RU: 'Орусия',
  TJ: 'Тажикстан',
  TM: 'Түркмөнстан',
  TR: 'Түркия',
  UA: 'Украина',
  US: 'Кошмо Штаттар',
  UZ: 'Өзбекстан',
  XK: 'Косово',
};

/** Monday … Sunday in Kyrgyz (ISO order). */
export const KYRGYZ_WEEKDAYS = ['дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби', 'жекшемби'];

/** Abbreviated months in Kyrgyz (CLDR). */
export const KYRGYZ_MONTHS = 'янв.|фев.|мар.|апр.|май|июн.|июл.|авг.|сен.|окт.|ноя.|дек.'.split('|');

/** The parts of `Intl` the country namer uses; tests give a stand-in to play a browser with(out) Kyrgyz. */
export interface RegionNamesApi {
  new (
    locales: string[],
    options: Intl.DisplayNamesOptions,
  ): { of(code: string): string | undefined; resolvedOptions(): { locale: string } };
  supportedLocalesOf(locales: string[]): string[];
}

/**
 * A country namer for one language, the one place country names come from (widgets, the filter, and the
 * search in `@omj/feed`'s query, which takes it from the caller): the feed's own spelling first
 * (`country_names.ru.KG`, the full tag before the language), then our names above, then
 * `Intl.DisplayNames` (Russian for Kyrgyz where the browser has no Kyrgyz). Undefined for a code nobody
 * can name.
 */
export function countryNamer(
  tag: string,
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  api: RegionNamesApi | undefined = typeof Intl.DisplayNames === 'function' ? Intl.DisplayNames : undefined,
): (code: string) => string | undefined {
  const locale = safeLocale(tag);
  const primary = locale.split('-')[0]!.toLowerCase();
  let regions: InstanceType<RegionNamesApi> | undefined;
  let speaks = false;
  try {
    speaks = api!.supportedLocalesOf([primary]).length > 0;
    regions = new api!(intlLocales(locale), { type: 'region', fallback: 'none' });
  } catch {
    regions = undefined; // no Intl.DisplayNames (old Android WebViews): our names and the feed's only
  }
  const served = regions?.resolvedOptions().locale.split('-')[0] ?? 'en';
  // Own keys only, into a null-prototype map: a page in `lang="constructor"` or a country code `toString`
  // must never read a member of Object.prototype (#12).
  const of = (tag: string) => (Object.hasOwn(overrides, tag) ? overrides[tag] : undefined);
  const own = Object.assign(
    Object.create(null) as Record<string, string>,
    of(served),
    served === 'ru' || primary === 'ru' ? RUSSIAN_COUNTRIES : undefined,
    primary === 'ky' && !speaks ? KYRGYZ_COUNTRIES : undefined,
    of(primary),
    of(locale),
  );
  return (code) => {
    try {
      return (Object.hasOwn(own, code) ? own[code] : undefined) ?? regions?.of(code);
    } catch {
      return undefined;
    }
  };
}

/**
 * The plural category of `count` in `tag`'s language: the ONE way widgets choose between msg() forms of a
 * count with a noun. Runtime msg() has no ICU plurals, so give each category its own msg() with an id,
 * whose English source is the English form (English uses `one` and `other`; the `few` and `many` ids,
 * which Russian needs, repeat the English plural):
 *
 *   const n = films.length;
 *   plural(n, this.langTag, {
 *     one: msg(str`${n} film`, { id: 'films-one' }),
 *     few: msg(str`${n} films`, { id: 'films-few' }),    // ru «{0} фильма»
 *     many: msg(str`${n} films`, { id: 'films-many' }),  // ru «{0} фильмов»
 *     other: msg(str`${n} films`, { id: 'films-other' }), // ru «{0} фильма» (fractions), ky «{0} тасма»
 *   });
 *
 * Kyrgyz has `one` and `other` only; a browser without Kyrgyz plural rules would otherwise use Russian's.
 */
export function pluralCategory(count: number, tag: string): Intl.LDMLPluralRule {
  const locale = safeLocale(tag);
  if (/^ky\b/i.test(locale) && Intl.PluralRules.supportedLocalesOf(locale).length === 0) return count === 1 ? 'one' : 'other';
  return new Intl.PluralRules(locale).select(count);
}

/** The form of `forms` for `count` (see pluralCategory), `other` when the language's category is not given. */
export function plural<T>(count: number, tag: string, forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T }): T {
  return forms[pluralCategory(count, tag)] ?? forms.other;
}

/**
 * The language `Intl` really formats in for `tag`, when it is not `tag`'s own: `ru` for a Kyrgyz page on
 * a browser without Kyrgyz data, `en` for a language Intl does not know. Undefined when Intl speaks the
 * page's language. Formatted values get this as their `lang` (see `inLang`), so a screen reader reads
 * a Russian date on a Kyrgyz page in Russian.
 */
export function intlFallbackLang(tag: string): string | undefined {
  const locale = safeLocale(tag);
  const used = new Intl.DateTimeFormat(intlLocales(locale)).resolvedOptions().locale;
  const primary = (value: string) => value.split('-')[0]!.toLowerCase();
  return primary(used) === primary(locale) ? undefined : used;
}

/** A medium date ("Apr 20, 2012", «20 апр. 2012 г.», «2012-ж., 20-апр.»). */
export function formatMediumDate(date: Date, tag: string, timeZone?: string): string {
  if (needsKyrgyzFallback(tag)) {
    return `${date.getFullYear()}-ж., ${date.getDate()}-${KYRGYZ_MONTHS[date.getMonth()]}`;
  }
  return new Intl.DateTimeFormat(intlLocales(tag), { dateStyle: 'medium', timeZone }).format(date);
}
