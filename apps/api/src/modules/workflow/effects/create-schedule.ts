import { CONSTRAINTS, isExclusionViolation, type Prisma } from '@blk/db';
import {
  checkScheduleWindow,
  countWorkingDays,
  findScheduleConflicts,
  type IsoDate,
  listWorkingDays,
  type PlannedTraining,
  toJakartaDate,
  type WorkingCalendar,
} from '@blk/domain';
import type { EffectOf } from '@blk/sop';
import type { Context } from '../../../graphql/context';
import { AppError } from '../../../graphql/errors';
import { assertNoRuleIssues, invalidField, isUuid } from '../../../graphql/validate';
import { dbDay, islandOf, staffOf } from '../access';
import { loadInstructorFacts, ScheduleConflictError } from '../schedule-conflicts';
import { programOfRequest } from '../suggest-instructors';
import type { EffectRequest } from './effect-request';

/**
 * Working days from start to end, each a training session. The dates are checked against the
 * window limits first (a far end date once looped forever), and the list itself is bounded.
 */
function trainingDays(
  ctx: Context,
  calendar: WorkingCalendar,
  schedule: { startDate: IsoDate; endDate: IsoDate },
  inputKeys: { startDate: string; endDate: string },
): IsoDate[] {
  const paths = {
    startDate: ['input', inputKeys.startDate],
    endDate: ['input', inputKeys.endDate],
  };
  assertNoRuleIssues(checkScheduleWindow(toJakartaDate(ctx.now()), schedule, paths), ctx);
  return listWorkingDays(calendar, schedule.startDate, schedule.endDate);
}

/**
 * The `createSchedule` effect: writes the class the action's inputs describe (one session per
 * working day, the instructor assignments), after checking that every instructor can go.
 */
export async function createSchedule(
  tx: Prisma.TransactionClient,
  ctx: Context,
  request: EffectRequest,
  effect: EffectOf<'createSchedule'>,
  inputs: Readonly<Record<string, unknown>>,
  calendar: WorkingCalendar,
) {
  const startDate = String(inputs[effect.startDateInput]);
  const endDate = String(inputs[effect.endDateInput]);
  const instructorsKey = effect.instructorsInput;
  const given = inputs[instructorsKey];
  const instructorIds = Array.isArray(given) ? given.map(String) : [];
  const programId = programOfRequest(request);
  if (!programId) invalidField(ctx, 'schedule.no_program', ['programId']);
  const program = await tx.trainingProgram.findUniqueOrThrow({ where: { id: programId } });
  const days = trainingDays(
    ctx,
    calendar,
    { startDate, endDate },
    { startDate: effect.startDateInput, endDate: effect.endDateInput },
  );
  if (days.length < program.durationDays) {
    invalidField(ctx, 'date.window_too_short', ['input', effect.endDateInput], {
      available: countWorkingDays(calendar, startDate, endDate),
      required: program.durationDays,
    });
  }
  if (!instructorIds.every(isUuid))
    invalidField(ctx, 'schedule.unknown_instructor', ['input', instructorsKey]);
  const planned: PlannedSchedule = {
    requestId: request.id,
    programId,
    instructorIds,
    plan: { startDate, endDate, island: islandOf(request.region) ?? '' },
  };
  const { facts, conflicts } = await instructorConflicts(tx, planned, calendar);
  if (facts.length !== instructorIds.length)
    invalidField(ctx, 'schedule.unknown_instructor', ['input', instructorsKey]);
  if (conflicts.length) throw new ScheduleConflictError(conflicts);
  const { plan } = planned;
  const jp = Math.max(1, Math.round(program.durationJp / days.length));
  const venue = effect.venueInput ? inputs[effect.venueInput] : undefined;
  // The check above read committed data: a class written meanwhile by another transaction is
  // only seen by the database's exclusion constraint, which refuses the overlap (23P01).
  await failIfBookedMeanwhile(planned, () =>
    tx.trainingSchedule.create({
      data: {
        requestId: request.id,
        programId,
        startDate: dbDay(startDate),
        endDate: dbDay(endDate),
        venue: typeof venue === 'string' && venue.trim() ? venue : request.address,
        island: plan.island,
        createdById: staffOf(ctx).id,
        sessions: {
          create: days.map((d) => ({ date: dbDay(d), startTime: '08:00', endTime: '16:00', jp })),
        },
        instructors: {
          create: instructorIds.map((instructorId, i) => ({ instructorId, lead: i === 0 })),
        },
      },
    }),
  );
}

/** A class about to be written: what the conflict rules need to explain a refusal. */
interface PlannedSchedule {
  requestId: string;
  programId: string;
  instructorIds: string[];
  plan: PlannedTraining;
}

/** The read-side check: every conflict of the chosen instructors, in the order they were listed. */
async function instructorConflicts(
  db: Prisma.TransactionClient,
  { requestId, programId, instructorIds, plan }: PlannedSchedule,
  calendar: WorkingCalendar,
) {
  const facts = await loadInstructorFacts(
    db,
    { id: { in: instructorIds } },
    programId,
    plan,
    requestId,
  );
  facts.sort((a, b) => instructorIds.indexOf(a.id) - instructorIds.indexOf(b.id));
  return { facts, conflicts: findScheduleConflicts(plan, facts, calendar) };
}

/** The database refused the class: an instructor was booked meanwhile by another transaction. */
export class BookedMeanwhile extends Error {
  constructor(
    readonly planned: PlannedSchedule,
    options: ErrorOptions,
  ) {
    super('instructor double-booked by a concurrent transaction', options);
  }
}

async function failIfBookedMeanwhile<T>(planned: PlannedSchedule, write: () => Promise<T>) {
  try {
    return await write();
  } catch (error) {
    if (isExclusionViolation(error, CONSTRAINTS.noDoubleBooking))
      throw new BookedMeanwhile(planned, { cause: error });
    throw error;
  }
}

/**
 * Explains a class the database refused, as the read-side check would have: once the
 * transaction is rolled back, the class that got in first is committed and visible. If it is
 * already gone again, the caller is told to reload and retry.
 */
export async function explainBookedMeanwhile(
  ctx: Context,
  { planned }: BookedMeanwhile,
  calendar: WorkingCalendar,
): Promise<AppError> {
  const { conflicts } = await instructorConflicts(ctx.prisma, planned, calendar);
  return conflicts.length
    ? new ScheduleConflictError(conflicts)
    : new AppError('CONFLICT_STALE_VERSION');
}

/** What the requester is told of a new class: the program and the instructors by name. */
export async function scheduleFacts(tx: Prisma.TransactionClient, requestId: string) {
  const schedule = await tx.trainingSchedule.findFirst({
    where: { requestId, cancelledAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      program: { select: { name: true } },
      instructors: {
        orderBy: { lead: 'desc' },
        select: { instructor: { select: { name: true } } },
      },
    },
  });
  return schedule
    ? {
        programName: schedule.program.name,
        instructors: schedule.instructors.map((a) => a.instructor.name).join(', '),
      }
    : {};
}
