import type { AddressInfo } from 'node:net';
import type { Database } from '@blk/db';
import { DEMO_PASSWORD, seedAll } from '@blk/db/seed';
import { createTestDatabase, type TestDatabaseKind } from '@blk/db/testing';
import { inject } from 'vitest';
import { createLogger } from '../logger';
import type { AttachmentStorage } from '../modules/attachments/storage';
import { type AppOptions, createApp } from '../server';
import { TEST_ANCHOR } from './anchor';
import type {} from './global-setup';

export { TEST_ANCHOR } from './anchor';

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
  /** The app's attachment store. */
  storage: AttachmentStorage;
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
  options: {
    seed?: boolean;
    app?: (db: Database) => Partial<AppOptions>;
    /** Called with every SQL statement the API sends (to count round trips). */
    onStatement?: (sql: string, params: unknown[]) => void;
  } = {},
): Promise<TestApi> {
  const seeded = options.seed ?? true;
  // The run's globalSetup made seeded templates; without them (a single file run through an
  // unusual config) seed here.
  const templates = seeded ? inject('testTemplates') : undefined;
  const fromTemplate = kind === 'pglite' ? templates?.pgliteDumpFile : templates?.postgresTemplate;
  const db = await createTestDatabase(
    kind,
    fromTemplate ? templates : {},
    options.onStatement ? { onStatement: options.onStatement } : {},
  );
  if (seeded && !fromTemplate) await seedAll(db.prisma, { anchor: TEST_ANCHOR });
  const { app, stop, storage } = await createApp(db, {
    logger: createLogger('silent'),
    ...options.app?.(db),
  }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    url,
    storage,
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
