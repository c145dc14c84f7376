import { testDatabaseKinds } from '@blk/db/testing';
import { addCalendarDays, toJakartaDate } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { submitRequest, transition } from '../modules/workflow/test-helpers';
import { assessmentInput, scheduleInput, trainingRequestInput } from '../testing/fixtures';
import { deepJson, gqlRaw } from '../testing/raw-gql';
import { apiForSuite } from '../testing/suite-api';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitTrainingRequestInput!) {
    submitTrainingRequest(input: $input) {
      __typename
      ... on ValidationError { code issues { path code message } }
      ... on Error { code message }
    }
  }
`;

type Submitted = {
  submitTrainingRequest: {
    __typename: string;
    code?: string;
    issues?: { path: string; code: string; message: string }[];
  };
};

/** Every answer must come quickly: a hang on far dates once froze the whole server. */
const QUICK_MS = 3_000;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe.each(testDatabaseKinds())('input hardening on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let cookies: Record<string, string>;
  let programId: string;
  const today = toJakartaDate(new Date());
  const start = addCalendarDays(today, 30);
  const input = (change: Record<string, unknown> = {}) =>
    trainingRequestInput(programId, {
      preferredStart: start,
      preferredEnd: addCalendarDays(start, 60),
      ...change,
    });

  beforeAll(async () => {
    cookies = {};
    for (const who of ['petugas', 'kasi', 'kabid', 'koordinator'])
      cookies[who] = await api.login(`${who}@blk.example`);
    const program = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { code: 'OTO-INJ-01' },
    });
    programId = program.id;
  });

  it.each([
    ['preferredEnd', { preferredEnd: '9999-12-31' }],
    ['preferredStart', { preferredStart: '9999-07-01', preferredEnd: '9999-12-31' }],
    ['preferredStart', { preferredStart: '2099-01-01', preferredEnd: '2099-03-31' }],
  ])('answers a far %s quickly with a ValidationError', async (field, change) => {
    const { result, ms } = await timed(() => api.gql<Submitted>(SUBMIT, { input: input(change) }));
    expect(ms).toBeLessThan(QUICK_MS);
    expect(result.errors).toBeUndefined();
    const answer = result.data?.submitTrainingRequest;
    expect(answer?.__typename, JSON.stringify(answer)).toBe('ValidationError');
    expect(answer?.issues?.map((i) => i.path)).toContain(field);
  });

  it('refuses year 0000 as a validation error, not INTERNAL', async () => {
    const res = await api.gql<Submitted>(SUBMIT, {
      input: input({ preferredStart: '0000-01-01', preferredEnd: '0000-02-01' }),
    });
    const answer = res.data?.submitTrainingRequest;
    const codes = [answer?.code, ...(res.errors ?? []).map((e) => e.extensions?.code)];
    expect(codes).not.toContain('INTERNAL');
    // The Date scalar refuses it before the schema runs: a request error with a code.
    expect(codes.filter(Boolean)[0]).toMatch(/^(BAD_USER_INPUT|VALIDATION_FAILED)$/);
  });

  /** The codes of an answer: a union member's code, and those of any thrown errors. */
  const codesOf = (res: { data?: unknown; errors?: { extensions?: { code?: string } }[] }) => [
    ...Object.values((res.data ?? {}) as Record<string, { code?: string } | null>).map(
      (v) => v?.code,
    ),
    ...(res.errors ?? []).map((e) => e.extensions?.code),
  ];

  it.each([
    ['a NUL byte', 'Budi\u0000Santoso', 'text.control_character'],
    ['an escape sequence', 'Budi\u001b[2J', 'text.control_character'],
    ['a C1 control', 'Budi\u0085', 'text.control_character'],
    ['a lone surrogate', 'a\udfffb', 'text.invalid_unicode'],
  ])(
    'refuses %s in the request form with a localised ValidationError',
    async (_what, bad, code) => {
      const res = await api.gql<Submitted>(SUBMIT, {
        input: input({ contactName: bad, note: bad }),
      });
      const answer = res.data?.submitTrainingRequest;
      expect(answer?.__typename, JSON.stringify(res)).toBe('ValidationError');
      expect(answer?.issues).toContainEqual(
        expect.objectContaining({ path: 'contactName', code, message: expect.any(String) }),
      );
    },
  );

  it.each([
    ['programs(search:)', '{ programs(first: 3, search: "las\\u0000") { edges { cursor } } }', {}],
    [
      'programs(search:) by variable',
      'query($s: String) { programs(first: 3, search: $s) { edges { cursor } } }',
      { s: 'las\u0000' },
    ],
    [
      'programs(kejuruan:)',
      'query($s: String) { programs(first: 3, kejuruan: $s) { edges { cursor } } }',
      { s: '\ud800' },
    ],
    [
      'trackTrainingRequest',
      'query($c: String!) { trackTrainingRequest(trackingCode: $c, accessToken: "x") { __typename } }',
      { c: 'AB\u0000CD' },
    ],
    [
      'trackFeedback',
      'query($t: String!) { trackFeedback(trackingCode: "ABCDE-FGHIJ", accessToken: $t) { kind } }',
      { t: '\u0000'.repeat(20) },
    ],
  ])('refuses control characters in %s with VALIDATION_FAILED', async (_what, query, variables) => {
    const res = await api.gql(query, variables);
    expect(codesOf(res), JSON.stringify(res)).toContain('VALIDATION_FAILED');
    expect(codesOf(res)).not.toContain('INTERNAL');
    expect(res.status).toBeLessThan(500);
  });

  it('refuses control characters in the staff search with VALIDATION_FAILED', async () => {
    const res = await api.gql(
      'query($s: String) { trainingRequests(first: 3, filter: { search: $s }) { edges { cursor } } }',
      { s: 'Nibung\u0000' },
      { cookie: cookies.petugas },
    );
    expect(codesOf(res), JSON.stringify(res)).toContain('VALIDATION_FAILED');
  });

  const TRANSITION_UNKNOWN = /* GraphQL */ `
    mutation($input: JSON) {
      transitionTrainingRequest(
        id: "00000000-0000-4000-8000-000000000000", action: "verify", input: $input, expectedVersion: 1
      ) { __typename ... on Error { code } }
    }
  `;

  it.each([
    ['nested 5,000 levels deep', deepJson(5000)],
    ['nested 100,000 levels deep', deepJson(100_000, false)],
    ['with a NUL byte', { note: 'ok\u0000' }],
    ['with a lone surrogate', { note: 'a\udfffb' }],
    ['with a lone surrogate in a key', { 'a\ud800': 'b' }],
    ['with 50,000 values', { list: Array.from({ length: 50_000 }, (_, i) => i) }],
  ])(
    'refuses transition input %s with a typed error, even for an unknown id',
    async (_what, value) => {
      const res = await gqlRaw(api, TRANSITION_UNKNOWN, { input: value }, cookies.petugas);
      const codes = codesOf(res).filter(Boolean);
      expect(codes, JSON.stringify(res).slice(0, 500)).not.toContain('INTERNAL');
      expect(codes[0]).toMatch(/^(BAD_USER_INPUT|VALIDATION_FAILED)$/);
      expect(res.status).toBeLessThan(500);
    },
  );

  it.each([['0001-01-01'], ['0999-12-31']])(
    'refuses the day %s in a staff filter as a request error, not INTERNAL',
    async (day) => {
      // 00:00 WIB of 0001-01-01 is year 0 in UTC, which PostgreSQL refuses (found by the fuzzer).
      const res = await api.gql(
        'query($d: Date) { trainingRequests(first: 1, filter: { submittedFrom: $d }) { edges { cursor } } }',
        { d: day },
        { cookie: cookies.petugas },
      );
      expect(codesOf(res).filter(Boolean)).toEqual(['BAD_USER_INPUT']);
    },
  );

  it.each([
    [
      'submittedTo 9999-12-31',
      'trainingRequests(first: 1, filter: { submittedTo: "9999-12-31" }) { edges { cursor } }',
    ],
    [
      'expiring certificates in 4 billion days',
      'instructors(first: 1, certificateExpiringWithinDays: 2000000000) { edges { cursor } }',
    ],
  ])(
    'answers date arithmetic beyond 9999 (%s) with VALIDATION_FAILED, not INTERNAL',
    async (_what, field) => {
      // Found by the fuzzer on PostgreSQL: the day after 9999-12-31 is outside the calendar.
      const res = await api.gql(`{ ${field} }`, {}, { cookie: cookies.koordinator });
      expect(codesOf(res).filter(Boolean), JSON.stringify(res)).toEqual(['VALIDATION_FAILED']);
    },
  );

  it('refuses a DateTime outside 1000..9999 as a request error with a code', async () => {
    const admin = await api.login('admin@blk.example');
    const res = await api.gql(
      'query($d: DateTime) { auditLog(first: 1, from: $d) { edges { cursor } } }',
      { d: '-010000-01-01T00:00:00Z' },
      { cookie: admin },
    );
    const codes = codesOf(res).filter(Boolean);
    expect(codes).not.toContain('INTERNAL');
    expect(codes.length).toBeGreaterThan(0);
  });

  it('answers a schedule ending 9999-12-31 quickly with a ValidationError', async () => {
    const { id } = await submitRequest(api, cookies.petugas as string, input());
    expect(await transition(api, cookies.petugas, id, 'verify', 1)).toMatchObject({ version: 2 });
    const assessed = await transition(
      api,
      cookies.kasi,
      id,
      'submit_assessment',
      2,
      assessmentInput({ surveyDate: today }),
    );
    expect(assessed).toMatchObject({ version: 3 });
    expect(await transition(api, cookies.kabid, id, 'approve', 3)).toMatchObject({ version: 4 });
    const instructor = await api.db.prisma.instructor.findFirstOrThrow({
      where: { name: 'Agus Salim' },
    });
    for (const [startDate, endDate] of [
      [start, '9999-12-31'],
      ['9999-12-01', '9999-12-31'],
    ]) {
      const { result, ms } = await timed(() =>
        transition(
          api,
          cookies.koordinator,
          id,
          'schedule',
          4,
          scheduleInput([instructor.id], { startDate, endDate }),
        ),
      );
      expect(ms).toBeLessThan(QUICK_MS);
      expect(result, JSON.stringify(result)).toMatchObject({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await api.db.prisma.trainingSchedule.count({ where: { requestId: id } })).toBe(0);
  });
});
