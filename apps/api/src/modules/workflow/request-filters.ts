import type { Prisma } from '@blk/db';
import { addCalendarDays, type IsoDate, type RequesterType, startOfJakartaDay } from '@blk/domain';
import { REQUEST_SOP_CODE } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { invalidField, isUuid } from '../../graphql/validate';
import { policyAllows } from '../auth/policy';
import { sopDefinition } from './access';

/** Filters of the staff request list. */
export interface RequestFilter {
  states?: readonly string[] | null;
  stepRole?: string | null;
  regionPrefix?: string | null;
  programId?: string | null;
  requesterTypes?: readonly RequesterType[] | null;
  submittedFrom?: IsoDate | null;
  submittedTo?: IsoDate | null;
  overdueOnly?: boolean | null;
  search?: string | null;
}

/** Sort orders of the staff request list; every one ends on the id so pages never overlap. */
export const REQUEST_ORDERS = {
  SUBMITTED_NEWEST: [{ submittedAt: 'desc' }, { id: 'desc' }],
  SUBMITTED_OLDEST: [{ submittedAt: 'asc' }, { id: 'asc' }],
  DUE_SOONEST: [{ stepDueAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
} as const satisfies Record<string, Prisma.TrainingRequestOrderByWithRelationInput[]>;
export type RequestOrder = keyof typeof REQUEST_ORDERS;

const NOTHING: Prisma.TrainingRequestWhereInput = { id: { in: [] } };

/**
 * Requests whose current step is carried out by `role`. Steps are per SOP version, so the
 * condition pairs each version with its own step keys.
 */
export async function atStepOfRole(
  ctx: Context,
  role: string,
): Promise<Prisma.TrainingRequestWhereInput> {
  const versions = await ctx.prisma.sopVersion.findMany({
    where: { sop: { code: REQUEST_SOP_CODE }, requests: { some: {} } },
    select: { id: true, definition: true },
  });
  const OR = versions.flatMap((v) => {
    const states = sopDefinition(v.definition)
      .steps.filter((s) => s.role === role && s.kind !== 'end')
      .map((s) => s.key);
    return states.length ? [{ sopVersionId: v.id, state: { in: states } }] : [];
  });
  return OR.length ? { OR } : NOTHING;
}

/** The Prisma condition for a filter; contact names are searched only for roles that see them. */
export async function requestWhere(
  ctx: Context,
  filter: RequestFilter,
): Promise<Prisma.TrainingRequestWhereInput> {
  const and: Prisma.TrainingRequestWhereInput[] = [];
  if (filter.states?.length) and.push({ state: { in: [...filter.states] } });
  if (filter.stepRole) and.push(await atStepOfRole(ctx, filter.stepRole));
  if (filter.regionPrefix) {
    if (!/^\d{2}(\.\d{1,4}){0,3}$/.test(filter.regionPrefix))
      invalidField(ctx, 'region.invalid_code', ['filter', 'regionPrefix']);
    and.push({
      OR: [
        { regionCode: filter.regionPrefix },
        { regionCode: { startsWith: `${filter.regionPrefix}.` } },
      ],
    });
  }
  if (filter.programId)
    and.push(isUuid(filter.programId) ? { programId: filter.programId } : NOTHING);
  if (filter.requesterTypes?.length)
    and.push({ requester: { type: { in: [...filter.requesterTypes] } } });
  if (filter.submittedFrom)
    and.push({ submittedAt: { gte: startOfJakartaDay(filter.submittedFrom) } });
  if (filter.submittedTo)
    and.push({ submittedAt: { lt: startOfJakartaDay(addCalendarDays(filter.submittedTo, 1)) } });
  if (filter.overdueOnly) and.push({ stepDueAt: { lt: ctx.now() } });
  // Nothing longer than a name or code can match, so longer text is cut rather than refused.
  const search = filter.search?.trim().slice(0, 100);
  if (search) {
    const code = search.toUpperCase().replace(/[\s-]/g, '');
    and.push({
      OR: [
        ...(code ? [{ trackingCode: { contains: code } }] : []),
        { requester: { organizationName: { contains: search, mode: 'insensitive' } } },
        ...(policyAllows(ctx.viewer, 'Requester.contactName')
          ? [{ requester: { contactName: { contains: search, mode: 'insensitive' as const } } }]
          : []),
      ],
    });
  }
  return { AND: and };
}
