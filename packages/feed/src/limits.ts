/**
 * Limits and options both feed readers share: the browser's parser (parse.ts) and the CLI's strict one
 * (strict/). One place, so the two cannot drift apart (a title cut at 500 in one and kept whole in the
 * other once froze the grid while the CLI said all was well).
 */

export interface ParseOptions {
  /** The feed's own URL: relative URLs in the feed resolve against it. */
  readonly baseUrl?: string;
  /** Reject inputs longer than this many UTF-16 code units (default 4 MiB). */
  readonly maxLength?: number;
}

/** Feed text longer than this (UTF-16 code units) is refused whole; the loader refuses more bytes than this too. */
export const DEFAULT_MAX_LENGTH = 4 * 1024 * 1024;

/** Titles, names, labels, roles, short free text: shortened to this many UTF-16 units (with a warning). */
export const MAX_SHORT_TEXT = 500;

/** Summaries, content, transcripts: shortened to this many UTF-16 units (with a warning). */
export const MAX_LONG_TEXT = 20000;

/** Topics read per film; the rest are left out with a warning (40,000 topics once blocked a page for 2 s). */
export const MAX_TOPICS = 20;

/** Paging (the browser's `FeedPager`, `omj-feed validate --follow`) stops after this many pages, loop or not. */
export const MAX_PAGES = 200;
