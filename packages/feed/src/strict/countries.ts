/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, as a bitmap to keep the bundle small: for each
 * first letter A … Z, a 26-bit mask of the second letters (bit 0 = A, bit 25 = Z), written in base 36.
 * `KG` is assigned because bit 6 (G) of K's mask is set. Exceptionally reserved or user-assigned codes
 * (EU, UK, XK, AC …) are not in it. The tests compare it, code by code, with the JSON Schema's list.
 */
const MASKS = 'sox2w ybdob 13fegd jznrk jo44 3abk dq22j 10t1c lq8o 153k wkgr4 cepl3 13ycxp kpks5 35s d1hpt 1 3accw 10rw7z o4s18 u4hmp mno5 5mao 0 b8k0 2hzi9'.split(' ');

/** True for an assigned ISO 3166-1 alpha-2 code, upper case (`KG`). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && ((parseInt(MASKS[code.charCodeAt(0) - 65]!, 36) >> (code.charCodeAt(1) - 65)) & 1) === 1;
}
