import { Client, fetchExchange } from 'urql';
import { vi } from 'vitest';

/** A GraphQL operation the fake API received. */
export interface FakeApiCall {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * For component tests: an urql client whose fetch answers like the API, by operation name
 * (`answers[operationName](variables)` is the `data`; an operation without an answer gets a
 * GraphQL error), and the list of the operations it received.
 */
export function fakeApi(
  answers: Readonly<Record<string, (variables: Record<string, unknown>) => unknown>>,
) {
  const calls: FakeApiCall[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as FakeApiCall;
    calls.push(body);
    const answer = answers[body.operationName];
    const payload = answer
      ? { data: answer(body.variables ?? {}) }
      : { errors: [{ message: `unexpected ${body.operationName}` }] };
    return new Response(JSON.stringify(payload), {
      headers: { 'content-type': 'application/json' },
    });
  });
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetch,
  });
  return { client, calls };
}
