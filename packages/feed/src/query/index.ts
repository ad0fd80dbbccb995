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

/** Languages whose `Intl` country names free text matches. */
const NAME_LOCALES = ['en', 'ru', 'ky'] as const;

const searchIndex = new WeakMap<Film, string>();

/** Combining marks of the Latin, Greek and Cyrillic blocks: all the marks NFD yields in `SIMPLE` text. */
const COMMON_MARKS = /[\u0300-\u036f\u0483-\u0489]+/g;
/** Text outside Latin, Greek, Cyrillic, punctuation and symbols (where other combining marks live). */
const NOT_SIMPLE = /[^\u0000-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u24ff]/;

/**
 * `foldForSearch` with the same result, about twice as fast on Latin and Cyrillic text: the Unicode
 * `\p{M}` pass (most of the cost) runs only for text that may hold other scripts' marks. Building the
 * search text of 3,000 films happens once, on the first text query, often on a slow phone.
 */
function fold(value: string): string {
  const decomposed = value.normalize('NFD');
  if (NOT_SIMPLE.test(decomposed)) return foldForSearch(value);
  return decomposed.replace(COMMON_MARKS, '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

function haystack(film: Film): string {
  let folded = searchIndex.get(film);
  if (folded === undefined) {
    const parts = [...Object.values(film.title), ...Object.values(film.summary ?? {}), film.workshop ?? '', film.country];
    folded = fold(parts.join(' \u0000 '));
    searchIndex.set(film, folded);
  }
  return folded;
}

let displayNames: Intl.DisplayNames[] | undefined;
const countryText = new Map<string, string>();

/** Folded country names of `code` in en, ru and ky, from `Intl` (cached: about a hundred codes at most). */
function countryNames(code: string): string {
  let text = countryText.get(code);
  if (text === undefined) {
    displayNames ??= NAME_LOCALES.flatMap((locale) => {
      try {
        return [new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })];
      } catch {
        return [];
      }
    });
    const names = displayNames.map((names) => {
      try {
        return names.of(code) ?? '';
      } catch {
        return '';
      }
    });
    text = foldForSearch(names.join(' \u0000 '));
    countryText.set(code, text);
  }
  return text;
}

/**
 * For one query: which countries and topics each word matches through names and labels (the country's
 * `Intl` names, the feed's own country names, topic labels), worked out once per country or topic met.
 */
function vocabularyMatcher(words: readonly string[], vocabulary: FilmQuery['vocabulary']): (film: Film, word: string) => boolean {
  const overrides = new Map<string, string>();
  const topicText = new Map<string, string>();
  if (vocabulary !== undefined) {
    for (const names of Object.values(vocabulary.countryNames)) {
      for (const [code, name] of Object.entries(names)) {
        overrides.set(code, `${overrides.get(code) ?? ''} \u0000 ${foldForSearch(name)}`);
      }
    }
    for (const topic of vocabulary.topics) {
      topicText.set(topic.key, foldForSearch([topic.key.replace(/-/g, ' '), ...Object.values(topic.label)].join(' \u0000 ')));
    }
  }
  const countryHits = new Map<string, Set<string>>(); // code -> words its names contain
  const topicHits = new Map<string, Set<string>>();
  const hits = (cache: Map<string, Set<string>>, key: string, text: () => string): Set<string> => {
    let found = cache.get(key);
    if (found === undefined) {
      const value = text();
      found = new Set(words.filter((word) => value.includes(word)));
      cache.set(key, found);
    }
    return found;
  };
  return (film, word) =>
    hits(countryHits, film.country, () => `${countryNames(film.country)} \u0000 ${overrides.get(film.country) ?? ''}`).has(word) ||
    film.topics.some((topic) => hits(topicHits, topic, () => topicText.get(topic) ?? '').has(word));
}

/** Films matching every part of `query`, in their original order. */
export function filterFilms(films: readonly Film[], query: FilmQuery): Film[] {
  const countries = query.countries?.length ? new Set(query.countries.map((code) => code.toUpperCase())) : undefined;
  const topics = query.topics?.length ? new Set(query.topics) : undefined;
  const years = query.years?.length ? new Set(query.years) : undefined;
  const words = query.text ? foldForSearch(query.text).split(' ').filter(Boolean) : [];
  const byName = words.length > 0 ? vocabularyMatcher(words, query.vocabulary) : undefined;

  return films.filter(
    (film) =>
      (countries === undefined || countries.has(film.country)) &&
      (topics === undefined || film.topics.some((topic) => topics.has(topic))) &&
      (years === undefined || (film.year !== undefined && years.has(film.year))) &&
      (byName === undefined || words.every((word) => haystack(film).includes(word) || byName(film, word))),
  );
}

function countBy(films: readonly Film[], keys: (film: Film) => readonly string[]): Map<string, number> {
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
  return countBy(films, (film) => [...new Set(film.topics)]);
}

export type FilmSort = 'newest' | 'oldest' | 'title';

/** Sort keys: the film's year (else its publication year), then its publication time; NaN when unknown. */
function filmTime(film: Film): { year: number; time: number } {
  const time = film.datePublished?.getTime() ?? Number.NaN;
  const year = film.year ?? (Number.isNaN(time) ? Number.NaN : new Date(time).getUTCFullYear());
  return { year, time };
}

/** Unknown (NaN) last; otherwise ascending or descending. */
function compareKnown(a: number, b: number, direction: number): number {
  const aUnknown = Number.isNaN(a);
  const bUnknown = Number.isNaN(b);
  if (aUnknown || bUnknown) return Number(aUnknown) - Number(bUnknown);
  return direction * (a - b);
}

/**
 * Sorts a copy. `title` compares in `locale` with `Intl.Collator` (Kyrgyz and Russian sort correctly).
 * `newest`/`oldest` order by the film's year, then by publication date within a year; films without
 * either come last both ways. Ties keep feed order.
 */
export function sortFilms(films: readonly Film[], sort: FilmSort, locale = 'en'): Film[] {
  if (sort === 'title') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const keyed = films.map((film) => ({ film, title: pickText(film.title, locale) ?? '' }));
    return keyed.sort((a, b) => collator.compare(a.title, b.title)).map((entry) => entry.film);
  }
  const direction = sort === 'newest' ? -1 : 1;
  const keyed = films.map((film) => ({ film, ...filmTime(film) }));
  return keyed
    .sort((a, b) => compareKnown(a.year, b.year, direction) || compareKnown(a.time, b.time, direction))
    .map((entry) => entry.film);
}
