import type { AddressInfo } from 'node:net';
import type { Database } from '@blk/db';
import { seedAll } from '@blk/db/seed';
import { createTestDatabase, type TestDatabaseKind } from '@blk/db/testing';
import { createLogger } from '../logger';
import { createApp } from '../server';

/** The fixed "today" of the seeded demo data in tests. */
export const TEST_ANCHOR = new Date('2026-11-30T03:00:00Z');

/** A GraphQL response as the tests read it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; [k: string]: unknown };
    path?: string[];
  }[];
  headers: Headers;
}

/** A running API on a fresh, seeded database of the given kind, reached over real HTTP. */
export interface TestApi {
  db: Database;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** Starts the API for a test file; call `close()` in afterAll. */
export async function startTestApi(
  kind: TestDatabaseKind,
  options: { seed?: boolean } = {},
): Promise<TestApi> {
  const db = await createTestDatabase(kind);
  if (options.seed ?? true) await seedAll(db.prisma, { anchor: TEST_ANCHOR });
  const { app, stop } = await createApp(db, { logger: createLogger('silent') });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    url,
    gql: async (query, variables, opts = {}) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await db.close();
    },
  };
}
