import type { OpeningHours } from '@omj/feed';

/** Where a hotline stands at a given moment, computed in the hotline's own time zone. */
export interface HoursStatus {
  readonly open: boolean;
  /** Open around the clock, every day. */
  readonly always?: boolean;
  /** The next change (opening when closed, closing when open); absent for `always`. */
  readonly next?: Date;
  /** Days from the hotline's today to `next`, on the hotline's calendar: 0 today, 1 tomorrow… */
  readonly inDays?: number;
  /** ISO weekday (1 = Monday … 7 = Sunday) of `next` in the hotline's time zone. */
  readonly weekday?: number;
}

const DAY = 1440;
const WEEK = 7 * DAY;

/**
 * Minute of the week (0 = Monday 00:00) of `date` in `timeZone` (the parser has checked the zone).
 * en-US with a 24-hour clock formats as "Mon 13:05".
 */
export function minuteOfWeek(date: Date, timeZone: string): number {
  const [day, hour, minute] = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  })
    .format(date)
    .split(/\W+/);
  return ('MonTueWedThuFriSatSun'.indexOf(day!) / 3) * DAY + (Number(hour) % 24) * 60 + Number(minute);
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/**
 * Open or closed at `now`, and when that changes; `undefined` when the hours never open.
 *
 * Rather than merging periods (overlaps, "24:00" running into the next day's "00:00", Sunday night into
 * Monday), it walks the week minute by minute from now until the state changes: at most 10,080 cheap
 * steps, once a minute, and every odd case comes out right by construction.
 */
export function hoursStatus(hours: OpeningHours, now: Date): HoursStatus | undefined {
  if (hours.always) return { open: true, always: true };
  // Each day of each period as [start minute of the week, length in minutes].
  const spans = hours.periods.flatMap(({ days, from, to }) => {
    const start = minutes(from);
    return days.map((day) => [(day - 1) * DAY + start, ((minutes(to) - start + DAY - 1) % DAY) + 1] as const);
  });
  const openAt = (minute: number) => spans.some(([start, length]) => (minute - start + WEEK) % WEEK < length);
  const current = minuteOfWeek(now, hours.timeZone);
  const open = openAt(current);
  let delta = 1;
  while (delta <= WEEK && openAt(current + delta) === open) delta++;
  if (delta > WEEK) return open ? { open, always: true } : undefined;
  return {
    open,
    next: new Date((Math.floor(now.getTime() / 60_000) + delta) * 60_000),
    inDays: Math.floor(((current % DAY) + delta) / DAY),
    weekday: (Math.floor((current + delta) / DAY) % 7) + 1,
  };
}
