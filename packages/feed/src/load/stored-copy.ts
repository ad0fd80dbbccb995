/**
 * The last good copy of each feed, kept in `localStorage` under `omj-feed:<absolute url>` as
 * `<fetched-at milliseconds>\n<raw feed text>`, so a widget can still show something when the network
 * or the server fails. Storage that is disabled, full or missing (Node, sandboxed frames, private modes)
 * is skipped silently: the copy is a convenience, never a requirement.
 *
 * Invariant: the stored copy is the latest good answer or nothing. When a newer good answer cannot be
 * stored (too large, quota) the older copy is removed rather than left to be shown as if current.
 */

export const STORAGE_PREFIX = 'omj-feed:';
/** Feeds longer than this (UTF-16 code units) are not stored: localStorage holds about 5 M per site. */
export const MAX_STORED_LENGTH = 1_500_000;
/** Older copies are not shown: a withdrawn film or a changed helpline number must not live on. */
export const MAX_STORED_AGE_MS = 30 * 24 * 60 * 60 * 1000;

function storage(): Storage | undefined {
  try {
    return localStorage; // a ReferenceError in Node, a SecurityError where storage is blocked
  } catch {
    return undefined;
  }
}

export function storeCopy(url: string, text: string, fetchedAt: Date): void {
  const store = storage();
  const key = STORAGE_PREFIX + url;
  try {
    if (text.length > MAX_STORED_LENGTH) store?.removeItem(key);
    else store?.setItem(key, `${fetchedAt.getTime()}\n${text}`);
  } catch {
    try {
      store?.removeItem(key);
    } catch {
      // storage went away between the calls: nothing to do
    }
  }
}

export function readCopy(url: string): { text: string; fetchedAt: Date } | undefined {
  let value: string | null | undefined;
  try {
    value = storage()?.getItem(STORAGE_PREFIX + url);
  } catch {
    return undefined;
  }
  const newline = value?.indexOf('\n') ?? -1;
  const time = Number(value?.slice(0, newline));
  if (newline < 1 || !Number.isFinite(time) || Date.now() - time > MAX_STORED_AGE_MS) return undefined;
  return { text: value!.slice(newline + 1), fetchedAt: new Date(time) };
}
