import { spawn } from 'node:child_process';
import { redactUrl } from '@blk/db';
import { childProcessEnv } from '../../env';

/** PostgreSQL's client programs were not found or failed; the message says what to do. */
export class PgToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PgToolError';
  }
}

/**
 * Splits a postgres:// URL into one without its password (safe on a command line, which other
 * users of the machine can see) and the password for PGPASSWORD.
 */
export function connectionForTools(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/**
 * Runs `pg_dump`/`pg_restore` with the connection's password in the environment. Rejects with a
 * {@link PgToolError} naming the package to install when the program is missing, and with the
 * program's own message (plus a hint for a version mismatch) when it fails.
 */
export function runPgTool(
  program: 'pg_dump' | 'pg_restore',
  args: string[],
  connection: { url: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, '--dbname', connection.url], {
      env: childProcessEnv(connection.env),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new PgToolError(
              `${program} tidak ditemukan / was not found on this machine. Install PostgreSQL's client programs of the server's major version or newer (Debian/Ubuntu: apt-get install postgresql-client), or put them on PATH.`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const hint = /version mismatch/i.test(stderr)
        ? ` The ${program} on this machine is older than the server: install the client programs of the server's major version.`
        : '';
      reject(
        new PgToolError(
          `${program} failed (exit ${code}) for ${redactUrl(connection.url)}: ${stderr.trim()}${hint}`,
        ),
      );
    });
  });
}
