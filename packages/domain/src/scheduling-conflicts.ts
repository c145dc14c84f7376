import { addCalendarDays, countWorkingDays, type IsoDate, type WorkingCalendar } from './calendar';
import { certificateValidOn } from './certificate-expiry';

/**
 * Working days an instructor needs between two trainings on different islands (Bangka ↔
 * Belitung is a sea or air crossing that has to be planned).
 */
export const INTER_ISLAND_GAP_WORKING_DAYS = 2;

/** Why an instructor cannot be sent to a planned training. */
export type ScheduleConflictKind =
  /** Already assigned to another, overlapping training. */
  | 'DOUBLE_BOOKING'
  /** No competency (InstructorCompetency) for the program. */
  | 'NOT_QUALIFIED'
  /** No competency certificate for the program. */
  | 'NO_CERTIFICATE'
  /** Every certificate for the program expires before the training ends. */
  | 'CERTIFICATE_EXPIRED'
  /** Another training on a different island is too close for the crossing. */
  | 'INTER_ISLAND_TRAVEL';

/** A training being planned. */
export interface PlannedTraining {
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly island: string;
}

/** Another training an instructor is assigned to. */
export interface OtherAssignment {
  readonly scheduleId: string;
  readonly trackingCode: string;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly island: string;
}

/** What the rules need to know about one instructor, for one program. */
export interface InstructorFacts {
  readonly id: string;
  readonly name: string;
  readonly qualified: boolean;
  /** Expiry dates of the instructor's certificates for the program (null: no expiry). */
  readonly certificateExpiries: readonly (IsoDate | null)[];
  /** Non-cancelled trainings of other requests near the planned dates. */
  readonly assignments: readonly OtherAssignment[];
}

/** One conflict, with what is needed to explain it. */
export interface ScheduleConflict {
  readonly instructorId: string;
  readonly instructorName: string;
  readonly kind: ScheduleConflictKind;
  readonly other?: OtherAssignment;
  readonly expiresOn?: IsoDate;
}

/** Working days strictly between two days (0 when they touch or are out of order). */
function workingDaysStrictlyBetween(cal: WorkingCalendar, before: IsoDate, after: IsoDate) {
  return countWorkingDays(cal, addCalendarDays(before, 1), addCalendarDays(after, -1));
}

/** Whether two trainings share at least one day. */
function overlaps(a: PlannedTraining | OtherAssignment, b: PlannedTraining | OtherAssignment) {
  return a.startDate <= b.endDate && a.endDate >= b.startDate;
}

/** The certificate conflict of one instructor, if any: none at all, or none valid to the end. */
function certificateConflict(
  ins: InstructorFacts,
  plan: PlannedTraining,
): Pick<ScheduleConflict, 'kind' | 'expiresOn'> | undefined {
  if (ins.certificateExpiries.length === 0) return { kind: 'NO_CERTIFICATE' };
  if (ins.certificateExpiries.some((e) => certificateValidOn(e, plan.endDate))) return undefined;
  const latest = [...ins.certificateExpiries].sort().at(-1) ?? undefined;
  return { kind: 'CERTIFICATE_EXPIRED', ...(latest ? { expiresOn: latest } : {}) };
}

/** The conflict of one instructor's other training with the plan, if any. */
function assignmentConflict(
  other: OtherAssignment,
  plan: PlannedTraining,
  calendar: WorkingCalendar,
): ScheduleConflictKind | undefined {
  if (overlaps(other, plan)) return 'DOUBLE_BOOKING';
  if (other.island === plan.island) return undefined;
  const gap =
    other.endDate < plan.startDate
      ? workingDaysStrictlyBetween(calendar, other.endDate, plan.startDate)
      : workingDaysStrictlyBetween(calendar, plan.endDate, other.startDate);
  return gap < INTER_ISLAND_GAP_WORKING_DAYS ? 'INTER_ISLAND_TRAVEL' : undefined;
}

/**
 * Every reason the instructors cannot teach the planned training: double booking, missing
 * competency or certificate, a certificate expiring before the end, or an inter-island trip
 * with fewer than {@link INTER_ISLAND_GAP_WORKING_DAYS} working days to travel. Pure: the
 * caller loads the facts.
 */
export function findScheduleConflicts(
  plan: PlannedTraining,
  instructors: readonly InstructorFacts[],
  calendar: WorkingCalendar,
): ScheduleConflict[] {
  return instructors.flatMap((ins) => {
    const base = { instructorId: ins.id, instructorName: ins.name };
    const certificate = certificateConflict(ins, plan);
    return [
      ...(ins.qualified ? [] : [{ ...base, kind: 'NOT_QUALIFIED' as const }]),
      ...(certificate ? [{ ...base, ...certificate }] : []),
      ...ins.assignments.flatMap((other) => {
        const kind = assignmentConflict(other, plan, calendar);
        return kind ? [{ ...base, kind, other }] : [];
      }),
    ];
  });
}
