import { describe, expect, it, vi } from 'vitest';
import schemaSdl from '../../api/schema.graphql?raw';
import {
  type NotedDocument,
  operationsOf,
  refusedOperations,
} from '../../api/src/testing/client-documents';

// Every GraphQL document the public app defines, checked as the API checks it (see the admin
// app's documents.test.ts).
const noted = vi.hoisted((): NotedDocument[] => []);
vi.mock('./graphql', async (importOriginal) => {
  const { noting } = await import('../../api/src/testing/client-documents');
  const original = await importOriginal<typeof import('./graphql')>();
  return { ...original, graphql: noting(original.graphql, noted) };
});
const modules = import.meta.glob([
  './**/*.{ts,tsx}',
  '!./**/*.test.*',
  '!./main.tsx',
  '!./start.tsx',
  '!./prerender.tsx',
]);

describe('the public app’s GraphQL documents', () => {
  it('are every one accepted by the API', async () => {
    for (const load of Object.values(modules)) await load();
    expect(operationsOf(noted).length).toBeGreaterThan(10);
    expect(refusedOperations(noted, schemaSdl)).toEqual([]);
  }, 120_000);
});
