import { parseFeed } from '../parse.js';
import { FeedError, type ParsedFeed } from '../types.js';

/**
 * Turns a response body into a parsed feed, or throws a `FeedError`:
 * - `not-json` when the body is not JSON at all (an HTML error page, a captive portal's login page);
 * - `not-a-feed` when it is JSON the parser cannot use (its `problems` say why).
 * Relative URLs in the feed resolve against `url`.
 */
export function readFeed(text: string, url: string): ParsedFeed {
  const result = parseFeed(text, { baseUrl: url });
  if (result.ok) return result.feed;
  try {
    JSON.parse(text.replace(/^\uFEFF/, '')); // only on failure: was it JSON at all?
  } catch {
    throw new FeedError('not-json', url, `the answer is ${result.problems[0]!.reason}`);
  }
  throw new FeedError('not-a-feed', url, 'the answer is JSON but not a usable feed', { problems: result.problems });
}
