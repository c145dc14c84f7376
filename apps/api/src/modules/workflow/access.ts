import type { Prisma } from '@blk/db';
import { readSopDefinition, type SopDefinition, stepTitleOf } from '@blk/sop';
import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import { ownClassesOnly, roleCan } from '../auth/capabilities';

/** The API-key scope that lets integrators read requests (without personal contact data). */
export const REQUESTS_READ_SCOPE = 'requests:read';

/** The signed-in staff member of a context, or UNAUTHENTICATED. */
export function staffOf(ctx: Context) {
  if (ctx.viewer.kind !== 'staff') throw unauthenticated(ctx.viewer);
  return ctx.viewer.user;
}

/** Staff whose role may view requests, or an integrator key with `requests:read`. */
export function canViewRequests(ctx: Context): boolean {
  if (ctx.viewer.kind === 'staff') return roleCan(ctx.viewer.user.roleKey, 'viewRequests');
  return ctx.viewer.kind === 'integrator' && ctx.viewer.apiKey.scopes.includes(REQUESTS_READ_SCOPE);
}

/** Staff whose role may view requests (schedules and participants are never for integrators). */
export function isRequestStaff(ctx: Context): boolean {
  return ctx.viewer.kind === 'staff' && roleCan(ctx.viewer.user.roleKey, 'viewRequests');
}

/** The instructor record of a staff member who acts as an instructor; null for other roles. */
function instructorViewer(ctx: Pick<Context, 'viewer'>): { instructorId: string | null } | null {
  if (ctx.viewer.kind !== 'staff' || !ownClassesOnly(ctx.viewer.user.roleKey)) return null;
  return { instructorId: ctx.viewer.user.instructorId };
}

const NO_REQUEST: Prisma.TrainingRequestWhereInput = { id: { in: [] } };

/**
 * Requests the viewer may see (need-to-know, UU 27/2022): instructors only those with a live
 * class they teach; every other role that views requests, all of them.
 */
export function visibleRequests(ctx: Pick<Context, 'viewer'>): Prisma.TrainingRequestWhereInput {
  const instructor = instructorViewer(ctx);
  if (!instructor) return {};
  const { instructorId } = instructor;
  if (!instructorId) return NO_REQUEST;
  return { schedules: { some: { cancelledAt: null, instructors: { some: { instructorId } } } } };
}

/** Classes the viewer may see: instructors only those they are (or were) assigned to. */
export function visibleSchedules(ctx: Pick<Context, 'viewer'>): Prisma.TrainingScheduleWhereInput {
  const instructor = instructorViewer(ctx);
  if (!instructor) return {};
  const { instructorId } = instructor;
  return instructorId ? { instructors: { some: { instructorId } } } : { id: { in: [] } };
}

/**
 * The stored SOP definition JSON (validated when the version was saved), read through
 * `readSopDefinition`: versions stored before effects existed get the default effects.
 */
export function sopDefinition(json: Prisma.JsonValue): SopDefinition {
  return readSopDefinition(json);
}

/** Display name of a step in the caller's language; the key when the SOP does not know it. */
export function stepName(def: SopDefinition, key: string | null, ctx: Pick<Context, 'lang'>) {
  if (!key) return null;
  return stepTitleOf(def, key, ctx.lang);
}

/** `YYYY-MM-DD` of a `@db.Date` column. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A `@db.Date` value for a `YYYY-MM-DD` day. */
export function dbDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Selects a region with its ancestors up to the kabupaten, for {@link islandOf}. */
export const regionIslandSelect = {
  select: {
    island: true,
    parent: { select: { island: true, parent: { select: { island: true } } } },
  },
} as const;

type IslandChain = { island: string | null; parent?: IslandChain | null };

/** Island of a desa/kelurahan: the island of its nearest ancestor that has one (the kabupaten). */
export function islandOf(region: IslandChain): string | null {
  return region.island ?? (region.parent ? islandOf(region.parent) : null);
}

/**
 * Order of a class's instructors (lead first). Every selection of the relation uses it, so
 * Pothos can merge them into one load instead of falling back to a query per request.
 */
/**
 * The staff accounts assigned to a request: its standing classes' instructors who have a login
 * (for `assignedOnly` SOP actions, `availableActions` and `checkTransition` alike).
 */
export function assignedStaffIds(
  schedules: readonly {
    cancelledAt?: Date | null;
    instructors: readonly { instructor: { user: { id: string } | null } }[];
  }[],
): string[] {
  return schedules
    .filter((s) => !s.cancelledAt)
    .flatMap((s) =>
      s.instructors.flatMap((a) => (a.instructor.user ? [a.instructor.user.id] : [])),
    );
}

export const ASSIGNMENT_ORDER = [
  { lead: 'desc' },
  { createdAt: 'asc' },
] as const satisfies Prisma.InstructorAssignmentOrderByWithRelationInput[];
