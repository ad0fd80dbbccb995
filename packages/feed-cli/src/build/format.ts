// The feed as JSON text laid out for people: one line per item field, short values on one line, long
// text one language per line (as packages/feed/sample/omj-sample.json is written, so that a feed rebuilt
// from its spreadsheet changes only the lines that changed).

/** Keys whose object values are spread over lines: long localized text and the parts of an item. */
const SPREAD = new Set(['summary', 'transcript', 'description', '_omj']);

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${inline(entry)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function spread(value: unknown, key: string, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth <= 3 || SPREAD.has(key)) return true; // the feed (1), its items list and _omj (2), each item (3)
  if (key === 'video') return (value as { provider?: unknown }).provider === 'file';
  if (key === 'tracks' || key === 'open' || key === 'authors') return Array.isArray(value) && value.length > 1;
  return false;
}

function layout(value: unknown, key: string, depth: number, indent: string): string {
  if (!spread(value, key, depth)) return inline(value);
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return value.length === 0 ? '[]' : `[\n${value.map((entry) => inner + layout(entry, '', depth + 1, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as object).filter(([, entry]) => entry !== undefined);
  return `{\n${entries.map(([name, entry]) => `${inner}${JSON.stringify(name)}: ${layout(entry, name, depth + 1, inner)}`).join(',\n')}\n${indent}}`;
}

export function formatFeed(feed: object): string {
  return `${layout(feed, '', 1, '')}\n`;
}
