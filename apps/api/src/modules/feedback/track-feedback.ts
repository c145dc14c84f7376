import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@blk/db';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { limitPublicLookup } from '../requests/find-requester-request';

/** Compared against when the code is unknown, so that case takes as long as a wrong token. */
const NO_HASH = hashToken('');

/**
 * A complaint as its sender sees it. An unknown code and a wrong token both give NOT_FOUND, so a
 * caller cannot learn whether a code exists.
 */
export async function trackFeedback(
  ctx: Context,
  lookup: { trackingCode: string; accessToken: string },
) {
  await limitPublicLookup(ctx, lookup.trackingCode);
  const complaint = await ctx.prisma.complaint.findUnique({
    where: { trackingCode: lookup.trackingCode },
  });
  const given = Buffer.from(hashToken(lookup.accessToken), 'hex');
  const stored = Buffer.from(complaint?.accessTokenHash ?? NO_HASH, 'hex');
  const ok = given.length === stored.length && timingSafeEqual(given, stored);
  if (!complaint || !ok) throw notFound('complaint');
  return complaint;
}
