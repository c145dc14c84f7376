import { describe, expect, it, vi } from 'vitest';
import schemaSdl from '../../api/schema.graphql?raw';
import {
  type NotedDocument,
  operationsOf,
  refusedOperations,
} from '../../api/src/testing/client-documents';

// Every GraphQL document the admin app defines, checked as the API checks it (issue 12): one the
// server would refuse (an unused fragment, a field that is gone, over the token limit) fails
// here, not on a screen in e2e. `graphql()` notes each document; then every module is loaded.
const noted = vi.hoisted((): NotedDocument[] => []);
vi.mock('./lib/graphql', async (importOriginal) => {
  const { noting } = await import('../../api/src/testing/client-documents');
  const original = await importOriginal<typeof import('./lib/graphql')>();
  return { ...original, graphql: noting(original.graphql, noted) };
});
const modules = import.meta.glob(['./**/*.{ts,tsx}', '!./**/*.test.*', '!./main.tsx']);

describe('the admin app’s GraphQL documents', () => {
  it('are every one accepted by the API', async () => {
    for (const load of Object.values(modules)) await load();
    expect(operationsOf(noted).length).toBeGreaterThan(50);
    expect(refusedOperations(noted, schemaSdl)).toEqual([]);
  }, 120_000);
});
