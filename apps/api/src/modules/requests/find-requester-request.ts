import { timingSafeEqual } from 'node:crypto';
import { hashToken, Prisma } from '@blk/db';
import type { TrackingLookupInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { assertNotExhausted, consume, consumeWith, RATE_LIMITS } from '../rate-limit/rate-limit';
import { sopDefinitionOf } from '../workflow/sop-definitions';

/** Compared against when the code is unknown, so that case takes as long as a wrong secret. */
const NO_HASH = hashToken('');

/** Equality of two sha256 hex digests in constant time. */
function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Counts a public lookup against the caller's IP, so one client cannot guess quickly. */
export async function limitPublicLookup(ctx: Context): Promise<void> {
  await consume(ctx, `lookup:ip:${ctx.ip}`, RATE_LIMITS.lookupPerIp);
}

/**
 * Settles a lookup whose proof was checked. A right access token always passes: it has 80 random
 * bits, so strangers' wrong guesses must not lock its owner out. Only failures count against the
 * code; once they reach the limit, the guessable proof (the phone number) waits like every other
 * attempt, and wrong ones are answered RATE_LIMITED instead of NOT_FOUND.
 */
export async function settleLookup(
  ctx: Context,
  trackingCode: string,
  proof: { tokenOk: boolean; phoneOk: boolean },
  what: string,
): Promise<void> {
  if (proof.tokenOk) return;
  const key = `lookup:code-failures:${trackingCode}`;
  await assertNotExhausted(ctx, key, RATE_LIMITS.lookupPerCode);
  if (proof.phoneOk) return;
  await consume(ctx, key, RATE_LIMITS.lookupPerCode).catch(() => undefined);
  throw notFound(what);
}

/** What a public lookup reads of the request with the code: its id and the columns of the proofs. */
interface LookedUp {
  id: string | null;
  accessTokenHash: string | null;
  phone: string | null;
  sopVersionId: string | null;
}

/**
 * The id and SOP definition of the request a member of the public proves to own, by its access
 * token or its contact phone. The caller's IP is counted and the proofs' columns read in one
 * statement. An unknown code and a wrong secret both give the same NOT_FOUND, so a caller cannot
 * learn whether a code exists.
 */
export async function proveRequesterRequest(ctx: Context, lookup: TrackingLookupInput) {
  const { row: found } = await consumeWith<LookedUp>(
    ctx,
    `lookup:ip:${ctx.ip}`,
    RATE_LIMITS.lookupPerIp,
    Prisma.sql`
      SELECT counted."count", r."id"::text AS "id", r."accessTokenHash",
             r."sopVersionId"::text AS "sopVersionId", q."phone"
      FROM counted
      LEFT JOIN "TrainingRequest" r ON r."trackingCode" = ${lookup.trackingCode}
      LEFT JOIN "Requester" q ON q."id" = r."requesterId"`,
  );
  const request = found.id === null ? null : found;
  // Both proofs are always compared (no short-circuit), so timing does not tell which failed.
  const tokenOk =
    lookup.accessToken !== undefined &&
    sameHash(hashToken(lookup.accessToken), request?.accessTokenHash ?? NO_HASH) &&
    request !== null;
  const phoneOk =
    lookup.phone !== undefined &&
    sameHash(hashToken(lookup.phone), request ? hashToken(request.phone ?? '') : NO_HASH) &&
    request !== null;
  await settleLookup(ctx, lookup.trackingCode, { tokenOk, phoneOk }, 'training request');
  if (!request?.id || !request.sopVersionId) throw notFound('training request');
  return { id: request.id, definition: await sopDefinitionOf(ctx, request.sopVersionId) };
}

/** The request, with its requester, that a member of the public proves to own (see above). */
export async function findRequesterRequest(ctx: Context, lookup: TrackingLookupInput) {
  const { id, definition } = await proveRequesterRequest(ctx, lookup);
  const request = await ctx.prisma.trainingRequest.findUnique({
    where: { id },
    include: { requester: true },
    relationLoadStrategy: 'join',
  });
  if (!request) throw notFound('training request');
  return { ...request, definition };
}

/** A request found by {@link findRequesterRequest}. */
export type RequesterRequest = Awaited<ReturnType<typeof findRequesterRequest>>;
