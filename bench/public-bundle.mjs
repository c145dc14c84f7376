// JS each route of the public app loads for its first view, gzip-compressed, from the Vite
// build manifest. Budget: 120 KB gzip for the home page and for the request form.
// And each built page (the prerendered ones and the shell, with their inline CSS and script),
// gzip level 1 as the deploy guide's nginx sends it: at most 12 KB, so that with its response
// headers (about 1 KB) it arrives in TCP's first window (10 segments of 1460 bytes). One byte
// more costs a round trip before the first paint: 400 ms on issue 16's weak phone.
// Usage: pnpm --filter @blk/bench bench   (builds apps/public first; --no-build to skip).
// `npm test` runs it as `--no-build --check` after its build: the budgets only, no results file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..', 'apps', 'public');
const dist = join(app, 'dist');
const BUDGET_KB = 120;
const PAGE_BUDGET_KB = 12;

/** Routes and the module each one lazy-loads (src/app.tsx). */
const ROUTES = [
  { route: '/', name: 'home', module: 'src/pages/home.tsx', budget: true },
  { route: '/ajukan', name: 'request form', module: 'src/request/request-page.tsx', budget: true },
  { route: '/program', name: 'catalogue', module: 'src/pages/programs.tsx' },
  { route: '/lacak', name: 'track', module: 'src/pages/track.tsx' },
  { route: '/survei', name: 'survey', module: 'src/pages/survey.tsx' },
  { route: '/pengaduan', name: 'complaints', module: 'src/pages/feedback.tsx' },
  { route: '/standar-pelayanan', name: 'service standard', module: 'src/pages/standard.tsx' },
  { route: '/kinerja', name: 'performance', module: 'src/pages/performance.tsx' },
  { route: '/permohonan-saya', name: 'my requests', module: 'src/pages/my-requests.tsx' },
];

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: app, stdio: 'inherit' });
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(dist, file))).length);
  return gzipCache.get(file);
}

/** A manifest entry and everything it imports statically, as a set of manifest keys. */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into;
  into.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(dep, into);
  return into;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
// The page's inline script fetches the entry and the app (src/start.tsx) together after the
// first paint, so both belong to every route's first load.
const entryKeys = staticClosure('src/start.tsx', staticClosure(entryKey));
const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const sum = (keys) => [...keys].reduce((total, k) => total + gzipBytes(manifest[k].file), 0);

const rows = ROUTES.map(({ route, name, module, budget }) => {
  if (!manifest[module]) throw new Error(`${module} is not a chunk in the manifest`);
  const initial = staticClosure(module, new Set(entryKeys));
  // Chunks the page starts loading itself after the first paint (e.g. the form's zod schema).
  const deferred = new Set();
  for (const dyn of manifest[module].dynamicImports ?? [])
    for (const k of staticClosure(dyn)) if (!initial.has(k)) deferred.add(k);
  const initialBytes = sum(initial);
  return {
    route,
    name,
    initialChunks: [...initial].map((k) => manifest[k].file),
    initialGzipKB: kb(initialBytes),
    deferredChunks: [...deferred].map((k) => manifest[k].file),
    deferredGzipKB: kb(sum(deferred)),
    budgetKB: budget ? BUDGET_KB : null,
    withinBudget: budget ? kb(initialBytes) <= BUDGET_KB : null,
  };
});

const css = Object.values(manifest)
  .flatMap((m) => m.css ?? [])
  .filter((f, i, all) => all.indexOf(f) === i);
const cssGzipKB = kb(css.reduce((t, f) => t + gzipBytes(f), 0));

console.log('route                     initial JS (gzip)   loaded after first paint   budget');
for (const r of rows) {
  console.log(
    `${`${r.route} (${r.name})`.padEnd(26)}${`${r.initialGzipKB.toFixed(2)} KB`.padStart(17)}` +
      `${`${r.deferredGzipKB.toFixed(2)} KB`.padStart(27)}   ${
        r.budgetKB ? `${r.withinBudget ? 'OK' : 'OVER'} (≤ ${r.budgetKB} KB)` : '-'
      }`,
  );
}
console.log(`CSS (all routes, one file): ${cssGzipKB.toFixed(2)} KB gzip`);

const pages = readdirSync(dist)
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const gzipKB = kb(gzipSync(readFileSync(join(dist, file)), { level: 1 }).length);
    return { file, gzipKB, withinBudget: gzipKB <= PAGE_BUDGET_KB };
  });
console.log(`page (gzip level 1, budget ≤ ${PAGE_BUDGET_KB} KB: TCP's first window)`);
for (const p of pages)
  console.log(
    `${p.file.padEnd(26)}${`${p.gzipKB.toFixed(2)} KB`.padStart(17)}   ${p.withinBudget ? 'OK' : 'OVER'}`,
  );

if (!process.argv.includes('--check')) {
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(
    join(here, 'results', 'public-bundle.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), budgetKB: BUDGET_KB, cssGzipKB, routes: rows, pageBudgetKB: PAGE_BUDGET_KB, pages }, null, 2)}\n`,
  );
}
if (rows.some((r) => r.withinBudget === false) || pages.some((p) => !p.withinBudget))
  process.exitCode = 1;
