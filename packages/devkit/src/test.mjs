// `npm test`: lint, typecheck, every unit and integration test (PGlite always, PostgreSQL when a
// server answers), then the end-to-end tests in Chromium. Ends with one `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium, findPostgres } from './services.mjs';

export async function main({ root, env }) {
  const run = (cmd, args, extraEnv = {}) =>
    spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status ===
    0;
  const failures = [];

  const pgUrl = await findPostgres(env);
  const requirePg = env.BLK_REQUIRE_PG === '1';
  if (!pgUrl && requirePg) {
    console.error(
      'PostgreSQL is required (BLK_REQUIRE_PG=1) but none answers at BLK_TEST_PG_URL / 127.0.0.1:5432.',
    );
    process.exit(1);
  }
  const databases = pgUrl
    ? `PGlite (embedded) and PostgreSQL (${new URL(pgUrl).host})`
    : 'PGlite (embedded) only — no PostgreSQL server answered';
  console.log(`\n▶ Database tests will run on: ${databases}`);
  const testEnv = pgUrl ? { BLK_TEST_PG_URL: pgUrl } : { BLK_TEST_PG_URL: '' };

  for (const dir of reportDirs(root)) fs.rmSync(dir, { recursive: true, force: true });

  console.log('\n▶ Lint (Biome)');
  if (!run('biome', ['check', '.'])) failures.push('lint');

  console.log('\n▶ Typecheck and unit/integration tests (turbo)');
  if (!run('turbo', ['run', 'typecheck', 'test', '--continue', '--output-logs=new-only'], testEnv))
    failures.push('typecheck/test');

  console.log('\n▶ End-to-end tests (Playwright, Debian Chromium)');
  let e2eRan = false;
  if (!ensureChromium()) {
    console.error(
      "Chromium is missing and cannot be installed without root: install Debian's `chromium` package.",
    );
    failures.push('e2e (no chromium)');
  } else if (!run('turbo', ['run', 'build', '--filter=./apps/*', '--output-logs=errors-only'])) {
    failures.push('build');
  } else {
    // What each route loads before its first paint, against the budgets in bench/README.md.
    console.log('\n▶ First-load budgets (public 120 KB JS and 12 KB pages, admin 250 KB JS, gzip)');
    // Both run, so that one report names every route over its budget.
    const publicWithin = run('node', ['bench/public-bundle.mjs', '--no-build', '--check']);
    const adminWithin = run('node', ['bench/admin-bundle.mjs', '--check']);
    if (!publicWithin || !adminWithin) failures.push('first-load budgets');
    e2eRan = true;
    if (!run('pnpm', ['--filter', '@blk/e2e', 'e2e'], testEnv)) failures.push('e2e');
  }

  const totals = collectTotals(root, e2eRan);
  console.log(`\nDatabases covered: ${databases}`);
  for (const line of totals.lines) console.log(`  ${line}`);
  if (failures.length) console.log(`Failed steps: ${failures.join(', ')}`);
  console.log(
    `\n${totals.passed} passed, ${totals.failed + (failures.length && !totals.failed ? 1 : 0)} failed`,
  );
  process.exit(failures.length ? 1 : 0);
}

function reportDirs(root) {
  return ['apps', 'packages']
    .flatMap((top) =>
      fs.readdirSync(path.join(root, top)).map((d) => path.join(root, top, d, 'reports')),
    )
    .concat(path.join(root, 'e2e', 'reports'));
}

function collectTotals(root, e2eRan) {
  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const dir of reportDirs(root)) {
    const vitest = path.join(dir, 'vitest.json');
    if (fs.existsSync(vitest)) {
      const r = JSON.parse(fs.readFileSync(vitest, 'utf8'));
      passed += r.numPassedTests;
      failed += r.numFailedTests;
      lines.push(
        `${path.relative(root, path.dirname(dir))}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`,
      );
    }
    const pw = path.join(dir, 'playwright.json');
    if (e2eRan && fs.existsSync(pw)) {
      const s = JSON.parse(fs.readFileSync(pw, 'utf8')).stats;
      passed += s.expected + s.flaky;
      failed += s.unexpected;
      lines.push(
        `e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`,
      );
    }
  }
  return { passed, failed, lines };
}
