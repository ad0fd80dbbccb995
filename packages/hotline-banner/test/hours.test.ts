import { expect } from '@open-wc/testing';
import type { OpeningHours } from '@omj/feed';
import { hoursStatus, minuteOfWeek } from '../src/hours.js';

const weekdays: OpeningHours = {
  timeZone: 'Asia/Bishkek',
  always: false,
  periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' }],
};

// 2025-03-10 is a Monday. Bishkek is UTC+6 all year.
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it("reads weekday and time in the hotline zone, not the visitor's", () => {
    // Sunday 20:00 in UTC is already Monday 02:00 in Bishkek.
    expect(minuteOfWeek(at('2025-03-09T20:00:00Z'), 'UTC')).to.equal(6 * 1440 + 20 * 60);
    expect(minuteOfWeek(at('2025-03-09T20:00:00Z'), 'Asia/Bishkek')).to.equal(2 * 60);
    expect(minuteOfWeek(at('2025-03-09T18:00:00Z'), 'Asia/Bishkek')).to.equal(0); // midnight, not "24:00"
  });

  it('is open on a weekday morning in Bishkek and says when it closes', () => {
    const status = hoursStatus(weekdays, at('2025-03-10T05:00:00Z'))!; // Mon 11:00 Bishkek
    expect(status.open).to.equal(true);
    expect(status.next!.toISOString()).to.equal('2025-03-10T12:00:00.000Z'); // 18:00 Bishkek
    expect(status.inDays).to.equal(0);
  });

  it('is closed at 19:00 in Bishkek although it is 13:00 for a visitor in UTC', () => {
    const status = hoursStatus(weekdays, at('2025-03-10T13:00:00Z'))!;
    expect(status.open).to.equal(false);
    expect(status.next!.toISOString()).to.equal('2025-03-11T03:00:00.000Z'); // Tue 09:00 Bishkek
    expect(status.inDays).to.equal(1);
    expect(status.weekday).to.equal(2);
  });

  it('counts "today" on the hotline\'s calendar: Sunday evening in UTC opens "today" in Bishkek', () => {
    const status = hoursStatus(weekdays, at('2025-03-09T20:00:00Z'))!;
    expect(status.open).to.equal(false);
    expect(status.inDays).to.equal(0);
    expect(status.weekday).to.equal(1);
    expect(status.next!.toISOString()).to.equal('2025-03-10T03:00:00.000Z');
  });

  it('is closed at the weekend and opens on Monday', () => {
    const saturday = hoursStatus(weekdays, at('2025-03-08T06:00:00Z'))!; // Sat 12:00
    expect(saturday.open).to.equal(false);
    expect(saturday.weekday).to.equal(1);
    expect(saturday.inDays).to.equal(2);
    const friday = hoursStatus(weekdays, at('2025-03-14T13:30:00Z'))!; // Fri 19:30
    expect(friday.inDays).to.equal(3);
    expect(friday.next!.toISOString()).to.equal('2025-03-17T03:00:00.000Z');
  });

  it('treats the closing minute as closed and the opening minute as open', () => {
    expect(hoursStatus(weekdays, at('2025-03-10T03:00:00Z'))!.open).to.equal(true); // 09:00
    expect(hoursStatus(weekdays, at('2025-03-10T11:59:00Z'))!.open).to.equal(true); // 17:59
    expect(hoursStatus(weekdays, at('2025-03-10T12:00:00Z'))!.open).to.equal(false); // 18:00
  });

  it('knows 24/7, and periods that cover the whole week', () => {
    expect(hoursStatus({ timeZone: 'Asia/Bishkek', always: true, periods: [] }, new Date())).to.deep.equal({ open: true, always: true });
    const everyDay: OpeningHours = {
      timeZone: 'Asia/Bishkek',
      always: false,
      periods: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }],
    };
    expect(hoursStatus(everyDay, at('2025-03-09T20:00:00Z'))!.always).to.equal(true);
  });

  it('handles "to": "24:00" and joins it to the next day\'s opening at 00:00', () => {
    const weekend: OpeningHours = {
      timeZone: 'Asia/Bishkek',
      always: false,
      periods: [
        { days: [6], from: '10:00', to: '24:00' },
        { days: [7], from: '00:00', to: '14:00' },
      ],
    };
    const late = hoursStatus(weekend, at('2025-03-08T17:30:00Z'))!; // Sat 23:30
    expect(late.open).to.equal(true);
    expect(late.next!.toISOString()).to.equal('2025-03-09T08:00:00.000Z'); // Sun 14:00, not Sat 24:00
    const sunday = hoursStatus(weekend, at('2025-03-09T09:00:00Z'))!; // Sun 15:00
    expect(sunday.open).to.equal(false);
    expect(sunday.weekday).to.equal(6);
    expect(sunday.inDays).to.equal(6);
  });

  it('keeps a Sunday-to-Monday night open across the end of the week', () => {
    const nights: OpeningHours = {
      timeZone: 'UTC',
      always: false,
      periods: [
        { days: [7], from: '20:00', to: '24:00' },
        { days: [1], from: '00:00', to: '06:00' },
      ],
    };
    const status = hoursStatus(nights, at('2025-03-09T22:00:00Z'))!; // Sun 22:00
    expect(status.open).to.equal(true);
    expect(status.next!.toISOString()).to.equal('2025-03-10T06:00:00.000Z');
    expect(hoursStatus(nights, at('2025-03-10T05:00:00Z'))!.open).to.equal(true);
    expect(hoursStatus(nights, at('2025-03-10T07:00:00Z'))!.open).to.equal(false);
  });

  it('says nothing for hours that never open', () => {
    expect(hoursStatus({ ...weekdays, periods: [] }, new Date())).to.equal(undefined);
  });
});
