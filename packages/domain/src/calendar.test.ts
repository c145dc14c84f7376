import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  addWorkingHours,
  countWorkingDays,
  createWorkingCalendar,
  DateRangeError,
  endOfJakartaDay,
  isIsoDate,
  isWorkingDay,
  listWorkingDays,
  MAX_DAY_WALK,
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

/** Days since 1970-01-01 and the matching ISO date, computed independently of the module. */
const dayMs = 86_400_000;
function isoOfDay(n: number): string {
  const d = new Date(n * dayMs);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z') / dayMs;
const LAST_DAY = Date.parse('9999-12-31T00:00:00Z') / dayMs;

/** Working days counted one by one: the reference the fast count must agree with. */
function naiveCount(calendar: typeof cal, from: number, to: number): number {
  let n = 0;
  for (let d = from; d <= to; d++) {
    const weekday = new Date(d * dayMs).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !calendar.holidays.has(isoOfDay(d))) n++;
  }
  return n;
}

describe('the whole date range (0001-01-01 .. 9999-12-31)', () => {
  const empty = createWorkingCalendar([]);

  it.each([
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['0000-01-01', false],
    ['0000-12-31', false],
    ['+10000-01-01', false],
    ['-0001-01-01', false],
  ])('isIsoDate(%s) → %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it('counts the working days of the last week without looping past 9999', () => {
    // 9999-12-31 is a Friday in the proleptic Gregorian calendar.
    expect(countWorkingDays(cal, '9999-12-27', '9999-12-31')).toBe(5);
    expect(countWorkingDays(cal, '9999-12-31', '9999-12-31')).toBe(1);
  });

  it('counts every working day of the range at once', () => {
    // 3,652,059 days = 521,722 weeks + 5 days, and 0001-01-01 is a Monday.
    expect(countWorkingDays(empty, '0001-01-01', '9999-12-31')).toBe(2_608_615);
    expect(countWorkingDays(cal, '0001-01-01', '9999-12-31')).toBe(
      2_608_615 -
        countWorkingDays(empty, '2025-01-01', '2026-12-31') +
        countWorkingDays(cal, '2025-01-01', '2026-12-31'),
    );
  });

  it('refuses to step outside the range', () => {
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(DateRangeError);
    expect(() => addCalendarMonths('9999-12-31', 1)).toThrow(DateRangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => nextWorkingDay(cal, '9999-12-31')).toThrow(RangeError);
    expect(() => toJakartaDate(new Date('9999-12-31T17:00:00Z'))).toThrow(RangeError);
    expect(() => toJakartaDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => countWorkingDays(cal, '2026-01-01', '+010000-01-01')).toThrow(RangeError);
  });

  it('lists the working days of a range, and refuses a range too long to list', () => {
    // 2026-02-16 (cuti bersama) and 17 (Imlek) are off; 14-15 and 21-22 are weekends.
    expect(listWorkingDays(cal, '2026-02-14', '2026-02-22')).toEqual([
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(listWorkingDays(nationalOnly, '2026-02-16', '2026-02-17')).toEqual(['2026-02-16']);
    expect(listWorkingDays(cal, '2026-04-06', '2026-04-03')).toEqual([]);
    const longest = addCalendarDays('2026-01-01', MAX_DAY_WALK - 1);
    expect(listWorkingDays(empty, '2026-01-01', longest)).toHaveLength(
      countWorkingDays(empty, '2026-01-01', longest),
    );
    expect(() => listWorkingDays(cal, '2026-01-01', addCalendarDays(longest, 1))).toThrow(
      DateRangeError,
    );
    expect(() => listWorkingDays(cal, '2026-01-01', '9999-12-31')).toThrow(DateRangeError);
  });

  it('bounds walks by working days and hours with a RangeError instead of looping', () => {
    expect(() => addWorkingDays(cal, wib('9999-12-20T10:00'), 30)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, wib('2026-01-05T10:00'), 10_000_000)).toThrow(RangeError);
    expect(() => addWorkingHours(cal, wib('2026-01-05T10:00'), 1e12)).toThrow(RangeError);
    expect(() => addWorkingHours(cal, wib('9999-12-31T15:00'), 2)).toThrow(RangeError);
    const allHolidays = createWorkingCalendar(
      Array.from({ length: 40_000 }, (_, i) => isoOfDay(Date.parse('2030-01-01') / dayMs + i)),
    );
    expect(() => nextWorkingDay(allHolidays, '2030-01-01')).toThrow(RangeError);
    // Each refusal walks up to a century of days first; that takes seconds on a busy machine.
  }, 60_000);

  it('measures elapsed working time across the whole range', () => {
    const from = startOfDay('0001-01-01');
    const to = startOfDay('9999-12-31');
    expect(workingDaysBetween(empty, from, to)).toBe(2_608_614);
    expect(workingHoursBetween(empty, to, from)).toBe(-2_608_614 * 8);
  });

  const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
  const span = fc.integer({ min: 0, max: 60 });

  it('countWorkingDays agrees with a day-by-day count anywhere in the range', () => {
    fc.assert(
      fc.property(day, span, (start, length) => {
        const end = Math.min(LAST_DAY, start + length);
        return (
          countWorkingDays(cal, isoOfDay(start), isoOfDay(end)) === naiveCount(cal, start, end)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('countWorkingDays is additive over any split of the range', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        const [lo, mid, hi] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const whole = countWorkingDays(cal, isoOfDay(lo), isoOfDay(hi));
        const left = countWorkingDays(cal, isoOfDay(lo), isoOfDay(mid));
        const right = mid === hi ? 0 : countWorkingDays(cal, isoOfDay(mid + 1), isoOfDay(hi));
        return (
          whole === left + right &&
          countWorkingDays(cal, isoOfDay(hi), isoOfDay(lo)) === (hi === lo ? whole : 0)
        );
      }),
    );
  });

  it('addCalendarDays and nextWorkingDay stay in the range or throw a RangeError', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -4_000_000, max: 4_000_000 }), (start, n) => {
        const target = start + n;
        if (target < FIRST_DAY || target > LAST_DAY) {
          expect(() => addCalendarDays(isoOfDay(start), n)).toThrow(RangeError);
        } else {
          expect(addCalendarDays(isoOfDay(start), n)).toBe(isoOfDay(target));
        }
        try {
          const next = nextWorkingDay(cal, isoOfDay(start));
          return isIsoDate(next) && next > isoOfDay(start) && isWorkingDay(cal, next);
        } catch (error) {
          return error instanceof RangeError && start >= LAST_DAY - 2;
        }
      }),
    );
  });

  it('workingDaysBetween is antisymmetric and additive over far instants', () => {
    const far = fc.date({
      min: new Date('0001-01-01T00:00:00+07:00'),
      max: new Date('9999-12-31T23:59:59.999+07:00'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(far, far, far, (a, b, c) => {
        const ab = workingDaysBetween(cal, a, b);
        const sum = ab + workingDaysBetween(cal, b, c);
        return (
          ab === -workingDaysBetween(cal, b, a) &&
          Math.abs(sum - workingDaysBetween(cal, a, c)) < 1e-6
        );
      }),
    );
  });
});

function startOfDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 7 * 3_600_000);
}

describe('addCalendarMonths', () => {
  it.each([
    ['2026-12-06', 12, '2027-12-06'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
    ['9999-06-30', 6, '9999-12-30'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
  it('throws a RangeError outside the range or for fractions', () => {
    expect(() => addCalendarMonths('9999-07-01', 6)).toThrow(RangeError);
    expect(() => addCalendarMonths('0001-06-01', -6)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('0000-01-01', 1)).toThrow(RangeError);
  });
  it('agrees with the calendar day count: whole months never lose or add a day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_DAY - 400 }),
        fc.integer({ min: 0, max: 12 }),
        (n, months) => {
          const date = isoOfDay(n);
          const later = addCalendarMonths(date, months);
          return isIsoDate(later) && later >= date && later.slice(8) <= date.slice(8);
        },
      ),
    );
  });
});

describe('the O(1) index agrees with a walk over the days', () => {
  /** Random holiday sets around 2024..2027, weekends included, with runs of days off. */
  const holidays = fc.uniqueArray(
    fc.integer({ min: 0, max: 4 * 366 }).map((n) => addCalendarDays('2024-01-01', n)),
    { maxLength: 120 },
  );
  const day = fc.integer({ min: -400, max: 5 * 366 }).map((n) => addCalendarDays('2024-01-01', n));
  const walkIsWorking = (h: Set<string>, d: string) => {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !h.has(d);
  };

  it('isWorkingDay, countWorkingDays and addWorkingDays', () => {
    fc.assert(
      fc.property(holidays, day, fc.integer({ min: 0, max: 60 }), (list, start, n) => {
        const c = createWorkingCalendar(list);
        const h = new Set(list);
        expect(isWorkingDay(c, start)).toBe(walkIsWorking(h, start));
        // Walk: the n-th working day after `start` (n = 0: `start` or the next working day).
        let d = start;
        if (n === 0) while (!walkIsWorking(h, d)) d = addCalendarDays(d, 1);
        for (let i = 0; i < n; i++) {
          d = addCalendarDays(d, 1);
          while (!walkIsWorking(h, d)) d = addCalendarDays(d, 1);
        }
        expect(toJakartaDate(addWorkingDays(c, morningOf(start), n))).toBe(d);
        let count = 0;
        for (let x = start; x <= d; x = addCalendarDays(x, 1)) if (walkIsWorking(h, x)) count++;
        expect(countWorkingDays(c, start, d)).toBe(count);
      }),
    );
  });
});

/** 09:30 WIB of a day. */
function morningOf(d: string): Date {
  return new Date(`${d}T09:30:00+07:00`);
}
