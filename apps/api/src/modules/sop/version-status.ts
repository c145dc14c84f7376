import { AppError, notFound } from '../../graphql/errors';

/**
 * The version (SOP or service standard) when it is at `expected`: NOT_FOUND when there is none,
 * TRANSITION_NOT_ALLOWED when it is at another status. `what` names it in the log.
 */
export function versionAtStatus<V extends { status: string }>(
  version: V | null,
  expected: string,
  what: string,
): V {
  if (!version) throw notFound(what);
  if (version.status !== expected)
    throw new AppError('TRANSITION_NOT_ALLOWED', `${what} is ${version.status}, not ${expected}`);
  return version;
}

/**
 * After a guarded `updateMany` (where the status, or `updatedAt`, is still what was read):
 * CONFLICT_STALE_VERSION unless exactly the one row moved, i.e. someone moved it first.
 */
export function assertMovedOne({ count }: { count: number }): void {
  if (count !== 1) throw new AppError('CONFLICT_STALE_VERSION');
}
