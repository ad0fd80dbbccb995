/**
 * The small contract between `<omj-country-filter>` and `<omj-video-grid>`: no widget imports another.
 *
 * The filter finds its grid (`for="id"`, else the closest ancestor grid), reads the grid's `feed`
 * attribute to load the same feed (the loader shares the request), and drives the grid by setting the
 * grid's public `country` attribute (space-separated ISO codes; empty or absent = all countries).
 * The filter follows the grid's `country` and `feed` attributes (one MutationObserver), so it stays in
 * step whoever changes them (a deep link, the grid's own reset button, a second filter). The grid also
 * announces every filter change with `omj-filter-change` (for partners' scripts; the filter treats it
 * only as a signal to re-read the grid).
 */
export const VIDEO_GRID_TAG = 'omj-video-grid';
export const COUNTRY_ATTRIBUTE = 'country';

export interface FilmFilter {
  /** ISO 3166-1 alpha-2 codes; empty = all. */
  readonly countries: readonly string[];
  /** Topic keys; empty = all. */
  readonly topics: readonly string[];
  readonly year?: number;
  /** Free text as typed. */
  readonly text: string;
}

export interface FilterChangeDetail {
  readonly filter: FilmFilter;
  /** Number of films that match. */
  readonly matches: number;
}

/** Parses a space- or comma-separated list of country codes from an attribute. */
export function parseCountryList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
}

declare module './events.js' {
  interface OmjEventMap {
    'omj-filter-change': FilterChangeDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'omj-filter-change': CustomEvent<FilterChangeDetail>;
  }
}
