// Phone numbers, e-mail addresses, hotline numbers and opening hours.
import type { OpeningHours, Phone } from '../types.js';
import { safeUrl } from '../url.js';
import { compact, isAbsent, isObject, LIMITS, quote, typeName, type Context } from './context.js';

/** An extension written inside the number: `(ext. 143)`, `ext 143`, `x143`, `;ext=143`, `доб. 143`. */
const INLINE_EXT = /\s*(?:;\s*ext=|,?\s*\(?\s*(?:ext\.?|extension|x|доб\.?)\s*[:#.]?\s*)(\d{1,10})\s*\)?\s*$/i;
const SEPARATORS = /[\s.\-()\u00a0\u2010-\u2015]/g;
const E164 = /^\+[1-9]\d{7,14}$/;
const DIGITS = /^\d{1,10}$/;

/**
 * An international phone number: `+` then 8 to 15 digits once spaces, dots, dashes and parentheses are
 * removed; an extension as `ext` or inside the string. A bad one is reported as a warning and dropped.
 */
export function readPhone(ctx: Context, value: unknown, path: string, lang: string): Phone | undefined {
  let raw: unknown = value;
  let ext: string | undefined;
  let label;
  let numberPath = path;
  if (isObject(value)) {
    raw = value.number;
    numberPath = `${path}.number`;
    if (isAbsent(raw)) {
      ctx.warn(numberPath, 'missing');
      return undefined;
    }
    const rawExt = value.ext;
    if (!isAbsent(rawExt)) {
      const text = typeof rawExt === 'number' && Number.isInteger(rawExt) && rawExt >= 0 ? String(rawExt) : typeof rawExt === 'string' ? rawExt.trim() : '';
      if (!DIGITS.test(text)) {
        ctx.warn(`${path}.ext`, `${quote(rawExt)} is not an extension (digits only)`);
        return undefined;
      }
      ext = text;
    }
    label = ctx.text(value.label, `${path}.label`, { lang, max: LIMITS.short });
  } else if (typeof value !== 'string') {
    ctx.warn(path, `not a phone number (a string or {number, ext}; found ${typeName(value)})`);
    return undefined;
  }
  if (typeof raw !== 'string') {
    ctx.warn(numberPath, `not a string (found ${typeName(raw)})`);
    return undefined;
  }
  let text = raw.trim();
  const inline = INLINE_EXT.exec(text);
  if (inline !== null) {
    text = text.slice(0, inline.index);
    ext ??= inline[1];
  }
  const number = text.replace(SEPARATORS, '');
  if (!E164.test(number)) {
    ctx.warn(numberPath, `${quote(raw)} is not an international number (+, country code, 8 to 15 digits)`);
    return undefined;
  }
  const tel = `tel:${number}${ext === undefined ? '' : `;ext=${ext}`}`;
  if (safeUrl(tel, 'phone') === undefined) {
    ctx.warn(numberPath, `${quote(raw)} does not make a tel: URL`);
    return undefined;
  }
  return compact({ number, ext, tel, label });
}

const EMAIL = /^[^\s@<>()[\]\\,;:"?#%/&]+@[^\s@<>()[\]\\,;:"?#%/&_]+\.[^\s@<>()[\]\\,;:"?#%/&_.]{2,}$/;

/** A plain e-mail address (widgets make the `mailto:` link). A bad one is reported as a warning. */
export function readEmail(ctx: Context, value: unknown, path: string): string | undefined {
  if (isAbsent(value)) return undefined;
  const text = typeof value === 'string' ? value.trim().replace(/^mailto:/i, '') : '';
  if (text.length > 254 || !EMAIL.test(text) || safeUrl(`mailto:${text}`, 'email') === undefined) {
    ctx.warn(path, `${quote(value)} is not an e-mail address`);
    return undefined;
  }
  return text;
}

const DIALLED = /^\+?\d[\d -]*$/;

/** A hotline number as dialled (`111`, `+996 312 61 12 11`) and its `tel:` URI. Errors: the hotline is its number. */
export function readDialledNumber(ctx: Context, value: unknown, path: string): { number: string; tel: string } | undefined {
  if (isAbsent(value)) {
    ctx.error(path, 'missing');
    return undefined;
  }
  const text = typeof value === 'number' && Number.isInteger(value) && value > 0 ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) {
    ctx.error(path, `not a string (found ${typeName(value)})`);
    return undefined;
  }
  const digits = text.replace(/\D/g, '');
  if (!DIALLED.test(text) || digits.length < 2 || digits.length > 15) {
    ctx.error(path, `${quote(value)} is not a phone number (digits, spaces, dashes, a leading +)`);
    return undefined;
  }
  const tel = `tel:${text.startsWith('+') ? '+' : ''}${digits}`;
  return { number: text.replace(/\s+/g, ' '), tel };
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Opening hours. Any problem drops the whole `hours` with a warning (partial hours would tell a caller
 * the line is closed when it is open); the hotline is kept.
 */
export function readHours(ctx: Context, value: unknown, path: string): OpeningHours | undefined {
  if (isAbsent(value)) return undefined;
  if (!isObject(value)) {
    ctx.warn(path, `not an object (found ${typeName(value)})`);
    return undefined;
  }
  const zone = value.time_zone;
  const zonePath = `${path}.time_zone`;
  if (isAbsent(zone)) {
    ctx.warn(zonePath, 'missing');
    return undefined;
  }
  if (typeof zone !== 'string' || !ctx.isTimeZone(zone.trim())) {
    ctx.warn(zonePath, `${quote(zone)} is not an IANA time zone`);
    return undefined;
  }
  const open = value.open;
  const openPath = `${path}.open`;
  if (open === '24/7') return { timeZone: zone.trim(), always: true, periods: [] };
  if (!Array.isArray(open) || open.length === 0) {
    ctx.warn(openPath, isAbsent(open) ? 'missing' : `not "24/7" or a list of periods`);
    return undefined;
  }
  const periods: OpeningHours['periods'][number][] = [];
  for (let i = 0; i < open.length; i++) {
    const period: unknown = open[i];
    const p = `${openPath}[${i}]`;
    if (!isObject(period)) {
      ctx.warn(p, `not an object (found ${typeName(period)})`);
      return undefined;
    }
    const days = period.days;
    if (!Array.isArray(days) || days.length === 0 || !days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
      ctx.warn(`${p}.days`, `${quote(days)} is not a list of days 1 (Monday) to 7 (Sunday)`);
      return undefined;
    }
    const from = period.from;
    if (typeof from !== 'string' || !TIME.test(from)) {
      ctx.warn(`${p}.from`, `${quote(from)} is not a time HH:MM`);
      return undefined;
    }
    const to = period.to;
    if (typeof to !== 'string' || !(TIME.test(to) || to === '24:00')) {
      ctx.warn(`${p}.to`, `${quote(to)} is not a time HH:MM (or 24:00)`);
      return undefined;
    }
    if (to <= from) {
      ctx.warn(`${p}.to`, `${to} is not later than ${from} (split a period that passes midnight in two)`);
      return undefined;
    }
    periods.push({ days: [...new Set(days as number[])].sort((a, b) => a - b), from, to });
  }
  return { timeZone: zone.trim(), always: false, periods };
}

/** A list of language tags; bad entries dropped with a warning. */
export function readLanguages(ctx: Context, value: unknown, path: string): string[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) {
    ctx.warn(path, `not an array (found ${typeName(value)})`);
    return [];
  }
  const out: string[] = [];
  value.forEach((entry, i) => {
    const tag = ctx.languageTag(entry, `${path}[${i}]`);
    if (tag !== undefined && !out.includes(tag)) out.push(tag);
  });
  return out;
}
