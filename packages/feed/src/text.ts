import type { LocalizedText } from './types.js';

/**
 * Chooses the text for `locale` from a `LocalizedText`: the exact tag, then its primary language
 * (`ru-KG` -> `ru`), then each fallback in order, then English, then whatever the feed has.
 */
export function pickText(text: LocalizedText | undefined, locale: string, fallbacks: readonly string[] = []): string | undefined {
  if (text === undefined) return undefined;
  const primary = locale.split('-')[0]!.toLowerCase();
  for (const tag of [locale, primary, ...fallbacks, 'en']) {
    // Own keys only: a page in `lang="toString"` (or `constructor`, `__proto__`) must not get Object's methods.
    const value = Object.hasOwn(text, tag) ? text[tag] : undefined;
    if (value !== undefined && value !== '') return value;
  }
  for (const value of Object.values(text)) if (value !== '') return value;
  return undefined;
}

/** Like `pickText`, but also says which language the chosen text is in (for a `lang` attribute). */
export function pickTextWithLang(
  text: LocalizedText | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): { text: string; lang: string } | undefined {
  if (text === undefined) return undefined;
  const primary = locale.split('-')[0]!.toLowerCase();
  for (const tag of [locale, primary, ...fallbacks, 'en']) {
    // Own keys only: a page in `lang="toString"` (or `constructor`, `__proto__`) must not get Object's methods.
    const value = Object.hasOwn(text, tag) ? text[tag] : undefined;
    if (value !== undefined && value !== '') return { text: value, lang: tag };
  }
  for (const [lang, value] of Object.entries(text)) if (value !== '') return { text: value, lang };
  return undefined;
}

/** Text outside Latin, Greek, Cyrillic, punctuation and symbols: where the other scripts' combining marks live. */
const NOT_SIMPLE = /[^\u0000-\u052f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u24ff]/;

/**
 * Folds text for matching: lower case, diacritics removed (NFD, then combining marks dropped, so `ё`
 * matches `е` and `é` matches `e`), Kyrgyz letters kept distinct (`ө`, `ү`, `ң` are letters, not accented
 * letters, so NFD leaves them alone), white space collapsed.
 *
 * Fast for Latin, Greek and Cyrillic: there every combining mark NFD yields is in U+0300–036F or
 * U+0483–0489, so a plain character class drops them; the Unicode `\p{M}` pass (several times slower)
 * runs only for text in other scripts. Same result either way (a test proves it across Unicode).
 */
export function foldForSearch(value: string): string {
  const decomposed = value.normalize('NFD');
  return decomposed
    .replace(NOT_SIMPLE.test(decomposed) ? /\p{M}+/gu : /[\u0300-\u036f\u0483-\u0489]+/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
