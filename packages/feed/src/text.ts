import type { LocalizedText } from './types.js';

/**
 * Chooses the text for `locale` from a `LocalizedText`: the exact tag, then its primary language
 * (`ru-KG` -> `ru`), then each fallback in order, then English, then whatever the feed has.
 */
export function pickText(
  text: LocalizedText | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): string | undefined {
  if (text === undefined) return undefined;
  const primary = locale.split('-')[0]!.toLowerCase();
  for (const tag of [locale, primary, ...fallbacks, 'en']) {
    const value = text[tag];
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
    const value = text[tag];
    if (value !== undefined && value !== '') return { text: value, lang: tag };
  }
  for (const [lang, value] of Object.entries(text)) if (value !== '') return { text: value, lang };
  return undefined;
}

/**
 * Folds text for matching: lower case, diacritics removed (NFD then combining marks dropped), `ё` -> `е`,
 * Kyrgyz letters kept distinct (`ө`, `ү`, `ң` are letters, not accented letters, so NFD leaves them alone),
 * whitespace collapsed.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}
