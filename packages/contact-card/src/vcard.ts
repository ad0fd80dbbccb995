import type { ContactView, PhoneView } from './view.js';

/**
 * vCard 3.0 (RFC 2426): the version that imports best. iOS/macOS Contacts, Android, Google Contacts and
 * Outlook all read 3.0, while Outlook and older Android ignore much of 4.0. UTF-8 throughout; text that is
 * not ASCII also carries `CHARSET=UTF-8`, because Outlook and iOS otherwise guess another encoding and
 * garble Cyrillic (not in RFC 2426, ignored by strict readers). Lines end in CRLF and fold at 75 octets
 * without splitting a UTF-8 character. An extension is written the way phones dial it: `+996312611211,143`
 * (the comma is a pause, then the extension).
 */
export function buildVCard(contact: ContactView): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const text = (name: string, value: string | undefined, raw = false) => {
    if (value === undefined || value === '') return;
    const charset = /[^\x00-\x7f]/.test(value) ? ';CHARSET=UTF-8' : '';
    lines.push(`${name}${charset}:${raw ? value : escapeText(value)}`);
  };
  const full = contact.name.text.trim();
  // N is family;given: the last word is taken as the family name (`Galina Solodunova`, `Гулина Отунчиева`).
  const words = full.split(/\s+/);
  const family = words.pop()!;
  text('N', `${escapeText(family)};${escapeText(words.join(' '))};;;`, true);
  text('FN', full);
  text('ORG', contact.organization?.text);
  text('TITLE', contact.role?.text);
  const tel = (type: string, phone: PhoneView | undefined) => {
    if (phone?.number !== undefined) lines.push(`TEL;TYPE=${type}:${phone.number}${phone.ext ? `,${phone.ext}` : ''}`);
  };
  for (const phone of contact.phones) tel('WORK,VOICE', phone);
  tel('CELL,VOICE', contact.mobile);
  if (contact.email?.href !== undefined) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(contact.email.text)}`);
  if (contact.url !== undefined) lines.push(`URL:${contact.url}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 2426 text escaping: backslash, comma, semicolon, and any line break as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into physical lines of at most 75 octets (continuations start with a space). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const cp = char.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A file name from the person's name: letters and digits of any script, dashes between words. */
export function vCardFileName(name: string): string {
  const safe = [...name.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')].slice(0, 60).join('');
  return `${safe || 'contact'}.vcf`;
}
