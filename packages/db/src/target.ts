import path from 'node:path';
import { DatabaseError } from './errors';
import { WORKSPACE_DIR } from './paths';

/** Where the data lives: an embedded PGlite directory, or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' }
  | { kind: 'postgres'; url: string };

/** The default PGlite directory: `.data/pglite` at the workspace root. */
export const DEFAULT_PGLITE_DIR = path.join(WORKSPACE_DIR, '.data/pglite');

/**
 * Picks the database from configuration: PostgreSQL when `databaseUrl` is set, else PGlite in
 * `pgliteDir` (or the default). `memory://` gives a throwaway in-memory PGlite.
 */
export function resolveDatabaseTarget(config: {
  databaseUrl?: string | undefined;
  pgliteDir?: string | undefined;
}): DatabaseTarget {
  const raw = config.databaseUrl?.trim();
  if (!raw) {
    if (config.pgliteDir === 'memory://') return { kind: 'pglite-memory' };
    return { kind: 'pglite', dataDir: path.resolve(config.pgliteDir || DEFAULT_PGLITE_DIR) };
  }
  if (raw === 'memory://') return { kind: 'pglite-memory' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidUrl(raw, 'it is not a URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw invalidUrl(raw, `the scheme is "${url.protocol}", expected postgres:// or postgresql://`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw invalidUrl(raw, 'it names no host');
  }
  if (url.pathname.length <= 1) throw invalidUrl(raw, 'it names no database (…/dbname)');
  return { kind: 'postgres', url: raw };
}

/** The URL with its password masked, safe for logs. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function invalidUrl(raw: string, why: string): DatabaseError {
  return new DatabaseError(
    'DATABASE_URL_INVALID',
    `DATABASE_URL tidak valid / is invalid: ${why}. Got "${redactUrl(raw)}". ` +
      'Example: postgres://user:password@127.0.0.1:5432/blk',
  );
}
