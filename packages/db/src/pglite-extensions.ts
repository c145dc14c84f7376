import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions our migrations create, as PGlite needs them: a JS module passed to
 * every `PGlite.create` (a bare `CREATE EXTENSION` fails in PGlite, and a data directory or dump
 * that has an extension cannot be opened without it). PostgreSQL ships the same ones as contrib.
 * - `btree_gist`: `=` on uuid inside a GiST exclusion constraint (no double booking of an
 *   instructor, migration `schedule_invariants`).
 * - `pg_trgm`: trigram indexes for the staff's text search over requests (migration
 *   `request_search_and_list_indexes`).
 */
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm };
