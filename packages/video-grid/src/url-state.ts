/**
 * The grid's state in the URL fragment, as `&`-separated `key=value` pairs that live beside whatever the
 * partner keeps there: `#films.film=kg-2012-jj-01&films.country=KG%20KZ&section-2`.
 *
 * - Keys are prefixed with the element's id and a dot (`films.film`), so two grids on a page never
 *   collide; a grid without an id uses bare keys (`film`). A grid that is alone on the page also reads
 *   the bare `#film=…` form, so a hand-written link works.
 * - Parts that are not ours (a plain `#top` anchor, another script's `x=1`) are kept as they are.
 */
export type UrlKey = 'film' | 'country' | 'topic' | 'year' | 'q';
export type UrlState = Partial<Record<UrlKey, string>>;

const KEYS: readonly UrlKey[] = ['film', 'country', 'topic', 'year', 'q'];

function parts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter((part) => part !== '');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

export function readUrlState(hash: string, prefix: string, acceptBare: boolean): UrlState {
  const state: UrlState = {};
  const bare: UrlState = {};
  for (const part of parts(hash)) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = decode(part.slice(0, at));
    const value = decode(part.slice(at + 1));
    for (const name of KEYS) {
      if (key === prefix + name) state[name] = value;
      else if (key === name) bare[name] = value;
    }
  }
  return prefix !== '' && acceptBare && Object.keys(state).length === 0 ? bare : state;
}

/** The new fragment (with `#`, or '' when nothing is left) after setting or removing our keys. */
export function writeUrlState(hash: string, prefix: string, changes: UrlState): string {
  const names = Object.keys(changes) as UrlKey[];
  const kept = parts(hash).filter((part) => {
    const key = decode(part.slice(0, Math.max(0, part.indexOf('='))));
    return !names.some((name) => key === prefix + name || (prefix !== '' && key === name));
  });
  for (const name of names) {
    const value = changes[name];
    if (value !== undefined && value !== '') kept.push(`${encodeURIComponent(prefix + name)}=${encodeURIComponent(value)}`);
  }
  return kept.length === 0 ? '' : `#${kept.join('&')}`;
}

/** `location` without its fragment, plus `hash`: for pushState / replaceState. */
export function urlWithHash(hash: string): string {
  return `${location.pathname}${location.search}${hash}`;
}
