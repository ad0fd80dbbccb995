import { warnField } from '@omj/core';
import { isCountryCode } from './format.js';

/**
 * Reading the grid's attributes: a wrong value warns once, naming the attribute, and falls back to the
 * default; the valid parts of a list are kept.
 */
export type Warn = (attribute: string, reason: string) => void;

/** A warner for one element: each distinct problem is reported once. */
export function attributeWarner(tag: string): Warn {
  const warned = new Set<string>();
  return (attribute, reason) => {
    const key = `${attribute} ${reason}`;
    if (warned.has(key)) return;
    warned.add(key);
    warnField(tag, `attribute ${attribute}`, reason);
  };
}

export function readCountries(warnOnce: Warn, value: string | undefined): string[] {
  const codes = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return codes
    .map((code) => code.toUpperCase())
    .filter((code, index) => {
      if (isCountryCode(code)) return true;
      warnOnce('country', `"${codes[index]}" is not an ISO 3166-1 code`);
      return false;
    });
}

export function readTopics(warnOnce: Warn, value: string | undefined, known?: ReadonlySet<string>): string[] {
  return (value ?? '').split(/\s+/).filter((key) => {
    if (key === '') return false;
    if (known === undefined || known.has(key)) return true;
    warnOnce('topic', `"${key}" is not a topic of the feed`);
    return false;
  });
}

export function readYear(warnOnce: Warn, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const year = Number(value);
  if (Number.isInteger(year) && year >= 1900 && year <= new Date().getFullYear() + 1) return year;
  warnOnce('year', `"${value}" is not a year between 1900 and next year`);
  return undefined;
}

export function readPageSize(warnOnce: Warn, value: string | undefined, max: number): number {
  if (value === undefined || value.trim() === '') return 24;
  const size = Number(value);
  if (Number.isInteger(size) && size >= 1 && size <= max) return size;
  warnOnce('page-size', `"${value}" is not a whole number from 1 to ${max}; using 24`);
  return 24;
}

export function readChoice<T extends string>(warnOnce: Warn, attribute: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  warnOnce(attribute, `"${value}" is not one of ${choices.join(', ')}; using ${fallback}`);
  return fallback;
}
