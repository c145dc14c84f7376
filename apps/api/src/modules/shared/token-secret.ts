import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PGLITE_DIR } from '@blk/db';
import { type Env, processEnv } from '../../env';

/** The secret every test run uses, so tests can derive the tokens the API hands out. */
export const TEST_TOKEN_SECRET = 'blk-test-token-secret-for-tests-only-0000000000';

/** Name of the generated secret file in the data folder. */
export const TOKEN_SECRET_FILE = 'token-secret';

let configured: string | undefined;

/**
 * Sets the process's access-token secret (done once by createApp). Kept here rather than in the
 * request context because it is process-wide configuration like a TLS key, not per request.
 */
export function configureTokenSecret(secret: string): void {
  configured = secret;
}

/** The access-token secret; in tests it defaults to {@link TEST_TOKEN_SECRET}. */
export function tokenSecret(): string {
  if (configured) return configured;
  if (processEnv().NODE_ENV === 'test') return TEST_TOKEN_SECRET;
  throw new Error('the access-token secret was not configured (createApp sets it)');
}

/**
 * The secret from BLK_TOKEN_SECRET, the fixed test secret under NODE_ENV=test, or else (the
 * embedded default and development) one generated on first start into the data folder, next to
 * the PGlite folder, readable only by the server's user (0600) and reused afterwards. Production
 * without BLK_TOKEN_SECRET never gets here: loadEnv refuses it.
 */
export function resolveTokenSecret(
  env: Pick<Env, 'NODE_ENV'> & Partial<Pick<Env, 'BLK_TOKEN_SECRET' | 'BLK_PGLITE_DIR'>>,
): { secret: string; source: 'environment' | 'test' | string } {
  if (env.BLK_TOKEN_SECRET) return { secret: env.BLK_TOKEN_SECRET, source: 'environment' };
  if (env.NODE_ENV === 'test') return { secret: TEST_TOKEN_SECRET, source: 'test' };
  if (env.NODE_ENV === 'production') throw new Error('BLK_TOKEN_SECRET is required in production');
  const pgliteDir =
    env.BLK_PGLITE_DIR && !env.BLK_PGLITE_DIR.startsWith('memory://')
      ? path.resolve(env.BLK_PGLITE_DIR)
      : DEFAULT_PGLITE_DIR;
  const file = path.join(path.dirname(pgliteDir), TOKEN_SECRET_FILE);
  return { secret: readOrCreateSecret(file), source: file };
}

/** Reads the secret file, creating it (exclusively, mode 0600) when it does not exist yet. */
export function readOrCreateSecret(file: string): string {
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
    throw new Error(`${file} holds no usable secret (fewer than 32 characters); delete it`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process created it between our read and write: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateSecret(file);
    throw error;
  }
}
