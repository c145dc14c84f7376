import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@blk/db';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { limitPublicLookup, settleLookup } from '../requests/find-requester-request';

/** Compared against when the code is unknown, so that case takes as long as a wrong token. */
const NO_HASH = hashToken('');

/**
 * A complaint as its sender sees it, by its code and canonical access token. An unknown code and
 * a wrong token both give NOT_FOUND, so a caller cannot learn whether a code exists.
 */
export async function trackFeedback(
  ctx: Context,
  lookup: { trackingCode: string; accessToken: string },
) {
  await limitPublicLookup(ctx);
  const complaint = await ctx.prisma.complaint.findUnique({
    where: { trackingCode: lookup.trackingCode },
  });
  const given = Buffer.from(hashToken(lookup.accessToken), 'hex');
  const stored = Buffer.from(complaint?.accessTokenHash ?? NO_HASH, 'hex');
  const ok = given.length === stored.length && timingSafeEqual(given, stored) && complaint !== null;
  await settleLookup(ctx, lookup.trackingCode, { tokenOk: ok, phoneOk: false }, 'complaint');
  if (!complaint) throw notFound('complaint');
  return complaint;
}
