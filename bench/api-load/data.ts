/**
 * Bench data on PostgreSQL: the reference data and the 26 demo requests from the seed, then
 * N requests cloned from them by SQL (generate_series), each with its requester and events.
 * Open requests (one in ten) are recent copies of the open demo requests, the rest older copies
 * of the closed ones; every clone gets its own village, organisation, contact and tracking code.
 * Rows are inserted in submission order, as a real table receives them.
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
    let phase = started;
    const took = () => {
      const now = Date.now();
      const s = ((now - phase) / 1000).toFixed(1);
      phase = now;
      return `${s} s`;
    };
    // A bulk load: nothing waits for the WAL flush, and index builds sort in memory.
    await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '1GB'`);
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
        SELECT r.id, r."requesterId", r."submittedAt", r."closedAt" IS NOT NULL AS closed,
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

    // One transaction: the three tables' secondary indexes and outgoing foreign keys are dropped,
    // the rows inserted, then each index rebuilt by one sort and each foreign key checked by one
    // join (instead of an index insert and a lookup per row). Unique indexes check uniqueness as
    // they are rebuilt; the search trigger stays on, so the search columns and the distinct
    // search terms are what the API would have stored. Interrupted, it leaves the seeded
    // database as it was.
    const tables = ['"Requester"', '"TrainingRequest"', '"RequestEvent"'];
    await client.query('BEGIN');
    const indexes = (
      await client.query<{ name: string; def: string }>(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i
         WHERE i.indrelid = ANY($1::regclass[])
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
        [tables],
      )
    ).rows;
    const foreignKeys = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name,
                pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
        [tables],
      )
    ).rows;
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${fk.name}`);
    for (const ix of indexes) await client.query(`DROP INDEX ${ix.name}`);
    // The seed's rows are the templates; later batches must not join the growing tables.
    await client.query(`
      CREATE TEMP TABLE tpl_requester AS SELECT * FROM "Requester";
      CREATE TEMP TABLE tpl_request AS SELECT * FROM "TrainingRequest";
      CREATE TEMP TABLE tpl_event AS SELECT * FROM "RequestEvent";
      ANALYZE tpl_requester, tpl_request, tpl_event`);
    log(`${name}: ${indexes.length} indexes and ${foreignKeys.length} foreign keys dropped`);

    // Every clone, numbered in submission order: a real table gets its requests as they are
    // submitted, so its rows lie on disk roughly in that order (what the list and search walk).
    await client.query(`
      CREATE TEMP TABLE bench_map AS
      SELECT row_number() OVER (ORDER BY y.at, y.g) AS n, y.*
      FROM (
        SELECT x.g, x.h, t.id AS tid, t."requesterId" AS trid,
               md5('blk-bench-req-' || x.g)::uuid AS id,
               md5('blk-bench-rqr-' || x.g)::uuid AS rid,
               s.shift, t."submittedAt" - s.shift AS at,
               v.code AS region, v.name AS village
        FROM (SELECT g, abs(hashtext('blk-bench-' || g)) AS h, g % 10 = 0 AS open
              FROM generate_series(1, ${rows}) AS g) x
        JOIN bench_tpl t ON t.closed = NOT x.open
          AND t.k = CASE WHEN x.open THEN x.h % ${nOpen} ELSE x.h % ${nClosed} END
        JOIN bench_villages v ON v.k = (x.h / 7) % ${nVillages}
        CROSS JOIN LATERAL (
          SELECT CASE WHEN x.open THEN make_interval(mins => x.h % 14400)
                      ELSE make_interval(days => 14 + x.h % 1100) END AS shift) s
      ) y;
      CREATE INDEX ON bench_map (n);
      ANALYZE bench_map`);
    log(`${name}: ${rows} clones numbered in submission order (${took()})`);

    for (let lo = 1; lo <= rows; lo += BATCH) {
      const hi = Math.min(rows, lo + BATCH - 1);
      const batch = `bench_map m WHERE m.n BETWEEN ${lo} AND ${hi}`;
      const times = [
        `INSERT INTO "Requester" (${requester.names}) SELECT ${requester.values} FROM tpl_requester q, ${batch} AND q.id = m.trid ORDER BY m.n`,
        `INSERT INTO "TrainingRequest" (${request.names}) SELECT ${request.values} FROM tpl_request t, ${batch} AND t.id = m.tid ORDER BY m.n`,
        `INSERT INTO "RequestEvent" (${event.names}) SELECT ${event.values} FROM tpl_event e, ${batch} AND e."requestId" = m.tid ORDER BY m.n, e.seq`,
      ];
      for (const [i, sql] of times.entries()) {
        await client.query(sql);
        times[i] = took();
      }
      log(
        `${name}: ${hi}/${rows} requests (${Math.round((Date.now() - started) / 1000)} s; requesters ${times[0]}, requests ${times[1]}, events ${times[2]})`,
      );
    }
    took();
    for (const ix of indexes) await client.query(ix.def);
    log(`${name}: ${indexes.length} indexes rebuilt (${took()})`);
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${fk.name} ${fk.def}`);
    log(`${name}: ${foreignKeys.length} foreign keys checked (${took()})`);
    await client.query('COMMIT');
    // Hint bits, the visibility map (index-only scans) and frozen rows now, not during a run.
    await client.query('VACUUM (FREEZE, ANALYZE)');
    log(`${name}: vacuumed (${took()}); ${Math.round((Date.now() - started) / 1000)} s in all`);
  } finally {
    await client.end();
  }
  return dbUrl;
}
