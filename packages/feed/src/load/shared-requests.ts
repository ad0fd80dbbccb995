import { FeedError, type LoadedFeed } from '../types.js';
import { safeUrl } from '../url.js';
import { fetchText } from './fetch-with-timeout.js';
import { readFeed } from './read-feed.js';
import { readCopy, storeCopy } from './stored-copy.js';

export interface LoadOptions {
  /** Cancels this caller's interest; the shared request is aborted only when no caller still waits. */
  readonly signal?: AbortSignal;
  /**
   * Milliseconds before a `timeout` FeedError (default 15000), headers and body together. Callers that
   * join a request already under way share it, and its timeout: the one given by the caller that started it.
   */
  readonly timeoutMs?: number;
  /** Keep/read the last good copy in storage (default true). */
  readonly persist?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Kinds of failure after which the last good copy is shown. Not `aborted` (nobody is waiting) and not
 * `not-a-feed`: the server answered, on purpose, with JSON that is not a usable feed — a publishing
 * mistake the partner must see rather than have hidden behind an ever older copy. `http` and `not-json`
 * (an HTML error page, a captive portal on a mobile network) are server or network trouble: fall back.
 */
const FALL_BACK_ON: ReadonlySet<FeedError['kind']> = new Set(['network', 'timeout', 'http', 'not-json']);

interface SharedRequest {
  readonly controller: AbortController;
  outcome: Promise<LoadedFeed>;
  /** Callers still waiting; at zero the fetch is aborted. */
  waiters: number;
  /** Some caller wants the answer stored. */
  persist: boolean;
  /** The stored copy, parsed once for every caller that falls back to it. */
  staleCopy?: Promise<LoadedFeed>;
}

/** Requests under way, by absolute URL. */
const inflight = new Map<string, SharedRequest>();
/** Fresh results, by absolute URL, for the page's life. Failures and stale copies are not kept. */
const loaded = new Map<string, LoadedFeed>();

/** The absolute form of a feed URL (relative URLs resolve against the page), or `undefined` if unusable. */
export function resolveFeedUrl(url: string): string | undefined {
  const base = typeof document !== 'undefined' ? document.baseURI : (globalThis as { location?: Location }).location?.href;
  return safeUrl(url, 'link', base);
}

/**
 * Loads and parses one feed URL. One request per URL is shared by every caller on the page; the parsed
 * result is cached for the page's life. Rejects with a `FeedError` (network, timeout, http, not-json,
 * not-a-feed, aborted) unless a last good copy exists, which then resolves with `stale: true`.
 * A stored copy is used after `network`, `timeout`, `http` and `not-json` failures; never after
 * `not-a-feed` or `aborted`. `persist: false` neither reads nor writes stored copies.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, persist = true } = options;
  const key = resolveFeedUrl(url);
  if (key === undefined) return Promise.reject(new FeedError('network', url, 'not an http(s) URL'));
  if (signal?.aborted) return Promise.reject(abortedError(key));
  const cached = loaded.get(key);
  if (cached !== undefined) return Promise.resolve(cached);

  let shared = inflight.get(key);
  if (shared === undefined) {
    shared = start(key, timeoutMs);
    inflight.set(key, shared);
  }
  const request = shared;
  request.waiters++;
  if (persist) request.persist = true;
  const outcome = request.outcome.catch((error: unknown) => fallBack(key, request, asFeedError(error, key), persist));
  if (signal === undefined) return outcome;

  return new Promise<LoadedFeed>((resolve, reject) => {
    const onAbort = (): void => {
      release(key, request);
      reject(abortedError(key));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    outcome.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** For tests: forgets every cached result and request under way (stored copies stay). */
export function resetFeedCache(): void {
  loaded.clear();
  inflight.clear();
}

function start(key: string, timeoutMs: number): SharedRequest {
  const request: SharedRequest = {
    controller: new AbortController(),
    outcome: Promise.resolve() as unknown as Promise<LoadedFeed>,
    waiters: 0,
    persist: false,
  };
  request.outcome = (async () => {
    try {
      const text = await fetchText(key, request.controller.signal, timeoutMs);
      const feed = readFeed(text, key);
      const result: LoadedFeed = { feed, stale: false, fetchedAt: new Date() };
      loaded.set(key, result);
      if (request.persist) storeCopy(key, text, result.fetchedAt);
      return result;
    } finally {
      if (inflight.get(key) === request) inflight.delete(key);
    }
  })();
  request.outcome.catch(() => undefined); // every caller may have left: nobody else handles it
  return request;
}

function release(key: string, request: SharedRequest): void {
  request.waiters--;
  if (request.waiters > 0) return;
  if (inflight.get(key) === request) inflight.delete(key);
  request.controller.abort();
}

function fallBack(key: string, request: SharedRequest, error: FeedError, persist: boolean): Promise<LoadedFeed> {
  if (!persist || !FALL_BACK_ON.has(error.kind)) return Promise.reject(error);
  request.staleCopy ??= new Promise<LoadedFeed>((resolve, reject) => {
    const copy = readCopy(key);
    if (copy === undefined) return reject(error);
    try {
      resolve({ feed: readFeed(copy.text, key), stale: true, fetchedAt: copy.fetchedAt, error });
    } catch {
      reject(error); // the stored copy no longer parses (an older format): report the real failure
    }
  });
  return request.staleCopy;
}

function abortedError(url: string): FeedError {
  return new FeedError('aborted', url, 'request aborted');
}

function asFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('network', url, error instanceof Error ? error.message : String(error), { cause: error });
}
