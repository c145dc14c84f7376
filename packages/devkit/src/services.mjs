// Finding and starting what the tests need: a PostgreSQL server, Debian's Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** The PostgreSQL server the local machines run (trust auth, database `postgres`). */
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Resolves true when something accepts TCP connections on host:port within the timeout. */
export function portOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The PostgreSQL admin URL to test against, or null when none answers. */
export async function findPostgres(env) {
  const url = env.BLK_TEST_PG_URL || DEFAULT_PG_URL;
  if (env.BLK_TEST_PG === 'off') return null;
  const { hostname, port } = new URL(url);
  return (await portOpen(hostname || '127.0.0.1', Number(port || 5432))) ? url : null;
}

export const CHROMIUM = '/usr/bin/chromium';

/** Makes sure Debian's Chromium is installed (installs it when running as root). */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) return false;
  console.log('\n▶ Installing Chromium from Debian (apt-get install chromium) …');
  const opts = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  spawnSync('apt-get', ['update', '-qq'], opts);
  spawnSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
    opts,
  );
  return fs.existsSync(CHROMIUM);
}
