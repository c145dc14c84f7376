/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL the API itself sends for each operation: the API's
 * schema runs the apps' documents in this process against the bench database, every statement
 * Prisma sends is captured with its parameters, and each one is explained (a write inside a
 * transaction rolled back), the second of two runs. Caches (holidays, SOP definitions) are
 * filled by a first run of the operation.
 */
import { createRequire } from 'node:module';
import { openDatabase, POSTGRES_SESSION_OPTIONS } from '@blk/db';
import pg from 'pg';

const requireFromApi = createRequire(new URL('../../apps/api/package.json', import.meta.url));

export interface ApiPlanCase {
  name: string;
  document: string;
  variables: Record<string, unknown>;
  /** The staff member whose session sends it; none for the public. */
  email?: string;
}

/** The plans of the API's own statements for each case, as text. */
export async function apiPlans(dbUrl: string, cases: ApiPlanCase[]): Promise<string> {
  // The API's copy of graphql, so its schema and these calls share one realm.
  const { execute, parse } = (await import(
    requireFromApi.resolve('graphql')
  )) as typeof import('graphql');
  const { schema } = await import('../../apps/api/src/graphql/schema');
  const { createContext } = await import('../../apps/api/src/graphql/context');
  let captured: { sql: string; params: unknown[] }[] | null = null;
  const db = await openDatabase(
    { kind: 'postgres', url: dbUrl },
    { onStatement: (sql, params) => captured?.push({ sql, params }) },
  );
  const client = new pg.Client({ connectionString: dbUrl, options: POSTGRES_SESSION_OPTIONS });
  await client.connect();
  let out = '';
  try {
    for (const c of cases) {
      const user = c.email
        ? await db.prisma.staffUser.findUniqueOrThrow({ where: { email: c.email } })
        : null;
      let calls = 0;
      const run = async () => {
        const result = await execute({
          schema,
          document: parse(c.document),
          variableValues: c.variables,
          contextValue: createContext(db, {
            // Public lookups are limited per client IP: each call comes from another one.
            ip: `10.99.${calls++}.1`,
            viewer: user
              ? {
                  kind: 'staff',
                  sessionId: 'bench',
                  user: {
                    id: user.id,
                    email: user.email,
                    name: user.name,
                    roleKey: user.roleKey,
                    instructorId: user.instructorId,
                  },
                }
              : { kind: 'anonymous' },
          }),
        });
        if (result.errors?.length) throw new Error(`${c.name}: ${result.errors[0]?.message}`);
      };
      await run();
      captured = [];
      await run();
      const statements = (captured as { sql: string; params: unknown[] }[]).filter((s) =>
        /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i.test(s.sql),
      );
      captured = null;
      out += `\n## ${c.name} (the API's own SQL: ${statements.length} statement(s) after the session)\n`;
      for (const s of statements) {
        const write = !/^\s*SELECT\b/i.test(s.sql);
        // The second of two runs: the plan with the rows in cache, as under load.
        let plan: pg.QueryResult | undefined;
        for (let i = 0; i < 2; i++) {
          if (write) await client.query('BEGIN');
          plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
          if (write) await client.query('ROLLBACK');
        }
        out += `\n${s.sql}\n-- params: ${JSON.stringify(s.params)}\n\n${(plan?.rows ?? [])
          .map((r) => r['QUERY PLAN'])
          .join('\n')}\n`;
      }
    }
  } finally {
    await client.end();
    await db.close();
  }
  return out;
}
