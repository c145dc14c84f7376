import { type Database, openDatabase } from '../client';
import { exitOnDatabaseError } from '../errors';
import { resolveDatabaseTarget } from '../target';

/** Opens the database the environment names (DATABASE_URL or BLK_PGLITE_DIR), migrated. */
export async function openFromEnv(): Promise<Database> {
  try {
    const target = resolveDatabaseTarget({
      databaseUrl: process.env.DATABASE_URL,
      pgliteDir: process.env.BLK_PGLITE_DIR,
    });
    return await openDatabase(target, { migrate: true });
  } catch (error) {
    return exitOnDatabaseError(error);
  }
}
