import type { FeedProblem, LoadedFeed } from '../types.js';
import { loadFeed, resolveFeedUrl, type LoadOptions } from './shared-requests.js';

import { MAX_PAGES } from '../limits.js';

export { MAX_PAGES } from '../limits.js';

/** A URL for loop detection: absolute, and without the fragment (which is never sent). */
function pageKey(url: string): string {
  return (resolveFeedUrl(url) ?? url).split('#')[0]!;
}

/**
 * Follows `next_url` on demand. `next()` resolves `undefined` when there is no further page, or when the
 * next URL repeats one already visited (a loop: reported as `next_url: repeats … (a loop)`).
 * Loops and the page limit are detected as soon as the page naming them arrives, so `hasMore` is false
 * right away. The warning goes into the `problems` of the page that names the loop, so a consumer that
 * prints each page's problems prints it, also when the FIRST page points back at itself (that used to
 * stop paging silently); `problems` here keeps a record of them too. Pages come through `loadFeed`, so
 * they are shared and cached like any feed.
 *
 * Consent: the pager carries the archive-wide set of withdrawn film ids (`withdrawnIds`). Every page it
 * hands out has that set, as known so far, as its `feed.withdrawnIds`, and none of those films. Films of
 * earlier pages that a later page withdraws are removed by merging the pages with `mergeFeeds` (which
 * honours the union), or by whoever keeps the films dropping the ids in `withdrawnIds`.
 */
export class FeedPager {
  /** Paging problems (warnings), in the order found: a record; each is also in its page's `feed.problems`. */
  readonly problems: FeedProblem[] = [];
  /** Pages loaded so far, by `pageKey`. */
  private visited = new Set<string>();
  /** Film ids withdrawn on any page loaded since `first()`. */
  private withdrawn = new Set<string>();
  private nextUrl: string | undefined;
  private pending: Promise<LoadedFeed | undefined> | undefined;

  constructor(readonly firstUrl: string) {}

  /** A further page can be loaded with `next()`. */
  get hasMore(): boolean {
    return this.nextUrl !== undefined;
  }

  /** The archive-wide withdrawn film ids: withdrawn on any page loaded so far. */
  get withdrawnIds(): ReadonlySet<string> {
    return this.withdrawn;
  }

  /** Loads the first page and starts paging over from it. */
  async first(options?: LoadOptions): Promise<LoadedFeed> {
    const loaded = await loadFeed(this.firstUrl, options);
    this.visited = new Set();
    this.withdrawn = new Set();
    return this.arrived(pageKey(this.firstUrl), loaded);
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

  /**
   * Records a loaded page and where paging goes next. Returns the page as handed out: a copy (the loaded
   * one is cached and shared) with the paging warning and the withdrawn ids known so far, without those films.
   */
  private arrived(url: string, loaded: LoadedFeed): LoadedFeed {
    this.visited.add(url);
    this.nextUrl = undefined;
    const { feed } = loaded;
    let problems = feed.problems;
    const next = feed.nextUrl;
    if (next !== undefined) {
      const key = pageKey(next);
      const reason = this.visited.has(key)
        ? `repeats ${key} (a loop)`
        : this.visited.size >= MAX_PAGES
          ? `not followed: stopped after ${MAX_PAGES} pages`
          : undefined;
      if (reason === undefined) this.nextUrl = key;
      else {
        const problem: FeedProblem = { path: 'next_url', reason, severity: 'warning' };
        this.problems.push(problem);
        problems = [...problems, problem];
      }
    }
    for (const id of feed.withdrawnIds ?? []) this.withdrawn.add(id);
    const withdrawnIds = new Set(this.withdrawn);
    const films = feed.films.filter((film) => !withdrawnIds.has(film.id));
    return { ...loaded, feed: { ...feed, films, problems, withdrawnIds } };
  }
}
