/**
 * The last good copy of each feed, kept in `localStorage` under `omj-feed:<absolute url>` as
 * `<fetched-at milliseconds>\n<raw feed text>`, or `<fetched-at> <final url>\n<raw feed text>` when the
 * feed was redirected (relative URLs in the copy resolve against where the feed really was), so a widget can still show something when the network
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

export function storeCopy(url: string, text: string, fetchedAt: Date, base = url): void {
  const key = STORAGE_PREFIX + url;
  try {
    // Removed first: when the newer copy cannot be stored (too long, quota), no older one is left behind.
    localStorage.removeItem(key);
    if (text.length <= MAX_STORED_LENGTH) localStorage.setItem(key, `${fetchedAt.getTime()}${base === url ? '' : ` ${base}`}\n${text}`);
  } catch {
    // no storage here (Node, sandboxed frames, private modes, blocked), or it is full: the copy is optional
  }
}

export function readCopy(url: string): { text: string; fetchedAt: Date; base: string } | undefined {
  try {
    const value = localStorage.getItem(STORAGE_PREFIX + url)!; // null: throws below, and reads as no copy
    const newline = value.indexOf('\n');
    const [stamp, base = url] = value.slice(0, newline).split(' ');
    const time = Number(stamp);
    const age = Date.now() - time;
    // A copy dated in the future (a clock set wrong when it was stored) is invalid: it would never expire.
    if (newline > 0 && age >= 0 && age <= MAX_STORED_AGE_MS) return { text: value.slice(newline + 1), fetchedAt: new Date(time), base };
  } catch {
    // no storage, or no copy
  }
  return undefined;
}
