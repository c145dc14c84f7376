import { DEMO_ACCESS_TOKEN } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { createWorkingCalendar, workingDaysBetween } from '@blk/domain';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';
import type { PublicPerformance } from './public-performance';

const QUESTIONS = '{ surveyQuestions { key name question answers { value label } } }';

const SURVEY = /* GraphQL */ `
  mutation Survey($code: String!, $token: String!, $input: SatisfactionSurveyInput!) {
    submitSatisfactionSurvey(trackingCode: $code, accessToken: $token, input: $input) {
      __typename
      ... on TrackedTrainingRequest { stepKey closedAt viewerCanAnswerSurvey statusLabel }
      ... on ValidationError { issues { path code } }
      ... on TransitionRefusedError { reasons { code message } }
      ... on Error { code message }
    }
  }
`;

const PERFORMANCE = /* GraphQL */ `
  query Performance($year: Int) {
    publicPerformance(year: $year) {
      year requestsReceived requestsCompleted medianCompletionWorkingDays
      medianWorkingDaysToSchedule standardWorkingDaysToSchedule
      steps { measured onTime late share }
      stepsByStep { stepKey name measured onTime }
      satisfaction { respondents requiredSampleSize ikm grade gradeLabel elements { key name mean } }
    }
  }
`;

type SurveyResult = {
  submitSatisfactionSurvey: {
    __typename: string;
    stepKey?: string;
    closedAt?: string | null;
    viewerCanAnswerSurvey?: boolean;
    statusLabel?: string;
    code?: string;
    message?: string;
    issues?: { path: string; code: string }[];
    reasons?: { code: string; message: string }[];
  };
};

type Performance = {
  publicPerformance: Pick<
    PublicPerformance,
    | 'year'
    | 'requestsReceived'
    | 'requestsCompleted'
    | 'medianCompletionWorkingDays'
    | 'medianWorkingDaysToSchedule'
    | 'standardWorkingDaysToSchedule'
  > & {
    steps: { measured: number; onTime: number; late: number; share: number | null };
    stepsByStep: { stepKey: string; name: string; measured: number; onTime: number }[];
    satisfaction: {
      respondents: number;
      requiredSampleSize: number;
      ikm: number | null;
      grade: string | null;
      gradeLabel: string | null;
      elements: { key: string; name: string; mean: number | null }[];
    };
  };
};

const answers = { u1: 4, u2: 3, u3: 2, u4: 4, u5: 3, u6: 4, u7: 4, u8: 1, u9: 3 };
const from = (ip: string, extra: Record<string, string> = {}) => ({
  headers: { 'x-forwarded-for': ip, ...extra },
});
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const OFFICE_LANES = new Set(['pemohon', 'sistem']);
const STEP_ROLE: Record<string, string> = {
  diterima: 'petugas_layanan',
  menunggu_kelengkapan: 'pemohon',
  asesmen_kebutuhan: 'kepala_seksi',
  persetujuan: 'kepala_bidang',
  penjadwalan: 'koordinator_instruktur',
  terjadwal: 'instruktur',
  pelaksanaan: 'instruktur',
  pelaporan: 'instruktur',
  menunggu_survei: 'pemohon',
};

