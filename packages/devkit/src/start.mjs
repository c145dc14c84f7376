// `npm start`: builds the apps, then runs the API on the embedded database (migrated, with demo
// data) and serves the admin and public apps, until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const API_PORT = Number(process.env.PORT ?? 4000);
const PUBLIC_PORT = 4173;
const ADMIN_PORT = 4174;

/**
 * The production API refuses to start without BLK_TOKEN_SECRET. For this one-machine start on the
 * embedded database, one is generated into .data/token-secret (mode 0600) once and reused (the
 * same file the API itself uses outside production).
 */
function localTokenSecret(root) {
  const file = path.join(root, '.data', 'token-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function main({ root, env }) {
  console.log('\n▶ Building the apps …');
  const build = spawnSync(
    'turbo',
    ['run', 'build', '--filter=./apps/*', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
      env,
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);

  const apiUrl = `http://127.0.0.1:${API_PORT}`;
  const children = [
    spawn('node', ['apps/api/dist/main.js'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...env,
        PORT: String(API_PORT),
        BLK_SEED_DEMO: '1',
        NODE_ENV: 'production',
        // A demo on this machine: the API allows the embedded database and demo data.
        BLK_DEMO: '1',
        BLK_TOKEN_SECRET: env.BLK_TOKEN_SECRET || localTokenSecret(root),
      },
    }),
  ];
  await waitFor(`${apiUrl}/readyz`, 180_000, children[0]);
  for (const [app, port] of [
    ['public', PUBLIC_PORT],
    ['admin', ADMIN_PORT],
  ]) {
    // vite itself, not through pnpm, so that stopping this process stops the server too.
    children.push(
      spawn(path.join(root, 'apps', app, 'node_modules/.bin/vite'), ['preview', '--bypass-lock'], {
        cwd: path.join(root, 'apps', app),
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...env, PORT: String(port), BLK_API_URL: apiUrl },
      }),
    );
    await waitFor(`http://127.0.0.1:${port}`, 60_000, children.at(-1));
  }

  console.log(`
BLK on the Spot is running (embedded database in .data/pglite):
  Public app   http://127.0.0.1:${PUBLIC_PORT}
  Admin app    http://127.0.0.1:${ADMIN_PORT}
  API          ${apiUrl}/graphql   (health: ${apiUrl}/healthz, ${apiUrl}/readyz)

Demo logins for the admin app (password for all: BlkDemo#2026):
  petugas@blk.example      petugas layanan (front desk)
  kasi@blk.example         kepala seksi
  kabid@blk.example        kepala bidang
  koordinator@blk.example  koordinator instruktur
  instruktur@blk.example   instruktur
  kadis@blk.example        kepala dinas
  admin@blk.example        admin sistem

Press Ctrl-C to stop.`);

  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await Promise.race(children.map((c) => new Promise((resolve) => c.once('exit', resolve))));
  stop();
}

async function waitFor(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) {
      console.error(`A process exited (code ${child.exitCode}) before ${url} answered.`);
      process.exit(1);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(`${url} did not answer within ${timeoutMs / 1000} s.`);
  process.exit(1);
}
