import {
  CONSTRAINTS,
  isExclusionViolation,
  isUniqueViolation,
  type Prisma,
  recordTransition,
  StaleVersionError,
} from '@blk/db';
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
import {
  actionsOf,
  checkTransition,
  findStep,
  localize,
  REQUESTER_LANE,
  type RequestSnapshot,
  type SopDefinition,
} from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { assertNoRuleIssues, invalidField, isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { notifyRequester } from '../notifications/notify-requester';
import { transitionRefused } from '../requests/transition-reasons';
import { dbDay, islandOf, isoDay, regionIslandSelect, sopDefinition, staffOf } from './access';
import { issueCertificates } from './issue-certificates';
import { loadInstructorFacts, ScheduleConflictError } from './schedule-conflicts';
import { programOfRequest } from './suggest-instructors';

/** What a staff member asks to do with a request. */
export interface TransitionCommand {
  requestId: string;
  action: string;
  input: Record<string, unknown>;
  expectedVersion: number;
}

/** Inputs of a step that the requester is told about in the notification. */
const NOTIFIED_INPUTS = ['reason', 'missingItems', 'startDate', 'endDate', 'venue'];

async function loadRequest(ctx: Context, id: string) {
  const request = isUuid(id)
    ? await ctx.prisma.trainingRequest.findUnique({
        where: { id },
        include: {
          sopVersion: { select: { definition: true } },
          requester: true,
          region: regionIslandSelect,
          assessments: { select: { recommendedProgramId: true }, orderBy: { createdAt: 'desc' } },
          schedules: {
            where: { cancelledAt: null },
            select: {
              id: true,
              startDate: true,
              endDate: true,
              instructors: {
                select: { instructor: { select: { user: { select: { id: true } } } } },
              },
            },
          },
        },
      })
    : null;
  if (!request) throw notFound('request');
  return request;
}

type LoadedRequest = Awaited<ReturnType<typeof loadRequest>>;

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
 * Writes the schedule the SOP's scheduling step set: the class, one session per working day and
 * the instructor assignments, after checking that every instructor can go.
 */
async function createSchedule(
  tx: Prisma.TransactionClient,
  ctx: Context,
  request: LoadedRequest,
  def: SopDefinition,
  inputs: Readonly<Record<string, unknown>>,
  calendar: WorkingCalendar,
) {
  const source = def.schedule;
  const step = findStep(def, request.state);
  if (!source || !step) return;
  const startDate = String(inputs[source.startDateInput]);
  const endDate = String(inputs[source.endDateInput]);
  const instructorsKey = step.requiredInputs.find((i) => i.type === 'instructors')?.key;
  const instructorIds = instructorsKey ? (inputs[instructorsKey] as string[]) : [];
  const programId = programOfRequest(request);
  if (!programId) invalidField(ctx, 'schedule.no_program', ['programId']);
  const program = await tx.trainingProgram.findUniqueOrThrow({ where: { id: programId } });
  const days = trainingDays(
    ctx,
    calendar,
    { startDate, endDate },
    { startDate: source.startDateInput, endDate: source.endDateInput },
  );
  if (days.length < program.durationDays) {
    invalidField(ctx, 'date.window_too_short', ['input', source.endDateInput], {
      available: countWorkingDays(calendar, startDate, endDate),
      required: program.durationDays,
    });
  }
  if (!instructorIds.every(isUuid))
    invalidField(ctx, 'schedule.unknown_instructor', ['input', instructorsKey ?? 'instructors']);
  const planned: PlannedSchedule = {
    requestId: request.id,
    programId,
    instructorIds,
    plan: { startDate, endDate, island: islandOf(request.region) ?? '' },
  };
  const { facts, conflicts } = await instructorConflicts(tx, planned, calendar);
  if (facts.length !== instructorIds.length)
    invalidField(ctx, 'schedule.unknown_instructor', ['input', instructorsKey ?? 'instructors']);
  if (conflicts.length) throw new ScheduleConflictError(conflicts);
  const { plan } = planned;
  const jp = Math.max(1, Math.round(program.durationJp / days.length));
  const venueKey = step.requiredInputs.find((i) => i.key === 'venue')?.key;
  // The check above read committed data: a class written meanwhile by another transaction is
  // only seen by the database's exclusion constraint, which refuses the overlap (23P01).
  await failIfBookedMeanwhile(planned, () =>
    tx.trainingSchedule.create({
      data: {
        requestId: request.id,
        programId,
        startDate: dbDay(startDate),
        endDate: dbDay(endDate),
        venue: venueKey ? String(inputs[venueKey]) : request.address,
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
class BookedMeanwhile extends Error {
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
async function explainBookedMeanwhile(
  ctx: Context,
  { planned }: BookedMeanwhile,
  calendar: WorkingCalendar,
): Promise<AppError> {
  const { conflicts } = await instructorConflicts(ctx.prisma, planned, calendar);
  return conflicts.length
    ? new ScheduleConflictError(conflicts)
    : new AppError('CONFLICT_STALE_VERSION');
}

/** What the requester is told of a new class: the programme and the instructors by name. */
async function scheduleFacts(tx: Prisma.TransactionClient, requestId: string) {
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

/** The assessment row the kelengkapan of the assessment step describes. */
async function createAssessment(
  tx: Prisma.TransactionClient,
  ctx: Context,
  requestId: string,
  inputs: Readonly<Record<string, unknown>>,
) {
  const recommendation = String(inputs.recommendedProgramme ?? '').trim();
  const program = recommendation
    ? await tx.trainingProgram.findFirst({
        where: {
          OR: [
            { code: { equals: recommendation, mode: 'insensitive' } },
            { name: { equals: recommendation, mode: 'insensitive' } },
          ],
        },
        select: { id: true },
      })
    : null;
  await tx.siteAssessment.create({
    data: {
      requestId,
      assessedById: staffOf(ctx).id,
      surveyDate: dbDay(String(inputs.surveyDate)),
      findings: String(inputs.findings ?? ''),
      localPotential: typeof inputs.localPotential === 'string' ? inputs.localPotential : null,
      facilitiesAvailable: String(inputs.facilities ?? '')
        .split(/[,;\n]/)
        .map((f) => f.trim())
        .filter(Boolean),
      recommendedProgramId: program?.id ?? null,
      recommendation,
      createdAt: ctx.now(),
    },
  });
}

/**
 * Takes one SOP action on a request for a staff member. The SOP decides whether the viewer's
 * role, the request's step and the inputs allow it; the move, its event, the side records
 * (assessment, schedule), the audit row and the requester's notification are written in one
 * transaction that only applies to the version the caller saw, so a double click applies once.
 */
export async function transitionTrainingRequest(ctx: Context, cmd: TransitionCommand) {
  const user = staffOf(ctx);
  const request = await loadRequest(ctx, cmd.requestId);
  if (request.version !== cmd.expectedVersion) throw new AppError('CONFLICT_STALE_VERSION');
  const def = sopDefinition(request.sopVersion.definition);
  const calendar = await ctx.calendar();
  const now = ctx.now();
  const active = request.schedules[0];
  const snapshot: RequestSnapshot = {
    state: request.state,
    stepStartedAt: request.stepStartedAt,
    ...(active
      ? { schedule: { startDate: isoDay(active.startDate), endDate: isoDay(active.endDate) } }
      : {}),
    assignedStaffIds: request.schedules.flatMap((s) =>
      s.instructors.flatMap((a) => (a.instructor.user ? [a.instructor.user.id] : [])),
    ),
  };
  const result = checkTransition(
    def,
    snapshot,
    { kind: 'staff', roles: [user.roleKey], staffId: user.id },
    cmd.action,
    cmd.input,
    { now, calendar },
  );
  if (!result.ok) transitionRefused(result.reasons, ctx.lang);
  const { event } = result;
  const action = actionsOf(def, request.state).find((a) => a.key === cmd.action);
  try {
    await ctx.prisma.$transaction(async (tx) => {
      await recordTransition(tx, {
        requestId: request.id,
        expectedVersion: cmd.expectedVersion,
        definition: def,
        event,
        deadline: result.deadline,
        actorRole: user.roleKey,
      });
      if (cmd.action === 'submit_assessment')
        await createAssessment(tx, ctx, request.id, event.inputs);
      // Finishing the training is when the completion rule is applied and certificates issued.
      if (cmd.action === 'finish') await issueCertificates(tx, request, now);
      // Going back to the scheduling step (reschedule) frees the instructors of the old class.
      if (def.schedule && event.toState === def.schedule.step && active) {
        await tx.trainingSchedule.updateMany({
          where: { requestId: request.id, cancelledAt: null },
          data: { cancelledAt: now },
        });
      }
      if (event.schedule) await createSchedule(tx, ctx, request, def, event.inputs, calendar);
      await recordAudit(tx, ctx, {
        action: `request.${cmd.action}`,
        entityType: 'TrainingRequest',
        entityId: request.id,
        data: {
          from: event.fromState,
          to: event.toState,
          inputs: event.inputs as Prisma.InputJsonValue,
        },
      });
      if (action?.publicLabel)
        await notifyRequester(tx, request.requester, {
          template: `request_${event.toState}`,
          payload: {
            trackingCode: request.trackingCode,
            organizationName: request.requester.organizationName,
            state: event.toState,
            message: localize(action.publicLabel, 'id'),
            ...Object.fromEntries(
              NOTIFIED_INPUTS.flatMap((k) => (k in event.inputs ? [[k, event.inputs[k]]] : [])),
            ),
            // The requester's own step: the date by which they must answer.
            ...(findStep(def, event.toState)?.role === REQUESTER_LANE && result.deadline
              ? { dueAt: result.deadline.toISOString() }
              : {}),
            ...(event.schedule ? await scheduleFacts(tx, request.id) : {}),
          },
          createdAt: now,
        });
    });
  } catch (error) {
    if (error instanceof BookedMeanwhile) throw await explainBookedMeanwhile(ctx, error, calendar);
    // Another transition got in first: the version moved on, or it appended the same event seq
    // (or wrote the request's standing class: TrainingSchedule_one_open_per_request).
    if (error instanceof StaleVersionError || isUniqueViolation(error))
      throw new AppError('CONFLICT_STALE_VERSION');
    throw error;
  }
  return { id: request.id };
}
