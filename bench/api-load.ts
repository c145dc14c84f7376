/**
 * Load benchmark of the API against a raw-SQL floor, on PostgreSQL with generated data.
 *
 *   pnpm --filter @blk/bench bench:api-load [--rows 1k,100k,1m] [--duration 15] [--label after]
 *   pnpm --filter @blk/bench bench:api-load:smoke        (1k rows, 3 s per case)
 *   ... --data-only (only generate the databases), --plans-only (only the EXPLAIN ANALYZE plans)
 *
 * For each size it prepares `blk_bench_<rows>` (kept between runs; migrations always applied),
 * starts the production build of the API (apps/api/dist, built when missing or with --build) and
 * the floor (bench/api-load/floor.ts), then runs each operation with autocannon at 10
 * connections: the API with the apps' own documents (imported from apps/admin and apps/public),
 * then the floor, one after the other. It prints a table, writes bench/results/api-load.json
 * (one entry per --label) and EXPLAIN ANALYZE plans to bench/results/plans/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POSTGRES_SESSION_OPTIONS } from '@blk/db';
import { DEMO_ACCESS_TOKEN, DEMO_PASSWORD } from '@blk/db/seed';
import autocannon from 'autocannon';
import { print } from 'graphql';
import pg from 'pg';
import { LoginMutation } from '../apps/admin/src/features/auth/login-page';
import { MyWorkQuery } from '../apps/admin/src/features/my-work/my-work-page';
import { RequestsQuery } from '../apps/admin/src/features/requests/request-columns';
import { ProgramsQuery } from '../apps/public/src/pages/programs';
import { TrackQuery } from '../apps/public/src/pages/track';
import { apiPlans } from './api-load/api-plans';
import { prepareDatabase } from './api-load/data';
import { FLOOR_SQL } from './api-load/floor-sql';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const RESULTS = join(HERE, 'results');

// ---------------------------------------------------------------------------------------------
// Arguments
const argv = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const smoke = argv.includes('--smoke');
const SIZES = (arg('rows', smoke ? '1k' : '1k,100k') ?? '1k')
  .split(',')
  .map((s) => Number(s.toLowerCase().replace('k', '000').replace('m', '000000')));
const DURATION = Number(arg('duration', smoke ? '3' : '15'));
const CONNECTIONS = Number(arg('connections', '10'));
const LABEL = arg('label', smoke ? 'smoke' : 'latest') ?? 'latest';
const PG_URL =
  arg('pg') ?? process.env.BLK_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const API_PORT = Number(arg('api-port', '4580'));
const FLOOR_PORT = Number(arg('floor-port', '4583'));
const ONLY = arg('cases')?.split(',');
const DB_PREFIX = arg('db-prefix', 'blk_bench');
/** Only the EXPLAIN ANALYZE plans, no load (the 1M data set in little time). */
const PLANS_ONLY = argv.includes('--plans-only');
/** Only the databases: generated (or migrated when kept), nothing measured. */
const DATA_ONLY = argv.includes('--data-only');
/** Only the API's side (CPU per request while changing the API): no floor, no ratio. */
const OURS_ONLY = argv.includes('--ours-only');
/**
 * Extra node flags for the API, e.g. `--api-node-args=--cpu-prof,--cpu-prof-dir=/tmp/prof`,
 * given through NODE_OPTIONS (so only flags NODE_OPTIONS accepts) on top of serve.sh's own.
 */
const API_NODE_ARGS = argv
  .find((a) => a.startsWith('--api-node-args='))
  ?.slice('--api-node-args='.length)
  .split(',');

const log = (m: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

// ---------------------------------------------------------------------------------------------
// Processes
function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')}: ${code}`)),
    );
  });
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** The process's user + system CPU time so far, in ms (/proc/<pid>/stat, fields 14 and 15). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after it follow its closing paren.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}
/** USER_HZ: 100 on Linux for every architecture this runs on (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

// ---------------------------------------------------------------------------------------------
// Cases
interface Case {
  name: string;
  ours: autocannon.Request[];
  floor: autocannon.Request[];
  /** Checks one answer of the API before timing (a wrong or empty answer would be fast). */
  check: (data: Record<string, unknown>) => boolean;
  /** Requests also timed one at a time (a user alone on the system), by name. */
  alone?: Record<string, autocannon.Request>;
}

