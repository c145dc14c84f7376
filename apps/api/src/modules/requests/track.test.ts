import { DEMO_ACCESS_TOKEN } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { formatTrackingCode } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_MAIN_PATH, trainingRequestInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';

const TRACK = /* GraphQL */ `
  query Track($code: String!, $token: String, $phone: String) {
    trackTrainingRequest(trackingCode: $code, accessToken: $token, phone: $phone) {
      trackingCode organizationName regionName programName submittedAt
      stepKey stepName stepDescription statusLabel stepDueAt closedAt
      timeline { label at onTime stepKey stepName }
      expectedSteps { stepKey name byRequester estimatedStartAt estimatedDueAt }
      viewerCanCancel viewerCanAnswerSurvey
      schedule { startDate endDate venue programName instructors }
    }
  }
`;

const CANCEL = /* GraphQL */ `
  mutation Cancel($code: String!, $token: String!, $reason: String) {
    cancelTrainingRequest(trackingCode: $code, accessToken: $token, reason: $reason) {
      __typename
      ... on TrackedTrainingRequest { stepKey closedAt viewerCanCancel statusLabel }
      ... on TransitionRefusedError { reasons { code message } }
      ... on Error { code message }
    }
  }
`;

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitTrainingRequestInput!) {
    submitTrainingRequest(input: $input) {
      __typename
      ... on SubmitTrainingRequestSuccess { trackingCode accessToken firstDeadline }
      ... on Error { code }
    }
  }
