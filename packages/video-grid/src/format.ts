import type { ParsedFeed } from '@omj/feed';

const regionNames = new Map<string, Intl.DisplayNames | undefined>();

/** The country's name in `langTag`: the feed's `countryNames` override first, then `Intl.DisplayNames`. */
export function countryName(code: string, langTag: string, uiLocale: string, feed: ParsedFeed): string {
  const override = feed.countryNames[langTag]?.[code] ?? feed.countryNames[uiLocale]?.[code];
  if (override) return override;
  let names = regionNames.get(langTag);
  if (!regionNames.has(langTag)) {
    try {
      names = new Intl.DisplayNames([langTag, uiLocale], { type: 'region' });
    } catch {
      names = undefined;
    }
    regionNames.set(langTag, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** True when `code` looks like an ISO 3166-1 alpha-2 code that `Intl` knows. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) !== undefined;
  } catch {
    return false;
  }
}

const units = new Map<string, Intl.NumberFormat>();
function unit(value: number, name: 'minute' | 'second', langTag: string): string {
  const key = `${langTag} ${name}`;
  let format = units.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(langTag, { style: 'unit', unit: name, unitDisplay: 'short' });
    units.set(key, format);
  }
  return format.format(value);
}

/** A film's length as words a screen reader reads well: "1 min", "1 min 15 sec", "1 мин.". */
export function durationText(seconds: number, langTag: string): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return [minutes > 0 ? unit(minutes, 'minute', langTag) : '', rest > 0 || minutes === 0 ? unit(rest, 'second', langTag) : '']
    .filter(Boolean)
    .join(' ');
}
