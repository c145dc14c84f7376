import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { type Database, openDatabase } from '../client';
import { pgliteConnection, postgresConnection } from '../connection';
import { applyMigrations } from '../migrate';

/** The databases a test run covers: PGlite always, PostgreSQL when BLK_TEST_PG_URL is set. */
export type TestDatabaseKind = 'pglite' | 'postgres';

/** Which databases this run covers (the test command sets BLK_TEST_PG_URL when a server answers). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.BLK_TEST_PG_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let pgliteTemplate: Promise<Blob> | undefined;

/** One migrated PGlite per process, dumped once; every test database starts from a copy. */
function migratedPgliteDump(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const db = await PGlite.create();
    await applyMigrations(pgliteConnection(db, () => db.close()));
    const dump = await db.dumpDataDir('none');
    await db.close();
    return dump;
  })();
  return pgliteTemplate;
}

/** A freshly migrated, empty database of the given kind, dropped again by `close()`. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    return openDatabase({ kind: 'pglite-memory' }, { loadDataDir: await migratedPgliteDump() });
  }
  const adminUrl = process.env.BLK_TEST_PG_URL;
  if (!adminUrl) throw new Error('BLK_TEST_PG_URL is not set');
  const name = `blk_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = await postgresConnection(adminUrl);
  await admin.exec(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString() }, { migrate: true });
  return {
    ...db,
    close: async () => {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    },
  };
}
