import { FeedError } from '../types.js';

/** What we ask the server for: a JSON Feed, else any JSON. A CORS-safelisted value: no preflight. */
export const FEED_ACCEPT = 'application/feed+json, application/json';

/**
 * Fetches `url` and reads its body as text. `timeoutMs` covers the whole exchange (headers and body),
 * because on a slow phone the body is the slow part. No cookies are sent (`credentials: 'omit'`).
 *
 * Rejects with a `FeedError`: `timeout`; `aborted` when `signal` aborts; `http` for a status outside
 * 200–299 (with `status`); `network` for everything else (DNS, refused or reset connection, CORS).
 */
export async function fetchText(url: string, signal: AbortSignal, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = (): void => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) controller.abort();

  const failure = (cause: unknown): FeedError => {
    if (timedOut) return new FeedError('timeout', url, `no answer within ${timeoutMs} ms`, { cause });
    if (signal.aborted) return new FeedError('aborted', url, 'request aborted', { cause });
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new FeedError('network', url, `network error: ${detail}`, { cause });
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: FEED_ACCEPT },
      });
    } catch (cause) {
      throw failure(cause);
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      throw new FeedError('http', url, `HTTP status ${response.status}`, { status: response.status });
    }
    try {
      return await response.text();
    } catch (cause) {
      throw failure(cause);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