`;

interface Tracked {
  trackingCode: string;
  organizationName: string;
  regionName: string;
  programName: string | null;
  stepKey: string;
  stepName: string;
  statusLabel: string;
  stepDueAt: string | null;
  closedAt: string | null;
  timeline: { label: string; at: string; onTime: boolean | null; stepKey: string }[];
  expectedSteps: {
    stepKey: string;
    byRequester: boolean;
    estimatedStartAt: string | null;
    estimatedDueAt: string | null;
  }[];
  viewerCanCancel: boolean;
  viewerCanAnswerSurvey: boolean;
  schedule: {
    startDate: string;
    endDate: string;
    venue: string;
    programName: string;
    instructors: string[];
  } | null;
}
type TrackResult = { trackTrainingRequest: Tracked | null };
type CancelResult = {
  cancelTrainingRequest: {
    __typename: string;
    stepKey?: string;
    closedAt?: string | null;
    viewerCanCancel?: boolean;
    statusLabel?: string;
    code?: string;
    message?: string;
    reasons?: { code: string; message: string }[];
  };
};

/** Each test speaks from its own client address, so the per-IP limits do not interfere. */
const from = (ip: string, extra: Record<string, string> = {}) => ({
  headers: { 'x-forwarded-for': ip, ...extra },
});

describe.each(testDatabaseKinds())('public follow-up of a request on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let programId: string;
  const input = () => trainingRequestInput(programId, { contactEmail: 'sekdes@nibung.desa.id' });
  const demoIn = async (state: string) => {
    const r = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state },
      orderBy: { trackingCode: 'asc' },
      include: { requester: true },
    });
    return r;
  };

  beforeAll(async () => {
    programId = (
      await api.db.prisma.trainingProgram.findUniqueOrThrow({ where: { code: 'GAR-JHT-01' } })
    ).id;
  });

  it('lets a requester follow a new request by token or phone, then cancel it', async () => {
    const submitted = await api.gql<{
      submitTrainingRequest: { trackingCode: string; accessToken: string; firstDeadline: string };
    }>(SUBMIT, { input: input() }, from('10.1.0.1'));
    const { trackingCode, accessToken, firstDeadline } = submitted.data?.submitTrainingRequest ?? {
      trackingCode: '',
      accessToken: '',
      firstDeadline: '',
    };

    const byToken = await api.gql<TrackResult>(
      TRACK,
      { code: trackingCode.toLowerCase(), token: accessToken },
      from('10.1.0.1'),
    );
    expect(byToken.errors).toBeUndefined();
    const view = byToken.data?.trackTrainingRequest;
    expect(view).toMatchObject({
      trackingCode,
      organizationName: 'Pemerintah Desa Nibung',
      programName: expect.any(String),
      stepKey: 'diterima',
      stepName: 'Verifikasi permohonan',
      statusLabel: 'Permohonan diterima',
      stepDueAt: firstDeadline,
      closedAt: null,
      viewerCanCancel: true,
      viewerCanAnswerSurvey: false,
      schedule: null,
    });
    expect(view?.timeline).toEqual([
      expect.objectContaining({ label: 'Permohonan diterima', onTime: null, stepKey: 'diterima' }),
    ]);
    // The main path ahead, each estimate starting where the previous one is due; delivery
    // depends on a schedule that does not exist yet.
    const ahead = view?.expectedSteps ?? [];
    expect(ahead.map((s) => s.stepKey)).toEqual(SEEDED_MAIN_PATH.slice(1));
    expect(ahead[0]?.estimatedStartAt).toBe(firstDeadline);
    for (let i = 0; i <= 2; i++) {
      expect(ahead[i + 1]?.estimatedStartAt).toBe(ahead[i]?.estimatedDueAt);
      expect(Date.parse(ahead[i]?.estimatedDueAt ?? '')).toBeGreaterThan(
        Date.parse(ahead[i]?.estimatedStartAt ?? ''),
      );
    }
    expect(ahead[3]?.estimatedDueAt).toBeNull();
    expect(ahead[4]?.estimatedStartAt).toBeNull();
    expect(ahead.find((s) => s.stepKey === 'menunggu_survei')?.byRequester).toBe(true);
    // Nothing personal beyond what was asked: no contact name, phone or e-mail.
    expect(JSON.stringify(view)).not.toMatch(/Sekretaris|3456|sekdes/);

    const byPhone = await api.gql<TrackResult>(
      TRACK,
      { code: trackingCode, phone: '+62 812 3456 7890' },
      from('10.1.0.1'),
    );
    expect(byPhone.data?.trackTrainingRequest?.trackingCode).toBe(trackingCode);

    const cancelled = await api.gql<CancelResult>(
      CANCEL,
      { code: trackingCode, token: accessToken, reason: 'Balai desa dipakai untuk pemilu' },
      from('10.1.0.1'),
    );
    expect(cancelled.data?.cancelTrainingRequest).toMatchObject({
      __typename: 'TrackedTrainingRequest',
      stepKey: 'dibatalkan',
      closedAt: expect.any(String),
      viewerCanCancel: false,
      statusLabel: 'Permohonan dibatalkan oleh pemohon',
    });
    const stored = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { trackingCode: trackingCode.replace('-', '') },
      include: { events: { orderBy: { seq: 'asc' } } },
    });
    expect(stored.events.at(-1)).toMatchObject({
      action: 'cancel',
      actorType: 'requester',
      fromState: 'diterima',
      inputs: { reason: 'Balai desa dipakai untuk pemilu' },
    });
    expect(
      await api.db.prisma.notificationOutbox.count({
        where: { template: 'request_cancelled', recipient: 'sekdes@nibung.desa.id' },
      }),
    ).toBe(1);

    const again = await api.gql<CancelResult>(
      CANCEL,
      { code: trackingCode, token: accessToken },
      from('10.1.0.1', { 'accept-language': 'en' }),
    );
    expect(again.data?.cancelTrainingRequest).toMatchObject({
      __typename: 'TransitionRefusedError',
      code: 'TRANSITION_NOT_ALLOWED',
      reasons: [
        {
          code: 'WRONG_STATE',
          message: 'This step cannot be taken at the request’s current stage',
        },
      ],
    });
  });

  it('shows a scheduled request its schedule and an honest timeline, and refuses to cancel it', async () => {
    const demo = await demoIn('terjadwal');
    const res = await api.gql<TrackResult>(
      TRACK,
      { code: demo.trackingCode, token: DEMO_ACCESS_TOKEN },
      from('10.1.0.2', { 'accept-language': 'en' }),
    );
    const view = res.data?.trackTrainingRequest;
    const schedule = await api.db.prisma.trainingSchedule.findFirstOrThrow({
      where: { requestId: demo.id },
      include: { instructors: { include: { instructor: true } } },
    });
    expect(schedule.instructors.length).toBeGreaterThan(0);
    expect(view?.schedule).toMatchObject({
      startDate: schedule.startDate.toISOString().slice(0, 10),
      endDate: schedule.endDate.toISOString().slice(0, 10),
      venue: schedule.venue,
    });
    // The requester learns whom to expect: the instructors' names, nothing more of them.
    expect([...(view?.schedule?.instructors ?? [])].sort()).toEqual(
      schedule.instructors.map((a) => a.instructor.name).sort(),
    );
    const events = await api.db.prisma.requestEvent.findMany({
      where: { requestId: demo.id },
      orderBy: { seq: 'asc' },
    });
    expect(view?.timeline.map((e) => [e.stepKey, e.onTime])).toEqual(
      events.map((e) => [e.toState, e.fromState === null ? null : e.onTime]),
    );
    expect(view?.timeline.map((e) => e.label)).toEqual([
      'Request received',
      'Request complete, forwarded for assessment',
      'Needs assessment done',
      'Request approved',
      'Training scheduled',
    ]);
    expect(view?.viewerCanCancel).toBe(false);
    // With the schedule known, delivery is due at the end of the training.
    expect(view?.expectedSteps[0]?.stepKey).toBe('pelaksanaan');
    expect(view?.expectedSteps[0]?.estimatedDueAt).not.toBeNull();

    const refused = await api.gql<CancelResult>(
      CANCEL,
      { code: demo.trackingCode, token: DEMO_ACCESS_TOKEN },
      from('10.1.0.2'),
    );
    expect(refused.data?.cancelTrainingRequest.__typename).toBe('TransitionRefusedError');
    expect(refused.data?.cancelTrainingRequest.reasons?.[0]?.message).toBe(
      'Langkah ini tidak dapat dilakukan pada tahap permohonan saat ini',
    );
    const after = await api.db.prisma.trainingRequest.findUniqueOrThrow({ where: { id: demo.id } });
    expect([after.state, after.version]).toEqual([demo.state, demo.version]);
  });

  it('answers a wrong token or phone exactly like an unknown code', async () => {
    const demo = await demoIn('diterima');
    const attempts = [
      { code: demo.trackingCode, token: 'XXXX-XXXX-XXXX-XXXX' },
      { code: demo.trackingCode, phone: '0812-0000-0000' },
      { code: formatTrackingCode('0000000000'), token: DEMO_ACCESS_TOKEN },
    ];
    const answers = [];
    for (const vars of attempts) {
      const res = await api.gql<TrackResult>(TRACK, vars, from('10.1.0.3'));
      // Each answer carries its own trace id; everything else must be the same.
      const errors = res.errors?.map(({ message, extensions }) => {
        const { requestId, ...rest } = extensions ?? {};
        expect(requestId).toEqual(expect.any(String));
        return [message, rest];
      });
      answers.push({ data: res.data, errors });
    }
    expect(answers[0]).toEqual({
      data: null,
      errors: [['Data tidak ditemukan.', { code: 'NOT_FOUND' }]],
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    const right = await api.gql<TrackResult>(
      TRACK,
      { code: demo.trackingCode, phone: demo.requester.phone },
      from('10.1.0.3'),
    );
    expect(right.data?.trackTrainingRequest?.stepKey).toBe('diterima');

    const cancel = await api.gql<CancelResult>(
      CANCEL,
      { code: demo.trackingCode, token: 'YYYY-YYYY-YYYY-YYYY' },
      from('10.1.0.3'),
    );
    expect(cancel.data?.cancelTrainingRequest).toMatchObject({
      __typename: 'OperationError',
      code: 'NOT_FOUND',
    });
  });

  it('refuses malformed lookups with field messages', async () => {
    const badCode = await api.gql(TRACK, { code: 'ABCDE-FGHIJ', token: DEMO_ACCESS_TOKEN });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'trackingCode', code: 'tracking.invalid' }],
    });
    const demo = await demoIn('diterima');
    const noProof = await api.gql(TRACK, { code: demo.trackingCode }, from('10.1.0.4'));
    expect(noProof.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'accessToken', code: 'tracking.token_or_phone' }],
    });
    const longReason = await api.gql<CancelResult>(
      CANCEL,
      { code: demo.trackingCode, token: DEMO_ACCESS_TOKEN, reason: 'x'.repeat(501) },
      from('10.1.0.4'),
    );
    expect(longReason.data?.cancelTrainingRequest).toMatchObject({
      __typename: 'ValidationError',
    });
    expect((await demoIn('diterima')).version).toBe(demo.version);
  });

  it('limits lookups per client address and per tracking code', async () => {
    const demo = await demoIn('asesmen_kebutuhan');
    const vars = { code: demo.trackingCode, token: DEMO_ACCESS_TOKEN };
    for (let i = 0; i < 20; i++) {
      const ok = await api.gql<TrackResult>(TRACK, vars, from('10.2.0.1'));
      expect(ok.data?.trackTrainingRequest?.stepKey).toBe('asesmen_kebutuhan');
    }
    const limited = await api.gql(TRACK, vars, from('10.2.0.1'));
    expect(limited.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(limited.errors?.[0]?.message).toBe(
      'Terlalu banyak permintaan. Coba lagi beberapa saat lagi.',
    );
    // Other addresses may still look: correct lookups never count against the code.
    for (let i = 0; i < 40; i++) {
      const ok = await api.gql<TrackResult>(TRACK, vars, from(`10.2.1.${i}`));
      expect(ok.errors).toBeUndefined();
    }
  });

  it('never lets strangers lock the owner out: only wrong guesses count per code', async () => {
    const demo = await demoIn('persetujuan');
    // 30 wrong guesses on one code, spread over 30 addresses (no per-IP limit is reached).
    for (let i = 0; i < 30; i++) {
      const guess = await api.gql(
        TRACK,
        { code: demo.trackingCode, token: `${String(i).padStart(4, '0')}-0000-0000-0000` },
        from(`10.4.0.${i}`),
      );
      expect(guess.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // The owner's token still answers, from any address, as often as the per-IP limit allows.
    for (let i = 0; i < 3; i++) {
      const owner = await api.gql<TrackResult>(
        TRACK,
        { code: demo.trackingCode, token: DEMO_ACCESS_TOKEN },
        from(`10.4.1.${i}`),
      );
      expect(owner.errors).toBeUndefined();
      expect(owner.data?.trackTrainingRequest?.trackingCode).toBe(
        formatTrackingCode(demo.trackingCode),
      );
    }
    // The guessable proof (the phone number) is what the per-code limit protects: it waits now.
    const byPhone = await api.gql(
      TRACK,
      { code: demo.trackingCode, phone: demo.requester.phone },
      from('10.4.2.1'),
    );
    expect(byPhone.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    // Further wrong guesses are refused the same way, whatever they are.
    const more = await api.gql(
      TRACK,
      { code: demo.trackingCode, token: '1111-2222-3333-4444' },
      from('10.4.2.2'),
    );
    expect(more.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('accepts the token as people type it: any case, spaces, dashes, O for 0, I or L for 1', async () => {
    const submitted = await api.gql<{
      submitTrainingRequest: { trackingCode: string; accessToken: string };
    }>(SUBMIT, { input: input() }, from('10.5.0.1'));
    const { trackingCode, accessToken } = submitted.data?.submitTrainingRequest ?? {
      trackingCode: '',
      accessToken: '',
    };
    expect(accessToken).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const typed = [
      accessToken.toLowerCase(),
      accessToken.replace(/-/g, ' '),
      accessToken.replace(/-/g, ''),
      accessToken.replace(/0/g, 'O').replace(/1/g, 'l'),
      ` ${accessToken.replace(/1/g, 'I').toLowerCase()} `,
    ];
    for (const [i, token] of typed.entries()) {
      const res = await api.gql<TrackResult>(
        TRACK,
        { code: trackingCode.toLowerCase(), token },
        from(`10.5.1.${i}`),
      );
      expect(res.errors, token).toBeUndefined();
      expect(res.data?.trackTrainingRequest?.trackingCode).toBe(trackingCode);
    }
    const oneWrong = await api.gql(
      TRACK,
      {
        code: trackingCode,
        token: `${accessToken.slice(0, -1)}${accessToken.endsWith('Z') ? 'Y' : 'Z'}`,
      },
      from('10.5.2.1'),
    );
    expect(oneWrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('limits new submissions per client address', async () => {
    const before = await api.db.prisma.trainingRequest.count();
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await api.gql<{ submitTrainingRequest: { __typename: string } }>(
        SUBMIT,
        { input: input() },
        from('10.3.0.1'),
      );
      codes.push(res.data?.submitTrainingRequest.__typename ?? '');
    }
    expect(new Set(codes)).toEqual(new Set(['SubmitTrainingRequestSuccess']));
    const limited = await api.gql<{ submitTrainingRequest: { __typename: string; code: string } }>(
      SUBMIT,
      { input: input() },
      from('10.3.0.1'),
    );
    expect(limited.data?.submitTrainingRequest).toEqual({
      __typename: 'OperationError',
      code: 'RATE_LIMITED',
    });
    expect(await api.db.prisma.trainingRequest.count()).toBe(before + 20);
  });
});
