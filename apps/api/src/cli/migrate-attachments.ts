/**
 * `npm run attachments:migrate [-- --from <folder>] [-- --delete-source]`: copies the
 * attachments of a local folder (BLK_ATTACHMENTS_DIR, or `--from`) into the store the settings
 * name (BLK_ATTACHMENT_STORE; the database on PostgreSQL by default), verifies every copy and
 * every attachment's checksum, and prints a JSON report. Safe to run again; with
 * `--delete-source` the folder's files are removed once everything is verified.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exitOnDatabaseError, openDatabase, resolveDatabaseTarget } from '@blk/db';
import { loadEnv } from '../env';
import { migrateAttachments } from '../modules/attachments/migrate-attachments';
import { LocalFolderStorage } from '../modules/attachments/storage';
import {
  createAttachmentStorage,
  localAttachmentsDir,
} from '../modules/attachments/storage-config';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    'delete-source': { type: 'boolean', default: false },
  },
});
const env = loadEnv();
const db = await openDatabase(
  resolveDatabaseTarget({ databaseUrl: env.DATABASE_URL, pgliteDir: env.BLK_PGLITE_DIR }),
  { migrate: true },
).catch(exitOnDatabaseError);
const target = await createAttachmentStorage(db, env);
const sourceDir = path.resolve(values.from ?? localAttachmentsDir(env));
let exitCode = 0;
try {
  if (target instanceof LocalFolderStorage && target.root === sourceDir) {
    console.error(
      `Nothing to do: the configured store is the folder ${sourceDir} itself. Set BLK_ATTACHMENT_STORE=database or s3 (and BLK_S3_*), then run this again.`,
    );
    exitCode = 2;
  } else {
    const report = await migrateAttachments(db.prisma, new LocalFolderStorage(sourceDir), target, {
      deleteSource: values['delete-source'],
      log: (line) => console.error(line),
    });
    console.log(JSON.stringify({ source: sourceDir, ...report }, null, 2));
    if (report.missing.length > 0) {
      console.error(
        `${report.missing.length} attachment(s) have no matching bytes in the ${target.kind} store (listed above); the source was kept.`,
      );
      exitCode = 1;
    }
  }
} finally {
  await target.close();
  await db.close();
}
process.exit(exitCode);
