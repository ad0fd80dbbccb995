import type { OpeningHours } from '@omj/feed';

/** Where a hotline stands at a given moment, computed in the hotline's own time zone. */
export interface HoursStatus {
  readonly open: boolean;
  /** Open around the clock, every day. */
  readonly always: boolean;
  /** The next change (opening when closed, closing when open); absent for `always`. */
  readonly next?: Date;
  /** Days from the hotline's today to `next`, on the hotline's calendar: 0 today, 1 tomorrow… */
  readonly inDays?: number;
  /** ISO weekday (1 = Monday … 7 = Sunday) of `next` in the hotline's time zone. */
  readonly weekday?: number;
}

const DAY = 1440;
const WEEK = 7 * DAY;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Minute of the week (0 = Monday 00:00) of `date` in `timeZone`. Throws RangeError for an unknown zone. */
export function minuteOfWeek(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return WEEKDAYS.indexOf(get('weekday')) * DAY + (Number(get('hour')) % 24) * 60 + Number(get('minute'));
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':');
  return Number(hours) * 60 + Number(mins);
}

/** The weekly opening periods as merged [start, end) minute ranges; `end` may pass the end of the week. */
function ranges(hours: OpeningHours): [number, number][] {
  const list: [number, number][] = [];
  for (const period of hours.periods) {
    const from = minutes(period.from);
    let to = minutes(period.to);
    if (to <= from) to += DAY; // overnight, e.g. 20:00–02:00
    for (const day of period.days) list.push([(day - 1) * DAY + from, (day - 1) * DAY + to]);
  }
  list.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of list) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  // Sunday evening running into Monday morning: one range across the week's end.
  while (merged.length > 1 && merged[0]![0] + WEEK <= merged[merged.length - 1]![1]) {
    const first = merged.shift()!;
    const last = merged[merged.length - 1]!;
    last[1] = Math.max(last[1], first[1] + WEEK);
  }
  return merged;
}

/**
 * Open or closed at `now`, and when that changes. `undefined` when the hours say nothing usable
 * (no periods, or a time zone this browser does not know).
 */
export function hoursStatus(hours: OpeningHours, now: Date): HoursStatus | undefined {
  if (hours.always) return { open: true, always: true };
  const list = ranges(hours);
  if (list.length === 0) return undefined;
  if (list.length === 1 && list[0]![1] - list[0]![0] >= WEEK) return { open: true, always: true };
  let current: number;
  try {
    current = minuteOfWeek(now, hours.timeZone);
  } catch {
    return undefined;
  }
  let open = false;
  let delta = Infinity;
  for (const [start, end] of list) {
    for (const t of [current, current + WEEK]) {
      if (start <= t && t < end) {
        open = true;
        delta = end - t;
      }
    }
  }
  if (!open) {
    for (const [start] of list) delta = Math.min(delta, (((start - current) % WEEK) + WEEK) % WEEK || WEEK);
  }
  const next = new Date(Math.floor(now.getTime() / 60000) * 60000 + delta * 60000);
  const dayMinute = current % DAY;
  return {
    open,
    always: false,
    next,
    inDays: Math.floor((dayMinute + delta) / DAY),
    weekday: (Math.floor(((current + delta) % WEEK) / DAY) % 7) + 1,
  };
}
