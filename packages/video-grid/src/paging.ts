/**
 * Which slice of the filtered films is in the DOM. "Show more" appends a page; once `maxCards(pageSize)`
 * cards are shown, each further page also drops the oldest page from the top (a sliding window), and
 * "Show earlier films" brings it back. So the shadow root stays small whatever the archive size.
 */
export interface CardWindow {
  readonly start: number;
  readonly end: number;
}

/** Most cards ever in the DOM (about 7 elements each: under 600 elements for the cards). */
export const MAX_CARDS = 72;

export function maxCards(pageSize: number): number {
  return Math.max(pageSize, Math.floor(MAX_CARDS / pageSize) * pageSize);
}

export function firstWindow(pageSize: number, total: number): CardWindow {
  return { start: 0, end: Math.min(pageSize, total) };
}

export function nextWindow(current: CardWindow, pageSize: number, total: number): CardWindow {
  const end = Math.min(current.end + pageSize, total);
  return { start: Math.max(current.start, end - maxCards(pageSize)), end };
}

export function previousWindow(current: CardWindow, pageSize: number): CardWindow {
  const start = Math.max(0, current.start - pageSize);
  return { start, end: Math.min(current.end, start + maxCards(pageSize)) };
}

/** Keeps a window inside `total` (after a filter or a new feed page). */
export function clampWindow(current: CardWindow, pageSize: number, total: number): CardWindow {
  if (current.start >= total) return firstWindow(pageSize, total);
  return { start: current.start, end: Math.min(Math.max(current.end, current.start + pageSize), total) };
}
