import type { TestDatabaseKind } from '@blk/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { startTestApi, type TestApi } from './api';

/** The staff a describe block signs in, by the name before `@blk.example` (a role or a person). */
export type SignedInStaff<Name extends string> = Readonly<Record<Name, string>>;

/**
 * One API for the describe block it is called in: started on a fresh database of `kind` (seeded
 * unless `seed: false`) before the block's tests, with the `signedIn` staff signed in, and closed
 * after them. `api` stands for the running API and `staff` holds each account's session cookie
 * (`staff.admin` for admin@blk.example); both are ready in the block's later hooks and its tests.
 */
export function apiForSuite<Name extends string = never>(
  kind: TestDatabaseKind,
  options: Parameters<typeof startTestApi>[1] & { signedIn?: readonly Name[] } = {},
): { api: TestApi; staff: SignedInStaff<Name> } {
  const { signedIn = [], ...start } = options;
  let running: TestApi | undefined;
  const staff = {} as Record<Name, string>;
  beforeAll(async () => {
    running = await startTestApi(kind, start);
    const cookies = await Promise.all(
      signedIn.map((name) => (running as TestApi).login(`${name}@blk.example`)),
    );
    signedIn.forEach((name, i) => {
      staff[name] = cookies[i] as string;
    });
  });
  afterAll(async () => {
    await running?.close();
  });
  const live = (): TestApi => {
    if (!running) throw new Error('the suite’s API starts in beforeAll: use it in hooks and tests');
    return running;
  };
  const api: TestApi = {
    get db() {
      return live().db;
    },
    get url() {
      return live().url;
    },
    get storage() {
      return live().storage;
    },
    gql: (query, variables, opts) => live().gql(query, variables, opts),
    login: (email, password) => live().login(email, password),
    close: () => live().close(),
  };
  return { api, staff };
}
