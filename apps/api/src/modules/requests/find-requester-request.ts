import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@blk/db';
import type { TrackingLookupInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { assertNotExhausted, consume, RATE_LIMITS } from '../rate-limit/rate-limit';
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

/**
 * The request a member of the public proves to own, by its access token or its contact phone.
 * An unknown code and a wrong secret both give the same NOT_FOUND, so a caller cannot learn
 * whether a code exists.
 */
export async function findRequesterRequest(ctx: Context, lookup: TrackingLookupInput) {
  await limitPublicLookup(ctx);
  const request = await ctx.prisma.trainingRequest.findUnique({
    where: { trackingCode: lookup.trackingCode },
    include: { requester: true },
    relationLoadStrategy: 'join',
  });
  // Both proofs are always compared (no short-circuit), so timing does not tell which failed.
  const tokenOk =
    lookup.accessToken !== undefined &&
    sameHash(hashToken(lookup.accessToken), request?.accessTokenHash ?? NO_HASH) &&
    request !== null;
  const phoneOk =
    lookup.phone !== undefined &&
    sameHash(hashToken(lookup.phone), request ? hashToken(request.requester.phone) : NO_HASH) &&
    request !== null;
  await settleLookup(ctx, lookup.trackingCode, { tokenOk, phoneOk }, 'training request');
  if (!request) throw notFound('training request');
  return { ...request, definition: await sopDefinitionOf(ctx, request.sopVersionId) };
}

/** A request found by {@link findRequesterRequest}. */
export type RequesterRequest = Awaited<ReturnType<typeof findRequesterRequest>>;
