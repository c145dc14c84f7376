import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { RANDOM_PAGE_COST } from './connection';
import { seedAll } from './seed';
import { createTestDatabase, testDatabaseKinds } from './testing';

// The planner's side of the migrations `filtered_list_and_my_work_plans` and
// `request_search_terms` (the full-size plans are in bench/results/plans): the demo requests
// cloned 100 times, then the filtered list's, "my work"'s and the search's conditions in the
// shape Prisma sends them.
const COPIES = 100;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Plan Rows': number;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describe.each(testDatabaseKinds())('request list plans on %s', (kind) => {
  let db: Database;

  const plan = async (sql: string, params: unknown[] = []) => {
    const [row] = await db.sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    const json = row?.['QUERY PLAN'];
    return (typeof json === 'string' ? JSON.parse(json) : json)[0].Plan as PlanNode;
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedAll(db.prisma);
    const columns = (
      await db.sql.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = 'TrainingRequest' AND is_generated = 'NEVER'
         ORDER BY ordinal_position`,
      )
    ).map((c) => c.column_name);
    const overrides: Record<string, string> = {
      id: 'gen_random_uuid()',
      trackingCode: `upper(substr(md5(t."trackingCode" || g), 1, 10))`,
      idempotencyKey: 'NULL',
      payloadHash: 'NULL',
    };
    await db.sql.exec(`
      INSERT INTO "TrainingRequest" (${columns.map((c) => `"${c}"`).join(', ')})
      SELECT ${columns.map((c) => overrides[c] ?? `t."${c}"`).join(', ')}
      FROM "TrainingRequest" t, generate_series(1, ${COPIES}) AS g;
      ANALYZE "TrainingRequest";`);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('walks one state newest first on its own index (the filtered list)', async () => {
    // Forbidding the scans that read every row leaves the index choices: the state's own index in
    // list order, or a walk of every request newest first.
    await db.sql.exec('SET enable_seqscan = off; SET enable_bitmapscan = off');
    try {
      const used = nodes(
        await plan(
          `SELECT id FROM "TrainingRequest"
           WHERE state IN ($1) AND ("regionCode" = $2 OR "regionCode" LIKE ($3 || '%'))
           ORDER BY "submittedAt" DESC, id DESC LIMIT 101`,
          ['selesai', '19.01', '19.01.'],
        ),
      );
      expect(used.map((n) => n['Index Name']).filter(Boolean)).toEqual([
        'TrainingRequest_state_submittedAt_id_idx',
      ]);
      expect(used.map((n) => n['Node Type'])).not.toContain('Sort');
    } finally {
      await db.sql.exec('RESET enable_seqscan; RESET enable_bitmapscan');
    }
  });

  it('finds the requests of the searched names by equality, codes and contacts by trigram (search)', async () => {
    // A term this common is walked in list order at any size; forbidding that walk (and the scan
    // of every row) leaves the bitmap plan a rare term gets, and shows which indexes answer it.
    await db.sql.exec('SET enable_seqscan = off; SET enable_indexscan = off');
    try {
      const [org] = await db.sql.query<{ text: string }>(
        `SELECT "text" FROM "RequestSearchTerm" WHERE kind = 'organization' ORDER BY "text" LIMIT 1`,
      );
      if (!org) throw new Error('no organisation among the search terms');
      const term = org.text.slice(2, 12);
      // Prisma's shape of the search: the names found above, a code fragment, the contact.
      const used = nodes(
        await plan(
          `SELECT id FROM "TrainingRequest"
           WHERE "searchOrganization" IN ($1) OR "trackingCode" LIKE ('%' || $2 || '%')
              OR "searchContact" LIKE ('%' || $3 || '%')
           ORDER BY "submittedAt" DESC, id DESC LIMIT 101`,
          [org.text, term.toUpperCase(), term],
        ),
      );
      expect(used.map((n) => n['Index Name']).filter(Boolean)).toEqual([
        'TrainingRequest_searchOrganization_idx',
        'TrainingRequest_trackingCode_idx',
        'TrainingRequest_searchContact_idx',
      ]);
    } finally {
      await db.sql.exec('RESET enable_seqscan; RESET enable_indexscan');
    }
  });

  it("plans every Prisma session with memory's and SSD's random page cost", async () => {
    const [row] =
      await db.prisma.$queryRawUnsafe<{ random_page_cost: string }[]>('SHOW random_page_cost');
    expect(row?.random_page_cost).toBe(String(RANDOM_PAGE_COST));
  });

  it('knows that requests at an open step are not closed (my work)', async () => {
    const [open] = await db.sql.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM "TrainingRequest" WHERE "closedAt" IS NULL
       GROUP BY state ORDER BY count(*) DESC, state LIMIT 1`,
    );
    if (!open) throw new Error('no open request in the demo data');
    const estimate = (
      await plan(`SELECT id FROM "TrainingRequest" WHERE state = $1 AND "closedAt" IS NULL`, [
        open.state,
      ])
    )['Plan Rows'];
    // Taken as independent, the two conditions would give the state's rows times the open share.
    expect(estimate).toBeGreaterThan(open.n * 0.8);
    expect(estimate).toBeLessThan(open.n * 1.25);
  });
});
