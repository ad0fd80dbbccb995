import type { FeedProblem, LoadedFeed } from '../types.js';
import { loadFeed, resolveFeedUrl, type LoadOptions } from './shared-requests.js';

/** Paging stops after this many pages, loop or not. */
export const MAX_PAGES = 200;

/** A URL for loop detection: absolute, and without the fragment (which is never sent). */
function pageKey(url: string): string {
  const resolved = resolveFeedUrl(url) ?? url;
  const hash = resolved.indexOf('#');
  return hash === -1 ? resolved : resolved.slice(0, hash);
}

/**
 * Follows `next_url` on demand. `next()` resolves `undefined` when there is no further page, or when the
 * next URL repeats one already visited (a loop: reported in `problems` as `next_url: repeats …`).
 * Loops and the page limit are detected as soon as the page naming them arrives, so `hasMore` is false
 * right away. Pages come through `loadFeed`, so they are shared and cached like any feed.
 */
export class FeedPager {
  /** Paging problems (warnings), in the order found. A consumer may take them out (`splice(0)`). */
  readonly problems: FeedProblem[] = [];
  private visited = new Set<string>();
  private pages = 0;
  private nextUrl: string | undefined;
  private pending: Promise<LoadedFeed | undefined> | undefined;

  constructor(readonly firstUrl: string) {}

  /** A further page can be loaded with `next()`. */
  get hasMore(): boolean {
    return this.nextUrl !== undefined;
  }

  /** Loads the first page and starts paging over from it. */
  async first(options: LoadOptions = {}): Promise<LoadedFeed> {
    const loaded = await loadFeed(this.firstUrl, options);
    this.visited = new Set([pageKey(this.firstUrl)]);
    this.pages = 1;
    this.nextUrl = undefined;
    this.follow(loaded.feed.nextUrl);
    return loaded;
  }

  /** Loads the page after the last one loaded; concurrent calls share one load. */
  next(options: LoadOptions = {}): Promise<LoadedFeed | undefined> {
    const url = this.nextUrl;
    if (url === undefined) return Promise.resolve(undefined);
    this.pending ??= loadFeed(url, options)
      .then((loaded) => {
        this.visited.add(url);
        this.pages++;
        this.nextUrl = undefined;
        this.follow(loaded.feed.nextUrl);
        return loaded;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  private follow(next: string | undefined): void {
    if (next === undefined) return;
    const url = pageKey(next);
    if (this.visited.has(url)) {
      this.problems.push({ path: 'next_url', reason: `repeats ${url} (a loop)`, severity: 'warning' });
    } else if (this.pages >= MAX_PAGES) {
      this.problems.push({ path: 'next_url', reason: `not followed: stopped after ${MAX_PAGES} pages`, severity: 'warning' });
    } else {
      this.nextUrl = url;
    }
  }
}