const gql = (query: unknown, variables: Record<string, unknown>) =>
  JSON.stringify({ query: print(query as Parameters<typeof print>[0]), variables });

const randomIp = () =>
  `10.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}`;

const edges = (field: string) => (data: Record<string, unknown>) =>
  ((data[field] as { edges?: unknown[] } | undefined)?.edges?.length ?? 0) > 0;
/** A page of exactly `n` rows (the like-for-like cases). */
const rows = (field: string, n: number) => (data: Record<string, unknown>) =>
  (data[field] as { edges?: unknown[] } | undefined)?.edges?.length === n;

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: gql(LoginMutation, { input: { email, password: DEMO_PASSWORD } }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('blk_session='));
  if (!cookie) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return cookie.split(';')[0] ?? '';
}

/** What each operation is run with, read from the bench database. */
interface Inputs {
  /** The kabupaten with most requests. */
  kab: string;
  /** Its name: a search that fills a 100-row page at every size. */
  kabName: string;
  /** Search terms of each kind. */
  terms: { organisation: string; contact: string; code: string; place: string };
  /** A demo request's tracking code (the seed's documented access token opens it). */
  demoCode: string;
}

async function readInputs(dbUrl: string): Promise<Inputs> {
  const db = new pg.Client({ connectionString: dbUrl, options: POSTGRES_SESSION_OPTIONS });
  await db.connect();
  try {
    const one = async <T>(sql: string, params: unknown[] = []) =>
      (await db.query(sql, params)).rows[0] as T;
    const kab = await one<{ code: string; name: string }>(
      `SELECT k.code, k.name FROM (SELECT substr("regionCode", 1, 5) AS code, count(*) AS n
       FROM "TrainingRequest" GROUP BY 1) t JOIN "Region" k ON k.code = t.code
       ORDER BY t.n DESC LIMIT 1`,
    );
    const sample = await one<{ org: string; contact: string; code: string; place: string }>(
      `SELECT q."organizationName" AS org, q."contactName" AS contact, r."trackingCode" AS code, g.name AS place
       FROM "TrainingRequest" r JOIN "Requester" q ON q.id = r."requesterId"
       JOIN "Region" g ON g.code = r."regionCode"
       ORDER BY r."submittedAt" DESC, r.id DESC OFFSET (SELECT count(*) / 3 FROM "TrainingRequest") LIMIT 1`,
    );
    const demo = await one<{ code: string }>(
      `SELECT r."trackingCode" AS code FROM "TrainingRequest" r JOIN "Requester" q ON q.id = r."requesterId"
       WHERE q.phone NOT LIKE '+62813%' ORDER BY r."trackingCode" LIMIT 1`,
    );
    return {
      kab: kab.code,
      kabName: kab.name,
      terms: {
        organisation: sample.org,
        contact: sample.contact,
        code: sample.code.slice(2, 8),
        place: sample.place,
      },
      demoCode: demo.code,
    };
  } finally {
    await db.end();
  }
}

