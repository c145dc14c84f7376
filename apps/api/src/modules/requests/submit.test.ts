import { createHash } from 'node:crypto';
import { testDatabaseKinds } from '@blk/db/testing';
import { PRIVACY_NOTICE_VERSION } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainingRequestInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { accessTokenFor } from '../shared/public-submission';
import { TEST_TOKEN_SECRET } from '../shared/token-secret';

const TRACK = /* GraphQL */ `
  query Track($code: String!, $token: String) {
    trackTrainingRequest(trackingCode: $code, accessToken: $token) { trackingCode }
  }
`;

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitTrainingRequestInput!, $key: String) {
    submitTrainingRequest(input: $input, idempotencyKey: $key) {
      __typename
      ... on SubmitTrainingRequestSuccess { trackingCode accessToken state firstDeadline }
      ... on ValidationError { code message issues { path code message } }
      ... on IdempotencyKeyReusedError { code message }
      ... on Error { code message }
    }
  }
`;

type SubmitResult = {
  submitTrainingRequest: {
    __typename: string;
    trackingCode?: string;
    accessToken?: string;
    state?: string;
    firstDeadline?: string;
    code?: string;
    issues?: { path: string; code: string; message: string }[];
  };
};

describe.each(testDatabaseKinds())('submitting a training request on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let programId: string;
  const input = () => trainingRequestInput(programId);

  beforeAll(async () => {
    const res = await api.gql<{ programs: { edges: { node: { id: string; code: string } }[] } }>(
      '{ programs(first: 50) { edges { node { id code } } } }',
    );
    programId = res.data?.programs.edges.find((e) => e.node.code === 'GAR-JHT-01')?.node.id ?? '';
  });

  it('lists the catalogue, regions and the service standard without login', async () => {
    const res = await api.gql<{
      programs: { edges: unknown[]; pageInfo: { hasNextPage: boolean } };
      regions: { code: string; island: string | null }[];
      serviceStandard: { components: { key: string }[]; completionWorkingDays: number };
    }>(
      '{ programs(first: 3) { edges { cursor } pageInfo { hasNextPage } } regions { code island } serviceStandard { components { key } completionWorkingDays } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.programs.edges).toHaveLength(3);
    expect(res.data?.programs.pageInfo.hasNextPage).toBe(true);
    expect(res.data?.regions.map((r) => r.code)).toContain('19.71');
    expect(res.data?.regions.find((r) => r.code === '19.02')?.island).toBe('Belitung');
    expect(res.data?.serviceStandard.components.map((c) => c.key)).toHaveLength(6);
    expect(res.data?.serviceStandard.completionWorkingDays).toBeGreaterThan(0);
  });

  it('accepts a valid request and stores request, first event and notification together', async () => {
    const res = await api.gql<SubmitResult>(SUBMIT, { input: input() });
    const result = res.data?.submitTrainingRequest;
    expect(result?.__typename).toBe('SubmitTrainingRequestSuccess');
    expect(result?.trackingCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(result?.accessToken).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const stored = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { trackingCode: result?.trackingCode?.replace('-', '') ?? '' },
      include: { events: true, requester: true },
    });
    expect(stored.requester.phone).toBe('+6281234567890');
    expect(stored.consentAt?.toISOString()).toBe(stored.submittedAt.toISOString());
    expect(stored.privacyNoticeVersion).toBe(PRIVACY_NOTICE_VERSION);
    expect(stored.events).toHaveLength(1);
    expect(stored.stepDueAt?.toISOString()).toBe(result?.firstDeadline);
    expect(
      await api.db.prisma.notificationOutbox.count({
        where: { payload: { path: ['trackingCode'], equals: stored.trackingCode } },
      }),
    ).toBe(1);
  });

  it('returns the same request when a submission is retried with its idempotency key', async () => {
    const key = crypto.randomUUID();
    const before = await api.db.prisma.trainingRequest.count();
    const [a, b] = await Promise.all([
      api.gql<SubmitResult>(SUBMIT, { input: input(), key }),
      api.gql<SubmitResult>(SUBMIT, { input: input(), key }),
    ]);
    const c = await api.gql<SubmitResult>(SUBMIT, { input: input(), key });
    expect(a.data?.submitTrainingRequest.trackingCode).toBeDefined();
    expect(b.data?.submitTrainingRequest.trackingCode).toBe(
      a.data?.submitTrainingRequest.trackingCode,
    );
    expect(c.data?.submitTrainingRequest.accessToken).toBe(
      a.data?.submitTrainingRequest.accessToken,
    );
    expect(await api.db.prisma.trainingRequest.count()).toBe(before + 1);
  });

  it('hands out a token that a copy of the database cannot reproduce', async () => {
    const key = crypto.randomUUID();
    const res = await api.gql<SubmitResult>(SUBMIT, { input: input(), key });
    const { trackingCode = '', accessToken = '' } = res.data?.submitTrainingRequest ?? {};
    expect(accessToken).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    // Everything a dump holds about the request: its row, with the idempotency key in clear.
    const row = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { trackingCode: trackingCode.replace('-', '') },
    });
    expect(row.idempotencyKey).toBe(key);
    expect(JSON.stringify(row)).not.toContain(accessToken.replace(/-/g, ''));
    // The old derivation from the key, and the same scheme under any other secret, open nothing.
    const forged = [
      createHash('sha256').update(`blk-access-token:${key}`).digest('base64url').slice(0, 32),
      accessTokenFor('request', key, 'a-guessed-secret-that-is-not-the-servers-0000'),
      accessTokenFor('request', key, row.accessTokenHash),
      accessTokenFor('request', key, key),
    ];
    for (const [i, token] of forged.entries()) {
      const tracked = await api.gql(
        TRACK,
        { code: trackingCode, token },
        { headers: { 'x-forwarded-for': `10.9.0.${i}` } },
      );
      expect(tracked.errors?.[0]?.extensions?.code, token).toMatch(/NOT_FOUND|VALIDATION_FAILED/);
    }
    // Only the server's secret gives it, which is why a retry can answer with it again.
    expect(accessTokenFor('request', key, TEST_TOKEN_SECRET)).toBe(accessToken);
    const real = await api.gql<{ trackTrainingRequest: { trackingCode: string } }>(
      TRACK,
      { code: trackingCode, token: accessToken },
      { headers: { 'x-forwarded-for': '10.9.1.1' } },
    );
    expect(real.data?.trackTrainingRequest.trackingCode).toBe(trackingCode);
  });

  it('refuses a reused idempotency key with other data, storing nothing', async () => {
    const key = crypto.randomUUID();
    const first = await api.gql<SubmitResult>(SUBMIT, { input: input(), key });
    expect(first.data?.submitTrainingRequest.__typename).toBe('SubmitTrainingRequestSuccess');
    const before = await api.db.prisma.trainingRequest.count();
    const other = await api.gql<SubmitResult>(SUBMIT, {
      input: { ...input(), organizationName: 'Pemerintah Desa Lain' },
      key,
    });
    expect(other.data?.submitTrainingRequest).toEqual({
      __typename: 'IdempotencyKeyReusedError',
      code: 'IDEMPOTENCY_KEY_REUSED',
      message:
        'Kunci pengiriman ini sudah dipakai untuk data yang berbeda. Muat ulang formulir lalu kirim lagi.',
    });
    expect(await api.db.prisma.trainingRequest.count()).toBe(before);
    // The same data written differently (phone format) is the same submission.
    const again = await api.gql<SubmitResult>(SUBMIT, {
      input: { ...input(), contactPhone: '+6281234567890' },
      key,
    });
    expect(again.data?.submitTrainingRequest.accessToken).toBe(
      first.data?.submitTrainingRequest.accessToken,
    );
  });

  it.each([
    ['a bad phone number', { contactPhone: '12345' }, 'contactPhone'],
    ['a region outside the province', { regionCode: '31.71.01.1001' }, 'regionCode'],
    ['a kecamatan instead of a desa', { regionCode: '19.04.01' }, 'regionCode'],
    ['too many participants for the program', { participantsExpected: 40 }, 'participantsExpected'],
    ['an end before the start', { preferredEnd: '2027-02-01' }, 'preferredEnd'],
    ['an unknown program', { programId: 'not-a-real-id' }, 'programId'],
    ['neither program nor need', { programId: null }, 'needDescription'],
    ['no consent to the privacy notice', { privacyConsent: null }, 'privacyConsent'],
    ['an unticked consent', { privacyConsent: false }, 'privacyConsent'],
    [
      'a window in the past',
      { preferredStart: '2020-01-01', preferredEnd: '2020-03-01' },
      'preferredStart',
    ],
  ])(
    'refuses %s with an Indonesian message on the field, storing nothing',
    async (_what, change, field) => {
      const before = await api.db.prisma.trainingRequest.count();
      const res = await api.gql<SubmitResult>(SUBMIT, { input: { ...input(), ...change } });
      const result = res.data?.submitTrainingRequest;
      expect(result?.__typename).toBe('ValidationError');
      expect(result?.code).toBe('VALIDATION_FAILED');
      const issue = result?.issues?.find((i) => i.path === field);
      expect(issue?.message).toBeTruthy();
      expect(issue?.message).not.toMatch(/^[a-z_.]+$/); // a sentence, not a key
      expect(await api.db.prisma.trainingRequest.count()).toBe(before);
    },
  );

  it('answers in English when asked', async () => {
    const res = await api.gql<SubmitResult>(
      SUBMIT,
      { input: { ...input(), contactPhone: 'x' } },
      { headers: { 'accept-language': 'en-US' } },
    );
    expect(res.data?.submitTrainingRequest.issues?.[0]?.message).toMatch(/phone/i);
  });

  it('rejects unknown fields and wrong types as GraphQL input errors', async () => {
    const res = await api.gql(SUBMIT, { input: { ...input(), participantsExpected: 'many' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const extra = await api.gql(SUBMIT, { input: { ...input(), isAdmin: true } });
    expect(extra.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