describe.each(testDatabaseKinds())('satisfaction survey and transparency on %s', (kind) => {
  const { api } = apiForSuite(kind);

  /** The published figures, computed here by hand from the stored rows. */
  async function byHand() {
    const db = api.db.prisma;
    const holidays = await db.holiday.findMany({ where: { isDayOff: true } });
    const calendar = createWorkingCalendar(holidays.map((h) => h.date.toISOString().slice(0, 10)));
    const requests = await db.trainingRequest.findMany({
      include: { events: { orderBy: { seq: 'asc' } } },
    });
    const now = new Date();
    const daysTo = (state: string) =>
      requests.flatMap((r) => {
        const done = r.events.find((e) => e.toState === state);
        return done ? [workingDaysBetween(calendar, r.submittedAt, done.at)] : [];
      });
    const office = (state: string | null) =>
      state !== null && !OFFICE_LANES.has(STEP_ROLE[state] ?? 'pemohon');
    const finished = requests.flatMap((r) => r.events.filter((e) => office(e.fromState)));
    const overdue = requests.filter(
      (r) => office(r.state) && r.stepDueAt !== null && r.stepDueAt < now,
    );
    const onTime = finished.filter((e) => e.onTime).length;
    const surveys = await db.satisfactionSurvey.findMany();
    const total = surveys.reduce(
      (sum, s) => sum + s.u1 + s.u2 + s.u3 + s.u4 + s.u5 + s.u6 + s.u7 + s.u8 + s.u9,
      0,
    );
    return {
      received: requests.length,
      completed: daysTo('selesai').length,
      medianCompletion: median(daysTo('selesai')),
      medianToSchedule: median(daysTo('terjadwal')),
      measured: finished.length + overdue.length,
      onTime,
      respondents: surveys.length,
      ikm: Math.round(((total / (9 * surveys.length)) * 25 + Number.EPSILON) * 100) / 100,
      u8Mean: surveys.reduce((sum, s) => sum + s.u8, 0) / surveys.length,
    };
  }

  it('publishes the nine SKM elements with their answers in both languages', async () => {
    const id = await api.gql<{
      surveyQuestions: { key: string; name: string; answers: { value: number; label: string }[] }[];
    }>(QUESTIONS);
    expect(id.data?.surveyQuestions.map((q) => q.key)).toEqual([
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
      'u6',
      'u7',
      'u8',
      'u9',
    ]);
    expect(id.data?.surveyQuestions[3]?.answers).toEqual([
      { value: 1, label: 'Sangat mahal' },
      { value: 2, label: 'Cukup mahal' },
      { value: 3, label: 'Murah' },
      { value: 4, label: 'Gratis' },
    ]);
    const en = await api.gql<{ surveyQuestions: { name: string }[] }>(QUESTIONS, undefined, {
      headers: { 'accept-language': 'en' },
    });
    expect(en.data?.surveyQuestions[0]?.name).toBe('Requirements');
  });

  it('publishes performance figures that match a hand computation', async () => {
    const expected = await byHand();
    const res = await api.gql<Performance>(PERFORMANCE);
    expect(res.errors).toBeUndefined();
    const p = res.data?.publicPerformance;
    expect(p).toMatchObject({
      year: null,
      requestsReceived: expected.received,
      requestsCompleted: expected.completed,
      medianCompletionWorkingDays: expected.medianCompletion,
      medianWorkingDaysToSchedule: expected.medianToSchedule,
      standardWorkingDaysToSchedule: 13, // 1 + 5 + 2 + 5 working days in the default SOP
      steps: { measured: expected.measured, onTime: expected.onTime },
      satisfaction: { respondents: expected.respondents, ikm: expected.ikm },
    });
    expect(expected.completed).toBe(8);
    expect(p?.steps.share).toBeCloseTo(expected.onTime / expected.measured, 10);
    expect(p?.satisfaction.elements.find((e) => e.key === 'u8')?.mean).toBeCloseTo(
      expected.u8Mean,
      10,
    );
    expect(p?.satisfaction.requiredSampleSize).toBe(8); // Krejcie-Morgan for N = 8
    expect(p?.stepsByStep[0]).toMatchObject({ stepKey: 'diterima', name: 'Verifikasi permohonan' });
    expect(p?.stepsByStep.some((s) => s.stepKey === 'menunggu_survei')).toBe(false);

    const empty = await api.gql<Performance>(PERFORMANCE, { year: 2030 });
    expect(empty.data?.publicPerformance).toMatchObject({
      year: 2030,
      requestsReceived: 0,
      requestsCompleted: 0,
      medianCompletionWorkingDays: null,
      steps: { measured: 0, share: null },
      satisfaction: { respondents: 0, ikm: null, grade: null },
    });
    const bad = await api.gql(PERFORMANCE, { year: 99 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('takes the survey once, closes the request, and counts it in the published index', async () => {
    const demo = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'menunggu_survei' },
      orderBy: { trackingCode: 'asc' },
    });
    const res = await api.gql<SurveyResult>(
      SURVEY,
      {
        code: demo.trackingCode,
        token: DEMO_ACCESS_TOKEN,
        input: { answers, comment: 'Materi bagus', respondent: { sex: 'P', ageGroup: '30_39' } },
      },
      from('10.5.0.1'),
    );
    expect(res.data?.submitSatisfactionSurvey).toMatchObject({
      __typename: 'TrackedTrainingRequest',
      stepKey: 'selesai',
      closedAt: expect.any(String),
      viewerCanAnswerSurvey: false,
      statusLabel: 'Terima kasih, survei telah diterima',
    });
    const stored = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: demo.id },
      include: { survey: true, events: { orderBy: { seq: 'desc' }, take: 1 } },
    });
    expect(stored.survey).toMatchObject({ ...answers, gender: 'P', ageGroup: '30_39' });
    expect(stored.events[0]).toMatchObject({ action: 'submit_survey', actorType: 'requester' });

    const again = await api.gql<SurveyResult>(
      SURVEY,
      { code: demo.trackingCode, token: DEMO_ACCESS_TOKEN, input: { answers } },
      from('10.5.0.1', { 'accept-language': 'en' }),
    );
    expect(again.data?.submitSatisfactionSurvey).toEqual({
      __typename: 'OperationError',
      code: 'SURVEY_ALREADY_SUBMITTED',
      message: 'The survey for this request has already been submitted. Thank you.',
    });

    const expected = await byHand();
    const perf = await api.gql<Performance>(PERFORMANCE);
    expect(perf.data?.publicPerformance.satisfaction).toMatchObject({
      respondents: expected.respondents,
      ikm: expected.ikm,
    });
    expect(perf.data?.publicPerformance.requestsCompleted).toBe(9);
  });

  it('refuses a survey the SOP does not ask for yet, a wrong token and bad answers', async () => {
    const open = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'pelaksanaan' },
    });
    const early = await api.gql<SurveyResult>(
      SURVEY,
      { code: open.trackingCode, token: DEMO_ACCESS_TOKEN, input: { answers } },
      from('10.5.0.2'),
    );
    expect(early.data?.submitSatisfactionSurvey).toMatchObject({
      __typename: 'TransitionRefusedError',
      reasons: [{ code: 'WRONG_STATE' }],
    });

    const waiting = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'menunggu_survei' },
    });
    const wrongToken = await api.gql<SurveyResult>(
      SURVEY,
      { code: waiting.trackingCode, token: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', input: { answers } },
      from('10.5.0.2'),
    );
    expect(wrongToken.data?.submitSatisfactionSurvey).toMatchObject({
      __typename: 'OperationError',
      code: 'NOT_FOUND',
    });
    const outOfScale = await api.gql<SurveyResult>(
      SURVEY,
      {
        code: waiting.trackingCode,
        token: DEMO_ACCESS_TOKEN,
        input: { answers: { ...answers, u3: 5 }, respondent: { ageGroup: 'old' } },
      },
      from('10.5.0.2'),
    );
    expect(outOfScale.data?.submitSatisfactionSurvey.__typename).toBe('ValidationError');
    expect(outOfScale.data?.submitSatisfactionSurvey.issues?.map((i) => i.path)).toEqual([
      'answers.u3',
      'respondent.ageGroup',
    ]);
    expect(
      await api.db.prisma.satisfactionSurvey.count({
        where: { requestId: { in: [open.id, waiting.id] } },
      }),
    ).toBe(0);
  });
});
