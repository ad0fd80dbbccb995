import { parseFeed } from '../parse.js';
import { FeedError, type ParsedFeed } from '../types.js';
import { readXmlFeed } from '../xml/rss-atom.js';

/**
 * Turns a response body into a parsed feed, or throws a `FeedError`:
 * - `not-json` when the body is not JSON at all (an HTML error page, a captive portal's login page);
 * - `not-a-feed` when it is JSON the parser cannot use (its `problems` say why).
 * Relative URLs in the feed resolve against `url`. RSS and Atom (told apart from JSON by content) are read
 * as the JSON Feed they amount to, by the same parser.
 */
export function readFeed(text: string, url: string): ParsedFeed {
  const result = parseFeed(readXmlFeed(text, url) ?? text, { baseUrl: url });
  if (result.ok) return result.feed;
  const [first] = result.problems;
  if (first?.reason === 'not JSON') throw new FeedError('not-json', url, 'not JSON');
  throw new FeedError('not-a-feed', url, 'not a feed', { problems: result.problems });
}
