import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, FeedPager, mergeFeeds, parseFeed, type LoadedFeed, type ParsedFeed } from '@omj/feed';
import { warnProblems } from './warn.js';

export type FeedState =
  /** No `feed` attribute and no `data`: the widget renders from its attributes alone. */
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly feed: ParsedFeed;
      /** Some source is a stored copy because the network failed. */
      readonly stale: boolean;
      readonly fetchedAt?: Date;
      /** Sources that failed while others loaded (merged feeds), or why a copy is stale. */
      readonly errors: readonly FeedError[];
      /** A further page (`next_url`) can be loaded. */
      readonly hasMore: boolean;
      readonly loadingMore: boolean;
    }
  | { readonly status: 'error'; readonly error: FeedError };

/**
 * Loads the feed(s) named by a widget's `feed` attribute (space-separated URLs are merged), or parses
 * data given as a property, and keeps the state the widget renders. Requests are shared page-wide by
 * the loader; this controller only cancels its own interest when the element leaves the page, ignores
 * answers for a URL that is no longer wanted, and warns once per problem, naming the exact field.
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'idle' };

  private urls: readonly string[] = [];
  private pagers: FeedPager[] = [];
  private pages: ParsedFeed[][] = [];
  private abort?: AbortController;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: { readonly timeoutMs?: number } = {},
  ) {
    host.addController(this);
  }

  private get tag(): string {
    return this.host.localName;
  }

  /** Sets the feed URLs (from the `feed` attribute). An unchanged list keeps what is loaded. */
  setSource(value: string | null | undefined): void {
    const urls = (value ?? '').split(/\s+/).filter((url) => url !== '');
    if (urls.join(' ') === this.urls.join(' ') && this.state.status !== 'idle') return;
    this.urls = urls;
    void this.load();
  }

  /** Uses data given directly (a raw JSON Feed object or text). It goes through the same parser. */
  setData(data: unknown): void {
    this.cancel();
    this.urls = [];
    const result = parseFeed(data);
    if (!result.ok) {
      warnProblems(this.tag, result.problems);
      this.set({ status: 'error', error: new FeedError('not-a-feed', '', 'data is not a feed', { problems: result.problems }) });
      return;
    }
    warnProblems(this.tag, result.feed.problems);
    this.set({ status: 'ready', feed: result.feed, stale: false, errors: [], hasMore: false, loadingMore: false });
  }

  /** Loads again from the network (the "Try again" button). */
  retry(): void {
    void this.load();
  }

  /** Fetches the next `next_url` page of each source that has one. */
  async loadMore(): Promise<void> {
    const state = this.state;
    if (state.status !== 'ready' || !state.hasMore || state.loadingMore) return;
    const generation = this.generation;
    const signal = this.abort?.signal;
    this.set({ ...state, loadingMore: true });
    const errors: FeedError[] = [...state.errors];
    await Promise.all(
      this.pagers.map(async (pager, index) => {
        if (!pager.hasMore) return;
        try {
          const page = await pager.next({ signal, timeoutMs: this.options.timeoutMs });
          if (generation !== this.generation) return;
          if (page !== undefined) {
            warnProblems(this.tag, page.feed.problems, pager.firstUrl);
            this.pages[index]!.push(page.feed);
          }
          // Paging warnings (a next_url loop) come inside the page that names them, printed above.
        } catch (error) {
          if (generation === this.generation) errors.push(asFeedError(error, pager.firstUrl));
        }
      }),
    );
    if (generation !== this.generation) return;
    const current = this.state;
    if (current.status !== 'ready') return;
    this.set({
      ...current,
      feed: this.merged() ?? current.feed,
      errors,
      hasMore: this.pagers.some((pager) => pager.hasMore),
      loadingMore: false,
    });
  }

  hostConnected(): void {
    // Re-attached after leaving the page: what was cancelled is loaded again (from the page cache).
    if (this.urls.length > 0 && this.abort === undefined && this.state.status !== 'ready') void this.load();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
  }

  private merged(): ParsedFeed | undefined {
    return mergeFeeds(this.pages.flat());
  }

  private async load(): Promise<void> {
    this.cancel();
    const generation = this.generation;
    if (this.urls.length === 0) {
      this.set({ status: 'idle' });
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.set({ status: 'loading' });
    this.pagers = this.urls.map((url) => new FeedPager(url));
    this.pages = this.urls.map(() => []);
    const results = await Promise.allSettled(
      this.pagers.map((pager) => pager.first({ signal: abort.signal, timeoutMs: this.options.timeoutMs })),
    );
    if (generation !== this.generation) return; // a newer request, or the element left the page
    if (this.abort === abort) this.abort = undefined;

    const errors: FeedError[] = [];
    let stale = false;
    let fetchedAt: Date | undefined;
    results.forEach((result, index) => {
      const url = this.urls[index]!;
      if (result.status === 'rejected') {
        const error = asFeedError(result.reason, url);
        console.warn(`<${this.tag}> feed ${url}: ${error.message}`);
        errors.push(error);
        return;
      }
      const loaded: LoadedFeed = result.value;
      warnProblems(this.tag, loaded.feed.problems, this.urls.length > 1 ? url : undefined);
      this.pages[index]!.push(loaded.feed);
      if (loaded.stale) {
        stale = true;
        if (loaded.error !== undefined) errors.push(loaded.error);
      }
      if (fetchedAt === undefined || loaded.fetchedAt < fetchedAt) fetchedAt = loaded.fetchedAt;
    });
    const feed = this.merged();
    if (feed === undefined) {
      this.set({ status: 'error', error: errors[0] ?? new FeedError('network', this.urls[0]!, 'no feed loaded') });
      return;
    }
    this.set({
      status: 'ready',
      feed,
      stale,
      fetchedAt,
      errors,
      hasMore: this.pagers.some((pager) => pager.hasMore),
      loadingMore: false,
    });
  }

  private set(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

function asFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('network', url, error instanceof Error ? error.message : String(error), { cause: error });
}
