import { testDatabaseKinds } from '@blk/db/testing';

// Races run with real parallel connections, so only on PostgreSQL: PGlite runs one statement at
// a time, so a check there always sees the previous write (issue 15). Each rule is raced TRIALS
// times by two callers, then once by BURST callers.

/** Races of two callers per rule. */
export const TRIALS = 10;
/** Callers in the one large race per rule. */
export const BURST = 20;

/**
 * True when this run has a PostgreSQL database to race on. Without one the race file is skipped
 * with a warning, or fails under BLK_REQUIRE_PG=1 (CI sets it, so a lost URL is not a green run).
 */
export function racesOnPostgres(file: string): boolean {
  if (testDatabaseKinds().includes('postgres')) return true;
  if (process.env.BLK_REQUIRE_PG === '1')
    throw new Error(`BLK_REQUIRE_PG=1 but BLK_TEST_PG_URL is not set: ${file} needs it`);
  console.warn(`${file} skipped: set BLK_TEST_PG_URL to race on PostgreSQL`);
  return false;
}

/** How many results of each kind (`Participant`, `OperationError:ALREADY_EXISTS`) a race gave. */
export function tally(results: { __typename: string; code?: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = r.code ? `${r.__typename}:${r.code}` : r.__typename;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
