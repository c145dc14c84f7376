import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@blk/db';
import * as tar from 'tar';
import type { AttachmentStorage, AttachmentStoreKind } from '../attachments/storage';
import { connectionForTools, runPgTool } from './pg-tools';

/** The archive format this code writes and reads. */
export const BACKUP_FORMAT = 'blk-backup/1';
export const MANIFEST_FILE = 'manifest.json';
/** Folder-like prefixes of the attachment store that a backup copies. */
export const ATTACHMENT_PREFIXES = ['files', 'staged'] as const;

/** One file inside the archive, with what restore checks it against. */
export interface ArchivedFile {
  path: string;
  sizeBytes: number;
  sha256: string;
}

/** manifest.json: what the archive holds, read and checked before anything is restored. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The last migration applied: the schema version of the data. */
  schemaVersion: string;
  database: ArchivedFile & {
    kind: Database['kind'];
    /** `pglite-datadir` (PGlite's own dump of its data directory) or `pg_dump-custom`. */
    method: 'pglite-datadir' | 'pg_dump-custom';
  };
  attachments: {
    store: AttachmentStoreKind;
    /** True when the bytes are inside the database dump (the database store). */
    inDatabase: boolean;
    files: (ArchivedFile & { key: string })[];
  };
  /** Rows per table at backup time; restore checks the restored database against them. */
  counts: Record<string, number>;
}

/** Counts that a manifest records and a restore checks. */
export async function countRows(db: Database): Promise<Record<string, number>> {
  const p = db.prisma;
  const counting = {
    trainingRequests: p.trainingRequest.count(),
    requestEvents: p.requestEvent.count(),
    requestAttachments: p.requestAttachment.count(),
    storedObjects: p.storedObject.count(),
    staffUsers: p.staffUser.count(),
    participants: p.participant.count(),
    complaints: p.complaint.count(),
    auditLogs: p.auditLog.count(),
  };
  const counts = await Promise.all(
    Object.entries(counting).map(async ([name, count]) => [name, await count] as const),
  );
  return Object.fromEntries(counts);
}

/** The last migration applied to `db`, or null on a database never migrated. */
export async function schemaVersionOf(db: Pick<Database, 'sql'>): Promise<string | null> {
  const [exists] = await db.sql.query<{ t: string | null }>(
    `SELECT to_regclass('public._prisma_migrations')::text AS t`,
  );
  if (!exists?.t) return null;
  const rows = await db.sql.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL
     ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.migration_name ?? null;
}

/** What {@link createBackup} needs. */
export interface BackupOptions {
  db: Database;
  /** PostgreSQL only: the URL pg_dump connects to. */
  databaseUrl?: string | undefined;
  storage: AttachmentStorage;
  /** The archive to write (`.tar.gz`); written beside as `.partial`, then renamed. */
  outFile: string;
  /** Leave the store's files out (an S3 bucket with its own versioning and backups). */
  skipAttachments?: boolean;
  now?: Date;
}

/**
 * Writes one archive holding the database and the attachments, with a manifest. The database
 * goes first, then the files: every attachment row in the dump has its bytes in the archive
 * (bytes are stored before their row is committed). PGlite is dumped through its own
 * `dumpDataDir` from the open, idle database (the API must be stopped: PGlite allows one
 * process); PostgreSQL through `pg_dump -Fc`, a consistent snapshot while the API runs.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const { db, storage } = options;
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-backup-'));
  try {
    const schemaVersion = await schemaVersionOf(db);
    if (!schemaVersion)
      throw new Error('the database has no migrations applied: nothing to back up');
    const counts = await countRows(db);
    let database: BackupManifest['database'];
    if (db.kind === 'pglite') {
      if (!db.dumpDataDir) throw new Error('this PGlite database cannot be dumped');
      const dump = Buffer.from(await (await db.dumpDataDir()).arrayBuffer());
      await fs.writeFile(path.join(staging, 'database.tar'), dump, { mode: 0o600 });
      database = {
        kind: 'pglite',
        method: 'pglite-datadir',
        ...(await describe(staging, 'database.tar')),
      };
    } else {
      if (!options.databaseUrl) throw new Error('the PostgreSQL URL is needed for pg_dump');
      await runPgTool(
        'pg_dump',
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          '--file',
          path.join(staging, 'database.pgdump'),
        ],
        connectionForTools(options.databaseUrl),
      );
      database = {
        kind: 'postgres',
        method: 'pg_dump-custom',
        ...(await describe(staging, 'database.pgdump')),
      };
    }
    const files: BackupManifest['attachments']['files'] = [];
    const inDatabase = storage.kind === 'database';
    if (!inDatabase && !options.skipAttachments) {
      for (const prefix of ATTACHMENT_PREFIXES) {
        for (const key of await storage.list(prefix)) {
          const bytes = await storage.get(key);
          if (!bytes) continue; // a staged upload cleaned up meanwhile
          const rel = path.posix.join('attachments', key);
          await fs.mkdir(path.join(staging, path.dirname(rel)), { recursive: true });
          await fs.writeFile(path.join(staging, rel), bytes, { mode: 0o600 });
          files.push({ key, ...(await describe(staging, rel)) });
        }
      }
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: (options.now ?? new Date()).toISOString(),
      schemaVersion,
      database,
      attachments: { store: storage.kind, inDatabase, files },
      counts,
    };
    await fs.writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const outFile = path.resolve(options.outFile);
    await fs.mkdir(path.dirname(outFile), { recursive: true, mode: 0o700 });
    const partial = `${outFile}.partial`;
    const entries = [MANIFEST_FILE, path.basename(database.path)];
    if (files.length > 0) entries.push('attachments');
    // The archive holds personal data: readable by its owner only, from its first byte.
    await fs.writeFile(partial, '', { mode: 0o600 });
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    await fs.rename(partial, outFile);
    return manifest;
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Size and SHA-256 of a file under `root`, with its archive path. */
export async function describe(root: string, rel: string): Promise<ArchivedFile> {
  const full = path.join(root, rel);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(full)) hash.update(chunk as Buffer);
  const { size } = await fs.stat(full);
  return { path: rel, sizeBytes: size, sha256: hash.digest('hex') };
}

/** `blk-<database>-<UTC time>.tar.gz`, sortable by time. */
export function backupFileName(kind: Database['kind'], now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `blk-${kind}-${stamp}.tar.gz`;
}
