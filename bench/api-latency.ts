/**
 * GraphQL operations against their raw-SQL floor, on the embedded database with the demo data.
 * Run: `pnpm --filter @blk/api exec tsx ../../bench/api-latency.ts [iterations]`.
 * Writes bench/results/api-latency.json. Not part of `npm test`.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLogger } from '../apps/api/src/logger';
import { createApp } from '../apps/api/src/server';
import { insertTrainingRequest, openDatabase } from '../packages/db/src/index.ts';
import { seedAll } from '../packages/db/src/seed/index.ts';

const iterations = Number(process.argv[2] ?? 200);
const db = await openDatabase({ kind: 'pglite-memory' }, { migrate: true });
await seedAll(db.prisma, { anchor: new Date('2026-11-30T03:00:00Z') });

// Grow the request list to 226 so list operations fetch full pages.
const template = await db.prisma.trainingRequest.findFirstOrThrow({ include: { requester: true } });
for (let i = 0; i < 200; i++) {
  await db.prisma.$transaction((tx) =>
    insertTrainingRequest(tx, {
      input: {
        requesterType: 'desa',
        organizationName: `Desa Bench ${i}`,
        contactName: 'Bench',
        contactPhone: '+6281200000000',
        regionCode: template.regionCode,
        address: 'Jl. Bench',
        programId: template.programId ?? undefined,
        participantsExpected: 16,
        preferredStart: '2027-03-01',
        preferredEnd: '2027-04-01',
        privacyConsent: true,
      } as never,
      trackingCode: `BENCH${String(i).padStart(5, '0')}`,
      accessTokenHash: 'x',
      sopVersionId: template.sopVersionId,
      initialState: 'diterima',
      firstDeadline: null,
      submittedAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
    }),
  );
}

const { app, stop } = await createApp(db, { logger: createLogger('silent') });
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

async function gql(query: string, cookie?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return res;
}

const login = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query:
      'mutation { login(input: { email: "petugas@blk.example", password: "BlkDemo#2026" }) { __typename } }',
  }),
});
const cookie = login.headers.get('set-cookie')?.split(';')[0];

async function time(
  fn: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; mean: number }> {
  for (let i = 0; i < 10; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Number((samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(2));
  return {
    p50: at(0.5),
    p95: at(0.95),
    mean: Number((samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2)),
  };
}

const cases = [
  {
    name: 'catalogue: programs(first: 20) with kejuruan',
    graphql: () =>
      gql(
        '{ programs(first: 20) { edges { node { id code name durationDays kejuruan { name } } } } }',
      ),
    sql: () =>
      db.sql.query(
        'SELECT p.id, p.code, p.name, p."durationDays", k.name AS kejuruan FROM "TrainingProgram" p JOIN "Kejuruan" k ON k.code = p."kejuruanCode" WHERE p.active ORDER BY p.name, p.id LIMIT 21',
      ),
  },
  {
    name: 'staff list: trainingRequests(first: 50) with requester, region, programme',
    graphql: () =>
      gql(
        '{ trainingRequests(first: 50) { edges { node { id trackingCode state submittedAt requester { organizationName } region { name } program { name } } } } }',
        cookie,
      ),
    sql: () =>
      db.sql.query(
        'SELECT r.id, r."trackingCode", r.state, r."submittedAt", q."organizationName", g.name AS region, p.name AS program FROM "TrainingRequest" r JOIN "Requester" q ON q.id = r."requesterId" JOIN "Region" g ON g.code = r."regionCode" LEFT JOIN "TrainingProgram" p ON p.id = r."programId" ORDER BY r."submittedAt" DESC, r.id LIMIT 51',
      ),
  },
];

const results = [];
for (const c of cases) {
  const graphql = await time(c.graphql);
  const sql = await time(c.sql);
  results.push({
    name: c.name,
    graphqlMs: graphql,
    rawSqlMs: sql,
    ratioP50: Number((graphql.p50 / sql.p50).toFixed(1)),
  });
}
const out = {
  date: new Date().toISOString(),
  database: 'PGlite (in memory)',
  iterations,
  node: process.version,
  results,
};
const file = path.join(import.meta.dirname, 'results', 'api-latency.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.table(
  results.map((r) => ({
    case: r.name,
    'graphql p50 ms': r.graphqlMs.p50,
    'graphql p95 ms': r.graphqlMs.p95,
    'sql p50 ms': r.rawSqlMs.p50,
    ratio: r.ratioP50,
  })),
);
server.close();
await stop();
await db.close();
