import { testDatabaseKinds } from '@blk/db/testing';
import { addCalendarDays, toJakartaDate } from '@blk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitRequest, transition } from '../modules/workflow/test-helpers';
import { startTestApi, type TestApi } from '../testing/api';

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
  let api: TestApi;
  let cookies: Record<string, string>;
  let programId: string;
  const today = toJakartaDate(new Date());
  const start = addCalendarDays(today, 30);
  const input = (change: Record<string, unknown> = {}) => ({
    requesterType: 'desa',
    organizationName: 'Pemerintah Desa Nibung',
    contactName: 'Sekretaris Desa',
    contactPhone: '0812-3456-7890',
    regionCode: '19.04.01.2003',
    address: 'Jl. Raya Nibung No. 1',
    programId,
    participantsExpected: 16,
    preferredStart: start,
    preferredEnd: addCalendarDays(start, 60),
    privacyConsent: true,
    ...change,
  });

  beforeAll(async () => {
    api = await startTestApi(kind);
    cookies = {};
    for (const who of ['petugas', 'kasi', 'kabid', 'koordinator'])
      cookies[who] = await api.login(`${who}@blk.example`);
    const program = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { code: 'OTO-INJ-01' },
    });
    programId = program.id;
  });
  afterAll(async () => {
    await api?.close();
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

  it('answers a schedule ending 9999-12-31 quickly with a ValidationError', async () => {
    const { id } = await submitRequest(api, cookies.petugas as string, input());
    expect(await transition(api, cookies.petugas, id, 'verify', 1)).toMatchObject({ version: 2 });
    const assessed = await transition(api, cookies.kasi, id, 'submit_assessment', 2, {
      surveyDate: today,
      findings: 'Balai desa layak',
      localPotential: 'Bengkel motor',
      facilities: 'Balai desa',
      recommendedProgramme: 'OTO-INJ-01',
    });
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
        transition(api, cookies.koordinator, id, 'schedule', 4, {
          startDate,
          endDate,
          instructors: [instructor.id],
          venue: 'Balai Desa Nibung',
        }),
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