async function buildCases(dbUrl: string, base: string): Promise<Case[]> {
  const { kab, kabName, terms: byKind, demoCode } = await readInputs(dbUrl);
  const terms = Object.values(byKind);
  const officer = await login(base, 'petugas@blk.example');
  const kasi = await login(base, 'kasi@blk.example');
  const json = { 'content-type': 'application/json' };
  const post = (cookie: string | null, body: string): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    headers: cookie ? { ...json, cookie } : json,
    body,
  });
  const list = (filter: Record<string, unknown>) =>
    gql(RequestsQuery, { first: 100, filter, orderBy: 'SUBMITTED_NEWEST' });
  const get = (path: string): autocannon.Request => ({ method: 'GET', path });
  return [
    {
      name: 'list',
      ours: [post(officer, list({}))],
      floor: [get('/list')],
      check: edges('trainingRequests'),
    },
    {
      name: 'filtered',
      ours: [post(officer, list({ regionPrefix: kab, states: ['selesai'] }))],
      floor: [get(`/filtered?state=selesai&region=${kab}`)],
      check: edges('trainingRequests'),
    },
    {
      name: 'search',
      ours: terms.map((q) => post(officer, list({ search: q }))),
      alone: Object.fromEntries(
        Object.entries(byKind).map(([kind, q]) => [kind, post(officer, list({ search: q }))]),
      ),
      floor: terms.map((q) => get(`/search?q=${encodeURIComponent(q)}`)),
      check: edges('trainingRequests'),
    },
    {
      name: 'myWork',
      ours: [post(kasi, gql(MyWorkQuery, { first: 100 }))],
      floor: [get('/myWork?role=kepala_seksi')],
      check: edges('myWork'),
    },
    // Like for like from 1k to 1M (the p50 growth goal): the same number of rows at every size.
    // At 1k the searches above find a row or two and my work holds 12; at 1M each fills its page.
    {
      name: 'searchFullPage',
      ours: [post(officer, list({ search: kabName }))],
      alone: { kabupaten: post(officer, list({ search: kabName })) },
      floor: [],
      check: rows('trainingRequests', 100),
    },
    {
      name: 'myWork10',
      ours: [post(kasi, gql(MyWorkQuery, { first: 10 }))],
      floor: [],
      check: rows('myWork', 10),
    },
    {
      name: 'catalogue',
      ours: [post(null, gql(ProgramsQuery, { first: 6 }))],
      floor: [get('/catalogue')],
      check: edges('programs'),
    },
    {
      name: 'tracking',
      ours: [
        {
          ...post(
            null,
            gql(TrackQuery, { trackingCode: demoCode, accessToken: DEMO_ACCESS_TOKEN }),
          ),
          // Public lookups are limited per client IP; the bench plays many phones.
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'x-forwarded-for': randomIp() },
          }),
        },
      ],
      floor: [get(`/tracking?code=${demoCode}`)],
      check: (d) => Boolean(d.trackTrainingRequest),
    },
  ].filter((c) => !ONLY || ONLY.includes(c.name));
}

async function checkCase(base: string, c: Case) {
  for (const r of c.ours) {
    const res = await fetch(`${base}${r.path}`, {
      method: r.method ?? 'GET',
      headers: { ...(r.headers as Record<string, string>), 'x-forwarded-for': randomIp() },
      body: r.body as string,
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (!res.ok || body.errors || !body.data || !c.check(body.data))
      throw new Error(`${c.name}: unexpected answer ${JSON.stringify(body).slice(0, 500)}`);
  }
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The API's CPU time (user + system) per request served, in ms: little moved by load. */
  cpuMsPerRequest?: number;
}

/** `pid`: the API's process, whose CPU time is counted (none for the floor). */
async function cannon(
  base: string,
  requests: autocannon.Request[],
  pid?: number,
): Promise<Measure> {
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests,
  });
  const served = result.requests.total;
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    ...(pid && served
      ? { cpuMsPerRequest: Math.round(((cpuMs(pid) - cpuBefore) / served) * 100) / 100 }
      : {}),
  };
}

/** What one request alone takes: its p50 and p95 over `ALONE_RUNS` runs, one at a time. */
interface Alone {
  p50: number;
  p95: number;
  /** Rows in the answer's first connection (a search that finds more costs more). */
  rows: number;
}
const ALONE_RUNS = smoke ? 5 : 40;

