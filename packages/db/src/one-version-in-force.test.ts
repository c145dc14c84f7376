import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { pgliteConnection, postgresConnection, type SqlConnection } from './connection';
import { applyMigrations, readMigrations } from './migrate';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { seedAll } from './seed';
import {
  createEmptyPostgresDatabase,
  createTestDatabase,
  refusalOf,
  type TestDatabaseKind,
  testDatabaseKinds,
} from './testing';
import { CONSTRAINTS } from './violations';

const MIGRATION = '20261207090000_one_version_in_force';

// The migration `one_version_in_force`, one writer at a time (PGlite and PostgreSQL alike). The
// races it closes are in apps/api's sop/publish.concurrency.test.ts.
describe.each(testDatabaseKinds())('one version in force on %s', (kind) => {
  let db: Database;
  let sopId: string;
  let sopVersionId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    // The demo data must itself hold one version of each document in force.
    await seedAll(db.prisma);
    const inForce = await db.prisma.sopVersion.findFirstOrThrow({ where: { status: 'published' } });
    sopId = inForce.sopId;
    sopVersionId = inForce.id;
  }, 120_000);
  afterAll(() => db?.close());

  const sopVersion = (versionNo: number, status: 'published' | 'approved', sop = sopId) =>
    db.prisma.sopVersion.create({ data: { sopId: sop, versionNo, status, definition: {} } });
  const standard = (versionNo: number, status: 'published' | 'approved') =>
    db.prisma.serviceStandardVersion.create({
      data: { versionNo, status, components: {}, maklumat: 'Maklumat', sopVersionId },
    });

  it('refuses a second published version of an SOP, not one of another SOP', async () => {
    expect(await refusalOf(sopVersion(90, 'published'))).toEqual({
      sqlState: '23505',
      constraint: CONSTRAINTS.oneSopVersionInForce,
    });
    const signed = await sopVersion(91, 'approved');
    expect(
      await refusalOf(
        db.prisma.sopVersion.update({ where: { id: signed.id }, data: { status: 'published' } }),
      ),
    ).toEqual({ sqlState: '23505', constraint: CONSTRAINTS.oneSopVersionInForce });
    // Superseding the one in force first is how publishing goes.
    await db.prisma.sopVersion.update({
      where: { id: sopVersionId },
      data: { status: 'superseded' },
    });
    await db.prisma.sopVersion.update({ where: { id: signed.id }, data: { status: 'published' } });
    const other = await db.prisma.sopDefinition.create({
      data: { code: 'SOP-LAIN', name: 'Lain' },
    });
    await sopVersion(1, 'published', other.id);
    expect(await db.prisma.sopVersion.count({ where: { status: 'published' } })).toBe(2);
  });

  it('refuses a second published service standard', async () => {
    expect(await refusalOf(standard(90, 'published'))).toEqual({
      sqlState: '23505',
      constraint: CONSTRAINTS.oneServiceStandardInForce,
    });
    await standard(91, 'approved');
    await db.prisma.serviceStandardVersion.updateMany({
      where: { status: 'published' },
      data: { status: 'superseded' },
    });
    await db.prisma.serviceStandardVersion.update({
      where: { versionNo: 91 },
      data: { status: 'published' },
    });
    expect(await db.prisma.serviceStandardVersion.count({ where: { status: 'published' } })).toBe(
      1,
    );
  });
});

/** An empty database of `kind`, as a raw connection; `drop` closes and removes it. */
async function emptyDatabase(
  kind: TestDatabaseKind,
): Promise<{ conn: SqlConnection; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const pg = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const conn = pgliteConnection(pg, () => pg.close());
    return { conn, drop: () => conn.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const conn = await postgresConnection(empty.url);
  return {
    conn,
    drop: async () => {
      await conn.close();
      await empty.drop();
    },
  };
}

describe.each(testDatabaseKinds())(`migration ${MIGRATION} on %s`, (kind) => {
  it('supersedes all but the newest version in force where publications raced', async () => {
    const { conn, drop } = await emptyDatabase(kind);
    try {
      const all = readMigrations();
      await applyMigrations(
        conn,
        all.filter((m) => m.name < MIGRATION),
      );
      // Two SOPs: one published three times over (versions 2, 3, 4; 1 superseded), one once;
      // the service standard published twice.
      await conn.exec(`
        INSERT INTO "SopDefinition" ("id", "code", "name") VALUES
          ('00000000-0000-7000-8000-000000000001', 'SOP-A', 'A'),
          ('00000000-0000-7000-8000-000000000002', 'SOP-B', 'B');
        INSERT INTO "SopVersion" ("id", "sopId", "versionNo", "status", "definition", "updatedAt") VALUES
          ('00000000-0000-7000-8000-0000000000a1', '00000000-0000-7000-8000-000000000001', 1, 'superseded', '{}', now()),
          ('00000000-0000-7000-8000-0000000000a2', '00000000-0000-7000-8000-000000000001', 2, 'published', '{}', now()),
          ('00000000-0000-7000-8000-0000000000a3', '00000000-0000-7000-8000-000000000001', 3, 'published', '{}', now()),
          ('00000000-0000-7000-8000-0000000000a4', '00000000-0000-7000-8000-000000000001', 4, 'published', '{}', now()),
          ('00000000-0000-7000-8000-0000000000b1', '00000000-0000-7000-8000-000000000002', 1, 'published', '{}', now());
        INSERT INTO "ServiceStandardVersion" ("id", "versionNo", "status", "components", "maklumat", "sopVersionId", "updatedAt") VALUES
          ('00000000-0000-7000-8000-0000000000c1', 1, 'published', '{}', 'M', '00000000-0000-7000-8000-0000000000a2', now()),
          ('00000000-0000-7000-8000-0000000000c2', 2, 'published', '{}', 'M', '00000000-0000-7000-8000-0000000000a4', now());
      `);
      expect((await applyMigrations(conn, all)).applied).toContain(MIGRATION);

      const statuses = await conn.query<{ id: string; status: string }>(`
        SELECT right("id"::text, 2) AS id, "status"::text AS status FROM "SopVersion"
        UNION ALL
        SELECT right("id"::text, 2), "status"::text FROM "ServiceStandardVersion"
        ORDER BY 1`);
      expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
        a1: 'superseded',
        a2: 'superseded',
        a3: 'superseded',
        a4: 'published',
        b1: 'published',
        c1: 'superseded',
        c2: 'published',
      });
      const audit = await conn.query<{ action: string; entity: string; versionNo: number }>(`
        SELECT "action", right("entityId", 2) AS entity, ("data"->>'versionNo')::int AS "versionNo"
          FROM "AuditLog" WHERE "actorType" = 'system' ORDER BY 2`);
      expect(audit).toEqual([
        { action: 'sop.supersede', entity: 'a2', versionNo: 2 },
        { action: 'sop.supersede', entity: 'a3', versionNo: 3 },
        { action: 'service_standard.supersede', entity: 'c1', versionNo: 1 },
      ]);
    } finally {
      await drop();
    }
  });
});
