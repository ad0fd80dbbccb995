import { countByCountry, foldForSearch, type ParsedFeed } from '@omj/feed';
import { countryNamer } from '@omj/core';

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
    // The feed's own spelling wins (`countryNames.ru.KG = "Кыргызстан"`); Kyrgyz names where the browser has none.
    this.names = countryNamer(locale, feed.countryNames);
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
