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
 * At most this many distinct organisation names and places stand for one search term. A term
 * matching more of them (a common word such as "desa") matches so many requests that a walk of
 * the list in its order, checking each row, finds a page quickly: the term is then matched on the
 * requests' own columns.
 */
const SEARCH_TERMS_AT_MOST = 500;

/**
 * Text search, case-insensitive and on parts of words, over the organisation, the place
 * (village, kecamatan, kabupaten), the tracking code and, for roles that see it, the contact
 * name. The trigger-kept columns are in lower case (migration `request_search_terms`), searched
 * with LIKE on the lower-cased term. Organisations and places repeat across requests: the term
 * is first looked up among their distinct names (`RequestSearchTerm`, trigram-indexed), and the
 * requests carrying a matching one are found by equality. A trigram index over every request
 * answers a phrase of common words slowly (its posting lists are a tenth of the table).
 */
async function searchCondition(
  ctx: Context,
  search: string,
): Promise<Prisma.TrainingRequestWhereInput> {
  const text = search.toLowerCase();
  const terms = await ctx.prisma.requestSearchTerm.findMany({
    where: { text: { contains: text } },
    select: { kind: true, text: true },
    take: SEARCH_TERMS_AT_MOST + 1,
  });
  const named = (kind: string) => terms.filter((t) => t.kind === kind).map((t) => t.text);
  const organizations = named('organization');
  const places = named('place');
  // A tracking code is stored in capitals without its dash: "7k3m9-q2wx8" finds 7K3M9Q2WX8.
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  const OR: Prisma.TrainingRequestWhereInput[] = [
    ...(terms.length > SEARCH_TERMS_AT_MOST
      ? [{ searchOrganization: { contains: text } }, { searchPlace: { contains: text } }]
      : [
          ...(organizations.length ? [{ searchOrganization: { in: organizations } }] : []),
          ...(places.length ? [{ searchPlace: { in: places } }] : []),
        ]),
    ...(/^[0-9A-Z]{1,10}$/.test(code) ? [{ trackingCode: { contains: code } }] : []),
    ...(policyAllows(ctx.viewer, 'Requester.contactName')
      ? [{ searchContact: { contains: text } }]
      : []),
  ];
  return OR.length ? { OR } : NOTHING;
}

/**
 * The one translation of the request filter (packages/domain `requestFilterSchema`) to a Prisma
 * condition, for the list, its export and "my work" alike. The contact name is searched only for
 * roles that see it; search is {@link searchCondition}.
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
  if (filter.search) and.push(await searchCondition(ctx, filter.search));
  return { AND: and };
}
