/**
 * `pnpm --filter @blk/api retention`: applies the retention policy once (the server also runs it
 * every BLK_RETENTION_INTERVAL_H hours) and prints what it did: counts only.
 */
import { exitOnDatabaseError, openDatabase, resolveDatabaseTarget } from '@blk/db';
import { loadEnv } from '../env';
import { applyRetention, retentionSettings } from '../modules/privacy/apply-retention';

const env = loadEnv();
const db = await openDatabase(
  resolveDatabaseTarget({ databaseUrl: env.DATABASE_URL, pgliteDir: env.BLK_PGLITE_DIR }),
  { migrate: true },
).catch(exitOnDatabaseError);
try {
  console.log(JSON.stringify(await applyRetention(db.prisma, retentionSettings(env)), null, 2));
} finally {
  await db.close();
}
