/**
 * Plain-text helpers that work without a DOM (the CLI runs in Node). Feed HTML is never rendered: these
 * only turn it into text, which widgets then render through Lit text bindings.
 */

import { ENTITIES as NAMED } from '../parse.js';

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,6}));/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes the basic named entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, a few typographic ones) and numeric ones. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name!.toLowerCase()] ?? whole;
  });
}

const DROPPED_ELEMENTS = /<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const BLOCK_TAGS = /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|figure|figcaption|pre)\b[^>]*>/gi;
const TAGS = /<\/?[A-Za-z][^<>]*>/g;
/** White space runs that collapse to one space in single-line text. */
export const SPACES = /[ \t\r\n\f\u00a0]+/g;

/**
 * HTML to plain text with regular expressions: scripts, styles and comments go, block elements become
 * spaces, other tags vanish, entities are decoded, white space collapses. Not a sanitizer (the result is
 * text and must be rendered as text).
 */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes('<')) {
    text = text.replace(DROPPED_ELEMENTS, ' ').replace(COMMENTS, ' ').replace(BLOCK_TAGS, ' ').replace(TAGS, '');
  }
  return decodeEntities(text).replace(SPACES, ' ').trim();
}

/** Cuts `text` to at most `max` UTF-16 units at a word boundary where one is near, adding `…`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  // Do not leave half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
