// The feed loader: shared requests, a page-lifetime cache, the last good copy in storage, paging.
export { loadFeed, resetFeedCache, resolveFeedUrl, DEFAULT_TIMEOUT_MS, type LoadOptions } from './shared-requests.js';
export { FeedPager, MAX_PAGES } from './pager.js';
export { STORAGE_PREFIX, MAX_STORED_LENGTH, MAX_STORED_AGE_MS } from './stored-copy.js';
export { MAX_FEED_BYTES, readLimited } from './read-limited.js';
export { addFeedReader, type FeedTextReader } from './read-feed.js';
