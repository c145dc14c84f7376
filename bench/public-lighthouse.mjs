// Lighthouse (mobile preset: emulated mid-range phone, throttled 4G) on the public app's home
// page and request form, offline against `vite preview` of the built app and the real API with
// demo data. Targets: performance ≥ 90, accessibility ≥ 95.
// Usage: pnpm --filter @blk/public build && pnpm --filter @blk/bench bench:public-lighthouse
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const API_PORT = Number(process.env.LH_API_PORT ?? 4120);
const APP_PORT = Number(process.env.LH_APP_PORT ?? 4290);
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'request form', path: '/ajukan' },
];
const TARGETS = { performance: 90, accessibility: 95 };
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const children = [];
function start(command, args, options) {
  const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
  children.push(child);
  return child;
}
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
process.on('exit', stopAll);

async function waitFor(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

start('pnpm', ['--filter', '@blk/api', 'exec', 'tsx', 'src/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(API_PORT), BLK_PGLITE_DIR: 'memory://', BLK_SEED_DEMO: '1' },
});
start('pnpm', ['--filter', '@blk/public', 'preview'], {
  cwd: root,
  env: { ...process.env, PORT: String(APP_PORT), BLK_API_URL: `http://127.0.0.1:${API_PORT}` },
});
await waitFor(`http://127.0.0.1:${API_PORT}/readyz`);
await waitFor(`http://127.0.0.1:${APP_PORT}/`);

const run = promisify(execFile);
const results = [];
for (const page of PAGES) {
  const dir = mkdtempSync(join(tmpdir(), 'blk-lh-'));
  const report = join(dir, 'report.json');
  await run(
    join(here, 'node_modules', '.bin', 'lighthouse'),
    [
      `http://127.0.0.1:${APP_PORT}${page.path}`,
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ')}`,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  const lhr = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const metric = (id) => lhr.audits[id]?.displayValue ?? null;
  results.push({
    page: page.name,
    path: page.path,
    formFactor: lhr.configSettings.formFactor,
    performance: score('performance'),
    accessibility: score('accessibility'),
    firstContentfulPaint: metric('first-contentful-paint'),
    largestContentfulPaint: metric('largest-contentful-paint'),
    totalBlockingTime: metric('total-blocking-time'),
    cumulativeLayoutShift: metric('cumulative-layout-shift'),
    failedAccessibilityAudits: Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => a.id),
  });
}
stopAll();

console.log('page           performance  accessibility  LCP       TBT');
for (const r of results)
  console.log(
    `${r.page.padEnd(15)}${String(r.performance).padStart(11)}${String(r.accessibility).padStart(15)}  ${String(r.largestContentfulPaint).padEnd(9)} ${r.totalBlockingTime}`,
  );
const ok = results.every(
  (r) => r.performance >= TARGETS.performance && r.accessibility >= TARGETS.accessibility,
);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(
  join(here, 'results', 'public-lighthouse.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), targets: TARGETS, results }, null, 2)}\n`,
);
process.exitCode = ok ? 0 : 1;
