import { KYRGYZ_WEEKDAYS, intlLocales, needsKyrgyzFallback } from '@omj/core';

/**
 * The banner's words from `Intl`, on top of core's helpers (packages/core/src/intl.ts): where the browser
 * has no Kyrgyz data (Debian's Chromium), core falls back to Russian formats and we add the few Kyrgyz
 * words a Kyrgyz sentence needs; where it has (Chrome, Safari, Firefox), `Intl` answers. `locale` is the
 * element's UI locale (`en`, `ru`, `ky`), so the words match the sentence around them.
 */

/**
 * When the line opens, as the "opens {day} at {time}" sentence of `locale` needs it: "today", "tomorrow"
 * or the weekday (ISO 1–7) of `date` in the hotline's zone. Russian takes the weekday in the accusative
 * with its preposition («в понедельник», «во вторник», «в среду»): `Intl` only knows the nominative, and
 * the accusative of a weekday differs only for the feminine ones in -а (среда, пятница, суббота).
 */
export function dayName(inDays: number, weekday: number, date: Date, timeZone: string, locale: string): string {
  if (needsKyrgyzFallback(locale)) return (inDays < 2 ? ['бүгүн', 'эртең'][inDays] : KYRGYZ_WEEKDAYS[weekday - 1])!;
  if (inDays < 2) return new Intl.RelativeTimeFormat(intlLocales(locale), { numeric: 'auto' }).format(inDays, 'day');
  const name = new Intl.DateTimeFormat(intlLocales(locale), { weekday: 'long', timeZone }).format(date);
  return locale === 'ru' ? `${/^вт/.test(name) ? 'во' : 'в'} ${name.replace(/а$/, 'у')}` : name;
}

/**
 * A time of day in the hotline's zone, in the visitor's format without a leading zero ("9:00 AM", "9:00"),
 * its spaces made non-breaking so it never breaks across lines; and the zone ("GMT+6") when the
 * visitor's own clock shows another time.
 */
export function formatTime(date: Date, tag: string, timeZone: string): { time: string; zone?: string } {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocales(tag), options);
  const time = format({ hour: 'numeric', minute: '2-digit', timeZone }).format(date);
  const zone =
    time === format({ hour: 'numeric', minute: '2-digit' }).format(date)
      ? undefined
      : format({ timeZone, timeZoneName: 'short' })
          .formatToParts(date)
          .find((part) => part.type === 'timeZoneName')?.value;
  return { time: time.replace(/\s/g, '\u00a0'), zone };
}

/** The last numeral said aloud of 0–59, in Kyrgyz: 0 нөл, 18 он сегиз -> сегиз, 30 отуз. */
const KYRGYZ_UNITS = ['нөл', 'бир', 'эки', 'үч', 'төрт', 'беш', 'алты', 'жети', 'сегиз', 'тогуз'];
const KYRGYZ_TENS = ['нөл', 'он', 'жыйырма', 'отуз', 'кырк', 'элүү'];

/**
 * The Kyrgyz dative suffix a clock time takes ("18:00гө чейин", "18:30га чейин", "9:45ке чейин").
 *
 * Kyrgyz writes the suffix after the digits, agreeing with the last numeral said aloud. A time is read
 * hours then minutes, and ":00" is read «нөл нөл», so a full hour takes the suffix of нөл (гө): «саат
 * 9:00дөн 18:00гө чейин», «23:00гө», «00:00гө», as Kyrgyz news write it (sputnik.kg, akchabar.kg). Other
 * minutes end on their own numeral: 30 отуз -> га, 45 кырк беш -> ке, 5 нөл беш -> ке.
 * The vowel follows the numeral's last vowel (а ы у -> а, е и э -> е, о -> о, ө ү -> ө); the consonant is
 * к after a voiceless one (үч -> кө, төрт -> кө, беш -> ке, кырк -> ка), else г.
 */
export function kyrgyzDative(time: string): string {
  const minute = Number(/(\d+)\D*$/.exec(time)?.[1] ?? 0);
  const word = minute % 10 ? KYRGYZ_UNITS[minute % 10]! : KYRGYZ_TENS[minute / 10]!;
  const vowel = /[аоөуүыэеи](?!.*[аоөуүыэеи])/.exec(word)![0];
  const harmony = 'аыу'.includes(vowel) ? 'а' : 'еэи'.includes(vowel) ? 'е' : vowel === 'о' ? 'о' : 'ө';
  return (/[кпстфхцчшщ]$/.test(word) ? 'к' : 'г') + harmony;
}

/** Kyrgyz names (CLDR) of languages a helpline in the region may speak, for browsers without Kyrgyz data. */
const KYRGYZ_LANGUAGES: Record<string, string> = {
  ky: 'кыргызча',
  ru: 'орусча',
  en: 'англисче',
  kk: 'казакча',
  uz: 'өзбекче',
  tg: 'тажикче',
  tk: 'түркмөнчө',
  tr: 'түркчө',
  zh: 'кытайча',
  de: 'немисче',
  fr: 'французча',
};

/**
 * Russian as written in Kyrgyzstan: «кыргызский» (Intl says «киргизский», as it says «Киргизия» where
 * partners write «Кыргызстан»; core overrides the country name the same way).
 */
const RUSSIAN_LANGUAGES: Record<string, string> = { ky: 'кыргызский' };

/** Own keys only: a tag such as `constructor` must not find Object's members. */
const own = (table: Record<string, string>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/**
 * The languages of `tags` named in `locale` and joined as a list ("Kyrgyz and Russian", «кыргызский и
 * русский», «кыргызча жана орусча»): `Intl.DisplayNames` and `Intl.ListFormat` where the browser speaks
 * the language, our Kyrgyz names and «жана» where it does not (a name missing there comes in Russian,
 * as core does for Kyrgyz). A tag nobody can name is shown as written.
 */
export function languageList(tags: readonly string[], locale: string): string {
  const fallback = needsKyrgyzFallback(locale);
  const locales = intlLocales(locale);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(locales, { type: 'language', fallback: 'none' });
  } catch {
    names = undefined;
  }
  const named = tags.map((tag) => {
    try {
      const key = tag.toLowerCase();
      const ours = fallback ? own(KYRGYZ_LANGUAGES, key) : locale.toLowerCase().startsWith('ru') ? own(RUSSIAN_LANGUAGES, key) : undefined;
      return ours ?? names?.of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
  if (!fallback) return new Intl.ListFormat(locales, { type: 'conjunction' }).format(named);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} жана ${named.at(-1)}` : named.join('');
}
