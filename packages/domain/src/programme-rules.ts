import { countWorkingDays, type IsoDate, nextWorkingDay, type WorkingCalendar } from './calendar';
import { type RuleIssue, ruleIssue } from './i18n';
import { isCorrectional, type RequesterType } from './requester-types';

/** The programme facts the request rules need; every limit is programme data, not a constant. */
export interface ProgrammeLimits {
  readonly classSizeMin: number;
  readonly classSizeMax: number;
  /** Training length in working days. */
  readonly durationDays: number;
  /** Age limits in whole years on the first training day; null = no limit. */
  readonly ageMin: number | null;
  readonly ageMax: number | null;
}

/** Suggested age limits for a new programme (DOMAIN.md): regular 17-40, technical at most 35. */
export const DEFAULT_AGE_LIMITS = {
  regular: { ageMin: 17, ageMax: 40 },
  technical: { ageMin: 17, ageMax: 35 },
} as const;

/** Checks the expected number of participants against the programme's class size. */
export function checkClassSize(programme: ProgrammeLimits, participants: number): RuleIssue[] {
  const path = ['participantsExpected'];
  if (participants < programme.classSizeMin) {
    return [ruleIssue('class.too_few_participants', path, { min: programme.classSizeMin })];
  }
  if (participants > programme.classSizeMax) {
    return [ruleIssue('class.too_many_participants', path, { max: programme.classSizeMax })];
  }
  return [];
}

/** The `n`-th working day after `today`, or `today` itself for n = 0. */
function earliestStart(cal: WorkingCalendar, today: IsoDate, leadWorkingDays: number): IsoDate {
  let d = today;
  for (let i = 0; i < leadWorkingDays; i++) d = nextWorkingDay(cal, d);
  return d;
}

/**
 * Checks a preferred training window: it starts no earlier than `leadWorkingDays` working days
 * after today (default 0: today), ends no earlier than it starts, and holds enough working days.
 */
export function checkPreferredWindow(
  cal: WorkingCalendar,
  programme: Pick<ProgrammeLimits, 'durationDays'>,
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
  const available = countWorkingDays(cal, start, end);
  if (available < programme.durationDays) {
    return [
      ruleIssue('date.window_too_short', ['preferredEnd'], {
        available,
        required: programme.durationDays,
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
 * Checks a participant's age on the first training day against the programme's limits.
 * Correctional requesters (lapas, bapas) are exempt.
 */
export function checkParticipantAge(
  programme: Pick<ProgrammeLimits, 'ageMin' | 'ageMax'>,
  requesterType: RequesterType,
  birthDate: IsoDate,
  trainingStart: IsoDate,
): RuleIssue[] {
  if (isCorrectional(requesterType)) return [];
  const age = ageOn(birthDate, trainingStart);
  const path = ['birthDate'];
  if (programme.ageMin !== null && age < programme.ageMin) {
    return [ruleIssue('age.too_young', path, { min: programme.ageMin })];
  }
  if (programme.ageMax !== null && age > programme.ageMax) {
    return [ruleIssue('age.too_old', path, { max: programme.ageMax })];
  }
  return [];
}
