import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@blk/db';
import type { TrackingLookupInput } from '@blk/domain';
import type { SopDefinition } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { consume, RATE_LIMITS } from '../rate-limit/rate-limit';

/** Compared against when the code is unknown, so that case takes as long as a wrong secret. */
const NO_HASH = hashToken('');

/** Equality of two sha256 hex digests in constant time. */
function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Counts a public lookup against the caller's IP and the tracking code. Every operation that
 * takes a tracking code and a secret calls this first, so guessing secrets is slow.
 */
export async function limitPublicLookup(ctx: Context, trackingCode: string): Promise<void> {
  await consume(ctx, `lookup:ip:${ctx.ip}`, RATE_LIMITS.lookupPerIp);
  await consume(ctx, `lookup:code:${trackingCode}`, RATE_LIMITS.lookupPerCode);
}

/**
 * The request a member of the public proves to own, by its access token or its contact phone.
 * An unknown code and a wrong secret both give the same NOT_FOUND, so a caller cannot learn
 * whether a code exists.
 */
export async function findRequesterRequest(ctx: Context, lookup: TrackingLookupInput) {
  await limitPublicLookup(ctx, lookup.trackingCode);
  const request = await ctx.prisma.trainingRequest.findUnique({
    where: { trackingCode: lookup.trackingCode },
    include: { requester: true, sopVersion: true },
  });
  // Both proofs are always compared (no short-circuit), so timing does not tell which failed.
  const tokenOk =
    lookup.accessToken !== undefined &&
    sameHash(hashToken(lookup.accessToken), request?.accessTokenHash ?? NO_HASH);
  const phoneOk =
    lookup.phone !== undefined &&
    sameHash(hashToken(lookup.phone), request ? hashToken(request.requester.phone) : NO_HASH);
  if (!request || !(tokenOk || phoneOk)) throw notFound('training request');
  return { ...request, definition: request.sopVersion.definition as unknown as SopDefinition };
}

/** A request found by {@link findRequesterRequest}. */
export type RequesterRequest = Awaited<ReturnType<typeof findRequesterRequest>>;
