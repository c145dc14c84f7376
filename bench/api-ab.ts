/**
 * A/B of two API builds, interleaved: both run side by side on the same bench database
 * (`blk_bench_<rows>`, made by bench:api-load); each case is sent to A and B in turn, in slices
 * of a fixed number of requests (every request completes inside its slice), many rounds, so the
 * machine's load drifts over both alike. Prints and records (results/api-cpu-ab.json, under
 * --label) the CPU per request of each: user + system time of its process over its own slices.
 *
 *   pnpm --filter @blk/bench bench:api-ab --a DIR --b DIR [--rows 1k] [--rounds 6] [--scale 1]
 *     [--cases list,filtered,myWork,catalogue,tracking] [--ports 4570,4573] [--label name]
 *
 * DIR: a copy of apps/api/dist placed directly under apps/api (e.g. apps/api/.ab-before), so
 * the bundle finds its npm packages. Run it under the bench lock like every benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCESS_TOKEN, DEMO_PASSWORD } from '@blk/db/seed';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { LoginMutation } from '../apps/admin/src/features/auth/login-page';
import { MyWorkQuery } from '../apps/admin/src/features/my-work/my-work-page';
import { RequestsQuery } from '../apps/admin/src/features/requests/request-columns';
import { ProgramsQuery } from '../apps/public/src/pages/programs';
import { TrackQuery } from '../apps/public/src/pages/track';

const argv = process.argv.slice(2);
const arg = (n: string, d?: string) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 ? argv[i + 1] : d;
};
const rows = Number((arg('rows', '1k') ?? '1k').replace('k', '000').replace('m', '000000'));
/** Requests per slice and case: every request completes inside its slice (none cut off). */
const AMOUNT: Record<string, number> = {
  list: 40,
  filtered: 40,
  myWork: 150,
  catalogue: 1000,
  tracking: 200,
};
const SCALE = Number(arg('scale', '1'));
const ROUNDS = Number(arg('rounds', '6'));
const CASES = (arg('cases', 'list,filtered,myWork,tracking') ?? '').split(',');
const dirs = { A: resolve(arg('a') ?? ''), B: resolve(arg('b') ?? '') };
const [portA, portB] = (arg('ports', '4570,4573') ?? '').split(',').map(Number);
const ports = { A: portA ?? 4570, B: portB ?? 4573 };
const LABEL = arg('label', 'latest') ?? 'latest';
const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results', 'api-cpu-ab.json');
const dbUrl = `postgres://postgres@127.0.0.1:5432/blk_bench_${rows}`;

