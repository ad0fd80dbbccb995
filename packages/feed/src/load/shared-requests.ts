import { FeedError, type LoadedFeed } from '../types.js';
import { safeUrl } from '../url.js';
import { readFeed } from './read-feed.js';
import { readCopy, storeCopy } from './stored-copy.js';
import { readLimited } from './read-limited.js';

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
const FALL_BACK_ON: readonly FeedError['kind'][] = ['network', 'timeout', 'http', 'not-json'];

/** What we ask the server for: a JSON Feed, else any JSON. A CORS-safelisted value: no preflight. */
const ACCEPT = 'application/feed+json, application/json';

function aborted(url: string): FeedError {
  return new FeedError('aborted', url, 'aborted');
}

/** A request under way: each caller joins it (`persist` as that caller asked; `signal` to leave). */
type Join = (persist: boolean, signal?: AbortSignal) => Promise<LoadedFeed>;

/** Requests under way, by absolute URL. */
const inflight = new Map<string, Join>();
/** Fresh results, by absolute URL, for the page's life. Failures and stale copies are not kept. */
const loaded = new Map<string, LoadedFeed>();

/** The absolute form of a feed URL (relative URLs resolve against the page), or `undefined` if unusable. */
export function resolveFeedUrl(url: string): string | undefined {
  return safeUrl(url, 'link', document.baseURI);
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
  if (signal?.aborted) return Promise.reject(aborted(key));
  const cached = loaded.get(key);
  if (cached !== undefined) return Promise.resolve(cached);
  let join = inflight.get(key);
  if (join === undefined) inflight.set(key, (join = start(key, timeoutMs)));
  return join(persist, signal);
}

/** For tests: forgets every cached result and request under way (stored copies stay). */
export function resetFeedCache(): void {
  loaded.clear();
  inflight.clear();
}

/**
 * Starts the one request for `key`; returns how callers join it. One AbortController ends it, on timeout
 * (which covers headers and body: on a slow phone the body is the slow part) or when every caller left.
 * No cookies are sent. A status outside 200-299 is an `http` FeedError; DNS, refused or reset
 * connections and CORS are `network`.
 */
function start(key: string, timeoutMs: number): Join {
  const controller = new AbortController();
  /** Callers still waiting; at zero the fetch is aborted. */
  let waiters = 0;
  /** Some caller wants the answer stored. */
  let store = false;
  let timedOut = false;
  /** The stored copy, parsed once for every caller that falls back to it. */
  let staleCopy: Promise<LoadedFeed> | undefined;
  const forget = (): void => {
    if (inflight.get(key) === join) inflight.delete(key);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const outcome = (async () => {
    try {
      let text: string;
      let base = key;
      try {
        const response = await fetch(key, { signal: controller.signal, credentials: 'omit', headers: { Accept: ACCEPT } });
        if (!response.ok) {
          response.body?.cancel().catch(() => undefined); // free the connection: the body is not wanted
          throw new FeedError('http', key, `HTTP ${response.status}`, { status: response.status });
        }
        text = await readLimited(
          response,
          () => new FeedError('not-a-feed', key, 'feed too large', { problems: [{ path: '$', reason: 'too large', severity: 'error' }] }),
        );
        // After a redirect, relative posters and media resolve against where the feed really is.
        base = response.url || key;
      } catch (cause) {
        throw cause instanceof FeedError
          ? cause
          : new FeedError(timedOut ? 'timeout' : controller.signal.aborted ? 'aborted' : 'network', key, String(cause), { cause });
      }
      const result: LoadedFeed = { feed: readFeed(text, base), stale: false, fetchedAt: new Date() };
      loaded.set(key, result);
      if (store) storeCopy(key, text, result.fetchedAt, base);
      return result;
    } finally {
      clearTimeout(timer);
      forget();
    }
  })();
  outcome.catch(() => undefined); // every caller may have left: nobody else handles it

  const join: Join = (persist, signal) => {
    waiters++;
    store ||= persist;
    const result = outcome.catch((error: FeedError) => {
      if (!persist || !FALL_BACK_ON.includes(error.kind)) throw error;
      return (staleCopy ??= fromStorage(key, error));
    });
    if (signal === undefined) return result;
    return new Promise<LoadedFeed>((resolve, reject) => {
      const leave = (): void => {
        if (--waiters === 0) {
          forget();
          controller.abort();
        }
        reject(aborted(key));
      };
      signal.addEventListener('abort', leave, { once: true });
      result.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  };
  return join;
}

/** The last good copy, stale, dated from storage; else the failure itself. */
async function fromStorage(key: string, error: FeedError): Promise<LoadedFeed> {
  const copy = readCopy(key);
  if (copy !== undefined) {
    try {
      return { feed: readFeed(copy.text, copy.base), stale: true, fetchedAt: copy.fetchedAt, error };
    } catch {
      // the stored copy no longer parses (an older format): report the real failure
    }
  }
  throw error;
}
