import { DEMO_ACCESS_TOKEN } from '@blk/db/seed';
import { formatTrackingCode } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { participantInput } from '../../testing/fixtures';
import { BURST, racesOnPostgres, TRIALS, tally } from '../../testing/races';
import { apiForSuite } from '../../testing/suite-api';
import { type TransitionResult, transition } from './test-helpers';

// Every "check, then write" rule of the request workflow raced with real parallel connections
// (see testing/races.ts). Publishing SOP and service-standard versions races in
// ../sop/publish.concurrency.test.ts.
const onPostgres = racesOnPostgres('concurrency.test.ts');

const ADD = /* GraphQL */ `
  mutation Add($scheduleId: ID!, $input: ParticipantInput!) {
    addParticipant(scheduleId: $scheduleId, input: $input) {
      __typename
      ... on Participant { id }
      ... on ValidationError { issues { path code message } }
      ... on Error { code message }
    }
  }
`;

const SURVEY = /* GraphQL */ `
  mutation Survey($code: String!, $token: String!, $input: SatisfactionSurveyInput!) {
    submitSatisfactionSurvey(trackingCode: $code, accessToken: $token, input: $input) {
      __typename
      ... on Error { code }
    }
  }
`;

interface Outcome {
  __typename: string;
  code?: string;
  issues?: { path: string; code: string; message: string }[];
}

/** 01 → "1904014101000001"-style NIKs (16 digits, women born 2000-01-01). */
const nik = (n: number) => `19040141010${String(n).padStart(5, '0')}`;
const person = (n: number) =>
  participantInput({
    nik: nik(n),
    name: `Peserta ${n}`,
    birthDate: '2000-01-01',
    sex: 'P',
    address: 'Jl. Raya Nibung No. 1',
  });

