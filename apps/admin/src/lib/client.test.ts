import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import possibleTypes from 'virtual:possible-types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from './client';
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
  it('knows every interface and union of the schema with its members (built from schema.graphql)', () => {
    const expected: Record<string, string[]> = {};
    const add = (abstract: string, member: string) => {
      expected[abstract] = [...(expected[abstract] ?? []), member].sort();
    };
    for (const [, name, interfaces] of sdl.matchAll(/^type (\w+) implements ([\w &]+) \{/gm))
      for (const i of interfaces?.split('&') ?? []) add(i.trim(), name as string);
    for (const [, name, members] of sdl.matchAll(/^union (\w+) = (.+)$/gm))
      for (const m of members?.split('|') ?? []) add(name as string, m.trim());
    expect(possibleTypes.Error?.length).toBeGreaterThan(5);
    expect(possibleTypes.LoginResult).toEqual(['OperationError', 'StaffUser', 'ValidationError']);
    expect(possibleTypes).toEqual(expected);
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
