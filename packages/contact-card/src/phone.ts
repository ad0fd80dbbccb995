import type { Phone } from '@omj/feed';

/**
 * Phone numbers from attributes: the same rule as the feed (an international number, `+` and the country
 * code; spaces, dots, dashes and parentheses allowed), turned into E.164 and an RFC 3966 `tel:` URI.
 * An extension may be given apart (`ext="143"`) or at the end of the number (`… ext. 143`, `… x143`,
 * `…;ext=143`).
 */
export function toPhone(value: string, ext?: string): Phone | undefined {
  // Same rule as the feed parser: `+`, then 8 to 15 digits once separators are gone.
  const match = /^(.*?)(?:\s*(?:;\s*ext=|,?\s*\(?\s*(?:ext\.?|x|доб\.?)\s*)(\d{1,10})\s*\)?)?$/i.exec(value.trim())!;
  const digits = match[1]!.replace(/[\s.()\u00a0\u2010-\u2015-]/g, '');
  if (!/^\+[1-9]\d{7,14}$/.test(digits)) return undefined;
  const extension = ext ?? match[2];
  return {
    number: digits,
    ext: extension,
    tel: `tel:${digits}${extension === undefined ? '' : `;ext=${extension}`}`,
  };
}

/** Calling codes of one digit (1, 7) and of two digits; every other code has three (ITU-T E.164 list). */
const TWO_DIGIT = '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' ');
/** National groupings where we know the country's own habit: Kyrgyzstan `312 61 12 11`, Russia/Kazakhstan `912 345 67 89`. */
const GROUPS: Record<string, readonly number[]> = { '996': [3, 2, 2, 2], '7': [3, 3, 2, 2] };

/**
 * Readable international form of an E.164 number: `+996312611211` -> `+996 312 61 12 11`.
 * Unknown countries: the national number in threes, never leaving a lone last digit (`+1 401 555 1212`).
 */
export function formatPhone(e164: string): string {
  const digits = e164.replace(/^\+/, '');
  const cc = /^[17]/.test(digits) ? digits.slice(0, 1) : TWO_DIGIT.includes(digits.slice(0, 2)) ? digits.slice(0, 2) : digits.slice(0, 3);
  let rest = digits.slice(cc.length);
  const groups: string[] = [];
  const known = GROUPS[cc];
  if (known !== undefined && known.reduce((a, b) => a + b, 0) === rest.length) {
    for (const size of known) {
      groups.push(rest.slice(0, size));
      rest = rest.slice(size);
    }
  } else {
    while (rest.length > 4) {
      groups.push(rest.slice(0, 3));
      rest = rest.slice(3);
    }
    if (rest !== '') groups.push(rest);
  }
  return `+${cc} ${groups.join(' ')}`;
}
