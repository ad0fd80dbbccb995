import type { ParsedFeed } from './types.js';

/**
 * Concatenates pages of one feed, or several feeds, into one. Items keep their order; an id seen before
 * (the same item on two pages, or in two merged feeds) is kept once, first occurrence wins, and so do
 * the first feed's country names. Topic labels of a later page win; `nextUrl` is the last feed's.
 */
export function mergeFeeds(feeds: readonly ParsedFeed[]): ParsedFeed | undefined {
  const [first] = feeds;
  if (feeds.length < 2) return first;
  const seen = new Set<string>();
  // Withdrawal is archive-wide: an id withdrawn in any page or feed is withdrawn everywhere.
  const withdrawnIds = new Set(feeds.flatMap((feed) => [...(feed.withdrawnIds ?? [])]));
  const all = <K extends 'films' | 'news' | 'contacts' | 'hotlines'>(key: K): ParsedFeed[K][number][] =>
    feeds
      .flatMap((feed) => feed[key] as readonly ParsedFeed[K][number][])
      .filter((item) => {
        const id = `${item.kind}:${item.id}`;
        if (item.kind === 'film' && withdrawnIds.has(item.id)) return false;
        return !seen.has(id) && !!seen.add(id);
      });
  const countryNames: Record<string, Record<string, string>> = {};
  for (const feed of feeds) {
    for (const [locale, names] of Object.entries(feed.countryNames)) countryNames[locale] = { ...names, ...countryNames[locale] };
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
