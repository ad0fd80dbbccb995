import type { ParsedFeed } from '@omj/feed';

const regionNames = new Map<string, { names?: Intl.DisplayNames; locale: string }>();

/**
 * The locale whose `Intl` data we can show: the visitor's if the browser has it, else (Chromium ships no
 * Kyrgyz data) Russian for Kyrgyz, which every reader in Kyrgyzstan reads, else English.
 */
export function dataLocale(
  langTag: string,
  uiLocale: string,
  api: { supportedLocalesOf(locales: string[]): string[] },
): string {
  const candidates = [langTag, uiLocale, ...(uiLocale === 'ky' ? ['ru'] : []), 'en'];
  return (
    candidates.find((tag) => {
      try {
        return api.supportedLocalesOf([tag]).length > 0;
      } catch {
        return false;
      }
    }) ?? 'en'
  );
}

function namesFor(langTag: string, uiLocale: string): { names?: Intl.DisplayNames; locale: string } {
  let entry = regionNames.get(langTag);
  if (entry === undefined) {
    const locale = dataLocale(langTag, uiLocale, Intl.DisplayNames);
    try {
      entry = { names: new Intl.DisplayNames([locale], { type: 'region' }), locale };
    } catch {
      entry = { locale };
    }
    regionNames.set(langTag, entry);
  }
  return entry;
}

/** The country's name in `langTag`: the feed's `countryNames` override first, then `Intl.DisplayNames`. */
export function countryName(code: string, langTag: string, uiLocale: string, feed: ParsedFeed): string {
  const { names, locale } = namesFor(langTag, uiLocale);
  const override = feed.countryNames[langTag]?.[code] ?? feed.countryNames[uiLocale]?.[code] ?? feed.countryNames[locale]?.[code];
  if (override) return override;
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

let englishRegions: Intl.DisplayNames | undefined;

/** True when `code` looks like an ISO 3166-1 alpha-2 code that `Intl` knows. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    englishRegions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return englishRegions.of(code) !== undefined;
  } catch {
    return false;
  }
}

const units = new Map<string, Intl.NumberFormat>();
function unit(value: number, name: 'minute' | 'second', langTag: string, uiLocale: string): string {
  const key = `${langTag} ${name}`;
  let format = units.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(dataLocale(langTag, uiLocale, Intl.NumberFormat), { style: 'unit', unit: name, unitDisplay: 'short' });
    units.set(key, format);
  }
  return format.format(value);
}

/**
 * A film's length as words a screen reader reads well: "1 min", "1 min 15 sec", "1 мин.". Where the
 * browser has no Kyrgyz unit names, Kyrgyz pages get the Russian ones (as for country names).
 */
export function durationText(seconds: number, langTag: string, uiLocale: string): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return [minutes > 0 ? unit(minutes, 'minute', langTag, uiLocale) : '', rest > 0 || minutes === 0 ? unit(rest, 'second', langTag, uiLocale) : '']
    .filter(Boolean)
    .join(' ');
}
