import type { Db } from './effect-request';

/**
 * The `cancelSchedule` effect (rescheduling): the standing class is cancelled, which frees its
 * instructors (the double-booking range is cleared by a trigger). Nothing to do without a class.
 */
export async function cancelSchedule(tx: Db, requestId: string, now: Date): Promise<number> {
  const { count } = await tx.trainingSchedule.updateMany({
    where: { requestId, cancelledAt: null },
    data: { cancelledAt: now },
  });
  return count;
}
