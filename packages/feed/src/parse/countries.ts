/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, one string (two letters each, no separator) to keep
 * the bundle small. Exceptionally reserved or user-assigned codes (EU, UK, XK, AC …) are not in it.
 */
const CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ' +
  'DEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISIT' +
  'JEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNG' +
  'NINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTH' +
  'TJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';

let set: Set<string> | undefined;

/** True for an assigned ISO 3166-1 alpha-2 code, upper case (`KG`). */
export function isCountryCode(code: string): boolean {
  if (set === undefined) {
    set = new Set();
    for (let i = 0; i < CODES.length; i += 2) set.add(CODES.slice(i, i + 2));
  }
  return set.has(code);
}

/** How many codes the list holds (249); for tests. */
export const COUNTRY_CODE_COUNT = CODES.length / 2;
