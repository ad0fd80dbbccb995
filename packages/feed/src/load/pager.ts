import type { FeedProblem, LoadedFeed } from '../types.js';
import { loadFeed, resolveFeedUrl, type LoadOptions } from './shared-requests.js';

/** Paging stops after this many pages, loop or not. */
export const MAX_PAGES = 200;

/** A URL for loop detection: absolute, and without the fragment (which is never sent). */
function pageKey(url: string): string {
  return (resolveFeedUrl(url) ?? url).split('#')[0]!;
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
  /** Pages loaded so far, by `pageKey`. */
  private visited = new Set<string>();
  private nextUrl: string | undefined;
  private pending: Promise<LoadedFeed | undefined> | undefined;

  constructor(readonly firstUrl: string) {}

  /** A further page can be loaded with `next()`. */
  get hasMore(): boolean {
    return this.nextUrl !== undefined;
  }

  /** Loads the first page and starts paging over from it. */
  async first(options?: LoadOptions): Promise<LoadedFeed> {
    const loaded = await loadFeed(this.firstUrl, options);
    this.visited = new Set();
    this.arrived(pageKey(this.firstUrl), loaded);
    return loaded;
  }

  /** Loads the page after the last one loaded; concurrent calls share one load. */
  next(options?: LoadOptions): Promise<LoadedFeed | undefined> {
    const url = this.nextUrl;
    if (url === undefined) return Promise.resolve(undefined);
    return (this.pending ??= loadFeed(url, options)
      .then((loaded) => this.arrived(url, loaded))
      .finally(() => {
        this.pending = undefined;
      }));
  }

  /** Records a loaded page and where paging goes next. */
  private arrived(url: string, loaded: LoadedFeed): LoadedFeed {
    this.visited.add(url);
    this.nextUrl = undefined;
    const next = loaded.feed.nextUrl;
    if (next !== undefined) {
      const key = pageKey(next);
      const reason = this.visited.has(key) ? `repeats ${key} (a loop)` : this.visited.size >= MAX_PAGES ? `not followed: stopped after ${MAX_PAGES} pages` : undefined;
      if (reason === undefined) this.nextUrl = key;
      else this.problems.push({ path: 'next_url', reason, severity: 'warning' });
    }
    return loaded;
  }
}
