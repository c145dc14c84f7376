import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SqlConnection } from './connection';
import { DatabaseError } from './errors';
import { DB_PACKAGE_DIR } from './paths';

/** The migrations shipped with this package, in Prisma's folder layout. */
export const MIGRATIONS_DIR = path.join(DB_PACKAGE_DIR, 'prisma/migrations');

/** Prisma's own advisory-lock key, so this runner and `prisma migrate deploy` exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

/** A migration folder: `<timestamp>_<name>/migration.sql`. */
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Reads the migration folders in order. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The table Prisma Migrate keeps; created identically so Prisma's CLI accepts the history. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** What applying migrations did. */
export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order, each in its own transaction, recorded in
 * `_prisma_migrations`. Refuses to run when the history and the files disagree: a migration
 * edited after it was applied, one the database has but the code does not, or a new one that
 * sorts before one already applied.
 */
export async function applyMigrations(
  conn: SqlConnection,
  migrations: MigrationFile[] = readMigrations(),
): Promise<MigrationResult> {
  await conn.exec(CREATE_MIGRATIONS_TABLE);
  if (conn.kind === 'postgres')
    await conn.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  try {
    const applied = await conn.query<AppliedMigration>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
       WHERE rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const pending = planMigrations(migrations, applied);
    for (const migration of pending) {
      await conn.transaction(async (tx) => {
        const id = randomUUID();
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at)
           VALUES ($1, $2, $3, now())`,
          [id, migration.checksum, migration.name],
        );
        try {
          await tx.exec(migration.sql);
        } catch (error) {
          throw new DatabaseError(
            'MIGRATION_FAILED',
            `Migrasi gagal / migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
            { cause: error },
          );
        }
        await tx.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
      });
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: applied.length };
  } finally {
    if (conn.kind === 'postgres') {
      await conn.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  }
}

/** Decides which migrations to apply, or throws when the history cannot be trusted. */
export function planMigrations(
  migrations: MigrationFile[],
  applied: AppliedMigration[],
): MigrationFile[] {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    const local = byName.get(row.migration_name);
    if (!row.finished_at) {
      throw new DatabaseError(
        'MIGRATION_FAILED',
        `Migration ${row.migration_name} started but never finished in this database. ` +
          'Inspect the database, fix it by hand, then mark it rolled back or finished.',
      );
    }
    if (!local) {
      throw new DatabaseError(
        'MIGRATION_MISSING_LOCALLY',
        `Database memuat migrasi yang tidak ada di kode / the database has migration ${row.migration_name}, ` +
          'which this code does not have. Are you running an older version against a newer database?',
      );
    }
    if (local.checksum !== row.checksum) {
      throw new DatabaseError(
        'MIGRATION_EDITED',
        `Migrasi ${row.migration_name} diubah setelah diterapkan / was edited after it was applied ` +
          `(checksum ${row.checksum.slice(0, 12)}… in the database, ${local.checksum.slice(0, 12)}… on disk). ` +
          'Never edit an applied migration: restore it and put the change in a new migration.',
      );
    }
  }
  const done = new Set(applied.map((r) => r.migration_name));
  const latest = applied
    .map((r) => r.migration_name)
    .sort()
    .at(-1);
  const pending = migrations.filter((m) => !done.has(m.name));
  const early = latest ? pending.find((m) => m.name < latest) : undefined;
  if (early && latest) {
    throw new DatabaseError(
      'MIGRATION_OUT_OF_ORDER',
      `Migrasi tidak berurutan / migration ${early.name} is new but sorts before ${latest}, ` +
        'which is already applied. Rename it with a later timestamp.',
    );
  }
  return pending;
}
