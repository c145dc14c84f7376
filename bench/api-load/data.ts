/**
 * Bench data on PostgreSQL: the reference data and the 26 demo requests from the seed, then
 * N requests cloned from them by SQL (generate_series), each with its requester and events.
 * Open requests (one in ten) are recent copies of the open demo requests, the rest older copies
 * of the closed ones; every clone gets its own village, organisation, contact and tracking code.
 */
import { openDatabase } from '@blk/db';
import { seedAll } from '@blk/db/seed';
import pg from 'pg';

const BATCH = 100_000;

const ORGS = [
  'Karang Taruna',
  'Kelompok Wanita Tani',
  'PKK',
  'Pemerintah Desa',
  'BUMDes',
  'Koperasi Nelayan',
  'SMK Negeri',
  'Kelompok Tani Lada',
  'Majelis Taklim',
  'Sanggar Kriya',
];
const FIRST = ['Ahmad', 'Sri', 'Hendri', 'Nurul', 'Budi', 'Dewi', 'Rahmat', 'Yuliana', 'Fajar'];
const LAST = ['Rizal', 'Wahyuni', 'Saputra', 'Aini', 'Santoso', 'Lestari', 'Hidayat', 'Putri'];

const sqlText = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;

/** The bench database of a size; `prefix` keeps parallel runs on one server apart. */
export function databaseName(rows: number, prefix = 'blk_bench'): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`bad database prefix ${prefix}`);
  return `${prefix}_${rows}`;
}

/** Creates (or reuses) the bench database with `rows` generated requests; returns its URL. */
export async function prepareDatabase(
  adminUrl: string,
  rows: number,
  log: (m: string) => void,
  prefix?: string,
): Promise<string> {
  const name = databaseName(rows, prefix);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists =
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();

  // Migrations always run, so a kept database gets new indexes too.
  const db = await openDatabase({ kind: 'postgres', url: dbUrl }, { migrate: true });
  try {
    const have = Number(
      (await db.prisma.$queryRawUnsafe<{ n: bigint }[]>('SELECT count(*) AS n FROM "Requester"'))[0]
        ?.n ?? 0,
    );
    if (have >= rows + 26) {
      log(`${name}: ${have} requesters already there, reused`);
      return dbUrl;
    }
    if (have > 0) throw new Error(`${name} holds ${have} requesters; drop it and run again`);
    log(`${name}: seeding reference and demo data`);
    await seedAll(db.prisma);
  } finally {
    await db.close();
  }

  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const started = Date.now();
    const columns = async (table: string) =>
      (
        await client.query<{ column_name: string; data_type: string }>(
          `SELECT column_name, data_type FROM information_schema.columns
           WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
           ORDER BY ordinal_position`,
          [table],
        )
      ).rows;
    /** Every column copied from alias `a`, timestamps moved back by the clone's shift. */
    const selectList = async (table: string, a: string, overrides: Record<string, string>) => {
      const cols = await columns(table);
      const names = cols.map((c) => `"${c.column_name}"`).join(', ');
      const values = cols
        .map((c) => {
          const o = overrides[c.column_name];
          if (o !== undefined) return o;
          const col = `${a}."${c.column_name}"`;
          if (c.data_type.startsWith('timestamp')) return `${col} - m.shift`;
          if (c.data_type === 'date') return `(${col} - m.shift)::date`;
          return col;
        })
        .join(', ');
      return { names, values };
    };
    await client.query(`
      CREATE TEMP TABLE bench_tpl AS
        SELECT r.id, r."requesterId", r."closedAt" IS NOT NULL AS closed,
               row_number() OVER (PARTITION BY r."closedAt" IS NOT NULL ORDER BY r."trackingCode") - 1 AS k
        FROM "TrainingRequest" r;
      CREATE TEMP TABLE bench_villages AS
        SELECT row_number() OVER (ORDER BY code) - 1 AS k, code, name
        FROM "Region" WHERE level IN ('desa', 'kelurahan');`);
    const count = async (q: string) => Number((await client.query(q)).rows[0].n);
    const nOpen = await count('SELECT count(*) AS n FROM bench_tpl WHERE NOT closed');
    const nClosed = await count('SELECT count(*) AS n FROM bench_tpl WHERE closed');
    const nVillages = await count('SELECT count(*) AS n FROM bench_villages');

    const requester = await selectList('Requester', 'q', {
      id: 'm.rid',
      organizationName: `(${sqlText(ORGS)})[1 + m.h % ${ORGS.length}] || ' ' || m.village`,
      contactName: `(${sqlText(FIRST)})[1 + (m.h / 11) % ${FIRST.length}] || ' ' || (${sqlText(LAST)})[1 + (m.h / 101) % ${LAST.length}]`,
      phone: `'+62813' || lpad(m.g::text, 8, '0')`,
      email: 'NULL',
    });
    const request = await selectList('TrainingRequest', 't', {
      id: 'm.id',
      trackingCode: `upper(substr(md5('blk-bench-tc-' || m.g), 1, 10))`,
      idempotencyKey: 'NULL',
      payloadHash: 'NULL',
      requesterId: 'm.rid',
      regionCode: 'm.region',
      address: `'Jl. Raya No. ' || (m.g % 120 + 1) || ', ' || m.village`,
    });
    const event = await selectList('RequestEvent', 'e', {
      id: `md5('blk-bench-ev-' || m.g || '-' || e.seq)::uuid`,
      requestId: 'm.id',
    });

    for (let lo = 1; lo <= rows; lo += BATCH) {
      const hi = Math.min(rows, lo + BATCH - 1);
      await client.query('BEGIN');
      await client.query(`
        CREATE TEMP TABLE bench_map ON COMMIT DROP AS
        SELECT x.g, x.h, t.id AS tid, t."requesterId" AS trid,
               md5('blk-bench-req-' || x.g)::uuid AS id,
               md5('blk-bench-rqr-' || x.g)::uuid AS rid,
               CASE WHEN x.open THEN make_interval(mins => x.h % 14400)
                    ELSE make_interval(days => 14 + x.h % 1100) END AS shift,
               v.code AS region, v.name AS village
        FROM (SELECT g, abs(hashtext('blk-bench-' || g)) AS h, g % 10 = 0 AS open
              FROM generate_series(${lo}, ${hi}) AS g) x
        JOIN bench_tpl t ON t.closed = NOT x.open
          AND t.k = CASE WHEN x.open THEN x.h % ${nOpen} ELSE x.h % ${nClosed} END
        JOIN bench_villages v ON v.k = (x.h / 7) % ${nVillages}`);
      await client.query(
        `INSERT INTO "Requester" (${requester.names}) SELECT ${requester.values} FROM bench_map m JOIN "Requester" q ON q.id = m.trid`,
      );
      await client.query(
        `INSERT INTO "TrainingRequest" (${request.names}) SELECT ${request.values} FROM bench_map m JOIN "TrainingRequest" t ON t.id = m.tid`,
      );
      await client.query(
        `INSERT INTO "RequestEvent" (${event.names}) SELECT ${event.values} FROM bench_map m JOIN "RequestEvent" e ON e."requestId" = m.tid`,
      );
      await client.query('COMMIT');
      log(`${name}: ${hi}/${rows} requests (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return dbUrl;
}
