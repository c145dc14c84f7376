/**
 * Working-day calendar of the office, in Asia/Jakarta time (WIB, UTC+7, no daylight saving).
 * Working days exclude Saturdays, Sundays and the holidays the calendar is built with.
 * packages/sop counts SOP deadlines with this module, so its signatures are a fixed contract.
 */

/** A calendar day in WIB, 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface WorkingCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
  /** First office hour in WIB (default 8). */
  readonly officeStartHour: number;
  /** Hour the office closes in WIB (default 16). */
  readonly officeEndHour: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** WIB is a fixed UTC+7, so plain arithmetic replaces a time-zone database. */
const WIB_OFFSET = 7 * HOUR;

/**
 * First and last day the calendar handles: what 'YYYY-MM-DD' can write and PostgreSQL can store
 * (it has no year 0). Every date function throws a RangeError rather than step outside.
 */
export const MIN_ISO_DATE: IsoDate = '0001-01-01';
export const MAX_ISO_DATE: IsoDate = '9999-12-31';

/**
 * A date computation that would leave {@link MIN_ISO_DATE}..{@link MAX_ISO_DATE} or walk further
 * than {@link MAX_DAY_WALK}: the input's fault (a far date, a huge count), so the API answers it
 * as a validation error rather than an internal one.
 */
export class DateRangeError extends RangeError {
  override readonly name = 'DateRangeError';
}

/**
 * The longest walk over days (adding working days or hours, listing days) before a RangeError:
 * 100 years, far beyond any rule of the office, so a bad input fails fast instead of spinning.
 */
export const MAX_DAY_WALK = 36_525;

/** True for a real calendar date written 'YYYY-MM-DD', from 0001-01-01 to 9999-12-31. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < MIN_ISO_DATE) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date: ${value}`);
}

/** Days since 1970-01-01 of an ISO date (RangeError for anything else). */
function dayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

const MIN_DAY = dayNumber(MIN_ISO_DATE);
const MAX_DAY = dayNumber(MAX_ISO_DATE);

function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n) || n < MIN_DAY || n > MAX_DAY)
    throw new DateRangeError(`Date outside ${MIN_ISO_DATE}..${MAX_ISO_DATE}`);
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Monday to Friday among the day numbers before `n`, counted from a Monday (1970-01-05). */
function weekdaysBefore(n: number): number {
  const days = n - 4;
  const weeks = Math.floor(days / 7);
  return weeks * 5 + Math.min(days - weeks * 7, 5);
}

/** Working days with day numbers in [from, to]: weekdays minus weekday holidays, no walk. */
function workingDaysIn(cal: WorkingCalendar, from: number, to: number): number {
  if (to < from) return 0;
  let count = weekdaysBefore(to + 1) - weekdaysBefore(from);
  for (const holiday of cal.holidays) {
    const n = dayNumber(holiday);
    const weekday = weekdayOf(n);
    if (n >= from && n <= to && weekday !== 0 && weekday !== 6) count--;
  }
  return count;
}

/** The WIB day number an instant falls on (RangeError outside the calendar's range). */
function jakartaDayNumber(instant: Date): number {
  const n = Math.floor((instant.getTime() + WIB_OFFSET) / DAY);
  if (!Number.isInteger(n) || n < MIN_DAY || n > MAX_DAY)
    throw new DateRangeError(`Instant outside ${MIN_ISO_DATE}..${MAX_ISO_DATE} WIB`);
  return n;
}

/** Builds a calendar from holiday dates; office hours default to 8..16 WIB. */
export function createWorkingCalendar(
  holidays: Iterable<IsoDate>,
  options: { officeStartHour?: number; officeEndHour?: number } = {},
): WorkingCalendar {
  const { officeStartHour = 8, officeEndHour = 16 } = options;
  const validHours =
    Number.isInteger(officeStartHour) &&
    Number.isInteger(officeEndHour) &&
    officeStartHour >= 0 &&
    officeStartHour < officeEndHour &&
    officeEndHour <= 24;
  if (!validHours)
    throw new RangeError(`Invalid office hours ${officeStartHour}..${officeEndHour}`);
  const set = new Set<IsoDate>();
  for (const date of holidays) {
    assertIsoDate(date);
    set.add(date);
  }
  return { holidays: set, officeStartHour, officeEndHour };
}

/** The WIB calendar day an instant falls on. */
export function toJakartaDate(instant: Date): IsoDate {
  return fromDayNumber(jakartaDayNumber(instant));
}

/** The instant 00:00 WIB of a day. */
export function startOfJakartaDay(date: IsoDate): Date {
  return new Date(dayNumber(date) * DAY - WIB_OFFSET);
}

/** The instant 23:59:59.999 WIB of a day. */
export function endOfJakartaDay(date: IsoDate): Date {
  return new Date(startOfJakartaDay(date).getTime() + DAY - 1);
}

