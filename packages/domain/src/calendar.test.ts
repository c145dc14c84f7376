import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  countWorkingDays,
  createWorkingCalendar,
  endOfJakartaDay,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  toJakartaDate,
  workingDaysBetween,
  workingHoursBetween,
} from './calendar';
import { pickHolidayDates } from './holidays';
import { HOLIDAYS_2025_2026 } from './testing/holidays-2025-2026';

const cal = createWorkingCalendar(pickHolidayDates(HOLIDAYS_2025_2026));
const nationalOnly = createWorkingCalendar(
  pickHolidayDates(HOLIDAYS_2025_2026, { cutiBersamaIsDayOff: false }),
);
/** An instant given in WIB wall-clock time. */
const wib = (local: string) => new Date(`${local}+07:00`);

describe('isIsoDate', () => {
  it.each([
    ['2026-03-20', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-3-20', false],
    ['20260320', false],
  ])('%s → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));
});

describe('createWorkingCalendar', () => {
  it('defaults to office hours 8..16', () => {
    expect(createWorkingCalendar([])).toMatchObject({ officeStartHour: 8, officeEndHour: 16 });
  });
  it.each([
    [{ officeStartHour: 16, officeEndHour: 8 }],
    [{ officeStartHour: -1 }],
    [{ officeEndHour: 25 }],
    [{ officeStartHour: 7.5 }],
  ])('rejects office hours %o', (options) => {
    expect(() => createWorkingCalendar([], options)).toThrow(RangeError);
  });
  it('rejects a malformed holiday', () => {
    expect(() => createWorkingCalendar(['2026-02-30'])).toThrow(RangeError);
  });
});

describe('toJakartaDate', () => {
  it.each([
    ['2026-03-19T16:59:59.999Z', '2026-03-19'],
    ['2026-03-19T17:00:00.000Z', '2026-03-20'],
    ['2025-12-31T17:30:00Z', '2026-01-01'],
  ])('%s is %s in WIB', (instant, date) => expect(toJakartaDate(new Date(instant))).toBe(date));
});

describe('isWorkingDay / nextWorkingDay (real 2025/2026 holidays)', () => {
  it.each([
    ['2026-03-20', false], // cuti bersama Idul Fitri 1447, Friday
    ['2026-03-23', false], // cuti bersama, Monday
    ['2026-03-25', true],
    ['2026-03-14', false], // Saturday
    ['2025-08-18', false], // cuti bersama HUT RI ke-80 (added by the 2025 amendment)
    ['2025-08-19', true],
  ])('%s working: %s', (date, working) => expect(isWorkingDay(cal, date)).toBe(working));

  it.each([
    // Nyepi (18-19 Mar), Idul Fitri (20-24 Mar) and a weekend: next is Wednesday 25 March.
    [cal, '2026-03-17', '2026-03-25'],
    // Without cuti bersama only Nyepi (19), Idul Fitri (21-22) remain.
    [nationalOnly, '2026-03-17', '2026-03-18'],
    [nationalOnly, '2026-03-19', '2026-03-20'],
    // Lebaran 2025: Nyepi 28-29 Mar, Idul Fitri 31 Mar-1 Apr, cuti 2-7 Apr.
    [cal, '2025-03-27', '2025-04-08'],
    [cal, '2025-12-24', '2025-12-29'],
    [cal, '2026-03-13', '2026-03-16'],
  ])('next after %#', (calendar, date, next) => expect(nextWorkingDay(calendar, date)).toBe(next));
});

describe('countWorkingDays', () => {
  it.each([
    ['2026-03-16', '2026-03-27', 5], // 10 weekdays minus 18, 19, 20, 23, 24
    ['2026-03-25', '2026-03-25', 1],
    ['2026-03-26', '2026-03-25', 0],
  ])('%s..%s has %i', (start, end, n) => expect(countWorkingDays(cal, start, end)).toBe(n));
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-03-17T10:00', 1, '2026-03-25'],
    ['2026-03-17T10:00', 3, '2026-03-27'],
    ['2026-03-13T15:00', 1, '2026-03-16'],
    ['2026-03-13T15:00', 0, '2026-03-13'],
    ['2026-03-14T09:00', 0, '2026-03-16'], // Saturday: next working day
    ['2026-03-17T23:30', 1, '2026-03-25'],
    ['2025-08-15T08:00', 1, '2025-08-19'],
  ])('%s + %i → end of %s', (from, days, date) => {
    expect(addWorkingDays(cal, wib(from), days)).toEqual(endOfJakartaDay(date));
  });
  it('ends at 23:59:59.999 WIB', () => {
    expect(addWorkingDays(cal, wib('2026-03-25T10:00'), 1).toISOString()).toBe(
      '2026-03-26T16:59:59.999Z',
    );
  });
  it.each([-1, 1.5, Number.NaN])('rejects %s days', (days) => {
    expect(() => addWorkingDays(cal, new Date(), days)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-03-06T10:00', '2026-03-09T10:00', 1], // Fri → Mon
    ['2026-03-09T10:00', '2026-03-06T10:00', -1],
    ['2026-03-17T12:00', '2026-03-25T12:00', 1], // across Nyepi and Idul Fitri
    ['2026-03-21T08:00', '2026-03-22T08:00', 0],
    ['2026-03-25T06:00', '2026-03-25T18:00', 0.5],
  ])('%s → %s = %d', (from, to, days) => {
    expect(workingDaysBetween(cal, wib(from), wib(to))).toBeCloseTo(days, 10);
  });
});

describe('addWorkingHours / workingHoursBetween', () => {
  it.each([
    ['2026-03-13T15:00', 2, '2026-03-16T09:00'], // Friday 1h + Monday 1h
    ['2026-03-17T15:00', 3, '2026-03-25T10:00'], // holidays skipped
    ['2026-03-25T06:00', 1, '2026-03-25T09:00'], // before opening
    ['2026-03-25T17:00', 0, '2026-03-26T08:00'], // after closing
    ['2026-03-25T08:00', 8, '2026-03-25T16:00'], // a full day ends at closing time
    ['2026-03-25T08:00', 0.5, '2026-03-25T08:30'],
  ])('%s + %dh → %s', (from, hours, to) => {
    expect(addWorkingHours(cal, wib(from), hours)).toEqual(wib(to));
    expect(workingHoursBetween(cal, wib(from), wib(to))).toBeCloseTo(hours, 10);
  });
  it('is negative backwards', () => {
    expect(workingHoursBetween(cal, wib('2026-03-16T09:00'), wib('2026-03-13T15:00'))).toBe(-2);
  });
  it('honours custom office hours', () => {
    const short = createWorkingCalendar([], { officeStartHour: 7, officeEndHour: 12 });
    expect(addWorkingHours(short, wib('2026-03-25T11:00'), 2)).toEqual(wib('2026-03-26T08:00'));
  });
  it.each([-1, Number.POSITIVE_INFINITY])('rejects %s hours', (hours) => {
    expect(() => addWorkingHours(cal, new Date(), hours)).toThrow(RangeError);
  });
});

describe('calendar properties', () => {
  const instant = fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2026-11-30T00:00:00Z'),
    noInvalidDate: true,
  });
  const days = fc.integer({ min: 0, max: 40 });

  it('a deadline falls at the end of a working day', () => {
    fc.assert(
      fc.property(instant, days, (from, n) => {
        const deadline = addWorkingDays(cal, from, n);
        const date = toJakartaDate(deadline);
        return isWorkingDay(cal, date) && deadline.getTime() === endOfJakartaDay(date).getTime();
      }),
    );
  });

  it('workingDaysBetween(from, addWorkingDays(from, n)) lies in [n, n + 1)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const elapsed = workingDaysBetween(cal, from, addWorkingDays(cal, from, n));
        return elapsed > n - 1e-6 && elapsed < n + 1;
      }),
    );
  });

  it('deadlines grow with n (0 and 1 coincide when `from` is not a working day)', () => {
    fc.assert(
      fc.property(instant, days, (from, n) => {
        const next = addWorkingDays(cal, from, n + 1);
        const current = addWorkingDays(cal, from, n);
        return n === 0 && !isWorkingDay(cal, toJakartaDate(from))
          ? next.getTime() === current.getTime()
          : next > current;
      }),
    );
  });

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        const ab = workingDaysBetween(cal, a, b);
        const sum = ab + workingDaysBetween(cal, b, c);
        return (
          ab === -workingDaysBetween(cal, b, a) &&
          Math.abs(sum - workingDaysBetween(cal, a, c)) < 1e-9
        );
      }),
    );
  });

  it('addWorkingHours lands in office hours and workingHoursBetween measures it back', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200 }), (from, quarterHours) => {
        const hours = quarterHours / 4;
        const to = addWorkingHours(cal, from, hours);
        const hour = (to.getTime() / 3_600_000 + 7) % 24;
        return (
          isWorkingDay(cal, toJakartaDate(to)) &&
          hour >= 8 &&
          hour <= 16 &&
          Math.abs(workingHoursBetween(cal, from, to) - hours) < 1e-9
        );
      }),
    );
  });

  it('addCalendarDays round-trips', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -400, max: 400 }), (from, n) => {
        const date = toJakartaDate(from);
        return addCalendarDays(addCalendarDays(date, n), -n) === date;
      }),
    );
  });
});
