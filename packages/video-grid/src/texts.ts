import { pickTextWithLang, type LocalizedText, type ParsedFeed } from '@omj/feed';
import { countryNamer, intlLocales, needsKyrgyzFallback, pluralCategory } from '@omj/core';

/** A text in one language; `lang` only when it differs from the element's language (for a `lang` attribute). */
export interface Picked {
  readonly text: string;
  readonly lang?: string;
}

/**
 * Everything language-dependent that cards and the player show, made once per language and feed:
 * the feed's texts, country names (the same core helper as `<omj-country-filter>`, so both say
 * «Кыргызстан»), topic labels, numbers and lengths (`Intl` in the element's language; Russian data on
 * Kyrgyz pages where the browser has none).
 */
export interface Texts {
  readonly tag: string;
  readonly feed: ParsedFeed;
  pick(text: LocalizedText | undefined): Picked | undefined;
  country(code: string): string;
  topic(key: string): string;
  number(value: number): string;
  /** The plural category of `count` in this language (core's `pluralCategory`), to pick a `msg()` form. */
  plural(count: number): Intl.LDMLPluralRule;
  /** "1 min", "1 min 15 sec", «1 мин 15 с», «1 мүн. 15 сек.»: words a screen reader reads well. */
  duration(seconds: number): string;
}

export function texts(tag: string, ui: string, feed: ParsedFeed): Texts {
  const locales = intlLocales(tag);
  const primary = tag.split('-')[0]!.toLowerCase();
  const name = countryNamer(tag, feed.countryNames);
  // Unit formats, not Intl.DurationFormat: that arrived only in 2024-25 (Chrome 129), and the phones our
  // visitors use often run older browsers; a missing constructor would break the whole grid.
  // Where the browser has no Kyrgyz data, Intl would answer in Russian («1 мин», «12 с») inside a Kyrgyz
  // sentence: use CLDR's Kyrgyz short units (`{0} мүн.`, `{0} сек.`) instead.
  const number = new Intl.NumberFormat(locales).format;
  const unit = (unit: string, kyrgyz: string) =>
    needsKyrgyzFallback(tag)
      ? (value: number) => `${number(value)} ${kyrgyz}`
      : new Intl.NumberFormat(locales, { style: 'unit', unit, unitDisplay: 'short' }).format;
  const minutes = unit('minute', 'мүн.');
  const seconds = unit('second', 'сек.');
  // A Kyrgyz reader without a Kyrgyz text reads Russian sooner than English.
  const fallbacks = ui === 'ky' ? ['ru'] : [ui];
  const pick = (text: LocalizedText | undefined): Picked | undefined => {
    const found = pickTextWithLang(text, tag, fallbacks);
    return found && { text: found.text, lang: found.lang.split('-')[0] === primary ? undefined : found.lang };
  };
  const texts: Texts = {
    tag,
    feed,
    pick,
    country: (code) => name(code) ?? code,
    topic: (key) => pick(feed.topics.find((topic) => topic.key === key)?.label)?.text ?? key,
    number,
    plural: (count) => pluralCategory(count, tag),
    duration(length) {
      const whole = Math.round(length);
      const rest = whole % 60;
      return [whole >= 60 ? minutes(Math.floor(whole / 60)) : '', rest || whole < 60 ? seconds(rest) : ''].join(' ').trim();
    },
  };
  return texts;
}
