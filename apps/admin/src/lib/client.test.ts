import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, ERROR_TYPES } from './client';
import { graphql } from './graphql';

// vitest runs in apps/admin (happy-dom gives import.meta.url no file path).
const sdl = readFileSync(resolve(process.cwd(), '../api/schema.graphql'), 'utf8');

afterEach(() => vi.unstubAllGlobals());

const ProbeMutation = graphql(`
  mutation Probe($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on StaffUser {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

describe('the admin urql client', () => {
  it('knows every type implementing Error in the schema', () => {
    const implementers = [...sdl.matchAll(/^type (\w+) implements ([\w &]+) \{/gm)]
      .filter(([, , interfaces]) => interfaces?.split('&').some((i) => i.trim() === 'Error'))
      .map(([, name]) => name)
      .sort();
    expect(implementers.length).toBeGreaterThan(0);
    expect([...ERROR_TYPES].sort()).toEqual(implementers);
  });

  it('keeps the message of a refusal selected through `... on Error`', async () => {
    const reply = {
      data: {
        login: { __typename: 'OperationError', code: 'INVALID_CREDENTIALS', message: 'salah' },
      },
    };
    vi.stubGlobal('fetch', async () =>
      Response.json(reply, { headers: { 'content-type': 'application/json' } }),
    );
    const result = await createClient('id')
      .mutation(ProbeMutation, { input: { email: 'x@blk.example', password: 'salah' } })
      .toPromise();
    expect(result.data?.login).toEqual(reply.data.login);
  });
});
