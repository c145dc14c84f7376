import { isUniqueViolation, type Prisma } from '@blk/db';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { invalidField, isUuid } from '../../graphql/validate';
import { IdempotencyKeyReusedError, payloadHash } from '../shared/public-submission';
import { staffOf } from './access';

/** The unique index that settles two replays of one call racing each other. */
const CLIENT_MUTATION_PKEY = 'ClientMutation_pkey';

/** A staff mutation named by the device that sent it (the admin's offline queue). */
export interface ClientCall {
  /** The device's id of the call (a UUID); the same id is the same call. */
  readonly id: string;
  /** The mutation, e.g. `recordAttendance`. */
  readonly operation: string;
  /** The validated arguments; a replay must carry the same ones. */
  readonly payload: unknown;
}

/** A call's key, or null when the caller sent no `clientMutationId` (an online form). */
export function clientCall(
  ctx: Context,
  id: string | null | undefined,
  operation: string,
  payload: unknown,
): ClientCall | null {
  if (id === null || id === undefined) return null;
  if (!isUuid(id)) invalidField(ctx, 'common.invalid_id', ['clientMutationId']);
  return { id: id.toLowerCase(), operation, payload };
}

/**
 * The stored first result of this call, or null when it is new. The same id with another
 * operation, other arguments or from another account is refused (IDEMPOTENCY_KEY_REUSED): the
 * device made a new call under an old id, which must not be answered with someone else's result.
 */
async function storedResult(ctx: Context, call: ClientCall): Promise<string | null> {
  const row = await ctx.prisma.clientMutation.findUnique({ where: { id: call.id } });
  if (!row) return null;
  if (
    row.userId !== staffOf(ctx).id ||
    row.operation !== call.operation ||
    row.payloadHash !== payloadHash(call.payload)
  )
    throw new IdempotencyKeyReusedError();
  if (!row.entityId) throw new AppError('INTERNAL', `client mutation ${row.id} has no result`);
  return row.entityId;
}

/**
 * Runs a class change at most once per client call. Without a call id it just runs `work` in a
 * transaction. With one:
 * - a call already stored answers with `replay(entityId)` of its first result, before any rule
 *   is checked again (a replay after the class was finished still gets its first answer);
 * - otherwise `check()` runs, then one transaction first inserts the call's row (a parallel
 *   replay blocks on its primary key until this commits, then fails and reads the stored
 *   result), does the work and stores the id of what it made or changed.
 * A refused call stores nothing: the device may send it again once fixed.
 */
export async function runOnce<T>(
  ctx: Context,
  call: ClientCall | null,
  steps: {
    check: () => Promise<void>;
    work: (tx: Prisma.TransactionClient) => Promise<{ entityId: string; value: T }>;
    replay: (entityId: string) => Promise<T>;
  },
): Promise<T> {
  if (call) {
    const first = await storedResult(ctx, call);
    if (first) return steps.replay(first);
  }
  await steps.check();
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      if (call)
        await tx.clientMutation.create({
          data: {
            id: call.id,
            userId: staffOf(ctx).id,
            operation: call.operation,
            payloadHash: payloadHash(call.payload),
            createdAt: ctx.now(),
          },
        });
      const { entityId, value } = await steps.work(tx);
      if (call) await tx.clientMutation.update({ where: { id: call.id }, data: { entityId } });
      return value;
    });
  } catch (error) {
    if (call && isUniqueViolation(error, CLIENT_MUTATION_PKEY)) {
      const first = await storedResult(ctx, call);
      if (first) return steps.replay(first);
    }
    throw error;
  }
}
