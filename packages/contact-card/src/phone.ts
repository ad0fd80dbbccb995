/**
 * The country code: 1 and 7 have one digit, these prefixes two (ITU-T E.164 list), every other code three.
 * Then Kyrgyzstan's own grouping (`312 61 12 11`), Russia's and Kazakhstan's (`912 345 67 89`), or threes.
 */
const CALLING_CODE = /^([17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|\d{3})(\d*)$/;
const GROUPING: Record<string, RegExp> = { '996': /^(\d{3})(\d\d)(\d\d)(\d\d)$/, '7': /^(\d{3})(\d{3})(\d\d)(\d\d)$/ };

/**
 * Readable international form of an E.164 number: `+996312611211` -> `+996 312 61 12 11`.
 * Unknown countries: the national number in threes, never leaving a lone last digit (`+1 401 555 1212`).
 */
export function formatPhone(e164: string): string {
  const [, code, rest] = CALLING_CODE.exec(e164.slice(1))!;
  const known = GROUPING[code!]?.exec(rest!);
  const groups = known ? known.slice(1) : rest!.match(/\d{3}(?=\d\d)|\d+/g)!;
  return `+${code} ${groups.join(' ')}`;
}
