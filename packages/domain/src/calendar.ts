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

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date: ${value}`);
}

/** Days since 1970-01-01 of an ISO date. */
function dayNumber(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY).toISOString().slice(0, 10);
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
  return new Date(instant.getTime() + WIB_OFFSET).toISOString().slice(0, 10);
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
  return fromDayNumber(dayNumber(date) + days);
}

/** True when the day is neither Saturday, Sunday nor a holiday of the calendar. */
export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): boolean {
  const weekday = new Date(dayNumber(date) * DAY).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !cal.holidays.has(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: IsoDate): IsoDate {
  let d = addCalendarDays(date, 1);
  while (!isWorkingDay(cal, d)) d = addCalendarDays(d, 1);
  return d;
}

/** Number of working days from `start` to `end`, both included (0 when end < start). */
export function countWorkingDays(cal: WorkingCalendar, start: IsoDate, end: IsoDate): number {
  let count = 0;
  for (let d = start; d <= end; d = addCalendarDays(d, 1)) if (isWorkingDay(cal, d)) count++;
  return count;
}

/**
 * Deadline `days` working days after `from`: the end (23:59:59.999 WIB) of the `days`-th working
 * day after the WIB day of `from`. With 0 it is the end of that day if it is a working day,
 * otherwise the end of the next working day.
 */
export function addWorkingDays(cal: WorkingCalendar, from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Invalid working days: ${days}`);
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
  let total = 0;
  const last = toJakartaDate(to);
  for (let d = toJakartaDate(from); d <= last; d = addCalendarDays(d, 1)) {
    if (!isWorkingDay(cal, d)) continue;
    const dayStart = startOfJakartaDay(d).getTime();
    const start = Math.max(from.getTime(), dayStart + windowStart);
    const end = Math.min(to.getTime(), dayStart + windowEnd);
    if (end > start) total += end - start;
  }
  return total;
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
  for (;;) {
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
}
