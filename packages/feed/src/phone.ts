import type { Phone } from './types.js';

/** An extension written inside the number: `(ext. 143)`, `ext 143`, `x143`, `;ext=143`, `доб. 143`. */
const INLINE_EXT = /\s*(?:;\s*ext=|,?\s*\(?\s*(?:ext\.?|extension|x|доб\.?)\s*[:#.]?\s*)(\d{1,10})\s*\)?\s*$/i;
export const DIGITS = /^\d{1,10}$/;

/**
 * An international phone number in E.164 with its `tel:` URI (RFC 3966): `+`, the country code and the
 * number, 8 to 15 digits once spaces, dots, dashes and parentheses are removed. An extension may be
 * given apart (`ext`, digits only; it wins) or at the end of `text` (`(ext. 143)`, `ext 143`, `x143`,
 * `;ext=143`, `доб. 143`). `undefined` when it is not such a number.
 *
 *     normalizePhone('+996 312 61 12 11 (ext. 143)')
 *     // { number: '+996312611211', ext: '143', tel: 'tel:+996312611211;ext=143' }
 *
 * Both parsers read every contact phone with it; widgets use it for numbers given in attributes.
 */
export function normalizePhone(text: string, ext?: string): Phone | undefined {
  // No phone number is this long; the bound also keeps INLINE_EXT's scan linear on hostile input.
  if (text.length > 100) return undefined;
  let rest = text.trim();
  const inline = INLINE_EXT.exec(rest);
  if (inline !== null) {
    rest = rest.slice(0, inline.index);
    ext ??= inline[1];
  }
  const number = rest.replace(/[\s.\-()\u00a0\u2010-\u2015]/g, '');
  if (!/^\+[1-9]\d{7,14}$/.test(number) || (ext !== undefined && !DIGITS.test(ext))) return undefined;
  return ext === undefined ? { number, tel: `tel:${number}` } : { number, ext, tel: `tel:${number};ext=${ext}` };
}

/**
 * A hotline number as dialled locally (`111`, `+996 312 61 12 11`, or a whole number `111`) and its
 * `tel:` URI: digits, spaces and dashes, an optional leading `+`, 2 to 15 digits. `undefined` otherwise.
 * Both parsers read `_omj.number` with it, so they agree on every hotline.
 */
export function dialledNumber(value: unknown): { number: string; tel: string } | undefined {
  const text =
    typeof value === 'number' && Number.isInteger(value) && value > 0 ? String(value) : typeof value === 'string' ? value.trim() : '';
  const digits = text.replace(/\D/g, '');
  if (text.length > 100 || !/^\+?\d[\d -]*$/.test(text) || digits.length < 2 || digits.length > 15) return undefined;
  return { number: text.replace(/\s+/g, ' '), tel: `tel:${text[0] === '+' ? '+' : ''}${digits}` };
}
