import type { ParsedFeed } from './types.js';

/**
 * Concatenates pages of one feed, or several feeds, into one. Items keep their order; an id seen before
 * (the same item on two pages, or in two merged feeds) is kept once, first occurrence wins.
 */
export function mergeFeeds(feeds: readonly ParsedFeed[]): ParsedFeed | undefined {
  const [first] = feeds;
  if (first === undefined) return undefined;
  if (feeds.length === 1) return first;
  const seen = new Set<string>();
  const unique = <T extends { kind: string; id: string }>(items: readonly T[]): T[] =>
    items.filter((item) => {
      const key = `${item.kind}:${item.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const topics = new Map(feeds.flatMap((feed) => feed.topics.map((topic) => [topic.key, topic] as const)));
  const countryNames: Record<string, Record<string, string>> = {};
  for (const feed of feeds) {
    for (const [locale, names] of Object.entries(feed.countryNames)) {
      countryNames[locale] = { ...names, ...countryNames[locale] };
    }
  }
  return {
    ...first,
    nextUrl: feeds[feeds.length - 1]!.nextUrl,
    films: unique(feeds.flatMap((feed) => feed.films)),
    news: unique(feeds.flatMap((feed) => feed.news)),
    contacts: unique(feeds.flatMap((feed) => feed.contacts)),
    hotlines: unique(feeds.flatMap((feed) => feed.hotlines)),
    topics: [...topics.values()],
    countryNames,
    problems: feeds.flatMap((feed) => feed.problems),
  };
}
