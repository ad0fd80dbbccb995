import { foldForSearch, pickTextWithLang, type Film, type LocalizedText, type ParsedFeed } from '@omj/feed';
import { countryNamer, intlLocales } from '@omj/core';

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
  /** "1 min", "1 min, 15 sec", «1 мин 15 с»: words a screen reader reads well. */
  duration(seconds: number): string;
  /**
   * What the search box searches, folded (case, diacritics, ё/е): the film's titles and summaries in every
   * language, its workshop and country code, and the country name and topic labels as this page shows them.
   */
  searchText(film: Film): string;
}

export function texts(tag: string, ui: string, feed: ParsedFeed): Texts {
  const locales = intlLocales(tag);
  const primary = tag.split('-')[0]!.toLowerCase();
  const name = countryNamer(tag, feed.countryNames);
  // Unit formats, not Intl.DurationFormat: that arrived only in 2024-25 (Chrome 129), and the phones our
  // visitors use often run older browsers; a missing constructor would break the whole grid.
  const unit = (unit: string) => new Intl.NumberFormat(locales, { style: 'unit', unit, unitDisplay: 'short' }).format;
  const minutes = unit('minute');
  const seconds = unit('second');
  // A Kyrgyz reader without a Kyrgyz text reads Russian sooner than English.
  const fallbacks = ui === 'ky' ? ['ru'] : [ui];
  const pick = (text: LocalizedText | undefined): Picked | undefined => {
    const found = pickTextWithLang(text, tag, fallbacks);
    return found && { text: found.text, lang: found.lang.split('-')[0] === primary ? undefined : found.lang };
  };
  const searchTexts = new WeakMap<Film, string>();
  const texts: Texts = {
    tag,
    feed,
    pick,
    country: (code) => name(code) ?? code,
    topic: (key) => pick(feed.topics.find((topic) => topic.key === key)?.label)?.text ?? key,
    number: new Intl.NumberFormat(locales).format,
    duration(length) {
      const whole = Math.round(length);
      const rest = whole % 60;
      return [whole >= 60 ? minutes(Math.floor(whole / 60)) : '', rest || whole < 60 ? seconds(rest) : ''].join(' ').trim();
    },
    searchText(film) {
      let text = searchTexts.get(film);
      if (text === undefined) {
        // A tab between fields, so a word never matches across two of them.
        text = foldForSearch(
          [...Object.values(film.title), ...Object.values(film.summary ?? {}), film.workshop, film.country, texts.country(film.country), ...film.topics.map(texts.topic)].join('\t'),
        );
        searchTexts.set(film, text);
      }
      return text;
    },
  };
  return texts;
}
