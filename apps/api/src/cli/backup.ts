/**
 * `npm run backup` and `npm run restore` (docs/backup.md):
 *
 *   backup  [--out <file.tar.gz | folder>] [--skip-attachments] [--prune]
 *           [--keep-daily 14] [--keep-monthly 12]
 *   restore <archive.tar.gz> [--force] [--check]
 *
 * Both use the server's settings (DATABASE_URL or BLK_PGLITE_DIR, the attachment store). A
 * PGlite database must not be in use (stop the API first); PostgreSQL is dumped while it runs.
 * Exit codes: 0 done, 1 failed, 2 refused (nothing was changed).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseError, DEFAULT_PGLITE_DIR, openDatabase, resolveDatabaseTarget } from '@blk/db';
import { loadEnv } from '../env';
import {
  attachmentStoreKind,
  createAttachmentStorage,
  localAttachmentsDir,
} from '../modules/attachments/storage-config';
import { backupFileName, createBackup } from '../modules/backup/backup';
import { PgToolError } from '../modules/backup/pg-tools';
import { checkBackup, RestoreRefusedError, restoreBackup } from '../modules/backup/restore';
import {
  backupsToPrune,
  backupTimeFromName,
  DEFAULT_BACKUP_RETENTION,
} from '../modules/backup/retention';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    'skip-attachments': { type: 'boolean', default: false },
    prune: { type: 'boolean', default: false },
    'keep-daily': { type: 'string', default: String(DEFAULT_BACKUP_RETENTION.daily) },
    'keep-monthly': { type: 'string', default: String(DEFAULT_BACKUP_RETENTION.monthly) },
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
const env = loadEnv();
const target = resolveDatabaseTarget({
  databaseUrl: env.DATABASE_URL,
  pgliteDir: env.BLK_PGLITE_DIR,
});
const backupDir = path.resolve(
  env.BLK_BACKUP_DIR ?? path.join(path.dirname(DEFAULT_PGLITE_DIR), 'backups'),
);

async function backup(): Promise<void> {
  if (target.kind === 'pglite-memory')
    throw new Refused('an in-memory database has nothing to back up');
  const db = await openDatabase(target);
  const storage = await createAttachmentStorage(db, env);
  try {
    const out = values.out ? path.resolve(values.out) : backupDir;
    const isDir =
      !values.out ||
      (await fs
        .stat(out)
        .then((s) => s.isDirectory())
        .catch(() => false));
    const outFile = isDir ? path.join(out, backupFileName(db.kind)) : out;
    const manifest = await createBackup({
      db,
      databaseUrl: target.kind === 'postgres' ? target.url : undefined,
      storage,
      outFile,
      skipAttachments: values['skip-attachments'],
    });
    const { size } = await fs.stat(outFile);
    console.log(
      JSON.stringify(
        {
          archive: outFile,
          sizeBytes: size,
          schemaVersion: manifest.schemaVersion,
          database: manifest.database.kind,
          attachments: {
            store: manifest.attachments.store,
            files: manifest.attachments.inDatabase
              ? 'in the database dump'
              : manifest.attachments.files.length,
          },
          counts: manifest.counts,
        },
        null,
        2,
      ),
    );
    if (storage.kind === 's3' && values['skip-attachments'])
      console.error(
        'Attachments left out: the S3 bucket must be versioned and backed up on its own.',
      );
    if (values.prune) await prune(path.dirname(outFile));
  } finally {
    await storage.close();
    await db.close();
  }
}

async function prune(dir: string): Promise<void> {
  const retention = {
    daily: Number(values['keep-daily']),
    monthly: Number(values['keep-monthly']),
  };
  if (
    !Number.isInteger(retention.daily) ||
    retention.daily < 1 ||
    !Number.isInteger(retention.monthly) ||
    retention.monthly < 0
  )
    throw new Refused('--keep-daily must be 1 or more and --keep-monthly 0 or more');
  const backups = (await fs.readdir(dir)).flatMap((name) => {
    const createdAt = backupTimeFromName(name);
    return createdAt ? [{ name, createdAt }] : [];
  });
  for (const name of backupsToPrune(backups, retention)) {
    await fs.rm(path.join(dir, name));
    console.error(`pruned ${name}`);
  }
}

async function restore(): Promise<void> {
  const archive = positionals[0];
  if (!archive)
    throw new Refused('name the archive: npm run restore -- <archive.tar.gz> [--force]');
  if (values.check) {
    console.log(JSON.stringify(await checkBackup(path.resolve(archive)), null, 2));
    return;
  }
  if (target.kind === 'pglite-memory')
    throw new Refused('cannot restore into an in-memory database');
  const local =
    attachmentStoreKind(env, target.kind === 'postgres' ? 'postgres' : 'pglite') === 'local';
  const report = await restoreBackup({
    archive: path.resolve(archive),
    target,
    force: values.force,
    attachmentsDir: local ? path.resolve(localAttachmentsDir(env)) : undefined,
    openStorage: (db) => createAttachmentStorage(db, env),
    log: (line) => console.error(line),
  });
  console.log(
    JSON.stringify(
      {
        restored: path.resolve(archive),
        createdAt: report.manifest.createdAt,
        schemaVersion: report.manifest.schemaVersion,
        counts: report.manifest.counts,
        attachmentsRestored: report.attachmentsRestored,
        movedAside: report.movedAside,
      },
      null,
      2,
    ),
  );
  if (report.movedAside.length > 0)
    console.error(
      `The replaced data was moved aside (${report.movedAside.join(', ')}); delete it once the restore is checked.`,
    );
}

class Refused extends Error {}

try {
  if (command === 'backup') await backup();
  else if (command === 'restore') await restore();
  else throw new Refused(`unknown command "${command ?? ''}": use backup or restore`);
  process.exit(0);
} catch (error) {
  const refused = error instanceof Refused || error instanceof RestoreRefusedError;
  const known = refused || error instanceof PgToolError || error instanceof DatabaseError;
  console.error(known ? `${refused ? 'Refused' : 'Failed'}: ${(error as Error).message}` : error);
  process.exit(refused ? 2 : 1);
}
