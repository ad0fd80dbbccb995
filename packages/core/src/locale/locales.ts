/** The UI languages we ship. English is the source language of every `msg()`. */
export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['ru', 'ky'] as const;
export const UI_LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;

export type UiLocale = (typeof UI_LOCALES)[number];
export type TargetLocale = (typeof TARGET_LOCALES)[number];

/** Maps any BCP 47 tag to a UI locale by its primary language (`ru-KG` -> `ru`); unknown -> `en`. */
export function toUiLocale(tag: string | null | undefined): UiLocale {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : SOURCE_LOCALE;
}
