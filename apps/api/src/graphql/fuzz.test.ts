import { testDatabaseKinds } from '@blk/db/testing';
import { addCalendarDays, toJakartaDate } from '@blk/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainingRequestInput } from '../testing/fixtures';
import { deepJson } from '../testing/raw-gql';
import { apiForSuite } from '../testing/suite-api';

/**
 * Property test of the whole input boundary (issue 15 defect 3, issue 11): random strings with
 * control characters and lone surrogates, odd and far dates, deep and wide JSON, sent as
 * variables of syntactically valid operations to every public operation and to staff ones.
 * No answer may be INTERNAL or an HTTP 5xx. A few hundred cases by default; more with
 * BLK_FUZZ_RUNS=10000.
 */
const RUNS = Number(process.env.BLK_FUZZ_RUNS ?? 300);

/** Text that once reached PostgreSQL or a JSON column unchecked, and its neighbours. */
const nastyPiece = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\u009b',
  '\ud800',
  '\udfff',
  'a\udfffb',
  '\ud83d\ude00',
  '\r\n',
  '\t',
  '\u2028',
  '\ufeff',
  '\'; DROP TABLE "TrainingRequest"; --',
  '%_\\',
  '{"a":1}',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  ' ',
  '',
);

const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
  fc
    .array(fc.oneof(nastyPiece, fc.string({ maxLength: 8 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
  fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

const FIRST_DAY = Date.parse('0001-01-01T00:00:00Z') / 86_400_000;
const LAST_DAY = Date.parse('9999-12-31T00:00:00Z') / 86_400_000;
const isoOfDay = (n: number) => {
  const d = new Date(n * 86_400_000);
  const pad = (v: number, w: number) => String(v).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const today = toJakartaDate(new Date());

const nastyDate = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(isoOfDay),
  fc.integer({ min: -30, max: 500 }).map((n) => addCalendarDays(today, n)),
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '9999-12-31',
    '10000-01-01',
    '+010000-01-01',
    '-000001-01-01',
    '2026-02-30',
    '2026-13-01',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
    '',
  ),
  nastyString,
);

/** JSON nested up to 6,000 levels, as text (see RawJson). */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 6_000 }), fc.boolean())
  .map(([depth, arrays]) => deepJson(depth, arrays));

const nastyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  deep,
  fc.dictionary(nastyString, fc.oneof(nastyString, nastyDate, fc.jsonValue({ maxDepth: 2 })), {
    maxKeys: 6,
  }),
  fc.integer({ min: 1, max: 60_000 }).map((n) => ({ list: Array.from({ length: n }, () => 0) })),
);

/** Any value a variable might carry: strings, dates, numbers, JSON. */
const nastyValue = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyDate },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: nastyJson },
);

/** A valid-looking object with one to three fields replaced by nasty values. */
function spoiled(base: Record<string, unknown>, extraKeys: string[] = []) {
  const keys = [...Object.keys(base), ...extraKeys];
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), nastyValue), { minLength: 1, maxLength: 3 })
    .map((changes) => ({ ...base, ...Object.fromEntries(changes) }));
}

interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables: fc.Arbitrary<Record<string, unknown>>;
  readonly staff?: boolean;
}

const ERROR_CODE = '__typename ... on Error { code }';

