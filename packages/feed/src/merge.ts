import type { ParsedFeed } from './types.js';

/** Every id in the `withdrawnIds` of `feeds`: the archive-wide set of films whose consent was withdrawn. */
export function withdrawnIn(feeds: readonly ParsedFeed[]): Set<string> {
  const ids = new Set<string>();
  for (const feed of feeds) for (const id of feed.withdrawnIds ?? []) ids.add(id);
  return ids;
}

/**
 * Concatenates pages of one feed, or several feeds, into one. Items keep their order; an id seen before
 * (the same item on two pages, or in two merged feeds) is kept once, first occurrence wins, and so do
 * the first feed's country names. Topic labels of a later page win; `nextUrl` is the last feed's.
 *
 * Consent: a film withdrawn in ANY of the feeds is removed from all of them, whether the feed listing it
 * comes before or after the one withdrawing it; the result's `withdrawnIds` is the union, so a later
 * merge (the next page) keeps honouring it.
 */
export function mergeFeeds(feeds: readonly ParsedFeed[]): ParsedFeed | undefined {
  const [first] = feeds;
  if (feeds.length < 2) return first;
  const withdrawnIds = withdrawnIn(feeds);
  const seen = new Set<string>();
  const all = <K extends 'films' | 'news' | 'contacts' | 'hotlines'>(key: K): ParsedFeed[K][number][] =>
    feeds
      .flatMap((feed) => feed[key] as readonly ParsedFeed[K][number][])
      .filter((item) => {
        if (item.kind === 'film' && withdrawnIds.has(item.id)) return false;
        const id = `${item.kind}:${item.id}`;
        return !seen.has(id) && !!seen.add(id);
      });
  // Null-prototype maps: a language tag such as `toString` or `__proto__` is an ordinary key here.
  const countryNames: Record<string, Record<string, string>> = Object.create(null) as Record<string, Record<string, string>>;
  for (const feed of feeds) {
    for (const [locale, names] of Object.entries(feed.countryNames)) {
      countryNames[locale] = { ...names, ...(Object.hasOwn(countryNames, locale) ? countryNames[locale] : undefined) };
    }
  }
  return {
    ...first!,
    nextUrl: feeds[feeds.length - 1]!.nextUrl,
    films: all('films'),
    news: all('news'),
    contacts: all('contacts'),
    hotlines: all('hotlines'),
    topics: [...new Map(feeds.flatMap((feed) => feed.topics.map((topic) => [topic.key, topic] as const))).values()],
    countryNames,
    problems: feeds.flatMap((feed) => feed.problems),
    withdrawnIds,
  };
}
