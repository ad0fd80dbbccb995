import type { NewsItem } from '@omj/feed';

/** The date a news item is shown and sorted by: published, else modified. */
export function newsDate(item: NewsItem): Date | undefined {
  return item.datePublished ?? item.dateModified;
}

/** Newest first; items without a date keep their feed order after every dated item. */
export function newestFirst(items: readonly NewsItem[]): NewsItem[] {
  const time = (item: NewsItem) => newsDate(item)?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => time(b) - time(a) || 0);
}

/** True when the items come from more than one feed, so each item should name its source. */
export function hasSeveralSources(items: readonly NewsItem[]): boolean {
  return new Set(items.map((item) => item.source ?? '')).size > 1;
}

/** Languages written right to left (primary subtag). */
export function isRtlLanguage(tag: string | undefined): boolean {
  return /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)\b/i.test(tag ?? '');
}

/** The primary language subtag, lower-case: `ru-KG` → `ru`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
