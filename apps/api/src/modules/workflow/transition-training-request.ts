import { isUniqueViolation, type Prisma, recordTransition, StaleVersionError } from '@blk/db';
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
import { AppError } from '../../graphql/errors';
import { recordAudit } from '../audit/audit';
import { notifyRequester } from '../notifications/notify-requester';
import { transitionRefused } from '../requests/transition-reasons';
import { assignedStaffIds, isoDay, sopDefinition, staffOf } from './access';
import { loadClassRecords } from './effects/class-records';
import { BookedMeanwhile, explainBookedMeanwhile, scheduleFacts } from './effects/create-schedule';
import { loadEffectRequest } from './effects/effect-request';
import { planAttachments } from './effects/require-attachment';
import { runStaffEffects } from './effects/run-effects';

/** What a staff member asks to do with a request. */
export interface TransitionCommand {
  requestId: string;
  action: string;
  input: Record<string, unknown>;
  expectedVersion: number;
}

/** Inputs of a step that the requester is told about in the notification. */
const NOTIFIED_INPUTS = ['reason', 'missingItems', 'startDate', 'endDate', 'venue'];

/**
 * By when the next move is due, for the message: on the requester's own step the date by which
 * they must answer (`dueAt`); on an office step the date by which that step is due by its SOP
 * standard (`officeDueAt`). An end step has neither.
 */
function deadlineFacts(
  def: SopDefinition,
  toState: string,
  deadline: Date | null,
): Record<string, string> {
  const step = findStep(def, toState);
  if (!step || step.kind === 'end' || !deadline) return {};
  if (step.role === REQUESTER_LANE) return { dueAt: deadline.toISOString() };
  return { officeDueAt: deadline.toISOString() };
}

/** Effects that read the class records (guard rails, the computed report). */
const READS_CLASS = new Set(['notBeforeSchedule', 'classComplete', 'classReport']);

/**
 * Takes one SOP action on a request for a staff member. The SOP decides whether the viewer's
 * role, the request's step, the inputs and the action's guard rails allow it; the move, its
 * event, the action's declared effects (assessment, class, certificates, report, attachments —
 * see effects/run-effects.ts), the audit row and the requester's notification are written in one
 * transaction that only applies to the version the caller saw, so a double click applies once.
 */
export async function transitionTrainingRequest(ctx: Context, cmd: TransitionCommand) {
  const user = staffOf(ctx);
  const request = await loadEffectRequest(ctx, cmd.requestId);
  if (request.version !== cmd.expectedVersion) throw new AppError('CONFLICT_STALE_VERSION');
  const def = sopDefinition(request.sopVersion.definition);
  const calendar = await ctx.calendar();
  const now = ctx.now();
  const active = request.schedules[0];
  const action = actionsOf(def, request.state).find((a) => a.key === cmd.action);
  const effects = action?.effects ?? [];
  const standing = effects.some((e) => READS_CLASS.has(e.type))
    ? await loadClassRecords(ctx.prisma, request.id)
    : null;
  const snapshot: RequestSnapshot = {
    state: request.state,
    stepStartedAt: request.stepStartedAt,
    ...(active
      ? { schedule: { startDate: isoDay(active.startDate), endDate: isoDay(active.endDate) } }
      : {}),
    assignedStaffIds: assignedStaffIds(request.schedules),
    ...(standing ? { classRecords: standing.records } : {}),
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
  const attachments = planAttachments(effects, result.event.inputs);
  const event = { ...result.event, inputs: attachments.inputs };
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
      await runStaffEffects(tx, ctx, effects, {
        request,
        event,
        calendar,
        standing,
        attachments,
      });
      await recordAudit(tx, ctx, {
        action: `request.${cmd.action}`,
        entityType: 'TrainingRequest',
        entityId: request.id,
        data: {
          from: event.fromState,
          to: event.toState,
          inputs: event.inputs as Prisma.InputJsonValue,
          ...(event.warnings
            ? { warnings: event.warnings.map((w) => w.code) as Prisma.InputJsonValue }
            : {}),
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
            ...deadlineFacts(def, event.toState, result.deadline),
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
