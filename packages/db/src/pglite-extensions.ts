import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/**
 * The PostgreSQL extensions our migrations create, as PGlite needs them: a JS module passed to
 * every `PGlite.create` (a bare `CREATE EXTENSION` fails in PGlite, and a data directory or dump
 * that has an extension cannot be opened without it). PostgreSQL ships the same ones as contrib.
 * - `btree_gist`: `=` on uuid inside a GiST exclusion constraint (no double booking of an
 *   instructor, migration `schedule_invariants`).
 */
export const PGLITE_EXTENSIONS = { btree_gist };
