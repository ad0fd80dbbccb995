import { parseFeed } from '../parse.js';
import { FeedError, type ParsedFeed } from '../types.js';

/** Reads a feed that is not JSON (RSS, Atom): the JSON Feed the text amounts to, or `undefined` if not its format. */
export type FeedTextReader = (text: string, url: string) => unknown;

const textReaders: FeedTextReader[] = [];

/**
 * Lets the loader read another format, told apart by content. The widgets that read it register it (the
 * ticker registers `readXmlFeed`), so a page type without them carries no XML reader (about 0.9 KB gzip).
 */
export function addFeedReader(reader: FeedTextReader): void {
  if (!textReaders.includes(reader)) textReaders.push(reader);
}

function asJsonFeed(text: string, url: string): unknown {
  for (const reader of textReaders) {
    const feed = reader(text, url);
    if (feed !== undefined) return feed;
  }
  return text;
}

/**
 * Turns a response body into a parsed feed, or throws a `FeedError`:
 * - `not-json` when the body is not JSON at all (an HTML error page, a captive portal's login page);
 * - `not-a-feed` when it is JSON the parser cannot use (its `problems` say why).
 * Relative URLs in the feed resolve against `url`. RSS and Atom (told apart from JSON by content) are read
 * as the JSON Feed they amount to, by the same parser, once a widget has registered their reader
 * (`addFeedReader`).
 */
export function readFeed(text: string, url: string): ParsedFeed {
  const result = parseFeed(asJsonFeed(text, url), { baseUrl: url });
  if (result.ok) return result.feed;
  const [first] = result.problems;
  if (first?.reason === 'not JSON') throw new FeedError('not-json', url, 'not JSON');
  throw new FeedError('not-a-feed', url, 'not a feed', { problems: result.problems });
}
