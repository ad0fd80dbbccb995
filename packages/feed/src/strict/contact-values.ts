// Phone numbers, e-mail addresses, hotline numbers and opening hours.
import type { OpeningHours, Phone } from '../types.js';
import { dialledNumber, DIGITS, normalizePhone } from '../phone.js';
import { isEmailAddress } from '../formats.js';
import {
  ERROR,
  isAbsent,
  isNot,
  isObject,
  notA,
  readLanguageTag,
  readList,
  readObject,
  readText,
  report,
  typeName,
  type Raw,
} from './read.js';

/**
 * A contact's phone: a string or `{ number, ext?, label? }` (see `normalizePhone`). A bad one is reported
 * as a warning and dropped.
 */
export function readPhone(value: unknown, path: string, lang: string): Phone | undefined {
  let raw: unknown = value;
  let ext: string | undefined;
  let label;
  let numberPath = path;
  if (isObject(value)) {
    raw = value.number;
    numberPath = `${path}.number`;
    if (isAbsent(raw)) return report(numberPath, 'missing');
    const rawExt = value.ext;
    if (!isAbsent(rawExt)) {
      ext =
        typeof rawExt === 'number' && Number.isInteger(rawExt) && rawExt >= 0
          ? String(rawExt)
          : typeof rawExt === 'string'
            ? rawExt.trim()
            : '';
      if (!DIGITS.test(ext)) return isNot(`${path}.ext`, rawExt, 'an extension (digits only)');
    }
    label = readText(value.label, `${path}.label`, lang);
  } else if (typeof value !== 'string') {
    return report(path, `not a phone number (a string or {number, ext}; found ${typeName(value)})`);
  }
  if (typeof raw !== 'string') return notA(numberPath, 'a string', raw);
  const phone = normalizePhone(raw, ext);
  if (phone === undefined) return isNot(numberPath, raw, 'an international number (+, country code, 8 to 15 digits)');
  return label === undefined ? phone : { ...phone, label };
}

/**
 * A plain e-mail address (widgets make the `mailto:` link; `?` and `&` are refused, so no headers can ride
 * along). A bad one is reported as a warning.
 */
export function readEmail(value: unknown, path: string): string | undefined {
  if (isAbsent(value)) return undefined;
  const text = typeof value === 'string' ? value.trim().replace(/^mailto:/i, '') : '';
  return text.length <= 254 && isEmailAddress(text) ? text : isNot(path, value, 'an e-mail address');
}

/** A hotline number as dialled (`111`, `+996 312 61 12 11`) and its `tel:` URI. Errors: the hotline is its number. */
export function readDialledNumber(value: unknown, path: string): { number: string; tel: string } | undefined {
  if (isAbsent(value)) return report(path, 'missing', ERROR);
  if (typeof value !== 'string' && typeof value !== 'number') return notA(path, 'a string', value, ERROR);
  return dialledNumber(value) ?? isNot(path, value, 'a phone number (digits, spaces, dashes, a leading +)', ERROR);
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Opening hours. Any problem drops the whole `hours` with a warning (partial hours would tell a caller
 * the line is closed when it is open); the hotline is kept.
 */
export function readHours(value: unknown, path: string): OpeningHours | undefined {
  const hours = readObject(value, path);
  if (hours === undefined) return undefined;
  const zone = hours.time_zone;
  const zonePath = `${path}.time_zone`;
  if (isAbsent(zone)) return report(zonePath, 'missing');
  const timeZone = typeof zone === 'string' ? zone.trim() : '';
  if (!isTimeZone(timeZone)) return isNot(zonePath, zone, 'an IANA time zone');
  const open = hours.open;
  const openPath = `${path}.open`;
  if (open === '24/7') return { timeZone, always: true, periods: [] };
  if (!Array.isArray(open) || open.length === 0) return report(openPath, isAbsent(open) ? 'missing' : 'not "24/7" or a list of periods');
  const periods: OpeningHours['periods'][number][] = [];
  for (let i = 0; i < open.length; i++) {
    const p = `${openPath}[${i}]`;
    const period = open[i] as Raw;
    if (!isObject(period)) return notA(p, 'an object', period);
    const { days, from, to } = period;
    if (!Array.isArray(days) || days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
      return isNot(`${p}.days`, days, 'a list of days 1 (Monday) to 7 (Sunday)');
    }
    if (typeof from !== 'string' || !TIME.test(from)) return isNot(`${p}.from`, from, 'a time HH:MM');
    if (typeof to !== 'string' || !(TIME.test(to) || to === '24:00')) return isNot(`${p}.to`, to, 'a time HH:MM (or 24:00)');
    if (to <= from) return report(`${p}.to`, `${to} is not later than ${from} (split a period that passes midnight in two)`);
    periods.push({ days: [...new Set(days as number[])].sort((a, b) => a - b), from, to });
  }
  return { timeZone, always: false, periods };
}

const zones = new Map<string, boolean>();

/** True for a time zone this runtime's Intl knows (IANA names, `UTC`). Cached. */
function isTimeZone(zone: string): boolean {
  let ok = zones.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: zone });
      ok = zone.length < 64;
    } catch {
      ok = false;
    }
    zones.set(zone, ok);
  }
  return ok;
}

/** A list of language tags; bad entries dropped with a warning. */
export function readLanguages(value: unknown, path: string): string[] {
  return readList(value, path, readLanguageTag) ?? [];
}