/** The date `days` calendar days after (or before, if negative) `date`. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Invalid number of days: ${days}`);
  return fromDayNumber(dayNumber(date) + days);
}

function daysInMonth(year: number, monthIndex: number): number {
  if (monthIndex === 1) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][monthIndex] as number;
}

/**
 * The same day `months` calendar months later (earlier if negative), or the month's last day
 * when it is shorter: 2026-08-31 + 6 months is 2027-02-28. A RangeError outside the range.
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  if (!Number.isInteger(months)) throw new RangeError(`Invalid number of months: ${months}`);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  if (year < 1 || year > 9999)
    throw new DateRangeError(`Date outside ${MIN_ISO_DATE}..${MAX_ISO_DATE}`);
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, monthIndex));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(monthIndex + 1, 2)}-${pad(day, 2)}`;
}

/** True when the day is neither Saturday, Sunday nor a holiday of the calendar. */
export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): boolean {
  const weekday = weekdayOf(dayNumber(date));
  return weekday !== 0 && weekday !== 6 && !cal.holidays.has(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: IsoDate): IsoDate {
  const from = dayNumber(date);
  for (let n = from + 1; n <= from + MAX_DAY_WALK; n++) {
    const d = fromDayNumber(n);
    if (isWorkingDay(cal, d)) return d;
  }
  throw new DateRangeError(`No working day within ${MAX_DAY_WALK} days after ${date}`);
}

/** Number of working days from `start` to `end`, both included (0 when end < start). */
export function countWorkingDays(cal: WorkingCalendar, start: IsoDate, end: IsoDate): number {
  return workingDaysIn(cal, dayNumber(start), dayNumber(end));
}

/**
 * The working days from `start` to `end`, both included, in order. A RangeError when the range
 * is longer than {@link MAX_DAY_WALK} days, so a far end date cannot make a list of millions.
 */
export function listWorkingDays(cal: WorkingCalendar, start: IsoDate, end: IsoDate): IsoDate[] {
  const from = dayNumber(start);
  const to = dayNumber(end);
  if (to - from >= MAX_DAY_WALK)
    throw new DateRangeError(`Range ${start}..${end} is longer than ${MAX_DAY_WALK} days`);
  const days: IsoDate[] = [];
  for (let n = from; n <= to; n++) {
    const d = fromDayNumber(n);
    if (isWorkingDay(cal, d)) days.push(d);
  }
  return days;
}

/**
 * Deadline `days` working days after `from`: the end (23:59:59.999 WIB) of the `days`-th working
 * day after the WIB day of `from`. With 0 it is the end of that day if it is a working day,
 * otherwise the end of the next working day.
 */
export function addWorkingDays(cal: WorkingCalendar, from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Invalid working days: ${days}`);
  if (days > MAX_DAY_WALK) throw new DateRangeError(`${days} working days is too far`);
  let d = toJakartaDate(from);
  if (days === 0 && !isWorkingDay(cal, d)) d = nextWorkingDay(cal, d);
  for (let i = 0; i < days; i++) d = nextWorkingDay(cal, d);
  return endOfJakartaDay(d);
}

/**
 * Sums, day by day, how much of [from, to) overlaps each working day's window (given as offsets
 * in ms from 00:00 WIB). Negative when `to` is before `from`.
 */
function overlapOnWorkingDays(
  cal: WorkingCalendar,
  from: Date,
  to: Date,
  windowStart: number,
  windowEnd: number,
): number {
  if (to < from) return -overlapOnWorkingDays(cal, to, from, windowStart, windowEnd);
  const first = jakartaDayNumber(from);
  const last = jakartaDayNumber(to);
  /** How much of [from, to) falls in the window of one day, if it is a working day. */
  const onDay = (n: number): number => {
    if (!isWorkingDay(cal, fromDayNumber(n))) return 0;
    const dayStart = n * DAY - WIB_OFFSET;
    const start = Math.max(from.getTime(), dayStart + windowStart);
    const end = Math.min(to.getTime(), dayStart + windowEnd);
    return Math.max(0, end - start);
  };
  if (first === last) return onDay(first);
  // The days strictly between hold their whole window, so they are counted, not walked.
  const between = workingDaysIn(cal, first + 1, last - 1) * (windowEnd - windowStart);
  return onDay(first) + between + onDay(last);
}

/**
 * Elapsed working time in working days: only time on working days counts, each working day
 * weighing its whole 24 hours. Fri 10:00 → Mon 10:00 is 1.0. Negative if `to` < `from`.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  return overlapOnWorkingDays(cal, from, to, 0, DAY) / DAY;
}

/** Office hours on working days elapsed between two instants; negative if `to` < `from`. */
export function workingHoursBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  return (
    overlapOnWorkingDays(cal, from, to, cal.officeStartHour * HOUR, cal.officeEndHour * HOUR) / HOUR
  );
}

/**
 * The instant `hours` office hours after `from`, counting only office hours of working days.
 * The result always lies within office hours; work that ends exactly at closing time ends at
 * closing time, not at the next opening.
 */
export function addWorkingHours(cal: WorkingCalendar, from: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Invalid working hours: ${hours}`);
  let remaining = Math.round(hours * HOUR);
  let day = toJakartaDate(from);
  let cursor = from.getTime();
  for (let walked = 0; walked <= MAX_DAY_WALK; walked++) {
    const dayStart = startOfJakartaDay(day).getTime();
    const open = dayStart + cal.officeStartHour * HOUR;
    const close = dayStart + cal.officeEndHour * HOUR;
    if (isWorkingDay(cal, day) && cursor < close) {
      cursor = Math.max(cursor, open);
      if (cursor + remaining <= close) return new Date(cursor + remaining);
      remaining -= close - cursor;
    }
    day = nextWorkingDay(cal, day);
    cursor = startOfJakartaDay(day).getTime();
  }
  throw new DateRangeError(`${hours} working hours reach beyond ${MAX_DAY_WALK} days`);
}
