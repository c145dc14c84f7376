import type { Prisma, PrismaClient } from '@blk/db';
import { addCalendarDays, type RequestFilter, startOfJakartaDay } from '@blk/domain';
import { REQUEST_SOP_CODE } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { databaseCache } from '../../graphql/database-cache';
import { policyAllows } from '../auth/policy';
import { sopDefinitionOf } from './sop-definitions';

/** Sort orders of the staff request list; every one ends on the id so pages never overlap. */
export const REQUEST_ORDERS = {
  SUBMITTED_NEWEST: [{ submittedAt: 'desc' }, { id: 'desc' }],
  SUBMITTED_OLDEST: [{ submittedAt: 'asc' }, { id: 'asc' }],
  DUE_SOONEST: [{ stepDueAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
} as const satisfies Record<string, Prisma.TrainingRequestOrderByWithRelationInput[]>;
export type RequestOrder = keyof typeof REQUEST_ORDERS;

const NOTHING: Prisma.TrainingRequestWhereInput = { id: { in: [] } };

/**
 * The ids of the request SOP's versions requests can follow (published or superseded), read once
 * per process and kept like the calendar: publishing through this process clears them at once
 * ({@link forgetRequestSopVersions}); another API process sees a new version within a minute.
 */
const requestSopVersions = databaseCache(
  async (prisma) =>
    (
      await prisma.sopVersion.findMany({
        where: { sop: { code: REQUEST_SOP_CODE }, status: { in: ['published', 'superseded'] } },
        select: { id: true },
      })
    ).map((v) => v.id),
  60_000,
);

/** Drops the cached list of request SOP versions after a version was published. */
export function forgetRequestSopVersions(prisma: PrismaClient): void {
  requestSopVersions.forget(prisma);
}

/**
 * Requests whose current step is carried out by `role`. Steps are per SOP version, so the
 * condition pairs each version with its own step keys. Requests only follow published versions
 * (their ids and definitions come from per-process caches), so neither a scan of the requests
 * nor a query of the versions is needed.
 */
export async function atStepOfRole(
  ctx: Context,
  role: string,
): Promise<Prisma.TrainingRequestWhereInput> {
  const versions = await requestSopVersions.get(ctx.prisma);
  const OR = (
    await Promise.all(
      versions.map(async (id) => {
        const states = (await sopDefinitionOf(ctx, id)).steps
          .filter((s) => s.role === role && s.kind !== 'end')
          .map((s) => s.key);
        return states.length ? [{ sopVersionId: id, state: { in: states } }] : [];
      }),
    )
  ).flat();
  return OR.length ? { OR } : NOTHING;
}

/**
 * The one translation of the request filter (packages/domain `requestFilterSchema`) to a Prisma
 * condition, for the list, its export and "my work" alike. The contact name is searched only for
 * roles that see it. Search reads the trigger-kept `searchText`/`searchContact` columns, which
 * one trigram index each answers.
 */
export async function requestWhere(
  ctx: Context,
  filter: RequestFilter,
): Promise<Prisma.TrainingRequestWhereInput> {
  const and: Prisma.TrainingRequestWhereInput[] = [];
  if (filter.states?.length) and.push({ state: { in: [...filter.states] } });
  if (filter.stepRole) and.push(await atStepOfRole(ctx, filter.stepRole));
  if (filter.regionPrefix)
    and.push({
      OR: [
        { regionCode: filter.regionPrefix },
        { regionCode: { startsWith: `${filter.regionPrefix}.` } },
      ],
    });
  if (filter.programId) and.push({ programId: filter.programId });
  if (filter.requesterTypes?.length)
    and.push({ requester: { type: { in: [...filter.requesterTypes] } } });
  if (filter.submittedFrom)
    and.push({ submittedAt: { gte: startOfJakartaDay(filter.submittedFrom) } });
  if (filter.submittedTo)
    and.push({ submittedAt: { lt: startOfJakartaDay(addCalendarDays(filter.submittedTo, 1)) } });
  if (filter.overdueOnly) and.push({ closedAt: null, stepDueAt: { lt: ctx.now() } });
  if (filter.search) {
    const text = filter.search;
    // A tracking code is stored without its dash: "7K3M9-Q2WX8" finds 7K3M9Q2WX8.
    const code = text.replace(/[\s-]/g, '');
    and.push({
      OR: [
        { searchText: { contains: text, mode: 'insensitive' } },
        ...(code !== text && /^[0-9A-Z]{1,10}$/i.test(code)
          ? [{ searchText: { contains: code, mode: 'insensitive' as const } }]
          : []),
        ...(policyAllows(ctx.viewer, 'Requester.contactName')
          ? [{ searchContact: { contains: text, mode: 'insensitive' as const } }]
          : []),
      ],
    });
  }
  return { AND: and };
}
