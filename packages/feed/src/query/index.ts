// Queries over films: filter, count, sort. Pure functions over the parsed model; fast enough to run on
// every keystroke over a 3,000-film archive (the folded search text is built once per film and cached).
import type { Film, ParsedFeed } from '../types.js';
import { foldForSearch, pickText } from '../text.js';

export interface FilmQuery {
  /** ISO codes; empty or absent = every country. */
  readonly countries?: readonly string[];
  /** Topic keys; a film matches when it has any of them. */
  readonly topics?: readonly string[];
  readonly years?: readonly number[];
  /**
   * Free text: every word must occur in a title, summary or workshop, in any language, or in the film's
   * country name (en, ru, ky) or topic labels. Case, diacritics and ё/е do not matter.
   */
  readonly text?: string;
  /**
   * The feed's vocabulary, so free text also finds films by topic label and by the partner's own country
   * names (`«Кыргызстан»` where `Intl` says `«Киргизия»`). Pass the parsed feed itself.
   */
  readonly vocabulary?: Pick<ParsedFeed, 'topics' | 'countryNames'>;
}

/** Keeps the words of different fields apart, so a word never matches across two of them. */
const SEPARATOR = ' \u0000 ';

const searchText = new WeakMap<Film, string>();

/** The film's own text, folded: titles and summaries in every language, workshop, country code. */
function haystack(film: Film): string {
  let text = searchText.get(film);
  if (text === undefined) {
    text = foldForSearch([...Object.values(film.title), ...Object.values(film.summary ?? {}), film.workshop ?? '', film.country].join(SEPARATOR));
    searchText.set(film, text);
  }
  return text;
}

let displayNames: Intl.DisplayNames[] | undefined;
const intlNames = new Map<string, string>();

/** Folded country names of `code` in en, ru and ky, from `Intl` (cached: about a hundred codes at most). */
function countryNames(code: string): string {
  let text = intlNames.get(code);
  if (text === undefined) {
    try {
      displayNames ??= ['en', 'ru', 'ky'].map((locale) => new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }));
      text = foldForSearch(displayNames.map((names) => names.of(code)).join(SEPARATOR));
    } catch {
      text = ''; // a browser without Intl.DisplayNames: codes and the feed's own names still match
    }
    intlNames.set(code, text);
  }
  return text;
}

/** Films matching every part of `query`, in their original order. */
export function filterFilms(films: readonly Film[], query: FilmQuery): Film[] {
  const countries = query.countries?.length ? new Set(query.countries.map((code) => code.toUpperCase())) : undefined;
  const topics = query.topics?.length ? new Set(query.topics) : undefined;
  const years = query.years?.length ? new Set(query.years) : undefined;
  const words = foldForSearch(query.text ?? '').split(' ').filter(Boolean);
  // What else finds a film, folded once per query: the feed's own country names and topic labels.
  const feedNames = new Map<string, string>();
  const labels = new Map<string, string>();
  if (words.length > 0 && query.vocabulary !== undefined) {
    for (const names of Object.values(query.vocabulary.countryNames)) {
      for (const [code, name] of Object.entries(names)) feedNames.set(code, (feedNames.get(code) ?? '') + SEPARATOR + foldForSearch(name));
    }
    for (const { key, label } of query.vocabulary.topics) labels.set(key, foldForSearch([key.replace(/-/g, ' '), ...Object.values(label)].join(SEPARATOR)));
  }
  const matches = (film: Film, word: string): boolean =>
    haystack(film).includes(word) ||
    countryNames(film.country).includes(word) ||
    !!feedNames.get(film.country)?.includes(word) ||
    film.topics.some((topic) => labels.get(topic)?.includes(word));

  return films.filter(
    (film) =>
      (countries === undefined || countries.has(film.country)) &&
      (topics === undefined || film.topics.some((topic) => topics.has(topic))) &&
      (years === undefined || years.has(film.year!)) &&
      words.every((word) => matches(film, word)),
  );
}

function countBy(films: readonly Film[], keys: (film: Film) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const film of films) for (const key of keys(film)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Films per country code. */
export function countByCountry(films: readonly Film[]): Map<string, number> {
  return countBy(films, (film) => [film.country]);
}

/** Films per topic key (a film with two topics counts for both; a repeated key counts once). */
export function countByTopic(films: readonly Film[]): Map<string, number> {
  return countBy(films, (film) => new Set(film.topics));
}

export type FilmSort = 'newest' | 'oldest' | 'title';

/**
 * Sorts a copy. `title` compares in `locale` with `Intl.Collator` (Kyrgyz and Russian sort correctly).
 * `newest`/`oldest` order by the film's year, then by publication date within a year; films without
 * either come last both ways. Ties keep feed order.
 */
export function sortFilms(films: readonly Film[], sort: FilmSort, locale = 'en'): Film[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const direction = sort === 'newest' ? -1 : 1;
  /** Unknown (NaN) last, both ways. */
  const byNumber = (a: number, b: number): number =>
    Number.isNaN(a) || Number.isNaN(b) ? Number(Number.isNaN(a)) - Number(Number.isNaN(b)) : direction * (a - b);
  const keyed = films.map((film) => {
    const time = film.datePublished?.getTime() ?? Number.NaN;
    // The film's year, else its publication year; then its publication time.
    return { film, title: sort === 'title' ? (pickText(film.title, locale) ?? '') : '', year: film.year ?? new Date(time).getUTCFullYear(), time };
  });
  return keyed
    .sort((a, b) => (sort === 'title' ? collator.compare(a.title, b.title) : byNumber(a.year, b.year) || byNumber(a.time, b.time)))
    .map((entry) => entry.film);
}
