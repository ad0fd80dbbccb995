/**
 * The filter protocol: how a filter widget drives an archive without either importing the other. It is
 * an attribute and an event, nothing more:
 *
 * - the archive element has a public `country` attribute (space-separated ISO codes; empty or absent =
 *   every country); a filter sets it (`COUNTRY_ATTRIBUTE`) and follows it, so it stays in step whoever
 *   changes it (a deep link, the archive's own reset button, a second filter);
 * - the archive announces every change of its filter with `omj-filter-change` (`FilterChangeDetail`),
 *   for partners' scripts and as a signal for filters to re-read it.
 *
 * Which element is the archive is the filter's business (it names its own target tag); core knows no
 * widget names. The filter itself is described by `FilmQuery` from `@omj/feed`, the one type the query
 * module filters with.
 */
import type { FilmQuery } from '@omj/feed';

export const COUNTRY_ATTRIBUTE = 'country';

export interface FilterChangeDetail {
  /** The filter now applied (`years` only when a year is set). */
  readonly filter: Required<Pick<FilmQuery, 'countries' | 'topics' | 'text'>> & Pick<FilmQuery, 'years'>;
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
