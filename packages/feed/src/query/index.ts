// Queries over films. (The loader/queries work may extend this file; keep these signatures.)
import type { Film } from '../types.js';
import { foldForSearch, pickText } from '../text.js';

export interface FilmQuery {
  /** ISO codes; empty or absent = every country. */
  readonly countries?: readonly string[];
  /** Topic keys; a film matches when it has any of them. */
  readonly topics?: readonly string[];
  readonly years?: readonly number[];
  /** Free text: every word must occur in a title, summary or workshop, in any language. */
  readonly text?: string;
}

const searchIndex = new WeakMap<Film, string>();

function haystack(film: Film): string {
  let folded = searchIndex.get(film);
  if (folded === undefined) {
    folded = foldForSearch(
      [...Object.values(film.title), ...Object.values(film.summary ?? {}), film.workshop ?? '', film.country].join(' \u0000 '),
    );
    searchIndex.set(film, folded);
  }
  return folded;
}

export function filterFilms(films: readonly Film[], query: FilmQuery): Film[] {
  const countries = query.countries?.length ? new Set(query.countries.map((code) => code.toUpperCase())) : undefined;
  const topics = query.topics?.length ? new Set(query.topics) : undefined;
  const years = query.years?.length ? new Set(query.years) : undefined;
  const words = query.text ? foldForSearch(query.text).split(' ').filter(Boolean) : [];
  return films.filter(
    (film) =>
      (countries === undefined || countries.has(film.country)) &&
      (topics === undefined || film.topics.some((topic) => topics.has(topic))) &&
      (years === undefined || (film.year !== undefined && years.has(film.year))) &&
      (words.length === 0 || words.every((word) => haystack(film).includes(word))),
  );
}

function countBy(films: readonly Film[], keys: (film: Film) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const film of films) for (const key of keys(film)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function countByCountry(films: readonly Film[]): Map<string, number> {
  return countBy(films, (film) => [film.country]);
}

export function countByTopic(films: readonly Film[]): Map<string, number> {
  return countBy(films, (film) => film.topics);
}

export type FilmSort = 'newest' | 'oldest' | 'title';

/** Sorts a copy. `title` compares in `locale` with `Intl.Collator` (Kyrgyz and Russian sort correctly). */
export function sortFilms(films: readonly Film[], sort: FilmSort, locale = 'en'): Film[] {
  const copy = [...films];
  if (sort === 'title') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const title = (film: Film) => pickText(film.title, locale) ?? '';
    return copy.sort((a, b) => collator.compare(title(a), title(b)));
  }
  const direction = sort === 'newest' ? -1 : 1;
  return copy.sort((a, b) => direction * ((a.year ?? 0) - (b.year ?? 0)));
}
