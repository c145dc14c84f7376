import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DatabaseError } from './errors';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { type DatabaseTarget, redactUrl } from './target';

/** A raw SQL connection used by migrations, seeds and tests (Prisma is used everywhere else). */
export interface SqlConnection {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** An open PGlite with its directory lock, shared by the raw connection and Prisma. */
export interface OpenPglite {
  db: PGlite;
  release(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The planner's cost of a random page read, for every session the application opens. Its
 * tables are in memory or on SSD, where a random read costs little more than a sequential one;
 * PostgreSQL's default (4) models spinning disks. With 4, a list filtered by state on a table
 * whose rows lie in submission order walks every newer request of the other states instead of
 * the state's own index (issue 16: 51-77 ms instead of 0.2 ms at 1M requests).
 */
export const RANDOM_PAGE_COST = 1.1;

/** {@link RANDOM_PAGE_COST} as a PostgreSQL connection's `options` (also `PGOPTIONS`). */
export const POSTGRES_SESSION_OPTIONS = `-c random_page_cost=${RANDOM_PAGE_COST}`;

/** Opens PGlite in a directory after checking it is writable and not used by another process. */
export async function openPglite(
  target: Extract<DatabaseTarget, { kind: 'pglite' | 'pglite-memory' }>,
  options: { loadDataDir?: Blob } = {},
): Promise<OpenPglite> {
  if (target.kind === 'pglite-memory') {
    const db = await PGlite.create({
      extensions: PGLITE_EXTENSIONS,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    return { db, release: () => db.close() };
  }
  const unlock = lockDataDir(target.dataDir);
  try {
    const db = await PGlite.create(target.dataDir, {
      extensions: PGLITE_EXTENSIONS,
      // Into an empty directory only (PGlite refuses to load over an existing database): restores.
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    return {
      db,
      release: async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw new DatabaseError(
      'DATA_DIR_UNWRITABLE',
      `Direktori data PGlite tidak bisa dibuka / the PGlite data directory ${target.dataDir} could not be opened: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * PGlite is a single-process database: two processes on one directory corrupt it. A lock file
 * holding the owner's pid guards it; a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const parent = path.dirname(dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    fs.accessSync(parent, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseError(
      'DATA_DIR_UNWRITABLE',
      `Direktori data PGlite tidak bisa ditulis / the PGlite data directory is not writable: ${dataDir} ` +
        `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ` +
        'Set BLK_PGLITE_DIR to a writable folder, or DATABASE_URL to use PostgreSQL.',
      { cause: error },
    );
  }
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockFile, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseError(
          'DATA_DIR_LOCKED',
          `Direktori data PGlite sedang dipakai proses lain / the PGlite data directory ${dataDir} ` +
            `is in use by process ${owner}. Stop that process first (PGlite allows one process).`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseError('DATA_DIR_LOCKED', `Could not lock ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Wraps an open PGlite as a SqlConnection; a transaction nested in another joins it. */
export function pgliteConnection(db: PGlite, close: () => Promise<void>): SqlConnection {
  type Queryable = Pick<PGlite, 'query' | 'exec'>;
  const over = (q: Queryable): SqlConnection => ({
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
    transaction: (fn) => (q === db ? db.transaction((tx) => fn(over(tx))) : fn(over(q))),
    close,
  });
  return over(db);
}

/** Connects to PostgreSQL, turning connection failures into a clear DatabaseError. */
export async function postgresConnection(url: string): Promise<SqlConnection> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  client.on('error', () => {
    // An idle client losing its server must not crash the process; the next query reports it.
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw unreachable(url, error);
  }
  const conn: SqlConnection = {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params as unknown[])).rows as T[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        const result = await fn({ ...conn, transaction: (inner) => inner(conn) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    close: () => client.end(),
  };
  return conn;
}

/** A DatabaseError explaining why a PostgreSQL server could not be reached. */
export function unreachable(url: string, error: unknown): DatabaseError {
  const e = error as NodeJS.ErrnoException;
  const why =
    e.code === 'ECONNREFUSED'
      ? 'connection refused (is PostgreSQL running on that host and port?)'
      : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
        ? 'the host name does not resolve'
        : e.code === '3D000'
          ? 'the database does not exist (create it first)'
          : e.code === '28P01' || e.code === '28000'
            ? 'authentication failed (check the user and password)'
            : /timeout/i.test(e.message ?? '')
              ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`
              : (e.message ?? String(error));
  return new DatabaseError(
    'DATABASE_UNREACHABLE',
    `Tidak bisa terhubung ke PostgreSQL / cannot connect to PostgreSQL at ${redactUrl(url)}: ${why}.`,
    { cause: error },
  );
}
