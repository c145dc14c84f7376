import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type Database,
  type DatabaseTarget,
  openDatabase,
  postgresConnection,
  readMigrations,
} from '@blk/db';
import * as tar from 'tar';
import type { AttachmentStorage } from '../attachments/storage';
import {
  BACKUP_FORMAT,
  type BackupManifest,
  countRows,
  describe,
  MANIFEST_FILE,
  schemaVersionOf,
} from './backup';
import { connectionForTools, runPgTool } from './pg-tools';

/** A restore that was refused before anything was changed; the message says why and what to do. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/** What {@link restoreBackup} needs. */
export interface RestoreOptions {
  archive: string;
  /** Where to restore: the configured database (a PGlite folder, or PostgreSQL). */
  target: Extract<DatabaseTarget, { kind: 'pglite' | 'postgres' }>;
  /** The configured attachment store for the restored database. */
  openStorage: (db: Database) => Promise<AttachmentStorage>;
  /** The attachment folder, when the configured store is the local folder. */
  attachmentsDir?: string | undefined;
  /** Replace a database (and attachment folder) that holds data. */
  force?: boolean;
  log?: (line: string) => void;
}

/** What {@link restoreBackup} did. */
export interface RestoreReport {
  manifest: BackupManifest;
  /** Where the replaced PGlite folder or attachment folder was moved (with `force`). */
  movedAside: string[];
  attachmentsRestored: number;
}

/**
 * Restores an archive of {@link createBackup}: checks the manifest (format, a schema version this
 * code knows, the database kind, every file's size and SHA-256) before touching anything, refuses
 * a database that holds data unless `force`, restores the database, checks its row counts
 * against the manifest, then puts the archived attachments into the configured store.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? (() => {});
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-restore-'));
  try {
    const manifest = await unpackAndCheck(options.archive, staging, options.target.kind);
    const movedAside: string[] = [];
    const force = options.force ?? false;
    const folder = manifest.attachments.files.length > 0 ? options.attachmentsDir : undefined;
    // Every refusal comes before the first change.
    if (folder && !force && (await fs.readdir(folder).catch(() => [])).length > 0)
      throw new RestoreRefusedError(
        `the attachment folder ${folder} is not empty. Add --force to move it aside and restore`,
      );
    if (options.target.kind === 'pglite') {
      await prepareEmptyPgliteDir(options.target.dataDir, force, movedAside);
      const dump = await fs.readFile(path.join(staging, manifest.database.path));
      const db = await openDatabase(options.target, { loadDataDir: new Blob([dump]) });
      await db.close();
      log(`database restored into ${options.target.dataDir}`);
    } else {
      await prepareEmptyPostgres(options.target.url, force);
      await runPgTool(
        'pg_restore',
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          path.join(staging, manifest.database.path),
        ],
        connectionForTools(options.target.url),
      );
      log('database restored with pg_restore');
    }
    if (folder && (await fs.readdir(folder).catch(() => [])).length > 0) {
      const aside = replacedName(folder);
      await fs.rename(folder, aside);
      movedAside.push(aside);
    }
    // Migrations newer than the backup are applied, as the server would at start.
    const db = await openDatabase(options.target, { migrate: true });
    let attachmentsRestored = 0;
    try {
      const counts = await countRows(db);
      const differ = Object.entries(manifest.counts).filter(([k, n]) => counts[k] !== n);
      if (differ.length > 0)
        throw new Error(
          `the restored database does not match the manifest: ${differ.map(([k, n]) => `${k} ${counts[k]} ≠ ${n}`).join(', ')}`,
        );
      const storage = await options.openStorage(db);
      try {
        if (manifest.attachments.files.length > 0) {
          for (const file of manifest.attachments.files) {
            await storage.put(file.key, await fs.readFile(path.join(staging, file.path)));
            attachmentsRestored++;
          }
          log(`${attachmentsRestored} attachment file(s) put into the ${storage.kind} store`);
        }
        if (manifest.attachments.inDatabase && storage.kind !== 'database')
          log(
            `warning: the backup's attachments are inside the database (store "database"), but this server is configured for "${storage.kind}": set BLK_ATTACHMENT_STORE=database`,
          );
      } finally {
        await storage.close();
      }
    } finally {
      await db.close();
    }
    return { manifest, movedAside, attachmentsRestored };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Reads the manifest of an archive without restoring it (`restore --check`). */
