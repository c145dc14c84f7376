import { randomUUID } from 'node:crypto';
import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoClassUnderWay, participantInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { transition } from './test-helpers';

// The instructor's offline queue (issue 14): every class change carries a client id, a replay
// returns the first result and changes nothing, attendance marks meet by the written rule (the
// mark made last on its device wins, the others are kept in the history), and nothing changes
// once the training is finished. Parallel replays and marks run on both databases (PGlite
// serialises them; PostgreSQL races them on real connections).

const ATTEND = /* GraphQL */ `
  mutation Attend($s: ID!, $e: [AttendanceEntryInput!]!, $at: DateTime, $cid: ID) {
    recordAttendance(sessionId: $s, entries: $e, markedAt: $at, clientMutationId: $cid) {
      __typename
      ... on TrainingSession { id attendance { participantId status markedAt recordedByName } }
      ... on ClassFinishedError { code message finishedAt }
      ... on Error { code message }
    }
  }
`;

const SCORES = /* GraphQL */ `
  mutation Scores($p: ID!, $pre: Float, $post: Float, $cid: ID) {
    recordTestScores(participantId: $p, preTestScore: $pre, postTestScore: $post, clientMutationId: $cid) {
      __typename
      ... on Participant { id preTestScore postTestScore }
      ... on Error { code message }
    }
  }
`;

const ADD = /* GraphQL */ `
  mutation Add($scheduleId: ID!, $input: ParticipantInput!, $cid: ID) {
    addParticipant(scheduleId: $scheduleId, input: $input, clientMutationId: $cid) {
      __typename
      ... on Participant { id name }
      ... on Error { code message }
    }
  }
`;

interface Outcome {
  __typename: string;
  id?: string;
  code?: string;
  message?: string;
  finishedAt?: string;
  attendance?: { participantId: string; status: string; markedAt: string }[];
  preTestScore?: number | null;
  postTestScore?: number | null;
}

const person = (n: number) =>
  participantInput({
    nik: `197101120398${String(n).padStart(4, '0')}`,
    name: `Peserta Luring ${n}`,
    address: 'Balai Desa Nibung',
  });

