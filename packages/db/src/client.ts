import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPglite, pgliteConnection, postgresConnection, type SqlConnection } from './connection';
import { PrismaClient } from './generated/prisma/client';
import { applyMigrations, type MigrationResult } from './migrate';
import type { DatabaseTarget } from './target';

/** An open database: the Prisma client for the app, a raw connection for migrations and checks. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly prisma: PrismaClient;
  readonly sql: SqlConnection;
  /** Migrations applied while opening, when asked for. */
  readonly migrations: MigrationResult | null;
  /** The PGlite data directory as a tarball (PGlite only), to copy a prepared database. */
  dumpDataDir?(): Promise<Blob>;
  /** True when the database answers a trivial query (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Apply pending migrations before returning (the server does this at start). */
  migrate?: boolean;
  /** Start PGlite from a dump: in memory (fast test isolation) or into an empty directory (restore). */
  loadDataDir?: Blob;
}

/** Opens the database named by the target: embedded PGlite or PostgreSQL. */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url, options);
  const pglite = await openPglite(
    target,
    options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
  );
  try {
    const sql = pgliteConnection(pglite.db, pglite.release);
    const migrations = options.migrate ? await applyMigrations(sql) : null;
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite.db) });
    return {
      kind: 'pglite',
      prisma,
      sql,
      migrations,
      dumpDataDir: () => pglite.db.dumpDataDir('none'),
      ping: async () => {
        await sql.query('SELECT 1');
        return true;
      },
      close: async () => {
        await prisma.$disconnect();
        await pglite.release();
      },
    };
  } catch (error) {
    await pglite.release();
    throw error;
  }
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const sql = await postgresConnection(url);
  try {
    const migrations = options.migrate ? await applyMigrations(sql) : null;
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000 }),
    });
    return {
      kind: 'postgres',
      prisma,
      sql,
      migrations,
      ping: async () => {
        try {
          await prisma.$queryRawUnsafe('SELECT 1');
          return true;
        } catch {
          return false;
        }
      },
      close: async () => {
        await prisma.$disconnect();
        await sql.close();
      },
    };
  } catch (error) {
    await sql.close().catch(() => {});
    throw error;
  }
}