export async function checkBackup(archive: string): Promise<BackupManifest> {
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-check-'));
  try {
    return await unpackAndCheck(archive, staging, null);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

async function unpackAndCheck(
  archive: string,
  staging: string,
  targetKind: Database['kind'] | null,
): Promise<BackupManifest> {
  try {
    await tar.x({ file: archive, cwd: staging, strict: true });
  } catch (error) {
    throw new RestoreRefusedError(
      `${archive} is not a readable backup archive: ${(error as Error).message}`,
    );
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(staging, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new RestoreRefusedError(`${archive} has no readable ${MANIFEST_FILE}`);
  }
  if (manifest.format !== BACKUP_FORMAT)
    throw new RestoreRefusedError(
      `${archive} is in format "${manifest.format}", this version reads "${BACKUP_FORMAT}"`,
    );
  const known = readMigrations().map((m) => m.name);
  if (!known.includes(manifest.schemaVersion))
    throw new RestoreRefusedError(
      `the backup's schema version ${manifest.schemaVersion} is unknown to this version of BLK on the Spot (newest known: ${known.at(-1)}): restore it with the version that made it, or upgrade first`,
    );
  if (targetKind && manifest.database.kind !== targetKind)
    throw new RestoreRefusedError(
      `the backup holds a ${manifest.database.kind} database, but the configured database is ${targetKind}: restore it into the same kind (set or unset DATABASE_URL)`,
    );
  for (const file of [manifest.database, ...manifest.attachments.files]) {
    if (path.isAbsolute(file.path) || file.path.split('/').includes('..'))
      throw new RestoreRefusedError(`the manifest names a path outside the archive: ${file.path}`);
    const found = await describe(staging, file.path).catch(() => null);
    if (!found || found.sizeBytes !== file.sizeBytes || found.sha256 !== file.sha256)
      throw new RestoreRefusedError(
        `${file.path} in the archive is missing or does not match its checksum: the archive is damaged`,
      );
  }
  return manifest;
}

/** True when any table of the public schema (other than the migration log) has a row. */
async function holdsData(query: (sql: string) => Promise<Record<string, unknown>[]>) {
  const tables = await query(
    `SELECT quote_ident(table_name) AS t FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  for (const { t } of tables)
    if ((await query(`SELECT 1 FROM public.${t} LIMIT 1`)).length > 0) return true;
  return false;
}

const replacedName = (p: string) =>
  `${p}.replaced-${new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;

/**
 * PGlite loads a dump only into an empty folder. A folder holding a database with data is moved
 * aside with `force` (never deleted: the operator removes it once the restore is checked), and
 * refused without it; one holding only an empty, migrated database is moved aside either way.
 */
async function prepareEmptyPgliteDir(dataDir: string, force: boolean, movedAside: string[]) {
  const hasDatabase = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!hasDatabase) {
    const entries = await fs.readdir(dataDir).catch(() => []);
    if (entries.length > 0)
      throw new RestoreRefusedError(
        `${dataDir} is not empty and holds no database: choose an empty folder (BLK_PGLITE_DIR)`,
      );
    return;
  }
  // Opening it also checks that no server is using it (PGlite allows one process).
  const db = await openDatabase({ kind: 'pglite', dataDir });
  let full: boolean;
  try {
    full = await holdsData((sql) => db.sql.query(sql));
  } finally {
    await db.close();
  }
  if (full && !force)
    throw new RestoreRefusedError(
      `the database in ${dataDir} holds data; restoring would replace it. Add --force to move it aside and restore`,
    );
  const aside = replacedName(dataDir);
  await fs.rename(dataDir, aside);
  movedAside.push(aside);
}

/**
 * pg_restore needs a database without the app's tables. One that holds data is refused without
 * `force`; otherwise (empty tables from a first start, or `force`) its public schema is dropped
 * and created again.
 */
async function prepareEmptyPostgres(url: string, force: boolean) {
  const conn = await postgresConnection(url);
  try {
    const migrated = await schemaVersionOf({ sql: conn });
    const tables = await conn.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    if (!migrated && (tables[0]?.n ?? 0) === 0) return;
    if (!force && (await holdsData((sql) => conn.query(sql))))
      throw new RestoreRefusedError(
        'the PostgreSQL database holds data; restoring would replace it. Add --force to replace it (make a backup of it first)',
      );
    await conn.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await conn.close();
  }
}
