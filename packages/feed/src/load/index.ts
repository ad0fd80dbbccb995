// CONTRACT (implementation owned by the loader work). Keep these signatures; add more if needed.
import type { LoadedFeed, FeedProblem } from '../types.js';

export interface LoadOptions {
  /** Cancels this caller's interest; the shared request is aborted only when no caller still waits. */
  readonly signal?: AbortSignal;
  /** Milliseconds before a `timeout` FeedError (default 15000). */
  readonly timeoutMs?: number;
  /** Keep/read the last good copy in storage (default true). */
  readonly persist?: boolean;
}

/**
 * Loads and parses one feed URL. One request per URL is shared by every caller on the page; the parsed
 * result is cached for the page's life. Rejects with a `FeedError` (network, timeout, http, not-json,
 * not-a-feed, aborted) unless a last good copy exists, which then resolves with `stale: true`.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  void url;
  void options;
  return Promise.reject(new Error('loadFeed: not implemented yet'));
}

/**
 * Follows `next_url` on demand. `next()` resolves `undefined` when there is no further page, or when the
 * next URL repeats one already visited (a loop: reported in `problems` as `next_url: repeats …`).
 */
export class FeedPager {
  readonly problems: FeedProblem[] = [];
  constructor(readonly firstUrl: string) {}
  get hasMore(): boolean {
    return false;
  }
  first(options: LoadOptions = {}): Promise<LoadedFeed> {
    return loadFeed(this.firstUrl, options);
  }
  next(options: LoadOptions = {}): Promise<LoadedFeed | undefined> {
    void options;
    return Promise.resolve(undefined);
  }
}
