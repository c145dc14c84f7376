import { type Prisma, recordTransition, StaleVersionError } from '@blk/db';
import {
  availableActions,
  checkTransition,
  type SopDefinition,
  type SopEffectType,
  scheduleSourceOf,
  type TransitionResult,
} from '@blk/sop';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import type { RequesterRequest } from './find-requester-request';
import { scheduleOfEvent } from './request-history';
import { transitionRefused } from './transition-reasons';

/**
 * The key of the requester's action at the request's step that carries an effect of `type`
 * (withdrawing the request, answering the survey): the SOP decides which action that is, never
 * a key in code. Refused as WRONG_STATE when the step offers none.
 */
export function requesterActionWith(
  ctx: Context,
  def: SopDefinition,
  state: string,
  type: SopEffectType,
): string {
  const action = availableActions(def, state, { kind: 'requester' }).find((a) =>
    a.effects.some((e) => e.type === type),
  );
  if (!action) transitionRefused([{ code: 'WRONG_STATE', params: { state } }], ctx.lang);
  return action.key;
}

/**
 * Runs a requester's action (cancel, submit_survey, …) through the request's own SOP version and
 * records it; `alongside` writes in the same transaction (e.g. the survey row). Refusals become a
 * TransitionRefusedError, a concurrent change a CONFLICT_STALE_VERSION.
 */
export async function takeRequesterAction(
  ctx: Context,
  request: RequesterRequest,
  action: string,
  inputs: Record<string, unknown>,
  alongside?: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<Extract<TransitionResult, { ok: true }>> {
  const calendar = await ctx.calendar();
  const scheduleEvent = await ctx.prisma.requestEvent.findFirst({
    where: { requestId: request.id, fromState: scheduleSourceOf(request.definition)?.step ?? '' },
    orderBy: { seq: 'desc' },
  });
  const schedule = scheduleEvent ? scheduleOfEvent(request.definition, scheduleEvent) : undefined;
  const result = checkTransition(
    request.definition,
    {
      state: request.state,
      stepStartedAt: request.stepStartedAt,
      ...(schedule ? { schedule } : {}),
    },
    { kind: 'requester' },
    action,
    inputs,
    { now: ctx.now(), calendar },
  );
  if (!result.ok) transitionRefused(result.reasons, ctx.lang);
  try {
    await ctx.prisma.$transaction(async (tx) => {
      await alongside?.(tx);
      await recordTransition(tx, {
        requestId: request.id,
        expectedVersion: request.version,
        definition: request.definition,
        event: result.event,
        deadline: result.deadline,
        actorRole: null,
      });
    });
  } catch (error) {
    if (error instanceof StaleVersionError) throw new AppError('CONFLICT_STALE_VERSION');
    throw error;
  }
  return result;
}
