/**
 * The grid's state in the URL fragment, as `&`-separated `key=value` pairs that live beside whatever the
 * partner keeps there: `#films.film=kg-2012-jj-01&films.country=KG%20KZ&section-2`.
 *
 * - Keys are prefixed with the element's id and a dot (`films.film`), so two grids on a page never
 *   collide; a grid without an id uses bare keys (`film`). A grid that is alone on the page also reads
 *   the bare `#film=…` form, so a hand-written link works.
 * - Parts that are not ours (a plain `#top` anchor, another script's `x=1`) are kept as they are.
 */
export type HashKey = 'film' | 'country' | 'topic' | 'year' | 'q';

/** Reads our keys from the current fragment (`null` when absent). */
export function readHash(prefix: string, bareToo: boolean): (key: HashKey) => string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  return (key) => params.get(prefix + key) ?? (bareToo ? params.get(key) : null);
}

/** The page's URL after setting (or, with '', removing) some of our keys: for pushState / replaceState. */
export function urlWithHash(prefix: string, changes: Partial<Record<HashKey, string>>): string {
  const keys = Object.keys(changes) as HashKey[];
  const parts = location.hash
    .slice(1)
    .split('&')
    .filter((part) => {
      const key = part.split('=')[0];
      return part && !keys.some((name) => key === encodeURIComponent(prefix + name) || (prefix && key === name));
    });
  for (const key of keys) if (changes[key]) parts.push(`${encodeURIComponent(prefix + key)}=${encodeURIComponent(changes[key]!)}`);
  return location.pathname + location.search + (parts.length ? `#${parts.join('&')}` : '');
}