async function alone(base: string, req: autocannon.Request): Promise<Alone> {
  const send = async () => {
    const res = await fetch(`${base}${req.path}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.body as string,
    });
    return (await res.json()) as { data?: Record<string, { edges?: unknown[] }> };
  };
  for (let i = 0; i < 5; i++) await send();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < ALONE_RUNS; i++) {
    const started = performance.now();
    const body = await send();
    times.push(performance.now() - started);
    rows = Object.values(body.data ?? {})[0]?.edges?.length ?? 0;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.floor(q * (times.length - 1))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), rows };
}

// ---------------------------------------------------------------------------------------------
// Plans
async function explain(dbUrl: string, rows: number) {
  const role = 'kepala_seksi';
  const { kab, terms, demoCode } = await readInputs(dbUrl);
  const db = new pg.Client({ connectionString: dbUrl, options: POSTGRES_SESSION_OPTIONS });
  await db.connect();
  try {
    const versions: string[] = [];
    const kasiStates = new Set<string>();
    for (const v of (await db.query('SELECT id, definition FROM "SopVersion"')).rows) {
      const keys = (v.definition as { steps: { key: string; role: string; kind: string }[] }).steps
        .filter((s) => s.role === role && s.kind !== 'end')
        .map((s) => s.key);
      if (keys.length) versions.push(v.id);
      for (const k of keys) kasiStates.add(k);
    }
    const searches = Object.entries(terms);
    const statements: [string, string, unknown[]][] = [
      ['list', FLOOR_SQL.list, []],
      ['filtered', FLOOR_SQL.filtered, [['selesai'], kab]],
      ['myWork', FLOOR_SQL.myWork, [versions, [...kasiStates]]],
      ...searches.map(([kind, term]): [string, string, unknown[]] => [
        `search (${kind})`,
        FLOOR_SQL.search,
        [term],
      ]),
    ];
    let out = `# EXPLAIN (ANALYZE, BUFFERS) at ${rows} requests, ${new Date().toISOString()}\n`;
    out += "\n# The floor's hand-written SQL\n";
    for (const [name, sql, params] of statements) {
      // The second of two runs: the plan with the rows in cache, as under load.
      await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      out += `\n## ${name}\n${sql.trim()}\n-- params: ${JSON.stringify(params)}\n\n${plan.rows
        .map((r) => r['QUERY PLAN'])
        .join('\n')}\n`;
    }
    const list = (filter: Record<string, unknown>) => ({
      first: 100,
      filter,
      orderBy: 'SUBMITTED_NEWEST',
    });
    const officer = 'petugas@blk.example';
    out += "\n# The API's own SQL for the same operations (the apps' documents)\n";
    out += await apiPlans(dbUrl, [
      { name: 'list', document: print(RequestsQuery), variables: list({}), email: officer },
      {
        name: 'filtered',
        document: print(RequestsQuery),
        variables: list({ regionPrefix: kab, states: ['selesai'] }),
        email: officer,
      },
      ...searches.map(([kind, term]) => ({
        name: `search (${kind}: ${term})`,
        document: print(RequestsQuery),
        variables: list({ search: term }),
        email: officer,
      })),
      {
        name: 'myWork',
        document: print(MyWorkQuery),
        variables: { first: 100 },
        email: 'kasi@blk.example',
      },
      { name: 'catalogue', document: print(ProgramsQuery), variables: { first: 6 } },
      {
        name: 'tracking',
        document: print(TrackQuery),
        variables: { trackingCode: demoCode, accessToken: DEMO_ACCESS_TOKEN },
      },
    ]);
    mkdirSync(join(RESULTS, 'plans'), { recursive: true });
    writeFileSync(join(RESULTS, 'plans', `${LABEL}-${rows}.txt`), out);
  } finally {
    await db.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Main
const apiDir = join(ROOT, 'apps/api');
if (argv.includes('--build')) {
  log('building the API for production');
  await run('pnpm', ['--filter', '@blk/api', 'build'], ROOT);
}

const report: Record<string, unknown> = {};
for (const rows of SIZES) {
  const dbUrl = await prepareDatabase(PG_URL, rows, log, DB_PREFIX);
  if (DATA_ONLY) continue;
  if (PLANS_ONLY) {
    await explain(dbUrl, rows);
    log(`plans written for ${rows} rows`);
    continue;
  }
  // Started as production starts it (docs/deploy.md, `npm run serve`): apps/api/serve.sh holds
  // the Node flags and the malloc settings.
  const api = spawn(join(apiDir, 'serve.sh'), [], {
    cwd: apiDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...(API_NODE_ARGS
        ? { NODE_OPTIONS: [process.env.NODE_OPTIONS, ...API_NODE_ARGS].filter(Boolean).join(' ') }
        : {}),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(API_PORT),
      DATABASE_URL: dbUrl,
      BLK_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret',
      BLK_OUTBOX_WORKER: '0',
      BLK_RETENTION_JOB: '0',
      LOG_LEVEL: 'error',
    },
  });
  const floor = OURS_ONLY
    ? null
    : spawn(
        join(HERE, 'node_modules/.bin/tsx'),
        [join(HERE, 'api-load/floor.ts'), dbUrl, String(FLOOR_PORT)],
        // The planner settings the API's sessions have (packages/db), through libpq's variable.
        {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, PGOPTIONS: POSTGRES_SESSION_OPTIONS },
        },
      );
  const base = `http://127.0.0.1:${API_PORT}`;
  const floorBase = `http://127.0.0.1:${FLOOR_PORT}`;
  try {
    await waitFor(`${base}/readyz`, api, 'API');
    // At start: migrations checked and reference data loaded, no request served yet.
    const rssStart = rssMb(api.pid ?? 0);
    if (floor) await waitFor(`${floorBase}/catalogue`, floor, 'floor');
    const cases = await buildCases(dbUrl, base);
    for (const c of cases) await checkCase(base, c);
    // Warm both up (JIT, caches, connection pools) before timing.
    for (const c of cases) {
      await autocannon({ url: base, connections: CONNECTIONS, amount: 50, requests: c.ours });
      if (floor && c.floor.length)
        await autocannon({
          url: floorBase,
          connections: CONNECTIONS,
          amount: 50,
          requests: c.floor,
        });
    }
    const rssIdle = rssMb(api.pid ?? 0);
    let rssMax = rssIdle;
    const sampler = setInterval(() => {
      rssMax = Math.max(rssMax, rssMb(api.pid ?? 0));
    }, 100);
    const alones: Record<string, Alone> = {};
    for (const c of cases)
      for (const [kind, req] of Object.entries(c.alone ?? {}))
        alones[`${c.name} (${kind})`] = await alone(base, req);
    const results: Record<string, { ours: Measure; floor?: Measure; ratio?: number }> = {};
    for (const c of cases) {
      log(`${rows} rows: ${c.name}`);
      const ours = await cannon(base, c.ours, api.pid);
      if (!floor || !c.floor.length) {
        results[c.name] = { ours };
        continue;
      }
      const fl = await cannon(floorBase, c.floor);
      results[c.name] = { ours, floor: fl, ratio: Math.round((ours.rps / fl.rps) * 100) / 100 };
    }
    clearInterval(sampler);
    // The machine's load beside the figures (1, 5 and 15 minute averages, as uptime prints).
    const load = loadavg().map((l) => Math.round(l * 10) / 10);
    report[String(rows)] = {
      cases: results,
      alone: alones,
      rssStartMb: rssStart,
      rssIdleMb: rssIdle,
      rssMaxMb: rssMax,
      load,
    };

    console.log(`\n${rows} requests, ${CONNECTIONS} connections, ${DURATION} s per case`);
    console.log(
      '| operation | ours req/s | floor req/s | ratio | ours p50 | floor p50 | ours CPU/req | errors |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [name, r] of Object.entries(results))
      console.log(
        `| ${name} | ${r.ours.rps} | ${r.floor?.rps ?? '-'} | ${r.ratio ?? '-'} | ${r.ours.p50} ms | ${r.floor?.p50 ?? '-'} ms | ${r.ours.cpuMsPerRequest} ms | ${r.ours.errors}/${r.floor?.errors ?? '-'} |`,
      );
    if (Object.keys(alones).length) {
      console.log(`\nOne request at a time (${ALONE_RUNS} runs each, nothing else sent)`);
      console.log('| operation | p50 | p95 | rows |\n|---|---:|---:|---:|');
      for (const [name, a] of Object.entries(alones))
        console.log(`| ${name} | ${a.p50} ms | ${a.p95} ms | ${a.rows} |`);
    }
    console.log(
      `API RSS: ${rssStart} MB at start, ${rssIdle} MB after warm-up, ${rssMax} MB at most under load`,
    );
    console.log(`load average: ${load.join(', ')}`);

    if (!smoke && !OURS_ONLY) {
      // The figures above are kept even when a plan cannot be made.
      await explain(dbUrl, rows).catch((error: unknown) =>
        log(`plans at ${rows} rows failed: ${(error as Error).message}`),
      );
    }
  } finally {
    await stop(api);
    if (floor) await stop(floor);
  }
}

if (PLANS_ONLY || DATA_ONLY) process.exit(0);
const file = join(RESULTS, 'api-load.json');
let all: Record<string, unknown> = {};
try {
  all = JSON.parse(readFileSync(file, 'utf8'));
} catch {}
all[LABEL] = {
  date: new Date().toISOString(),
  node: process.version,
  connections: CONNECTIONS,
  durationS: DURATION,
  sizes: report,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
log(`wrote ${file}`);
