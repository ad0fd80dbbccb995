// Contact and hotline rows of a spreadsheet as OMJ feed items (docs/feed.md, "Contact", "Hotline").
import { isEmailAddress, normalizePhone } from '@omj/feed';
import type { Columns, Row } from './row.js';
import { countryCode, firstText } from './values.js';

export const CONTACT_COLUMNS: Columns = {
  plain: ['id', 'organization_id', 'phones', 'mobile', 'email', 'url'],
  localized: ['name', 'role', 'organization'],
};

export const HOTLINE_COLUMNS: Columns = {
  plain: ['id', 'country', 'number', 'free', 'languages', 'time_zone', 'hours', 'url'],
  localized: ['name', 'description'],
};

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;

function phone(row: Row, column: string, value: string): string | undefined {
  return normalizePhone(value) !== undefined
    ? value
    : row.fail(column, `"${value}" is not an international number (+996 312 61 12 11, with "ext. 143" if needed)`);
}

export function contactItem(row: Row, language: string): Record<string, unknown> | undefined {
  const id = row.need('id');
  const name = row.localized('name') ?? row.fail('name', 'missing (a name in at least one language)');
  const role = row.localized('role');
  const organization = row.localized('organization');
  const organizationId = row.get('organization_id');
  if (organizationId !== undefined && !/^[\w.-]{1,100}$/.test(organizationId))
    row.fail('organization_id', `"${organizationId}" may have only letters, digits, "-", "_" and "."`);
  const phones = row.list('phones').map((value) => phone(row, 'phones', value));
  const mobileText = row.get('mobile');
  const mobile = mobileText === undefined ? undefined : phone(row, 'mobile', mobileText);
  const email = row.get('email')?.replace(/^mailto:/i, '');
  if (email !== undefined && !isEmailAddress(email)) row.fail('email', `"${email}" is not an e-mail address`);
  const item = {
    id,
    title: firstText(name, language),
    content_text: [name, role, organization]
      .map((text) => firstText(text, language))
      .filter(Boolean)
      .join(', '),
    url: row.url('url'),
    _omj: {
      kind: 'contact',
      name,
      role,
      organization,
      organization_id: organizationId,
      phones: phones.length > 0 ? phones : undefined,
      mobile,
      email,
    },
  };
  return row.failed ? undefined : item;
}

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A day as ISO 1 (Monday) to 7 (Sunday): `Mo`, `Monday`, `1`. */
function day(text: string): number | undefined {
  const number = /^[1-7]$/.test(text) ? Number(text) : DAYS.indexOf(text.slice(0, 2).toLowerCase()) + 1;
  return number > 0 ? number : undefined;
}

/**
 * Opening hours as written in a cell: `24/7`, or periods separated by `;` or `|`, each days then times,
 * in the style of OpenStreetMap's opening_hours: `Mo-Fr 09:00-18:00; Sa 10:00-14:00`, `Mo,We 9:00-13:00`.
 */
function hours(row: Row): Record<string, unknown> | undefined {
  const value = row.get('hours');
  const timeZone = row.get('time_zone');
  if (value === undefined) return timeZone === undefined ? undefined : row.fail('hours', 'missing (time_zone is given)');
  if (timeZone === undefined) return row.fail('time_zone', 'missing (an IANA time zone such as Asia/Bishkek)');
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return row.fail('time_zone', `"${timeZone}" is not a time zone (Asia/Bishkek, Europe/Moscow …)`);
  }
  if (value.replace(/\s/g, '') === '24/7') return { time_zone: timeZone, open: '24/7' };
  const open = [];
  for (const period of value
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([\w\s,-]+?)\s+(\d\d?):(\d\d)\s*[-–]\s*(\d\d?):(\d\d)$/.exec(period);
    const days: number[] = [];
    for (const range of match?.[1]!.split(',') ?? []) {
      const [from, to = from] = range.split('-').map((part) => day(part.trim()));
      if (from === undefined || to === undefined || to < from) return row.fail('hours', `"${period}": days as Mo-Fr, Sa or 1-5`);
      for (let d = from; d <= to; d++) days.push(d);
    }
    const pad = (hour: string): string => hour.padStart(2, '0');
    const fromTime = match && `${pad(match[2]!)}:${match[3]}`;
    const toTime = match && `${pad(match[4]!)}:${match[5]}`;
    if (
      !match ||
      !/^([01]\d|2[0-3]):[0-5]\d$/.test(fromTime!) ||
      !(/^([01]\d|2[0-3]):[0-5]\d$/.test(toTime!) || toTime === '24:00') ||
      toTime! <= fromTime!
    ) {
      return row.fail(
        'hours',
        `"${period}" is not days and times such as "Mo-Fr 09:00-18:00" (split a night in two: "Fr 22:00-24:00; Sa 00:00-02:00")`,
      );
    }
    open.push({ days: [...new Set(days)], from: fromTime, to: toTime });
  }
  return open.length > 0 ? { time_zone: timeZone, open } : row.fail('hours', 'missing');
}

export function hotlineItem(row: Row, language: string): Record<string, unknown> | undefined {
  const id = row.need('id');
  const country = countryCode(row);
  const name = row.localized('name') ?? row.fail('name', 'missing (a name in at least one language)');
  const number = row.need('number');
  const digits = number?.replace(/\D/g, '') ?? '';
  if (number !== undefined && (!/^\+?\d[\d -]*$/.test(number) || digits.length < 2 || digits.length > 15))
    row.fail('number', `"${number}" is not a number to dial (111, +996 312 61 12 11)`);
  const languages = row.list('languages');
  for (const tag of languages) if (!LANGUAGE_TAG.test(tag)) row.fail('languages', `"${tag}" is not a language tag (ky, ru, en …)`);
  const description = row.localized('description');
  const item = {
    id,
    title: firstText(name, language),
    content_text: firstText(description ?? name, language),
    url: row.url('url'),
    _omj: {
      kind: 'hotline',
      country,
      name,
      number,
      free: row.yesNo('free'),
      languages: languages.length > 0 ? languages : undefined,
      hours: hours(row),
      description,
    },
  };
  return row.failed ? undefined : item;
}
