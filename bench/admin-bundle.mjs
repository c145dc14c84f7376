// Initial JS per route of the admin app: the entry chunk, the route's lazy chunk, and every chunk
// they import statically, gzip-compressed, summed from Vite's build manifest. Run after
// `pnpm --filter @blk/admin build`; writes results/admin-bundle.json. Budget: 250 KB per route.
// `npm test` runs it as `--check` after its build: the budget only, no results file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../apps/admin/dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const BUDGET_KB = 250;

const ROUTES = {
  '/login': 'src/features/auth/login-page.tsx',
  '/ (my work)': 'src/features/my-work/my-work-page.tsx',
  '/permohonan (request list)': 'src/features/requests/requests-page.tsx',
  '/permohonan/:id (request detail)': 'src/features/request-detail/request-detail-page.tsx',
  '/sop': 'src/features/sop/sop-page.tsx',
  '/sop/versi (SOP versions)': 'src/features/sop-editor/sop-versions-page.tsx',
  '/sop/versi/:id (SOP version editor)': 'src/features/sop-editor/sop-version-page.tsx',
  '/kinerja (performance)': 'src/features/performance/performance-page.tsx',
  '/pengaduan (complaints)': 'src/features/feedback/feedback-page.tsx',
  '/standar-pelayanan (service standard versions)':
    'src/features/service-standard/service-standard-versions-page.tsx',
  '/standar-pelayanan/:id (service standard editor)':
    'src/features/service-standard/service-standard-version-page.tsx',
  '/akun/kata-sandi': 'src/features/auth/change-password-page.tsx',
  '/program (catalogue)': 'src/features/catalogue/programs-page.tsx',
  '/instruktur (instructors)': 'src/features/instructors/instructors-page.tsx',
  '/kelas/:id (class: participants, attendance, scores)':
    'src/features/participants/class-page.tsx',
  '/admin/pengguna (staff users)': 'src/features/admin-users/staff-users-page.tsx',
};

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('no entry in the manifest: build the admin app first');

/** Every JS file a chunk loads before it runs (its static imports, transitively). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const routes = Object.entries(ROUTES).map(([route, source]) => {
  if (!manifest[source]) throw new Error(`${source} is not a chunk of the build`);
  const keys = closure(source, closure(entryKey));
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
  return {
    route,
    initialJsGzipKb: Math.round(kb * 10) / 10,
    withinBudget: kb <= BUDGET_KB,
    files: files.length,
  };
});

const result = { measuredAt: new Date().toISOString(), budgetKb: BUDGET_KB, routes };
if (!process.argv.includes('--check')) {
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results/admin-bundle.json'), `${JSON.stringify(result, null, 2)}\n`);
}
for (const r of routes) {
  console.log(`${r.withinBudget ? 'ok  ' : 'OVER'} ${r.route}: ${r.initialJsGzipKb} KB gzip JS`);
}
if (routes.some((r) => !r.withinBudget)) process.exitCode = 1;