function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}
function start(dir: string, port: number): ChildProcess {
  return spawn(
    'node',
    ['--max-semi-space-size=32', '--max-old-space-size=512', join(dir, 'main.js')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        MALLOC_ARENA_MAX: '2',
        MALLOC_MMAP_THRESHOLD_: '32768',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: dbUrl,
        BLK_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret',
        BLK_OUTBOX_WORKER: '0',
        BLK_RETENTION_JOB: '0',
        LOG_LEVEL: 'error',
      },
    },
  );
}
async function ready(base: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} not ready`);
}
const gql = (q: unknown, v: Record<string, unknown>) =>
  JSON.stringify({ query: print(q as Parameters<typeof print>[0]), variables: v });
async function login(base: string, email: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: gql(LoginMutation, { input: { email, password: DEMO_PASSWORD } }),
  });
  return (res.headers.getSetCookie().find((c) => c.startsWith('blk_session=')) ?? '').split(';')[0];
}
const ip = () =>
  `10.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}`;

const procs = { A: start(dirs.A, ports.A), B: start(dirs.B, ports.B) };
try {
  const base = (k: 'A' | 'B') => `http://127.0.0.1:${ports[k]}`;
  await Promise.all([ready(base('A')), ready(base('B'))]);
  const { default: pg } = await import('pg');
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const demo = (
    await db.query(
      `SELECT r."trackingCode" AS code FROM "TrainingRequest" r JOIN "Requester" q ON q.id = r."requesterId" WHERE q.phone NOT LIKE '+62813%' ORDER BY r."trackingCode" LIMIT 1`,
    )
  ).rows[0].code;
  const kab = (
    await db.query(
      `SELECT substr("regionCode", 1, 5) AS code FROM "TrainingRequest" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows[0].code;
  await db.end();
  const requests = async (k: 'A' | 'B') => {
    const officer = await login(base(k), 'petugas@blk.example');
    const kasi = await login(base(k), 'kasi@blk.example');
    const post = (cookie: string | null, body: string): autocannon.Request => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body,
    });
    const list = (filter: Record<string, unknown>) =>
      gql(RequestsQuery, { first: 100, filter, orderBy: 'SUBMITTED_NEWEST' });
    return {
      list: [post(officer, list({}))],
      filtered: [post(officer, list({ regionPrefix: kab, states: ['selesai'] }))],
      myWork: [post(kasi, gql(MyWorkQuery, { first: 100 }))],
      catalogue: [post(null, gql(ProgramsQuery, { first: 6 }))],
      tracking: [
        {
          ...post(null, gql(TrackQuery, { trackingCode: demo, accessToken: DEMO_ACCESS_TOKEN })),
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            headers: { ...req.headers, 'x-forwarded-for': ip() },
          }),
        },
      ],
    } as Record<string, autocannon.Request[]>;
  };
  const reqs = { A: await requests('A'), B: await requests('B') };
  const total: Record<string, { A: [number, number]; B: [number, number] }> = {};
  const run = async (k: 'A' | 'B', c: string, scale: number) => {
    const pid = procs[k].pid ?? 0;
    const before = cpuMs(pid);
    const r = await autocannon({
      url: base(k),
      connections: 10,
      amount: Math.round((AMOUNT[c] ?? 100) * scale),
      // Under heavy load a 100-row list can wait long for a CPU; a slice never cuts requests off.
      timeout: 120,
      requests: reqs[k][c],
    });
    if (r.non2xx || r.errors) throw new Error(`${k} ${c}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return [cpuMs(pid) - before, r.requests.total] as [number, number];
  };
  const load0 = loadavg()[0];
  for (const c of CASES) {
    await run('A', c, 2);
    await run('B', c, 2);
    total[c] = { A: [0, 0], B: [0, 0] };
    for (let i = 0; i < ROUNDS; i++) {
      for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const [cpu, n] = await run(k, c, SCALE);
        total[c][k][0] += cpu;
        total[c][k][1] += n;
      }
    }
    const per = (k: 'A' | 'B') => total[c][k][0] / total[c][k][1];
    console.log(
      `${c}: A ${per('A').toFixed(2)} ms (${total[c].A[1]} req), B ${per('B').toFixed(2)} ms (${total[c].B[1]} req), B/A ${(per('B') / per('A')).toFixed(3)}`,
    );
  }
  const load1 = loadavg()[0];
  console.log(`load average ${load0.toFixed(1)} → ${load1.toFixed(1)}`);
  const report = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
  const round2 = (n: number) => Math.round(n * 100) / 100;
  report[LABEL] = {
    date: new Date().toISOString(),
    a: arg('a'),
    b: arg('b'),
    rows,
    rounds: ROUNDS,
    loadAverage: [round2(load0), round2(load1)],
    cases: Object.fromEntries(
      Object.entries(total).map(([c, t]) => {
        const a = t.A[0] / t.A[1];
        const b = t.B[0] / t.B[1];
        return [
          c,
          {
            cpuMsPerRequest: { a: round2(a), b: round2(b) },
            requests: { a: t.A[1], b: t.B[1] },
            ratio: Math.round((b / a) * 1000) / 1000,
          },
        ];
      }),
    ),
  };
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  for (const p of Object.values(procs)) p.kill('SIGTERM');
}
