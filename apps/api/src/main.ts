import { exitOnDatabaseError, openDatabase, resolveDatabaseTarget } from '@blk/db';
import { seedAll } from '@blk/db/seed';
import { loadEnv } from './env';
import { createApp } from './server';

const env = loadEnv();
const db = await openDatabase(
  resolveDatabaseTarget({ databaseUrl: env.DATABASE_URL, pgliteDir: env.BLK_PGLITE_DIR }),
  { migrate: true },
).catch(exitOnDatabaseError);
if (env.BLK_SEED_DEMO) {
  const summary = await seedAll(db.prisma);
  console.log(`Demo data loaded: ${JSON.stringify(summary)}`);
}

const server = createApp(db).listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(`BLK on the Spot API listening on http://${env.HOST}:${port} (database: ${db.kind})`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests…`);
  const timer = setTimeout(() => {
    console.error('Shutdown timed out; closing connections.');
    server.closeAllConnections();
  }, env.SHUTDOWN_TIMEOUT_S * 1000);
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  clearTimeout(timer);
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
