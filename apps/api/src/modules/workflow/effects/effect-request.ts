import type { Prisma } from '@blk/db';
import type { Context } from '../../../graphql/context';
import { notFound } from '../../../graphql/errors';
import { isUuid } from '../../../graphql/validate';
import { regionIslandSelect } from '../access';

/** A request as a transition and its effects need it: SOP version, requester, standing class. */
export async function loadEffectRequest(ctx: Context, id: string) {
  const request = isUuid(id)
    ? await ctx.prisma.trainingRequest.findUnique({
        where: { id },
        include: {
          sopVersion: { select: { definition: true } },
          requester: true,
          region: regionIslandSelect,
          assessments: { select: { recommendedProgramId: true }, orderBy: { createdAt: 'desc' } },
          schedules: {
            where: { cancelledAt: null },
            select: {
              id: true,
              startDate: true,
              endDate: true,
              instructors: {
                select: { instructor: { select: { user: { select: { id: true } } } } },
              },
            },
          },
        },
      })
    : null;
  if (!request) throw notFound('request');
  return request;
}

export type EffectRequest = Awaited<ReturnType<typeof loadEffectRequest>>;

/** A Prisma client or a transaction: effects read and write inside the transition's. */
export type Db = Prisma.TransactionClient;