describe.runIf(onPostgres)('check-then-write rules under concurrency on postgres', () => {
  const { api, staff } = apiForSuite('postgres', { signedIn: ['koordinator'] });
  let programId: string;
  let instructorId: string;
  let instructorName: string;
  /** Seeded requests, put back at the scheduling step before each race. */
  let requests: { id: string; trackingCode: string; version: number }[];

  /** Puts requests back at the scheduling step with no standing class, for the next race. */
  const backToScheduling = async (ids: string[]) => {
    await api.db.prisma.trainingSchedule.updateMany({
      where: { requestId: { in: ids }, cancelledAt: null },
      data: { cancelledAt: new Date() },
    });
    await api.db.prisma.trainingRequest.updateMany({
      where: { id: { in: ids } },
      data: { state: 'penjadwalan', programId },
    });
    const rows = await api.db.prisma.trainingRequest.findMany({
      where: { id: { in: ids } },
      select: { id: true, trackingCode: true, version: true },
    });
    return ids.map((id) => rows.find((r) => r.id === id) as (typeof rows)[number]);
  };
  const schedule = (
    r: { id: string; version: number },
    instructors: string[],
    start = '2027-08-02',
    end = '2027-09-03',
  ) =>
    transition(api, staff.koordinator, r.id, 'schedule', r.version, {
      startDate: start,
      endDate: end,
      instructors,
      venue: 'Balai Desa',
    });

  beforeAll(async () => {
    // An instructor who can teach on the raced dates: qualified, certificate valid throughout.
    const certs = await api.db.prisma.instructorCertification.findMany({
      where: {
        programId: { not: null },
        OR: [{ expiresOn: null }, { expiresOn: { gt: new Date('2028-01-01') } }],
        instructor: { active: true },
      },
      include: { instructor: { include: { competencies: true } } },
      orderBy: { instructorId: 'asc' },
    });
    const cert = certs.find((c) =>
      c.instructor.competencies.some((k) => k.programId === c.programId),
    );
    if (!cert?.programId) throw new Error('seed: no instructor fit for the races');
    programId = cert.programId;
    instructorId = cert.instructorId;
    instructorName = cert.instructor.name;
    const all = await api.db.prisma.trainingRequest.findMany({
      where: { state: { not: 'menunggu_survei' } },
      select: { id: true },
      orderBy: { trackingCode: 'asc' },
    });
    if (all.length < BURST) throw new Error(`seed: ${all.length} requests, ${BURST} needed`);
    requests = await backToScheduling(all.slice(0, BURST).map((r) => r.id));
  }, 180_000);

  const standingBookings = () =>
    api.db.prisma.instructorAssignment.count({
      where: { instructorId, schedule: { cancelledAt: null } },
    });

  it('books an instructor once when different requests claim the same days at once', async () => {
    const applied: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const pair = await backToScheduling(requests.slice(0, 2).map((r) => r.id));
      const results = await Promise.all(pair.map((r) => schedule(r, [instructorId])));
      applied.push(results.filter((r) => r.__typename === 'TrainingRequest').length);
      expect(tally(results), JSON.stringify(results)).toEqual({
        TrainingRequest: 1,
        'ScheduleConflictError:SCHEDULE_CONFLICT': 1,
      });
      // The loser is told who got the instructor, as the read-side check would have.
      const winner = pair[results.findIndex((r) => r.__typename === 'TrainingRequest')];
      const loser = results.find((r) => r.__typename === 'ScheduleConflictError');
      expect(loser?.code).toBe('SCHEDULE_CONFLICT');
      expect(loser?.conflicts).toEqual([
        expect.objectContaining({
          instructorName,
          kind: 'DOUBLE_BOOKING',
          otherTrackingCode: formatTrackingCode(winner?.trackingCode ?? ''),
        }),
      ]);
      expect(loser?.conflicts?.[0]?.message).toContain(`${instructorName} sudah ditugaskan`);
      expect(await standingBookings()).toBe(1);
    }
    expect(applied).toEqual(Array(TRIALS).fill(1));

    const burst = await backToScheduling(requests.map((r) => r.id));
    // Overlapping windows that all differ, so no two calls are the same request.
    const results = await Promise.all(
      burst.map((r, i) =>
        schedule(
          r,
          [instructorId],
          '2027-08-02',
          `2027-09-${String(3 + (i % 5)).padStart(2, '0')}`,
        ),
      ),
    );
    expect(tally(results)).toEqual({
      TrainingRequest: 1,
      'ScheduleConflictError:SCHEDULE_CONFLICT': BURST - 1,
    });
    expect(await standingBookings()).toBe(1);
  });

  it('keeps one standing class when one request is scheduled twice at once', async () => {
    const others = await api.db.prisma.instructorCompetency.findMany({
      where: { programId },
      select: { instructorId: true },
    });
    const free = others.map((o) => o.instructorId);
    // Free the instructor from the classes of the previous races.
    await backToScheduling(requests.map((r) => r.id));
    for (let trial = 0; trial < TRIALS; trial++) {
      const [r] = await backToScheduling([requests[0]?.id as string]);
      if (!r) throw new Error('no request');
      const results: TransitionResult[] = await Promise.all([
        schedule(r, [instructorId]),
        schedule(r, [instructorId]),
      ]);
      expect(tally(results), JSON.stringify(results)).toEqual({
        TrainingRequest: 1,
        'OperationError:CONFLICT_STALE_VERSION': 1,
      });
    }
    const [r] = await backToScheduling([requests[0]?.id as string]);
    if (!r) throw new Error('no request');
    const results = await Promise.all(
      Array.from({ length: BURST }, (_, i) => schedule(r, [free[i % free.length] ?? instructorId])),
    );
    expect(results.filter((x) => x.__typename === 'TrainingRequest')).toHaveLength(1);
    expect(
      await api.db.prisma.trainingSchedule.count({ where: { requestId: r.id, cancelledAt: null } }),
    ).toBe(1);
  });

  describe('a class', () => {
    let scheduleId: string;
    let classSizeMax: number;
    const add = (n: number) =>
      api
        .gql<{ addParticipant: Outcome }>(
          ADD,
          { scheduleId, input: person(n) },
          { cookie: staff.koordinator, headers: { 'accept-language': 'id' } },
        )
        .then((res) => {
          if (res.errors) throw new Error(JSON.stringify(res.errors));
          return res.data?.addParticipant as Outcome;
        });
    const enrolled = () => api.db.prisma.participant.count({ where: { scheduleId } });
    const fillTo = async (count: number) => {
      await api.db.prisma.participant.deleteMany({ where: { scheduleId } });
      await api.db.prisma.participant.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          ...person(1000 + i),
          scheduleId,
          birthDate: new Date('2000-01-01T00:00:00Z'),
        })),
      });
    };

    beforeAll(async () => {
      const [r] = await backToScheduling([requests[1]?.id as string]);
      if (!r) throw new Error('no request');
      const done = await schedule(r, [instructorId], '2027-11-01', '2027-12-03');
      expect(done.__typename, JSON.stringify(done)).toBe('TrainingRequest');
      const cls = await api.db.prisma.trainingSchedule.findFirstOrThrow({
        where: { requestId: r.id, cancelledAt: null },
        include: { program: true },
      });
      scheduleId = cls.id;
      classSizeMax = cls.program.classSizeMax;
    });

    it('never holds more participants than the program allows', async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        await fillTo(classSizeMax - 1);
        const results = await Promise.all([add(1), add(2)]);
        expect(tally(results), JSON.stringify(results)).toEqual({
          Participant: 1,
          'ValidationError:VALIDATION_FAILED': 1,
        });
        const refused = results.find((r) => r.__typename === 'ValidationError');
        expect(refused?.issues?.[0]).toMatchObject({
          path: 'scheduleId',
          code: 'class.too_many_participants',
          message: expect.stringContaining(String(classSizeMax)),
        });
        expect(await enrolled()).toBe(classSizeMax);
      }
      await fillTo(classSizeMax - 1);
      const results = await Promise.all(Array.from({ length: BURST }, (_, i) => add(i + 1)));
      expect(tally(results)).toEqual({
        Participant: 1,
        'ValidationError:VALIDATION_FAILED': BURST - 1,
      });
      expect(await enrolled()).toBe(classSizeMax);
    });

    it('enrols a NIK once when it is sent twice at once', async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        await fillTo(0);
        const results = await Promise.all([add(7), add(7)]);
        expect(tally(results), JSON.stringify(results)).toEqual({
          Participant: 1,
          'OperationError:ALREADY_EXISTS': 1,
        });
      }
      await fillTo(0);
      const results = await Promise.all(Array.from({ length: BURST }, () => add(7)));
      expect(tally(results)).toEqual({
        Participant: 1,
        'OperationError:ALREADY_EXISTS': BURST - 1,
      });
      expect(await enrolled()).toBe(1);
    });
  });

  it('stores one survey per request when it is sent several times at once', async () => {
    const answers = { u1: 4, u2: 3, u3: 4, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 4 };
    const request = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'menunggu_survei' },
      orderBy: { trackingCode: 'asc' },
    });
    /** Back to "waiting for the survey", with no survey, as the seed left it. */
    const reopen = async () => {
      await api.db.prisma.satisfactionSurvey.deleteMany({ where: { requestId: request.id } });
      await api.db.prisma.trainingRequest.update({
        where: { id: request.id },
        data: { state: 'menunggu_survei', closedAt: null },
      });
    };
    const send = (i: number) =>
      api
        .gql<{ submitSatisfactionSurvey: Outcome }>(
          SURVEY,
          { code: request.trackingCode, token: DEMO_ACCESS_TOKEN, input: { answers } },
          { headers: { 'x-forwarded-for': `10.77.${Math.floor(i / 200)}.${i % 200}` } },
        )
        .then((res) => res.data?.submitSatisfactionSurvey as Outcome);
    let call = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      await reopen();
      const results = await Promise.all([send(call++), send(call++)]);
      expect(results.filter((r) => r.__typename === 'TrackedTrainingRequest')).toHaveLength(1);
      expect(
        await api.db.prisma.satisfactionSurvey.count({ where: { requestId: request.id } }),
      ).toBe(1);
    }
    await reopen();
    const results = await Promise.all(Array.from({ length: BURST }, () => send(call++)));
    expect(results.filter((r) => r.__typename === 'TrackedTrainingRequest')).toHaveLength(1);
    // Losers learn the survey is in (or that the request moved on meanwhile).
    for (const r of results.filter((x) => x.__typename !== 'TrackedTrainingRequest'))
      expect(['SURVEY_ALREADY_SUBMITTED', 'CONFLICT_STALE_VERSION']).toContain(r.code);
    expect(await api.db.prisma.satisfactionSurvey.count({ where: { requestId: request.id } })).toBe(
      1,
    );
  });

  it('archives and restores a record once when staff send it several times at once', async () => {
    // Not the program the scheduling races use: archived, it would take no new classes.
    const other = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { id: { not: programId }, active: true },
      orderBy: { code: 'asc' },
    });
    const SET = (verb: 'archive' | 'restore') => /* GraphQL */ `
      mutation($id: ID!) {
        ${verb}Program(id: $id) { __typename ... on TrainingProgram { active } ... on Error { code } }
      }
    `;
    const send = (verb: 'archive' | 'restore') =>
      api
        .gql<Record<string, { __typename: string; active?: boolean }>>(
          SET(verb),
          { id: other.id },
          { cookie: staff.koordinator },
        )
        .then((res) => res.data?.[`${verb}Program`]);
    const audited = (verb: 'archive' | 'restore') =>
      api.db.prisma.auditLog.count({ where: { entityId: other.id, action: `program.${verb}` } });
    for (const verb of ['archive', 'restore'] as const) {
      const results = await Promise.all(Array.from({ length: BURST }, () => send(verb)));
      // Every caller sees the record as asked; the change is written and audited once.
      expect(results.map((r) => r?.active)).toEqual(Array(BURST).fill(verb === 'restore'));
      expect(await audited(verb)).toBe(1);
    }
  });
});
