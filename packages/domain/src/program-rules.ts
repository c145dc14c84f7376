import {
  addCalendarMonths,
  countWorkingDays,
  type IsoDate,
  isIsoDate,
  MAX_ISO_DATE,
  nextWorkingDay,
  type WorkingCalendar,
} from './calendar';
import { type RuleIssue, ruleIssue } from './i18n';
import { isCorrectional, type RequesterType } from './requester-types';

/** The program facts the request rules need; every limit is program data, not a constant. */
export interface ProgramLimits {
  readonly classSizeMin: number;
  readonly classSizeMax: number;
  /** Training length in working days. */
  readonly durationDays: number;
  /** Age limits in whole years on the first training day; null = no limit. */
  readonly ageMin: number | null;
  readonly ageMax: number | null;
}

/** Suggested age limits for a new program (DOMAIN.md): regular 17-40, technical at most 35. */
export const DEFAULT_AGE_LIMITS = {
  regular: { ageMin: 17, ageMax: 40 },
  technical: { ageMin: 17, ageMax: 35 },
} as const;

/** Checks the expected number of participants against the program's class size. */
export function checkClassSize(program: ProgramLimits, participants: number): RuleIssue[] {
  const path = ['participantsExpected'];
  if (participants < program.classSizeMin) {
    return [ruleIssue('class.too_few_participants', path, { min: program.classSizeMin })];
  }
  if (participants > program.classSizeMax) {
    return [ruleIssue('class.too_many_participants', path, { max: program.classSizeMax })];
  }
  return [];
}

/**
 * How far ahead a training may be asked for or scheduled, and how long its window may be. The
 * office plans a year ahead at most, and no program needs half a year; an open bound let a
 * request for 9999-12-31 through (issue 11 defect 6).
 */
export const DATE_WINDOW_LIMITS = { maxMonthsAhead: 12, maxMonthsLong: 6 } as const;

/** `months` months after `date`, or the last day the calendar knows when that is beyond it. */
function monthsAfter(date: IsoDate, months: number): IsoDate {
  const [year = 0, month = 0] = date.split('-').map(Number);
  const beyond = year * 12 + month - 1 + months > 9999 * 12 + 11;
  return beyond ? MAX_ISO_DATE : addCalendarMonths(date, months);
}

/** The last day a window that starts on `start` may end on ({@link DATE_WINDOW_LIMITS}). */
export function latestWindowEnd(start: IsoDate): IsoDate {
  return monthsAfter(start, DATE_WINDOW_LIMITS.maxMonthsLong);
}

/** The last day a training may start on when asked for or scheduled `today`. */
export function latestWindowStart(today: IsoDate): IsoDate {
  return monthsAfter(today, DATE_WINDOW_LIMITS.maxMonthsAhead);
}

/** Checks a window's length only (no `today` needed): the zod schemas use it too. */
export function checkWindowLength(
  start: IsoDate,
  end: IsoDate,
  endPath: PropertyKey[],
): RuleIssue[] {
  if (!isIsoDate(start) || !isIsoDate(end)) return [];
  const latest = latestWindowEnd(start);
  return end > latest
    ? [
        ruleIssue('date.window_too_long', endPath, {
          latest,
          months: DATE_WINDOW_LIMITS.maxMonthsLong,
        }),
      ]
    : [];
}

/** Checks that a window starts at most 12 months after today and lasts at most 6 months. */
function checkWindowBounds(
  start: IsoDate,
  end: IsoDate,
  today: IsoDate,
  paths: { readonly start: PropertyKey[]; readonly end: PropertyKey[] },
): RuleIssue[] {
  const latest = latestWindowStart(today);
  if (start > latest) {
    return [
      ruleIssue('date.start_too_late', paths.start, {
        latest,
        months: DATE_WINDOW_LIMITS.maxMonthsAhead,
      }),
    ];
  }
  return checkWindowLength(start, end, paths.end);
}

/**
 * Checks the dates of a schedule set `today`: start at most 12 months ahead, at most 6 months
 * long. Run it before anything walks over the days of the schedule.
 */
export function checkScheduleWindow(
  today: IsoDate,
  schedule: { readonly startDate: IsoDate; readonly endDate: IsoDate },
  paths: { readonly startDate: PropertyKey[]; readonly endDate: PropertyKey[] },
): RuleIssue[] {
  return checkWindowBounds(schedule.startDate, schedule.endDate, today, {
    start: paths.startDate,
    end: paths.endDate,
  });
}

/** The `n`-th working day after `today`, or `today` itself for n = 0. */
function earliestStart(cal: WorkingCalendar, today: IsoDate, leadWorkingDays: number): IsoDate {
  let d = today;
  for (let i = 0; i < leadWorkingDays; i++) d = nextWorkingDay(cal, d);
  return d;
}

/**
 * Checks a preferred training window: it starts no earlier than `leadWorkingDays` working days
 * after today (default 0: today) and no later than 12 months ahead, ends no earlier than it
 * starts and at most 6 months after, and holds enough working days.
 */
export function checkPreferredWindow(
  cal: WorkingCalendar,
  program: Pick<ProgramLimits, 'durationDays'>,
  window: { readonly preferredStart: IsoDate; readonly preferredEnd: IsoDate },
  today: IsoDate,
  leadWorkingDays = 0,
): RuleIssue[] {
  const { preferredStart: start, preferredEnd: end } = window;
  const earliest = earliestStart(cal, today, leadWorkingDays);
  if (start < earliest) {
    return [ruleIssue('date.start_too_early', ['preferredStart'], { earliest })];
  }
  if (end < start) return [ruleIssue('date.end_before_start', ['preferredEnd'])];
  const bounds = checkWindowBounds(start, end, today, {
    start: ['preferredStart'],
    end: ['preferredEnd'],
  });
  if (bounds.length) return bounds;
  const available = countWorkingDays(cal, start, end);
  if (available < program.durationDays) {
    return [
      ruleIssue('date.window_too_short', ['preferredEnd'], {
        available,
        required: program.durationDays,
      }),
    ];
  }
  return [];
}

/** Whole years between a birth date and a reference date (a 29 Feb birthday counts on 1 Mar). */
export function ageOn(birthDate: IsoDate, referenceDate: IsoDate): number {
  const years = Number(referenceDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return referenceDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Checks a participant's age on the first training day against the program's limits.
 * Correctional requesters (lapas, bapas) are exempt.
 */
export function checkParticipantAge(
  program: Pick<ProgramLimits, 'ageMin' | 'ageMax'>,
  requesterType: RequesterType,
  birthDate: IsoDate,
  trainingStart: IsoDate,
): RuleIssue[] {
  if (isCorrectional(requesterType)) return [];
  const age = ageOn(birthDate, trainingStart);
  const path = ['birthDate'];
  if (program.ageMin !== null && age < program.ageMin) {
    return [ruleIssue('age.too_young', path, { min: program.ageMin })];
  }
  if (program.ageMax !== null && age > program.ageMax) {
    return [ruleIssue('age.too_old', path, { max: program.ageMax })];
  }
  return [];
}
