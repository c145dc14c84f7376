import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import {
  openPglite,
  POSTGRES_SESSION_OPTIONS,
  pgliteConnection,
  postgresConnection,
  RANDOM_PAGE_COST,
  type SqlConnection,
} from './connection';
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
  /** Called with every SQL statement Prisma sends and its parameters (tests count round trips). */
  onStatement?: (sql: string, params: unknown[]) => void;
}

/** Operations that take `relationLoadStrategy` (those returning records with relations). */
const LOADS_RELATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'create',
  'update',
  'upsert',
  'delete',
]);

/**
 * The Prisma client of a driver adapter. Relations load one query per relation unless a query
 * asks for `relationLoadStrategy: 'join'` (Prisma's `relationJoins`): the lists and the session
 * lookup do, so a page with its nested relations is one SQL statement; the rest of the code keeps
 * the strategy it was written and tested with. `onStatement` observes every SQL statement.
 */
function prismaClient(
  adapter: SqlDriverAdapterFactory,
  onStatement: OpenOptions['onStatement'],
): PrismaClient {
  const client = onStatement
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter });
  if (onStatement)
    (client as PrismaClient<'query'>).$on('query', (event) => {
      let params: unknown[] = [];
      try {
        params = JSON.parse(event.params) as unknown[];
      } catch {}
      onStatement(event.query, params);
    });
  return client.$extends({
    name: 'relation-load-strategy',
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          if (!LOADS_RELATIONS.has(operation) || 'relationLoadStrategy' in (args ?? {}))
            return query(args);
          return query({ ...args, relationLoadStrategy: 'query' });
        },
      },
    },
  }) as unknown as PrismaClient;
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
    // PGlite has one session, shared by Prisma and the raw connection.
    await pglite.db.exec(`SET random_page_cost = ${RANDOM_PAGE_COST}`);
    const prisma = prismaClient(new PrismaPGlite(pglite.db), options.onStatement);
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
    const prisma = prismaClient(
      new PrismaPg({
        connectionString: url,
        connectionTimeoutMillis: 5_000,
        options: POSTGRES_SESSION_OPTIONS,
      }),
      options.onStatement,
    );
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
