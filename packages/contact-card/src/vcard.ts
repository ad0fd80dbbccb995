import type { Card } from './view.js';

/**
 * vCard 3.0 (RFC 2426): the version that imports best. iOS/macOS Contacts, Android, Google Contacts and
 * Outlook all read 3.0, while Outlook and older Android ignore much of 4.0. UTF-8 throughout; text that is
 * not ASCII also carries `CHARSET=UTF-8`, because Outlook and iOS otherwise guess another encoding and
 * garble Cyrillic (not in RFC 2426, ignored by strict readers). Lines end in CRLF and fold at 75 octets
 * without splitting a UTF-8 character. An extension is written the way phones dial it: `+996312611211,143`
 * (the comma is a pause, then the extension). Malformed phones and emails (no `href`) are left out.
 */
export function buildVCard(card: Card): string {
  const full = card.name.text.trim();
  // N is family;given: the last word is taken as the family name (`Galina Solodunova`, `Гулина Отунчиева`).
  const given = full.split(/\s+/);
  const family = given.pop()!;
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const texts = [
    ['N', `${escapeText(family)};${escapeText(given.join(' '))};;;`],
    ['FN', escapeText(full)],
    ['ORG', card.org && escapeText(card.org.text)],
    ['TITLE', card.role && escapeText(card.role.text)],
  ];
  for (const [name, value] of texts) if (value) lines.push(`${name}${/[^\x00-\x7f]/.test(value) ? ';CHARSET=UTF-8' : ''}:${value}`);
  for (const { field, href, text } of card.rows) {
    if (!href) continue;
    lines.push(
      field === 'email'
        ? `EMAIL;TYPE=INTERNET,WORK:${escapeText(text)}`
        : `TEL;TYPE=${field === 'phone' ? 'WORK' : 'CELL'},VOICE:${href.slice(4).replace(';ext=', ',')}`,
    );
  }
  if (card.url) lines.push(`URL:${card.url}`);
  lines.push('END:VCARD');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** RFC 2426 text escaping: backslash, comma, semicolon, and any line break as `\n`. */
const escapeText = (value: string) => value.replace(/[\\,;]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

/** Folds a content line into physical lines of at most 75 octets (continuations start with a space). */
export function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    // UTF-8 length from the UTF-16 form: a surrogate pair is 4 bytes, below U+0080 1, below U+0800 2, else 3.
    const size = char.length > 1 ? 4 : char < '\x80' ? 1 : char < '\u0800' ? 2 : 3;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** A file name from the person's name: letters and digits of any script, dashes between words. */
export function vCardFileName(name: string): string {
  return `${
    name
      .match(/[\p{L}\p{M}\p{N}]+/gu)
      ?.join('-')
      .slice(0, 60) || 'contact'
  }.vcf`;
}
