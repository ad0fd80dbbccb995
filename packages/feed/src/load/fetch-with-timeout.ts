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
  signal.addEventListener('abort', onAbort);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { Accept: FEED_ACCEPT } });
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined); // free the connection: the body is not wanted
      throw new FeedError('http', url, `HTTP status ${response.status}`, { status: response.status });
    }
    return await response.text();
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    if (timedOut) throw new FeedError('timeout', url, 'timeout', { cause });
    if (signal.aborted) throw aborted(url);
    throw new FeedError('network', url, String(cause), { cause });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

export function aborted(url: string): FeedError {
  return new FeedError('aborted', url, 'aborted');
}
