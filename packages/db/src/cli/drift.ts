/**
 * `pnpm db:drift` (CI): fails when prisma/schema.prisma and prisma/migrations disagree, i.e. when
 * someone changed the schema without `pnpm db:migration:create`, or edited a migration by hand
 * in a way the schema does not reflect. Hand-written CHECK constraints and triggers are ignored
 * by the engine, so they never count as drift.
 */
import path from 'node:path';
import { migrationSqlFromMigrationsToSchema } from '../schema-engine';

const prismaDir = path.resolve(import.meta.dirname, '../../prisma');

try {
  const sql = await migrationSqlFromMigrationsToSchema({
    migrationsDir: path.join(prismaDir, 'migrations'),
    schemaPath: path.join(prismaDir, 'schema.prisma'),
  });
  if (sql) {
    console.error(
      'Drift: prisma/schema.prisma differs from prisma/migrations.\n' +
        'Run `pnpm db:migration:create <name>` to add a migration. The missing SQL:\n',
    );
    console.error(sql);
    process.exitCode = 1;
  } else {
    console.log('Skema dan migrasi sesuai / no drift');
  }
} catch (e) {
  // E.g. a migration that fails to apply; its message names it, PGlite's error object is noise.
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