function operations(programId: string): Operation[] {
  const request = trainingRequestInput(programId, {
    preferredStart: addCalendarDays(today, 30),
    preferredEnd: addCalendarDays(today, 90),
  });
  const answers = { u1: 4, u2: 3, u3: 4, u4: 3, u5: 4, u6: 3, u7: 4, u8: 3, u9: 4 };
  const feedback = { kind: 'saran', message: 'Pelayanan sudah baik, terima kasih.' };
  return [
    {
      name: 'submitTrainingRequest',
      query: `mutation($input: SubmitTrainingRequestInput!, $key: String) {
        submitTrainingRequest(input: $input, idempotencyKey: $key) { ${ERROR_CODE} } }`,
      variables: fc.record({
        input: spoiled(request, ['needDescription', 'note', 'venueDetails', 'contactEmail']),
        key: fc.option(fc.oneof(fc.uuid(), nastyString), { nil: undefined }),
      }),
    },
    {
      name: 'trackTrainingRequest',
      query: `query($c: String!, $t: String, $p: String) {
        trackTrainingRequest(trackingCode: $c, accessToken: $t, phone: $p) { __typename } }`,
      variables: fc.record({ c: nastyString, t: nastyString, p: nastyString }),
    },
    {
      name: 'cancelTrainingRequest',
      query: `mutation($c: String!, $t: String!, $r: String) {
        cancelTrainingRequest(trackingCode: $c, accessToken: $t, reason: $r) { ${ERROR_CODE} } }`,
      variables: fc.record({ c: nastyString, t: nastyString, r: nastyString }),
    },
    {
      name: 'submitSatisfactionSurvey',
      query: `mutation($c: String!, $t: String!, $input: SatisfactionSurveyInput!) {
        submitSatisfactionSurvey(trackingCode: $c, accessToken: $t, input: $input) { ${ERROR_CODE} } }`,
      variables: fc.record({
        c: nastyString,
        t: nastyString,
        input: fc.record({ answers: spoiled(answers), comment: nastyString }),
      }),
    },
    {
      name: 'submitFeedback',
      query: `mutation($input: SubmitFeedbackInput!, $key: String) {
        submitFeedback(input: $input, idempotencyKey: $key) { ${ERROR_CODE} } }`,
      variables: fc.record({
        input: spoiled(feedback, ['name', 'phone', 'email', 'trackingCode']),
        key: fc.option(fc.oneof(fc.uuid(), nastyString), { nil: undefined }),
      }),
    },
    {
      name: 'trackFeedback',
      query: `query($c: String!, $t: String!) {
        trackFeedback(trackingCode: $c, accessToken: $t) { __typename } }`,
      variables: fc.record({ c: nastyString, t: nastyString }),
    },
    {
      name: 'programs',
      query: `query($s: String, $k: String) {
        programs(first: 3, search: $s, kejuruan: $k) { edges { cursor } } }`,
      variables: fc.record({ s: nastyString, k: nastyString }),
    },
    {
      name: 'trainingRequests',
      staff: true,
      query: `query($f: TrainingRequestFilter) {
        trainingRequests(first: 3, filter: $f) { edges { cursor } } }`,
      variables: fc.record({
        f: spoiled({ search: 'Nibung', submittedFrom: '2026-01-01' }, [
          'regionPrefix',
          'stepRole',
          'submittedTo',
          'programId',
        ]),
      }),
    },
    {
      name: 'transitionTrainingRequest',
      staff: true,
      query: `mutation($id: ID!, $a: String!, $input: JSON, $v: Int!) {
        transitionTrainingRequest(id: $id, action: $a, input: $input, expectedVersion: $v) {
          ${ERROR_CODE} } }`,
      variables: fc.record({
        id: fc.oneof(fc.uuid(), nastyString),
        a: fc.oneof(fc.constantFrom('verify', 'schedule', 'reject'), nastyString),
        input: nastyJson,
        v: fc.integer({ min: 0, max: 5 }),
      }),
    },
  ];
}

/** Every code in an answer: union members' and thrown errors'. */
function codesOf(body: { data?: unknown; errors?: { extensions?: { code?: string } }[] }) {
  const data = (body.data ?? {}) as Record<string, { code?: string } | null>;
  return [
    ...Object.values(data).map((v) => v?.code),
    ...(body.errors ?? []).map((e) => e.extensions?.code),
  ].filter((c): c is string => typeof c === 'string');
}

describe.each(testDatabaseKinds())('fuzzed input on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['petugas'] });
  let ops: Operation[];

  beforeAll(async () => {
    const program = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { code: 'OTO-INJ-01' },
    });
    ops = operations(program.id);
  });

  it(
    'never answers INTERNAL or HTTP 5xx',
    async () => {
      const cases = fc
        .integer({ min: 0, max: ops.length - 1 })
        .chain((i) => fc.tuple(fc.constant(i), (ops[i] as Operation).variables));
      await fc.assert(
        fc.asyncProperty(cases, async ([i, variables]) => {
          const op = ops[i] as Operation;
          const res = await api.gql(op.query, variables, op.staff ? { cookie: staff.petugas } : {});
          const codes = codesOf(res);
          const summary = `${op.name} → ${res.status} ${codes.join(',')}`;
          expect(res.status, summary).toBeLessThan(500);
          expect(codes, summary).not.toContain('INTERNAL');
          // Something answered: data, or an error with a code.
          expect(res.data !== undefined || codes.length > 0, summary).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    RUNS <= 300 ? 120_000 : 3_600_000,
  );
});
