import fs from 'node:fs';
import path from 'node:path';
import { exitOnDatabaseError, openDatabase, resolveDatabaseTarget, WORKSPACE_DIR } from '@blk/db';
import { seedAll, seedReferenceData } from '@blk/db/seed';
import { type Env, loadEnv } from './env';
import { startHttpServer } from './http/http-server';
import type { BuiltApps } from './http/static-apps';
import { createLogger } from './logger';
import { startUploadCleanup } from './modules/attachments/staged-uploads';
import { startOutboxWorker } from './modules/notifications/outbox-worker';
import { createNotificationTransport, DEFAULT_OUTBOX_DIR } from './modules/notifications/transport';
import { retentionSettings, startRetentionJob } from './modules/privacy/apply-retention';
import { startSopReviewReminders } from './modules/sop/sop-review-reminders';
import { createApp } from './server';

/** The built apps this process serves (BLK_SERVE_APPS), defaulting to this checkout's builds. */
function builtApps(env: Env): BuiltApps | null {
  if (!env.BLK_SERVE_APPS) return null;
  const built = (dir: string | undefined, app: string) => {
    const folder = dir ?? path.join(WORKSPACE_DIR, 'apps', app, 'dist');
    // A folder named explicitly must hold a build (the server refuses to start otherwise).
    return dir || fs.existsSync(path.join(folder, 'index.html')) ? folder : null;
  };
  const apps = {
    publicDir: built(env.BLK_PUBLIC_APP_DIR, 'public'),
    adminDir: built(env.BLK_ADMIN_APP_DIR, 'admin'),
    adminPath: env.BLK_ADMIN_PATH,
    adminHost: env.BLK_ADMIN_HOST ?? null,
  };
  return apps.publicDir || apps.adminDir ? apps : null;
}

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const db = await openDatabase(
  resolveDatabaseTarget({ databaseUrl: env.DATABASE_URL, pgliteDir: env.BLK_PGLITE_DIR }),
  { migrate: true },
).catch(exitOnDatabaseError);
if (db.migrations?.applied.length)
  logger.info({ applied: db.migrations.applied }, 'migrations applied');
{
  const added = await seedReferenceData(db.prisma);
  if (Object.keys(added).length) logger.info(added, 'reference data added');
}
if (env.BLK_SEED_DEMO) logger.info(await seedAll(db.prisma), 'demo data loaded');

const outboxDir = env.BLK_OUTBOX_DIR ?? DEFAULT_OUTBOX_DIR;
const outbox = env.BLK_OUTBOX_WORKER
  ? startOutboxWorker(db.prisma, {
      transport: createNotificationTransport({
        smtpUrl: env.SMTP_URL,
        from: env.SMTP_FROM,
        outboxDir,
        smsGatewayUrl: env.BLK_SMS_GATEWAY_URL,
        smsGatewayToken: env.BLK_SMS_GATEWAY_TOKEN,
      }),
      publicUrl: env.BLK_PUBLIC_URL,
      maxAttempts: env.BLK_OUTBOX_MAX_ATTEMPTS,
      pollMs: env.BLK_OUTBOX_POLL_MS,
      logger: logger.child({ component: 'outbox' }),
    })
  : null;
if (outbox)
  logger.info(
    `notification outbox: e-mail ${env.SMTP_URL ? 'via SMTP' : `written to ${outboxDir}`}; SMS ${env.BLK_SMS_GATEWAY_URL ? 'via the HTTP gateway' : `written to ${outboxDir}`}`,
  );
const retention = env.BLK_RETENTION_JOB
  ? startRetentionJob(db.prisma, {
      settings: retentionSettings(env),
      intervalMs: env.BLK_RETENTION_INTERVAL_H * 60 * 60 * 1000,
      logger: logger.child({ component: 'retention' }),
    })
  : null;
// Six-monthly SOP evaluation (issue 13 §3): the reminder goes through the outbox, so it runs
// where the outbox worker runs.
const reviewReminders = outbox
  ? startSopReviewReminders(db.prisma, { logger: logger.child({ component: 'sop-review' }) })
  : null;
const apps = builtApps(env);
if (apps)
  logger.info(
    `serving the built apps: public ${apps.publicDir ? 'at /' : 'not built'}, admin ${apps.adminDir ? `at ${apps.adminPath}${apps.adminHost ? ` and at http(s)://${apps.adminHost}/` : ''}` : 'not built'}`,
  );
const { app, stop, storage } = await createApp(db, {
  logger,
  env,
  outbox: outbox?.heartbeat,
  apps,
});
const uploadCleanup = startUploadCleanup(db.prisma, storage, (error) =>
  logger.error({ err: error }, 'cleaning up staged uploads failed'),
);
const http = await startHttpServer(app, { ...env, port: env.PORT, host: env.HOST });
logger.info(`BLK on the Spot API listening on ${http.url} (database: ${db.kind})`);

let stopping = false;
/**
 * Drains in order: HTTP first (no new requests, keep-alive sockets closed, in-flight requests
 * finish within SHUTDOWN_TIMEOUT_S), then the background jobs, then the database, so that no
 * request loses its transaction to a closing pool.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: finishing in-flight requests`);
  const started = Date.now();
  const { forced } = await http.drain(env.SHUTDOWN_TIMEOUT_S * 1000);
  if (forced) logger.warn('shutdown timed out; open connections were closed');
  uploadCleanup.stop();
  await outbox?.stop();
  await retention?.stop();
  await reviewReminders?.stop();
  await stop();
  await db.close();
  logger.info(`stopped in ${Date.now() - started} ms`);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
