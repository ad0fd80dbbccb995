// Talks to the loader-test routes of packages/feed/test/server/plugin.js.
export const BASE = '/__feed-test/';

/** Unique to this test page, so no cache of an earlier page answers (not a clock). */
const PAGE = crypto.randomUUID().slice(0, 8);

let counter = 0;
/** A URL under the test server with a query no other test uses (the page cache and hits are per URL). */
export function unique(name: string, query = ''): string {
  counter++;
  return `${BASE}${name}?t=${PAGE}-${counter}${query ? `&${query}` : ''}`;
}

async function ask<T>(route: string, path: string): Promise<T> {
  const response = await fetch(`${BASE}${route}?path=${encodeURIComponent(path)}`, { cache: 'no-store' });
  return (await response.json()) as T;
}

/** Requests the server has seen for a path (path and query, as sent). */
export async function hits(path: string): Promise<number> {
  return (await ask<{ hits: number }>('hits', path)).hits;
}

/** Requests for a path whose client went away before the answer. */
export async function closedEarly(path: string): Promise<number> {
  return (await ask<{ closed: number }>('closed', path)).closed;
}

export function requestHeaders(path: string): Promise<{ accept?: string | null; cookie?: string | null }> {
  return ask('headers', path);
}

export async function setFlaky(id: string, mode: 'up' | 'down'): Promise<void> {
  await fetch(`${BASE}flaky?id=${encodeURIComponent(id)}&mode=${mode}`, { cache: 'no-store' });
}

/** The absolute URL the loader uses as its key. */
export function absolute(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Resolves with the rejection reason; fails the test if the promise resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
