import { randomBytes } from 'node:crypto';
import { testDatabaseKinds } from '@blk/db/testing';
import { generateTrackingCode } from '@blk/domain';
import { describe, expect, it } from 'vitest';
import type { TestApi } from '../testing/api';
import { apiForSuite } from '../testing/suite-api';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** One raw POST /graphql; the answer must be JSON whatever was sent. */
async function post(
  api: TestApi,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Body; headers: Headers }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const text = await res.text();
  expect(text).not.toMatch(/<html|<pre>|at .*\.(js|ts):\d+/i);
  return { status: res.status, body: JSON.parse(text) as Body, headers: res.headers };
}

const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;
const query = (q: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query: q, ...extra });

describe.each(testDatabaseKinds())('documented refusals over HTTP on %s', (kind) => {
  const { api } = apiForSuite(kind, { seed: false });

  it('answers every GraphQL syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    for (const text of ['{ programs { ', '}', 'query {', '{ a(b: ) }', '"unterminated']) {
      const res = await post(api, query(text));
      expect([text, res.status, codeOf(res.body)]).toEqual([text, 400, 'GRAPHQL_PARSE_FAILED']);
    }
  });

  it('answers a query over the token or alias limit with 400 and a code', async () => {
    const tokens = await post(api, query(`{ ${'__typename '.repeat(3_500)} }`));
    expect([tokens.status, codeOf(tokens.body)]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    const aliases500 = Array.from({ length: 500 }, (_, i) => `a${i}: kejuruan { code }`);
    const many = await post(api, query(`{ ${aliases500.join(' ')} }`));
    expect(many.status).toBe(400);
    expect(codeOf(many.body)).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    const aliases20 = Array.from({ length: 20 }, (_, i) => `a${i}: kejuruan { code }`);
    const over = await post(api, query(`{ ${aliases20.join(' ')} }`));
    expect([over.status, codeOf(over.body)]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers malformed JSON and invalid UTF-8 with JSON 400 BAD_REQUEST', async () => {
    for (const body of ['{"query": ', '"x"', 'nul', '{"query":"{ __typename }"']) {
      const res = await post(api, body);
      expect([body, res.status, codeOf(res.body)]).toEqual([body, 400, 'BAD_REQUEST']);
      expect(res.body.errors?.[0]?.message).toMatch(/JSON/);
    }
    // {"query":"{ __typename }", "variables": {"x": "<ff fe>"}}
    const invalidUtf8 = new Uint8Array([
      ...Buffer.from('{"query":"{ __typename }","variables":{"x":"'),
      0xff,
      0xfe,
      ...Buffer.from('"}}'),
    ]);
    const res = await post(api, invalidUtf8);
    expect([res.status, codeOf(res.body)]).toEqual([400, 'BAD_REQUEST']);
    expect(res.body.errors?.[0]?.message).toMatch(/UTF-8/);
  });

  it('formats refusals made before the operation runs in the caller language, with its trace id', async () => {
    // Apollo refuses these before any plugin sees the request (no context yet, or none at all).
    for (const body of [
      JSON.stringify({ query: 1 }),
      JSON.stringify({ query: '{ a }', variables: '{}' }),
    ]) {
      const id = await post(api, body);
      const en = await post(api, body, { 'accept-language': 'en' });
      expect([id.status, codeOf(id.body), en.status, codeOf(en.body)]).toEqual([
        400,
        'BAD_REQUEST',
        400,
        'BAD_REQUEST',
      ]);
      expect(id.body.errors?.[0]?.extensions?.requestId).toBe(id.headers.get('x-request-id'));
      expect(en.body.errors?.[0]?.extensions?.requestId).toBe(en.headers.get('x-request-id'));
      expect(id.body.errors?.[0]?.message).not.toBe(en.body.errors?.[0]?.message);
    }
  });

  it('answers a body over 1 MB with JSON 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(api, query(`{ __typename } #${'x'.repeat(1_100_000)}`));
    expect([res.status, codeOf(res.body)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(res.body.errors?.[0]?.message).toBe('Ukuran data atau berkas terlalu besar.');
    const en = await post(api, query(`{ __typename } #${'x'.repeat(1_100_000)}`), {
      'accept-language': 'en',
    });
    expect(en.body.errors?.[0]?.message).toBe('The data or file is too large.');
  });

  it('refuses persisted queries with a typed code, never INTERNAL', async () => {
    for (const hash of ['abc', 'a'.repeat(64)]) {
      const withQuery = await post(
        api,
        query('{ __typename }', {
          extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        }),
      );
      expect([withQuery.status, codeOf(withQuery.body)]).toEqual([
        400,
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ]);
      const hashOnly = await post(
        api,
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      );
      expect([hashOnly.status, codeOf(hashOnly.body)]).toEqual([
        400,
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ]);
    }
  });

  it('answers the public RATE_LIMITED with 429 and Retry-After, thrown or returned', async () => {
    const TRACK = `query($code: String!, $token: String!) {
      trackFeedback(trackingCode: $code, accessToken: $token) { status } }`;
    const ip = { 'x-forwarded-for': '10.66.0.1' };
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 25 && codeOf(last?.body ?? {}) !== 'RATE_LIMITED'; i++) {
      const code = generateTrackingCode((n) => randomBytes(n));
      last = await post(api, query(TRACK, { variables: { code, token: 'ABCD2345EFGH6789' } }), ip);
      if (codeOf(last.body) !== 'RATE_LIMITED') expect(last.status).toBe(200);
    }
    expect(last && [last.status, codeOf(last.body)]).toEqual([429, 'RATE_LIMITED']);
    const retryAfter = Number(last?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBe(last?.body.errors?.[0]?.extensions?.retryAfterSeconds);

    // A mutation answers RATE_LIMITED as a member of its result union; HTTP says so too.
    const SUBMIT = `mutation($input: SubmitFeedbackInput!) {
      submitFeedback(input: $input) { __typename ... on Error { code } } }`;
    const other = { 'x-forwarded-for': '10.66.0.2' };
    let sent: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 12; i++) {
      sent = await post(
        api,
        query(SUBMIT, {
          variables: { input: { kind: 'saran', message: `Saran nomor ${i} untuk pelayanan.` } },
        }),
        other,
      );
      const result = sent.body.data?.submitFeedback as { code?: string } | undefined;
      if (result?.code === 'RATE_LIMITED') break;
      expect(sent.status).toBe(200);
    }
    expect(sent?.body.data?.submitFeedback).toEqual({
      __typename: 'OperationError',
      code: 'RATE_LIMITED',
    });
    expect(sent?.status).toBe(429);
    expect(Number(sent?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('explains GraphQL type errors in Indonesian by default, in English on request', async () => {
    const PAGE = 'query($n: Int!) { programs(first: $n) { edges { node { code } } } }';
    const SEND = `mutation($input: SubmitFeedbackInput!) {
      submitFeedback(input: $input) { __typename } }`;
    const cases: [string, Record<string, unknown> | undefined, string, string, string][] = [
      [
        PAGE,
        { n: 'x' },
        'BAD_USER_INPUT',
        'Nilai variabel "$n" tidak valid: harus bilangan bulat (Int), bukan "x"',
        'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
      ],
      [
        PAGE,
        {},
        'BAD_USER_INPUT',
        'Variabel wajib "$n" (tipe "Int!") tidak dikirim',
        'Variable "$n" of required type "Int!" was not provided.',
      ],
      [
        SEND,
        { input: { kind: 'saran', message: 'Saran yang cukup panjang.', extra: 1 } },
        'BAD_USER_INPUT',
        'Nilai variabel "$input" tidak valid: kolom "extra" tidak dikenal pada "SubmitFeedbackInput"',
        'Variable "$input" got invalid value { kind: "saran", message: "Saran yang cukup panjang.", extra: 1 }; Field "extra" is not defined by type "SubmitFeedbackInput".',
      ],
      [
        SEND,
        { input: { message: 'Saran yang cukup panjang.' } },
        'BAD_USER_INPUT',
        'Nilai variabel "$input" tidak valid: kolom wajib "kind" (tipe "FeedbackKind!") belum diisi',
        'Variable "$input" got invalid value { message: "Saran yang cukup panjang." }; Field "kind" of required type "FeedbackKind!" was not provided.',
      ],
      [
        '{ programs { edges { node { nope } } } }',
        undefined,
        'GRAPHQL_VALIDATION_FAILED',
        'Kolom "nope" tidak ada pada tipe "TrainingProgram"',
        'Cannot query field "nope" on type "TrainingProgram".',
      ],
      [
        '{ programs(first: "x") { edges { node { code } } } }',
        undefined,
        'GRAPHQL_VALIDATION_FAILED',
        'Nilai pada kueri tidak valid: harus bilangan bulat (Int), bukan "x"',
        'Int cannot represent non-integer value: "x"',
      ],
      [
        '{ programs { edges { node { code } } }',
        undefined,
        'GRAPHQL_PARSE_FAILED',
        'Kueri GraphQL tidak dapat dibaca: kesalahan sintaks pada baris 1, kolom 39',
        'Syntax Error: Expected Name, found <EOF>.',
      ],
    ];
    for (const [q, variables, code, id, en] of cases) {
      const idRes = await post(api, query(q, { variables }));
      expect([idRes.status, codeOf(idRes.body), idRes.body.errors?.[0]?.message]).toEqual([
        400,
        code,
        id,
      ]);
      const enRes = await post(api, query(q, { variables }), { 'accept-language': 'en-US,en' });
      expect(enRes.body.errors?.[0]?.message).toBe(en);
    }
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await fetch(`${api.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'Data tidak ditemukan.',
        requestId: res.headers.get('x-request-id'),
      },
    });
  });
});
