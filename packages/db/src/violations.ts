import { Prisma } from './generated/prisma/client';

/**
 * A write the database refused because of one of its rules, as both drivers (pg, PGlite) report
 * it through Prisma: the SQLSTATE and, when PostgreSQL names it, the constraint.
 */
export interface ConstraintViolation {
  /** `23505` unique, `23P01` exclusion, `23514` check (also raised by our triggers). */
  readonly sqlState: string;
  readonly constraint: string | undefined;
}

interface AdapterCause {
  originalCode?: string;
  originalMessage?: string;
}

/**
 * The refusal behind a Prisma error, or undefined for any other error. Prisma maps only some
 * SQLSTATEs to its own codes (23505 → P2002); the others (23P01, 23514) come as P2039 (P2010 for
 * raw queries). Both keep the driver's code and message, and the message names the constraint.
 */
export function constraintViolation(error: unknown): ConstraintViolation | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  const sqlState = cause?.originalCode ?? (error.code === 'P2002' ? '23505' : undefined);
  if (!sqlState?.startsWith('23')) return undefined;
  const constraint = cause?.originalMessage?.match(/constraint "([^"]+)"/)?.[1];
  return { sqlState, constraint };
}

function violates(sqlState: string) {
  return (error: unknown, constraint?: string): boolean => {
    const v = constraintViolation(error);
    return v?.sqlState === sqlState && (constraint === undefined || v.constraint === constraint);
  };
}

/** True for a unique-index violation (23505), of the named index when one is given. */
export const isUniqueViolation = violates('23505');

/** True for an exclusion-constraint violation (23P01), of the named one when given. */
export const isExclusionViolation = violates('23P01');

/** True for a CHECK violation (23514, also raised by our triggers), of the named one when given. */
export const isCheckViolation = violates('23514');

/** Constraints the application maps to its own errors (see the migration `schedule_invariants`). */
export const CONSTRAINTS = {
  /** An instructor in two standing classes on overlapping days. */
  noDoubleBooking: 'InstructorAssignment_no_double_booking',
  /** A second standing class for one request. */
  oneOpenSchedulePerRequest: 'TrainingSchedule_one_open_per_request',
  /** More participants than the program's classSizeMax. */
  classSize: 'Participant_class_size',
  /** The same NIK twice in one class. */
  participantNikPerClass: 'Participant_scheduleId_nik_key',
  /** A second satisfaction survey for one request. */
  surveyPerRequest: 'SatisfactionSurvey_requestId_key',
  /** Two reviews of one SOP version over overlapping periods (migration `sop_review`). */
  sopReviewPeriodOverlap: 'SopReview_no_overlapping_period',
  /** A second draft started from one review. */
  draftPerReview: 'SopVersion_sourceReviewId_key',
  /** A consultation recorded, changed or removed on a version that is no longer a draft. */
  consultationDraftOnly: 'PublicConsultation_draft_only',
  /** A second published version of one SOP (migration `one_version_in_force`). */
  oneSopVersionInForce: 'SopVersion_one_published_per_sop',
  /** A second published service standard (migration `one_version_in_force`). */
  oneServiceStandardInForce: 'ServiceStandardVersion_one_published',
} as const;
