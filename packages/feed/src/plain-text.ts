/**
 * Feed text to plain text, shared by both readers (parse.ts in the browser, strict/ in the CLI): entity
 * decoding, removal of script-like blocks, unpaired bidi controls, and shortening. Hand-written rather
 * than a library: it ships in every partner page's bundle, and the result is only ever rendered as text
 * (never as HTML), so it need not be a sanitizer. Every function here runs in linear time on any input.
 */

/**
 * The named entities real feeds use. WordPress writes typographic quotes and dashes as numbers, but Russian
 * CMSs write «ёлочки», „лапки“ and dashes by name; left undecoded they would show as `&laquo;` on the page.
 * Looked up with `Object.hasOwn` only: `&constructor;` must not print Object's source.
 */
export const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
};

const ENTITY = /&(#x?[\da-f]{1,7}|[a-z]{2,6});/gi;

/** Decodes the named entities above and numeric ones (a bad code point becomes U+FFFD); unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return Object.hasOwn(ENTITIES, (name = name.toLowerCase())) ? ENTITIES[name]! : whole;
    const code = Number(`0${name.slice(1)}`); // 0x… for hex, a leading zero for decimal
    return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Elements removed with their content. */
const BLOCKS = /<(script|style|svg|template|noscript|iframe|object|math)\b/g;

/**
 * Removes `<script>`, `<style>`, `<svg>` (and the other elements of `BLOCKS`) with their content; an
 * unclosed one runs to the end, as in a browser. One pass with indexOf: a lazy regex for this backtracks
 * quadratically on many unclosed tags (1 MB of `<script` in a title froze the page for a minute; 256 KB
 * took the CLI 4.8 s).
 */
export function stripBlocks(value: string): string {
  if (!/<(script|style|svg|template|noscript|iframe|object|math)/i.test(value)) return value;
  const lower = value.toLowerCase();
  BLOCKS.lastIndex = 0;
  let out = '';
  let from = 0;
  for (let match; (match = BLOCKS.exec(lower));) {
    out += value.slice(from, match.index);
    const close = lower.indexOf(`</${match[1]}`, BLOCKS.lastIndex);
    const end = close < 0 ? -1 : lower.indexOf('>', close);
    if (end < 0) return out;
    from = BLOCKS.lastIndex = end + 1;
  }
  return out + value.slice(from);
}

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Removes unpaired bidi controls (embeddings and overrides U+202A–202E closed by PDF U+202C, isolates
 * U+2066–2068 closed by PDI U+2069): an override left open (`"Kyrgyzstan\u202E"`) reverses the text that
 * follows it on the page. Paired ones stay (they are the writer's, and close inside the string).
 */
export function stripUnpairedBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  const drop = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x202a && c <= 0x202e && c !== 0x202c) || (c >= 0x2066 && c <= 0x2068)) open.push(i);
    else if (c === 0x202c || c === 0x2069) {
      const top = open.length > 0 ? text.charCodeAt(open[open.length - 1]!) : 0;
      // A PDI also closes embeddings opened inside its isolate (as UAX #9 does); a PDF closes one embedding.
      if (c === 0x202c ? top >= 0x202a && top <= 0x202e : open.some((at) => text.charCodeAt(at) >= 0x2066)) {
        if (c === 0x2069) while (text.charCodeAt(open[open.length - 1]!) < 0x2066) drop.add(open.pop()!);
        open.pop();
      } else drop.add(i);
    }
  }
  for (const at of open) drop.add(at);
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

/**
 * Feed text (plain or HTML) as plain text: scripts, styles and comments removed, block tags become spaces,
 * other tags vanish, entities decoded, unpaired bidi controls removed, white space collapsed (`long` text
 * keeps its paragraph breaks). Not a sanitizer: the result is rendered as text.
 */
export function toText(value: string, long?: boolean): string {
  // Most strings have no markup, no entity, no bidi control and tidy spaces: one cheap test spares the replaces.
  if (!/[<&\t\n\r\f\u00a0\u202a-\u202e\u2066-\u2069]| {2}/.test(value)) return value.trim();
  const text = stripUnpairedBidi(
    decodeEntities(
      stripBlocks(value).replace(/<!--[\s\S]*?(-->|$)|<\/?[a-z][^<>]*>/gi, (tag) =>
        /^<\/?(p|br|div|li|h\d|tr|td|th|hr|ul|ol|blockquote|section|article|header|footer|figure|figcaption|pre|table)\b/i.test(tag)
          ? ' '
          : '',
      ),
    ),
  );
  return (long ? text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*\n\s*/g, '\n\n') : text.replace(/\s+/g, ' ')).trim();
}

/** Cuts `text` to at most `max` UTF-16 units at a word boundary where one is near, adding `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never half a surrogate pair
  return `${cut.trimEnd()}…`;
}
