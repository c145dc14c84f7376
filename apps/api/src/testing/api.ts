import type { AddressInfo } from 'node:net';
import type { Database } from '@blk/db';
import { DEMO_PASSWORD, seedAll } from '@blk/db/seed';
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
  /** Signs in a seeded staff account (password BlkDemo#2026) and returns its session cookie. */
  login(email: string, password?: string): Promise<string>;
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
    login: async (email, password = DEMO_PASSWORD) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($input: LoginInput!) { login(input: $input) { __typename ... on Error { code } } }',
          variables: { input: { email, password } },
        }),
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`login as ${email} failed: ${await res.text()}`);
      return cookie;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await db.close();
    },
  };
}
