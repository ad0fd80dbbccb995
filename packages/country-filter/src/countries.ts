import { countByCountry, foldForSearch, type ParsedFeed } from '@omj/feed';

/** One line of the list: a country that has films (or is selected without any). */
export interface CountryRow {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  /** In the element's language: the feed's override, else `Intl.DisplayNames`. */
  readonly name: string;
  readonly count: number;
  /** `name` folded for type-ahead matching. */
  readonly key: string;
}

/** A country code as the grid's `country` attribute may carry it. */
export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code);

/**
 * The locales to ask `Intl` for names and numbers. Browsers without Kyrgyz data (Chromium on Linux and
 * Android builds among them) would answer a Kyrgyz page in English; Russian is what Kyrgyz readers expect
 * instead. (Sorting keeps the Kyrgyz tag: the root collation already orders ө, ү, ң as Kyrgyz does.)
 */
export function intlLocales(locale: string): string[] {
  return /^ky\b/i.test(locale) ? [locale, 'ru', 'en'] : [locale, 'en'];
}

/**
 * Kyrgyz names (CLDR) for the region's countries where the Russian fallback differs, used only when the
 * browser has no Kyrgyz names of its own. The feed's `country_names.ky` still wins.
 */
const KYRGYZ =
  'KG:Кыргызстан,KZ:Казакстан,TJ:Тажикстан,UZ:Өзбекстан,TM:Түркмөнстан,CN:Кытай,TR:Түркия,US:Кошмо Штаттар,GB:Улуу Британия';

/** `tag` when `Intl` accepts it, else English: a partner's `lang="en_US"` must not break the list. */
export function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Names, counts and order of the countries for one language. Built once per feed and language, so moving
 * through the list or selecting never rebuilds it.
 */
export class CountryList {
  readonly rows: readonly CountryRow[];
  readonly total: number;
  /** A country's name, or undefined for a code neither the feed nor Intl can name. */
  private readonly names: (code: string) => string | undefined;
  private readonly collator: Intl.Collator;

  constructor(
    readonly feed: ParsedFeed,
    readonly locale: string,
  ) {
    const regions = new Intl.DisplayNames(intlLocales(locale), { type: 'region', fallback: 'none' });
    const primary = locale.split('-')[0]!.toLowerCase();
    const served = regions.resolvedOptions().locale.split('-')[0]!;
    const builtIn: Record<string, string> =
      primary === 'ky' && served !== 'ky' ? Object.fromEntries(KYRGYZ.split(',').map((pair) => pair.split(':'))) : {};
    // The feed's own spelling wins (`countryNames.ru.KG = "Кыргызстан"`), the full tag before the language;
    // where Intl answers in a fallback language, that language's overrides apply too.
    const own = { ...feed.countryNames[served], ...builtIn, ...feed.countryNames[primary], ...feed.countryNames[locale] };
    this.names = (code) => own[code] ?? regions.of(code);
    this.collator = new Intl.Collator(locale);
    this.total = feed.films.length;
    this.rows = this.sort([...countByCountry(feed.films)].map(([code, count]) => this.row(code, count)));
  }

  /** The rows plus a row with no films for each selected code the feed does not have. */
  with(selected: readonly string[]): readonly CountryRow[] {
    const known = new Set(this.rows.map((row) => row.code));
    const extra = selected.filter((code) => !known.has(code) && this.names(code) !== undefined);
    return extra.length === 0 ? this.rows : this.sort([...this.rows, ...extra.map((code) => this.row(code, 0))]);
  }

  private row(code: string, count: number): CountryRow {
    const name = this.names(code) ?? code;
    return { code, name, count, key: foldForSearch(name) };
  }

  private sort(rows: CountryRow[]): CountryRow[] {
    return rows.sort((a, b) => this.collator.compare(a.name, b.name));
  }
}
