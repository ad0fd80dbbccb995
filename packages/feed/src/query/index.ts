// Queries over films: filter, count, sort. Pure functions over the parsed model; fast enough to run on
// every keystroke over a 3,000-film archive (the folded search text is built once per film and cached).
import type { Film, ParsedFeed } from '../types.js';
import { foldForSearch, pickText } from '../text.js';

/**
 * What a visitor asked for: the one description of a film filter. The grid builds it from its attributes,
 * filters with `filterFilms` and announces it in `omj-filter-change` (`detail.filter`).
 */
export interface FilmQuery {
  /** ISO codes; empty or absent = every country. */
  readonly countries?: readonly string[];
  /** Topic keys; a film matches when it has any of them. */
  readonly topics?: readonly string[];
  readonly years?: readonly number[];
  /**
   * Free text: every word must occur in a title, summary or workshop, in any language, in the film's
   * country code or name, or in a topic label (see `SearchContext`). Case, diacritics and ё/е do not
   * matter. Only the first `MAX_QUERY_LENGTH` characters and `MAX_QUERY_WORDS` words count.
   */
  readonly text?: string;
}

/** What else free text may find, given by the caller: this module makes no country names of its own. */
export interface SearchContext {
  /** The feed's topic labels (any language) and its own country names (`«Кыргызстан»`). Pass the parsed feed. */
  readonly vocabulary?: Pick<ParsedFeed, 'topics' | 'countryNames'>;
  /** A country's name as the page shows it (core's `countryNamer`); `undefined` when unknown. */
  readonly countryName?: (code: string) => string | undefined;
}

/**
 * Free text is bounded: a 313 KB `#q=` link on a 3,000-film grid made an 8-second task. A visitor types
 * a few words; anything longer is cut, not refused.
 */
export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 10;

/** The words of free text, folded and bounded (a repeated word counts once). */
export function queryWords(text = ''): string[] {
  // A word the cut runs through is left out (it would match more than the visitor typed), unless it is the only one.
  const bounded = text.length > MAX_QUERY_LENGTH ? text.slice(0, MAX_QUERY_LENGTH + 1).replace(/\s+\S*$/, '') : text;
  return [...new Set(foldForSearch(bounded.slice(0, MAX_QUERY_LENGTH)).split(' ').filter(Boolean))].slice(0, MAX_QUERY_WORDS);
}

/** Keeps the words of different fields apart, so a word never matches across two of them. */
const SEPARATOR = ' \u0000 ';

const searchText = new WeakMap<Film, string>();

/** The film's own text, folded: titles and summaries in every language, workshop, country code. */
function haystack(film: Film): string {
  let text = searchText.get(film);
  if (text === undefined) {
    text = foldForSearch(
      [...Object.values(film.title), ...Object.values(film.summary ?? {}), film.workshop ?? '', film.country].join(SEPARATOR),
    );
    searchText.set(film, text);
  }
  return text;
}

/**
 * Films matching every part of `query`, in their original order. Linear in films × words: each film's
 * folded text is built once (cached per film object), country names and topic labels once per call.
 */
export function filterFilms(films: readonly Film[], query: FilmQuery, context: SearchContext = {}): Film[] {
  const countries = query.countries?.length ? new Set(query.countries.map((code) => code.toUpperCase())) : undefined;
  const topics = query.topics?.length ? new Set(query.topics) : undefined;
  const years = query.years?.length ? new Set(query.years) : undefined;
  const words = queryWords(query.text);
  const { vocabulary, countryName } = context;
  // Folded names per country code (the caller's and the feed's own), made on first need: about a hundred codes at most.
  const names = new Map<string, string>();
  const countryText = (code: string): string => {
    let text = names.get(code);
    if (text === undefined) {
      const own = Object.values(vocabulary?.countryNames ?? {}).map((byCode) => (Object.hasOwn(byCode, code) ? byCode[code] : ''));
      text = foldForSearch([countryName?.(code) ?? '', ...own].join(SEPARATOR));
      names.set(code, text);
    }
    return text;
  };
  const labels = new Map<string, string>();
  if (words.length > 0) {
    for (const { key, label } of vocabulary?.topics ?? [])
      labels.set(key, foldForSearch([key.replace(/-/g, ' '), ...Object.values(label)].join(SEPARATOR)));
  }
  const matches = (film: Film, word: string): boolean =>
    haystack(film).includes(word) ||
    countryText(film.country).includes(word) ||
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
    return {
      film,
      title: sort === 'title' ? (pickText(film.title, locale) ?? '') : '',
      year: film.year ?? new Date(time).getUTCFullYear(),
      time,
    };
  });
  return keyed
    .sort((a, b) => (sort === 'title' ? collator.compare(a.title, b.title) : byNumber(a.year, b.year) || byNumber(a.time, b.time)))
    .map((entry) => entry.film);
}
