import { createHash, randomBytes } from 'node:crypto';
import { Prisma, randomToken } from '@blk/db';
import { generateTrackingCode } from '@blk/domain';

/**
 * The access token of a public submission (request or complaint). With an idempotency key it is
 * derived from the key, so a retried submission gets the same token back; the key is a random
 * UUID only the submitter's device knows.
 */
export function accessTokenFor(
  purpose: 'request' | 'feedback',
  idempotencyKey: string | undefined,
): string {
  if (!idempotencyKey) return randomToken(24);
  const salt = purpose === 'request' ? 'blk-access-token' : 'blk-feedback-token';
  return createHash('sha256').update(`${salt}:${idempotencyKey}`).digest('base64url').slice(0, 32);
}

/** The columns a unique violation names, or '' for any other error. */
function uniqueViolationTarget(error: unknown): string {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
    ? String(error.meta?.target ?? error.message)
    : '';
}

/**
 * Runs `insert` with a fresh random tracking code, retrying on the (rare) collision. When two
 * submissions race with one idempotency key, the loser's unique violation is answered with
 * `onIdempotencyRace()`, which returns the winner's result.
 */
export async function insertWithTrackingCode<T>(
  insert: (trackingCode: string) => Promise<T>,
  onIdempotencyRace?: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await insert(generateTrackingCode((n) => randomBytes(n)));
    } catch (error) {
      const target = uniqueViolationTarget(error);
      if (onIdempotencyRace && /idempotency/i.test(target)) return onIdempotencyRace();
      if (/trackingCode/i.test(target) && attempt < 3) continue;
      throw error;
    }
  }
}