describe.each(testDatabaseKinds())('offline class changes on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let instructor: string;
  let coordinator: string;
  let scheduleId: string;
  let requestId: string;
  let sessionIds: string[];

  const call = async (
    query: string,
    variables: Record<string, unknown>,
    cookie = instructor,
  ): Promise<Outcome> => {
    const res = await api.gql<Record<string, Outcome>>(query, variables, {
      cookie,
      headers: { 'accept-language': 'id' },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data ?? {})[0] as Outcome;
  };
  const add = (n: number, cid?: string) => call(ADD, { scheduleId, input: person(n), cid });
  /** The id of a participant newly enrolled as `Peserta Luring <n>`. */
  const enrolled = async (n: number) => (await add(n)).id as string;
  /** A participant marked present on the class's first day, sent under the client id `cid`. */
  const presentOnFirstDay = (participantId: string, cid: string) => ({
    s: sessionIds[0] as string,
    e: [{ participantId, status: 'hadir' }],
    cid,
  });
  const statusOf = async (sessionId: string, participantId: string) =>
    (
      await api.db.prisma.attendance.findUnique({
        where: { participantId_sessionId: { participantId, sessionId } },
      })
    )?.status;

  beforeAll(async () => {
    const { request, schedule, instructorEmail: email } = await demoClassUnderWay(api);
    requestId = request.id;
    scheduleId = schedule.id;
    sessionIds = schedule.sessions.map((s) => s.id);
    instructor = await api.login(email);
    coordinator = await api.login('koordinator@blk.example');
  });

  it('enrols a participant once however often (and however parallel) the call is replayed', async () => {
    const cid = randomUUID();
    const results = await Promise.all(Array.from({ length: 6 }, () => add(901, cid)));
    const ids = new Set(results.map((r) => r.id));
    expect(results.map((r) => r.__typename)).toEqual(Array(6).fill('Participant'));
    expect(ids.size).toBe(1);
    expect(
      await api.db.prisma.participant.count({ where: { scheduleId, name: 'Peserta Luring 901' } }),
    ).toBe(1);
    expect(
      await api.db.prisma.auditLog.count({
        where: { action: 'participant.add', entityId: [...ids][0] as string },
      }),
    ).toBe(1);
    // A later replay (the device never saw the answer) gets the same participant back.
    expect(await add(901, cid)).toMatchObject({ __typename: 'Participant', id: [...ids][0] });
  });

  it('refuses a used id for another call, and a malformed id', async () => {
    const cid = randomUUID();
    expect((await add(902, cid)).__typename).toBe('Participant');
    expect(await add(903, cid)).toMatchObject({
      __typename: 'IdempotencyKeyReusedError',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    // Another account replaying someone else's id gets no one else's result either.
    expect(await call(ADD, { scheduleId, input: person(902), cid }, coordinator)).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await add(904, 'not-a-uuid')).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('records attendance and scores once per client id, in parallel too', async () => {
    const participantId = await enrolled(905);
    const cid = randomUUID();
    const vars = presentOnFirstDay(participantId, cid);
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(ATTEND, vars)));
    expect(answers.map((a) => a.__typename)).toEqual(Array(6).fill('TrainingSession'));
    expect(await api.db.prisma.attendanceMark.count({ where: { clientMutationId: cid } })).toBe(1);
    expect(await api.db.prisma.clientMutation.count({ where: { id: cid } })).toBe(1);

    const scoreId = randomUUID();
    const scored = await Promise.all(
      Array.from({ length: 4 }, () => call(SCORES, { p: participantId, pre: 72.5, cid: scoreId })),
    );
    expect(scored.map((s) => s.preTestScore)).toEqual([72.5, 72.5, 72.5, 72.5]);
    expect(
      await api.db.prisma.auditLog.count({
        where: { action: 'participant.scores', entityId: participantId },
      }),
    ).toBe(1);
  });

  it('keeps the mark made last on its device, whatever order marks arrive in, with the history', async () => {
    const participantId = await enrolled(906);
    const sessionId = sessionIds[1] as string;
    const mark = (status: string, at: string, cookie: string) =>
      call(ATTEND, { s: sessionId, e: [{ participantId, status }], at, cid: randomUUID() }, cookie);
    // The instructor marked "hadir" at 10:00 offline; the coordinator had marked "alpa" at 09:00
    // on another device, and that older mark arrives later: it does not replace the newer one.
    expect((await mark('hadir', '2026-01-05T03:00:00Z', instructor)).__typename).toBe(
      'TrainingSession',
    );
    const late = await mark('alpa', '2026-01-05T02:00:00Z', coordinator);
    expect(late.attendance?.find((a) => a.participantId === participantId)).toMatchObject({
      status: 'hadir',
      markedAt: '2026-01-05T03:00:00.000Z',
    });
    expect(await statusOf(sessionId, participantId)).toBe('hadir');
    // A newer mark does replace it; a device clock in the future counts as the server's now.
    await mark('izin', '2026-01-05T04:00:00Z', coordinator);
    expect(await statusOf(sessionId, participantId)).toBe('izin');
    const future = await mark('sakit', '2999-01-01T00:00:00Z', instructor);
    const stored = future.attendance?.find((a) => a.participantId === participantId);
    expect(stored?.status).toBe('sakit');
    expect(new Date(stored?.markedAt as string).getTime()).toBeLessThanOrEqual(Date.now());
    const history = await api.db.prisma.attendanceMark.findMany({
      where: { sessionId, participantId },
      orderBy: { recordedAt: 'asc' },
    });
    expect(history.map((h) => [h.status, h.applied])).toEqual([
      ['hadir', true],
      ['alpa', false],
      ['izin', true],
      ['sakit', true],
    ]);
  });

  it('lets the latest mark win when many devices send marks of one day at once', async () => {
    const participantId = await enrolled(907);
    const sessionId = sessionIds[2] as string;
    const statuses = ['hadir', 'izin', 'sakit', 'alpa'] as const;
    // 12 marks a minute apart, sent in a shuffled order from two accounts at once.
    const marks = Array.from({ length: 12 }, (_, i) => ({
      status: statuses[i % 4] as string,
      at: new Date(Date.UTC(2026, 0, 6, 1, i)).toISOString(),
    }));
    const latest = marks[marks.length - 1] as { status: string; at: string };
    const order = [5, 11, 0, 7, 3, 9, 1, 10, 2, 8, 4, 6].map((i) => marks[i] as typeof latest);
    const results = await Promise.all(
      order.map((m, i) =>
        call(
          ATTEND,
          { s: sessionId, e: [{ participantId, status: m.status }], at: m.at, cid: randomUUID() },
          i % 2 ? instructor : coordinator,
        ),
      ),
    );
    expect(results.every((r) => r.__typename === 'TrainingSession')).toBe(true);
    const row = await api.db.prisma.attendance.findUniqueOrThrow({
      where: { participantId_sessionId: { participantId, sessionId } },
    });
    expect([row.status, row.markedAt.toISOString()]).toEqual([latest.status, latest.at]);
    expect(await api.db.prisma.attendanceMark.count({ where: { sessionId, participantId } })).toBe(
      12,
    );
  });

  it('refuses every change after the training is finished, with a typed error, but answers replays', async () => {
    const participantId = await enrolled(908);
    const vars = presentOnFirstDay(participantId, randomUUID());
    expect((await call(ATTEND, vars)).__typename).toBe('TrainingSession');
    const { version } = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: requestId },
    });
    // The class is incomplete (the SOP's guard rail warns): finishing records why.
    const finish = { overrideReason: 'Kelas uji: ditutup lebih awal' };
    expect(await transition(api, instructor, requestId, 'finish', version, finish)).toMatchObject({
      state: 'pelaporan',
    });
    const refused = await call(ATTEND, { ...vars, cid: randomUUID() });
    expect(refused).toMatchObject({ __typename: 'ClassFinishedError', code: 'CLASS_FINISHED' });
    expect(refused.message).toMatch(/sudah diselesaikan/);
    expect(new Date(refused.finishedAt as string).getTime()).toBeGreaterThan(0);
    expect(await call(SCORES, { p: participantId, post: 80, cid: randomUUID() })).toMatchObject({
      __typename: 'ClassFinishedError',
    });
    expect(await add(909, randomUUID())).toMatchObject({ __typename: 'ClassFinishedError' });
    // The call stored before the finish is still answered with its first result.
    expect(await call(ATTEND, vars)).toMatchObject({
      __typename: 'TrainingSession',
      id: vars.s,
    });
  });
});
