import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { type Database, type OpenOptions, openDatabase } from '../client';
import { pgliteConnection, postgresConnection } from '../connection';
import type { PrismaClient } from '../generated/prisma/client';
import { applyMigrations } from '../migrate';
import { PGLITE_EXTENSIONS } from '../pglite-extensions';
import { constraintViolation } from '../violations';

/** The databases a test run covers: PGlite always, PostgreSQL when BLK_TEST_PG_URL is set. */
export type TestDatabaseKind = 'pglite' | 'postgres';

/** Which databases this run covers (the test command sets BLK_TEST_PG_URL when a server answers). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.BLK_TEST_PG_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Ready-made starting points shared by every test file of a run (made once in a vitest
 * globalSetup): a PGlite dump file and a PostgreSQL template database, both migrated and seeded.
 */
export interface TestTemplates {
  pgliteDumpFile?: string;
  postgresTemplate?: string;
}

let migratedDump: Promise<Blob> | undefined;

/** One migrated PGlite per process, dumped once; test databases start from a copy. */
function migratedPgliteDump(): Promise<Blob> {
  migratedDump ??= (async () => {
    const db = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    await applyMigrations(pgliteConnection(db, () => db.close()));
    const dump = await db.dumpDataDir('none');
    await db.close();
    return dump;
  })();
  return migratedDump;
}

function adminUrl(): string {
  const url = process.env.BLK_TEST_PG_URL;
  if (!url) throw new Error('BLK_TEST_PG_URL is not set');
  return url;
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const uniqueName = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

/**
 * A fresh database of the given kind, dropped again by `close()`: empty and migrated, or a copy
 * of a seeded template when one is given.
 */
export async function createTestDatabase(
  kind: TestDatabaseKind,
  templates: TestTemplates = {},
  options: Pick<OpenOptions, 'onStatement'> = {},
): Promise<Database> {
  if (kind === 'pglite') {
    const dump = templates.pgliteDumpFile
      ? new Blob([fs.readFileSync(templates.pgliteDumpFile)])
      : await migratedPgliteDump();
    return openDatabase({ kind: 'pglite-memory' }, { ...options, loadDataDir: dump });
  }
  const name = uniqueName('blk_test');
  const admin = await postgresConnection(adminUrl());
  await admin.exec(
    templates.postgresTemplate
      ? `CREATE DATABASE "${name}" TEMPLATE "${templates.postgresTemplate}"`
      : `CREATE DATABASE "${name}"`,
  );
  const db = await openDatabase(
    { kind: 'postgres', url: databaseUrl(name) },
    { ...options, migrate: true },
  );
  return {
    ...db,
    close: async () => {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    },
  };
}

/**
 * An empty PostgreSQL database (no tables) for tests that run the server's own processes and
 * commands against it; `drop()` removes it, whoever is still connected.
 */
export async function createEmptyPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const name = uniqueName('blk_test');
  const admin = await postgresConnection(adminUrl());
  await admin.exec(`CREATE DATABASE "${name}"`);
  return {
    url: databaseUrl(name),
    drop: async () => {
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    },
  };
}

/**
 * Builds the seeded templates for a run (call from a vitest globalSetup) and returns them with a
 * clean-up function for the teardown.
 */
export async function buildTestTemplates(
  seed: (prisma: PrismaClient) => Promise<unknown>,
  dumpFile: string,
): Promise<{ templates: TestTemplates; dispose: () => Promise<void> }> {
  const pglite = await createTestDatabase('pglite');
  await seed(pglite.prisma);
  const dump = await pglite.dumpDataDir?.();
  if (!dump) throw new Error('PGlite database without dumpDataDir');
  fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  const templates: TestTemplates = { pgliteDumpFile: dumpFile };
  let dispose = async () => fs.rmSync(dumpFile, { force: true });
  if (testDatabaseKinds().includes('postgres')) {
    const name = uniqueName('blk_template');
    const admin = await postgresConnection(adminUrl());
    await admin.exec(`CREATE DATABASE "${name}"`);
    const db = await openDatabase({ kind: 'postgres', url: databaseUrl(name) }, { migrate: true });
    await seed(db.prisma);
    await db.close();
    templates.postgresTemplate = name;
    const removeDump = dispose;
    dispose = async () => {
      await removeDump();
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    };
  }
  return { templates, dispose };
}

/**
 * The refusal behind a write, as the application sees it: the named constraint it broke, the
 * error text of any other failure, or 'no error' if it went through.
 */
export async function refusalOf(write: Promise<unknown>) {
  try {
    await write;
  } catch (error) {
    return constraintViolation(error) ?? { error: String(error) };
  }
  return 'no error';
}
