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

/**
 * The holidays of a calendar as day numbers, so every question is arithmetic (O(1)) instead of a
 * walk over days or over the holiday list: per day of the years the holidays fall in, whether
 * it is a weekday holiday, and how many weekday holidays come before it. Built once per
 * calendar object (the holiday set is read-only) and kept beside it.
 */
interface CalendarIndex {
  /** Day number of 1 January of the first holiday year; `end` is 31 December of the last. */
  readonly base: number;
  readonly end: number;
  /** 1 where day `base + i` is a holiday falling on a weekday. */
  readonly off: Uint8Array;
  /** Weekday holidays with day numbers below `base + i` (length: days covered + 1). */
  readonly before: Int32Array;
}

const INDEXES = new WeakMap<WorkingCalendar, CalendarIndex>();

function indexOf(cal: WorkingCalendar): CalendarIndex {
  const known = INDEXES.get(cal);
  if (known) return known;
  const days = [...cal.holidays].map(dayNumber);
  const years = [...cal.holidays].map((d) => Number(d.slice(0, 4)));
  const first = years.length ? Math.min(...years) : 1970;
  const last = years.length ? Math.max(...years) : 1970;
  const base = dayNumber(`${String(first).padStart(4, '0')}-01-01`);
  const end = dayNumber(`${String(last).padStart(4, '0')}-12-31`);
  const off = new Uint8Array(end - base + 1);
  for (const n of days) {
    const weekday = weekdayOf(n);
    if (weekday !== 0 && weekday !== 6) off[n - base] = 1;
  }
  const before = new Int32Array(off.length + 1);
  for (let i = 0; i < off.length; i++) before[i + 1] = (before[i] as number) + (off[i] as number);
  const index = { base, end, off, before };
  INDEXES.set(cal, index);
  return index;
}

/** Weekday holidays with day numbers below `n`. */
function holidaysBefore(index: CalendarIndex, n: number): number {
  if (n <= index.base) return 0;
  if (n > index.end) return index.before[index.off.length] as number;
  return index.before[n - index.base] as number;
}

/** True when day number `n` is neither a weekend day nor a holiday. */
function isWorkingDayNumber(cal: WorkingCalendar, n: number): boolean {
  const weekday = weekdayOf(n);
  if (weekday === 0 || weekday === 6) return false;
  const index = indexOf(cal);
  return n < index.base || n > index.end || index.off[n - index.base] === 0;
}

/** Working days with day numbers below `n` (from the epoch of {@link weekdaysBefore}). */
function workingDaysBefore(cal: WorkingCalendar, n: number): number {
  return weekdaysBefore(n) - holidaysBefore(indexOf(cal), n);
}

/** Working days with day numbers in [from, to]: weekdays minus weekday holidays, no walk. */
function workingDaysIn(cal: WorkingCalendar, from: number, to: number): number {
  if (to < from) return 0;
  return workingDaysBefore(cal, to + 1) - workingDaysBefore(cal, from);
}

/** The first working day number strictly after `n` (a RangeError past the calendar's range). */
function nextWorkingDayNumber(cal: WorkingCalendar, n: number): number {
  for (let m = n + 1; m <= n + MAX_DAY_WALK; m++) {
    if (m > MAX_DAY) break;
    if (isWorkingDayNumber(cal, m)) return m;
  }
  throw new DateRangeError(`No working day within ${MAX_DAY_WALK} days after ${fromDayNumber(n)}`);
}

/**
 * The `k`-th working day number after `n` (k >= 1), without walking the days: jump ahead by the
 * working days still missing (a day adds at most one, so a jump never overshoots), then step
 * back over the weekend or holidays that end the span.
 */
function nthWorkingDayAfter(cal: WorkingCalendar, n: number, k: number): number {
  const goal = workingDaysBefore(cal, n + 1) + k;
  let m = n + 1;
  for (let have = workingDaysBefore(cal, m); have < goal; have = workingDaysBefore(cal, m)) {
    m += goal - have;
    if (m > MAX_DAY + 1 || m - n > 2 * MAX_DAY_WALK)
      throw new DateRangeError(`${k} working days after ${fromDayNumber(n)} is too far`);
  }
  let day = m - 1;
  while (!isWorkingDayNumber(cal, day)) day--;
  return day;
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
  return isWorkingDayNumber(cal, dayNumber(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(cal: WorkingCalendar, date: IsoDate): IsoDate {
  return fromDayNumber(nextWorkingDayNumber(cal, dayNumber(date)));
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
  for (let n = from; n <= to; n++) if (isWorkingDayNumber(cal, n)) days.push(fromDayNumber(n));
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
  const d = jakartaDayNumber(from);
  const due =
    days > 0
      ? nthWorkingDayAfter(cal, d, days)
      : isWorkingDayNumber(cal, d)
        ? d
        : nextWorkingDayNumber(cal, d);
  return endOfJakartaDay(fromDayNumber(due));
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
    if (!isWorkingDayNumber(cal, n)) return 0;
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
  let day = jakartaDayNumber(from);
  let cursor = from.getTime();
  for (let walked = 0; walked <= MAX_DAY_WALK; walked++) {
    const dayStart = day * DAY - WIB_OFFSET;
    const open = dayStart + cal.officeStartHour * HOUR;
    const close = dayStart + cal.officeEndHour * HOUR;
    if (isWorkingDayNumber(cal, day) && cursor < close) {
      cursor = Math.max(cursor, open);
      if (cursor + remaining <= close) return new Date(cursor + remaining);
      remaining -= close - cursor;
    }
    day = nextWorkingDayNumber(cal, day);
    cursor = day * DAY - WIB_OFFSET;
  }
  throw new DateRangeError(`${hours} working hours reach beyond ${MAX_DAY_WALK} days`);
}
