import { testDatabaseKinds } from '@blk/db/testing';
import { formatTrackingCode } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_MAIN_PATH, trainingRequestInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { submitRequest, TRANSITION, transition } from './test-helpers';

const START = '2027-02-01';
const END = '2027-03-05';

const DETAIL = /* GraphQL */ `
  query Detail($id: ID!) {
    trainingRequest(id: $id) {
      id trackingCode state stepName version
      requester { organizationName contactName phone }
      kabupaten { code island }
      currentStep { key role output timeStandard { unit value label } requiredInputs { key } }
      availableActions { key label toState inputs { key type required } }
      viewerCanAct viewerIsAssigned
      sla { status dueAt workingDaysLeft steps { stepKey status } }
      events { seq actorName actorRoleName actionLabel fromStepName toStepName inputs onTime }
      assessments { findings facilitiesAvailable recommendedProgramId }
      schedules { id startDate endDate island participantCount instructors { name lead } sessions { id date } }
    }
  }
`;

const ADD_PARTICIPANT = /* GraphQL */ `
  mutation Add($scheduleId: ID!, $input: ParticipantInput!) {
    addParticipant(scheduleId: $scheduleId, input: $input) {
      __typename
      ... on Participant { id nik name }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`;

type Detail = {
  trainingRequest: {
    id: string;
    state: string;
    version: number;
    requester: { contactName: string | null };
    kabupaten: { island: string };
    currentStep: { key: string; role: string; output: string; requiredInputs: { key: string }[] };
    availableActions: { key: string; inputs: { key: string; required: boolean }[] }[];
    viewerCanAct: boolean;
    viewerIsAssigned: boolean;
    sla: { status: string | null; steps: { stepKey: string; status: string }[] };
    events: {
      seq: number;
      actorName: string | null;
      actorRoleName: string | null;
      actionLabel: string;
      fromStepName: string | null;
      toStepName: string;
      onTime: boolean | null;
    }[];
    assessments: {
      findings: string;
      facilitiesAvailable: string[];
      recommendedProgramId: string | null;
    }[];
    schedules: {
      id: string;
      island: string;
      participantCount: number;
      instructors: { name: string; lead: boolean }[];
      sessions: { id: string; date: string }[];
    }[];
  } | null;
};

describe.each(testDatabaseKinds())('the staff journey of one request on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let cookies: Record<string, string>;
  let programId: string;
  let requestId: string;
  let trackingCode: string;
  const ids: Record<string, string> = {};

  const detail = async (who: string) => {
    const res = await api.gql<Detail>(DETAIL, { id: requestId }, { cookie: cookies[who] });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const request = res.data?.trainingRequest;
    if (!request) throw new Error('request not found');
    return request;
  };

  beforeAll(async () => {
    cookies = {};
    for (const who of [
      'petugas',
      'kasi',
      'kabid',
      'koordinator',
      'instruktur',
      'kadis',
      'agus.salim',
    ])
      cookies[who] = await api.login(`${who}@blk.example`);
    const programs = await api.db.prisma.trainingProgram.findMany({
      select: { id: true, code: true },
    });
    programId = programs.find((p) => p.code === 'OTO-INJ-01')?.id ?? '';
    for (const name of ['Agus Salim', 'Rizky Pratama', 'Yuliana Sari']) {
      ids[name] = (await api.db.prisma.instructor.findFirstOrThrow({ where: { name } })).id;
    }
    ({ id: requestId, trackingCode } = await submitRequest(
      api,
      cookies.petugas as string,
      trainingRequestInput(programId, {
        contactEmail: 'desa.nibung@contoh.id',
        preferredStart: START,
        preferredEnd: '2027-03-31',
      }),
    ));
  });

  it('refuses the anonymous, shows each role its own actions and the step’s mutu baku', async () => {
    const anonymous = await api.gql(DETAIL, { id: requestId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Refused by the access policy before it runs: a request error, not a union member.
    const refused = await api.gql(TRANSITION, { id: requestId, action: 'verify', v: 1 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const petugas = await detail('petugas');
    expect(petugas.state).toBe('diterima');
    expect(petugas.requester.contactName).toBe('Sekretaris Desa');
    expect(petugas.kabupaten.island).toBe('Bangka');
    expect(petugas.currentStep).toMatchObject({ key: 'diterima', role: 'petugas_layanan' });
    // The front desk decides "Lengkap?" (Ya / Tidak); rejecting is the kepala bidang's.
    expect(petugas.availableActions.map((a) => a.key)).toEqual(['verify', 'return_for_completion']);
    expect(petugas.sla.status).toMatch(/running|due_soon/);
    const kasi = await detail('kasi');
    expect(kasi.availableActions).toEqual([]);
    expect(kasi.viewerCanAct).toBe(false);
  });

  it('verifies, refusing the wrong role, a stale version and the wrong state', async () => {
    const wrongRole = await transition(api, cookies.kasi, requestId, 'verify', 1);
    expect(wrongRole).toMatchObject({
      __typename: 'TransitionRefusedError',
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(wrongRole.reasons?.map((r) => r.code)).toEqual(['WRONG_ROLE']);
    const ok = await transition(api, cookies.petugas, requestId, 'verify', 1, { note: 'Lengkap' });
    expect(ok).toMatchObject({
      __typename: 'TrainingRequest',
      state: 'asesmen_kebutuhan',
      version: 2,
    });
    const stale = await transition(api, cookies.petugas, requestId, 'verify', 1);
    expect(stale).toMatchObject({ __typename: 'OperationError', code: 'CONFLICT_STALE_VERSION' });
    const wrongState = await transition(api, cookies.petugas, requestId, 'verify', 2);
    expect(wrongState.reasons?.map((r) => r.code)).toEqual(['WRONG_STATE']);
  });

  it('records the needs assessment, refusing missing kelengkapan', async () => {
    const missing = await transition(api, cookies.kasi, requestId, 'submit_assessment', 2, {
      surveyDate: '2026-11-30',
      findings: 'Balai desa layak',
    });
    expect(missing).toMatchObject({ __typename: 'TransitionRefusedError', code: 'MISSING_INPUT' });
    expect(missing.reasons?.map((r) => r.field).sort()).toEqual([
      'facilities',
      'localPotential',
      'recommendedProgramme',
    ]);
    expect(missing.reasons?.[0]?.message).toBe('Kelengkapan ini wajib diisi');
    const ok = await transition(api, cookies.kasi, requestId, 'submit_assessment', 2, {
      surveyDate: '2026-11-30',
      findings: 'Balai desa layak, 18 pemuda berminat',
      localPotential: 'Bengkel motor',
      facilities: 'Balai desa, listrik 4.400 VA; air bersih',
      recommendedProgramme: 'OTO-INJ-01',
    });
    expect(ok).toMatchObject({ state: 'persetujuan', version: 3 });
    const d = await detail('kabid');
    expect(d.assessments).toEqual([
      {
        findings: 'Balai desa layak, 18 pemuda berminat',
        facilitiesAvailable: ['Balai desa', 'listrik 4.400 VA', 'air bersih'],
        recommendedProgramId: programId,
      },
    ]);
  });

  it('applies a double-clicked approval once', async () => {
    const results = await Promise.all([
      transition(api, cookies.kabid, requestId, 'approve', 3),
      transition(api, cookies.kabid, requestId, 'approve', 3),
    ]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['OperationError', 'TrainingRequest']);
    expect(results.find((r) => r.code)?.code).toBe('CONFLICT_STALE_VERSION');
    const events = await api.db.prisma.requestEvent.count({
      where: { requestId, action: 'approve' },
    });
    expect(events).toBe(1);
  });

  it('refuses double-booked, unqualified, expired and inter-island instructors', async () => {
    const agus = ids['Agus Salim'] as string;
    const other = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { id: { not: requestId } },
    });
    const booked = await api.db.prisma.trainingSchedule.create({
      data: {
        requestId: other.id,
        programId,
        startDate: new Date('2027-02-15T00:00:00Z'),
        endDate: new Date('2027-02-26T00:00:00Z'),
        venue: 'Balai lain',
        island: 'Bangka',
        instructors: { create: [{ instructorId: agus }] },
      },
    });
    const schedule = (instructors: string[]) =>
      transition(api, cookies.koordinator, requestId, 'schedule', 4, {
        startDate: START,
        endDate: END,
        instructors,
        venue: 'Balai Desa Nibung',
      });
    const double = await schedule([agus]);
    expect(double).toMatchObject({
      __typename: 'ScheduleConflictError',
      code: 'SCHEDULE_CONFLICT',
    });
    expect(double.conflicts).toEqual([
      expect.objectContaining({
        kind: 'DOUBLE_BOOKING',
        otherTrackingCode: formatTrackingCode(other.trackingCode),
      }),
    ]);
    expect(double.conflicts?.[0]?.message).toContain('Agus Salim sudah ditugaskan');

    // Belitung, ending the Friday before a Monday start: no two working days to cross over.
    await api.db.prisma.trainingSchedule.update({
      where: { id: booked.id },
      data: {
        island: 'Belitung',
        startDate: new Date('2027-01-18T00:00:00Z'),
        endDate: new Date('2027-01-29T00:00:00Z'),
      },
    });
    const travel = await schedule([agus]);
    expect(travel.conflicts?.map((c) => [c.kind, c.otherIsland])).toEqual([
      ['INTER_ISLAND_TRAVEL', 'Belitung'],
    ]);

    await api.db.prisma.instructorCertification.updateMany({
      where: { instructorId: ids['Rizky Pratama'], programId },
      data: { expiresOn: new Date('2027-02-20T00:00:00Z') },
    });
    const refused = await schedule([ids['Yuliana Sari'] as string, ids['Rizky Pratama'] as string]);
    expect(refused.conflicts?.map((c) => [c.instructorName, c.kind])).toEqual([
      ['Yuliana Sari', 'NOT_QUALIFIED'],
      ['Yuliana Sari', 'NO_CERTIFICATE'],
      ['Rizky Pratama', 'CERTIFICATE_EXPIRED'],
    ]);
    expect(refused.conflicts?.[2]?.expiresOn).toBe('2027-02-20');

    const suggestions = await api.gql<{
      instructorSuggestions: {
        name: string;
        sameIsland: boolean;
        available: boolean;
        conflicts: { kind: string }[];
      }[];
    }>(
      `query($id: ID!, $s: Date!, $e: Date!) { instructorSuggestions(requestId: $id, startDate: $s, endDate: $e) {
        name sameIsland available conflicts { kind } } }`,
      { id: requestId, s: START, e: END },
      { cookie: cookies.koordinator },
    );
    expect(suggestions.data?.instructorSuggestions.map((s) => [s.name, s.available])).toEqual([
      ['Agus Salim', false],
      ['Rizky Pratama', false],
    ]);
    const anonymous = await api.gql(
      `{ instructorSuggestions(requestId: "${requestId}", startDate: "${START}", endDate: "${END}") { name } }`,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Three working days between the trips are enough.
    await api.db.prisma.trainingSchedule.update({
      where: { id: booked.id },
      data: {
        startDate: new Date('2027-01-12T00:00:00Z'),
        endDate: new Date('2027-01-26T00:00:00Z'),
      },
    });
    expect(await api.db.prisma.trainingSchedule.count({ where: { requestId } })).toBe(0);
  });

  it('schedules with sessions, assignment, audit and notification in one go', async () => {
    const ok = await transition(api, cookies.koordinator, requestId, 'schedule', 4, {
      startDate: START,
      endDate: END,
      instructors: [ids['Agus Salim']],
      venue: 'Balai Desa Nibung',
    });
    expect(ok, JSON.stringify(ok)).toMatchObject({
      __typename: 'TrainingRequest',
      state: 'terjadwal',
      version: 5,
    });
    const d = await detail('agus.salim');
    const schedule = d.schedules[0];
    expect(schedule?.island).toBe('Bangka');
    expect(schedule?.instructors).toEqual([{ name: 'Agus Salim', lead: true }]);
    expect(schedule?.sessions.length).toBeGreaterThanOrEqual(20);
    expect(schedule?.sessions.every((s) => ![0, 6].includes(new Date(s.date).getUTCDay()))).toBe(
      true,
    );
    expect(d.viewerIsAssigned).toBe(true);
    expect(d.availableActions.map((a) => a.key)).toEqual(['start']);
    const outbox = await api.db.prisma.notificationOutbox.findFirstOrThrow({
      where: { template: 'request_terjadwal', recipient: 'desa.nibung@contoh.id' },
    });
    expect(outbox.payload).toMatchObject({
      startDate: START,
      endDate: END,
      venue: 'Balai Desa Nibung',
      instructors: 'Agus Salim',
      // Nothing asked of the requester: by when the office's next step is due.
      officeDueAt: expect.any(String),
    });
    // The history names the instructors assigned, for whoever reads the schedule next.
    const history = await api.gql<{
      trainingRequest: { events: { action: string; details: { key: string; text: string }[] }[] };
    }>(
      'query($id: ID!) { trainingRequest(id: $id) { events { action details { key text } } } }',
      { id: requestId },
      { cookie: cookies['agus.salim'] },
    );
    expect(
      history.data?.trainingRequest.events.find((e) => e.action === 'schedule')?.details,
    ).toContainEqual({ key: 'instructors', text: 'Agus Salim' });
    expect(
      await api.db.prisma.auditLog.count({
        where: { entityId: requestId, action: { startsWith: 'request.' } },
      }),
    ).toBe(4);
  });

  it('lets only the assigned instructor start; myWork lists the class for them alone', async () => {
    const unassigned = await transition(api, cookies.instruktur, requestId, 'start', 5);
    expect(unassigned.reasons?.map((r) => r.code)).toEqual(['NOT_ASSIGNED', 'REASON_REQUIRED']);
    const myWork = async (who: string) =>
      (
        await api.gql<{ myWork: { edges: { node: { id: string; sla: { status: string } } }[] } }>(
          '{ myWork(first: 100) { edges { node { id sla { status } } } } }',
          {},
          { cookie: cookies[who] },
        )
      ).data?.myWork.edges.map((e) => e.node.id) ?? [];
    expect(await myWork('agus.salim')).toContain(requestId);
    expect(await myWork('instruktur')).not.toContain(requestId);
    expect(await myWork('kasi')).not.toContain(requestId);
    // The class is scheduled from START, months ahead: opening it now needs a recorded reason.
    const actions = await api.gql<{
      trainingRequest: {
        availableActions: {
          key: string;
          inputs: { key: string; required: boolean }[];
          warnings: { code: string; reasonInput: string; message: string }[];
        }[];
      };
    }>(
      `query($id: ID!) { trainingRequest(id: $id) { availableActions {
        key inputs { key required } warnings { code reasonInput message } } } }`,
      { id: requestId },
      { cookie: cookies['agus.salim'] },
    );
    expect(actions.data?.trainingRequest.availableActions).toEqual([
      {
        key: 'start',
        inputs: [{ key: 'overrideReason', required: true }],
        warnings: [
          {
            code: 'BEFORE_FIRST_DAY',
            reasonInput: 'overrideReason',
            message: 'Hari ini belum hari pertama pelatihan (1 Februari 2027)',
          },
        ],
      },
    ]);
    const early = await transition(api, cookies['agus.salim'], requestId, 'start', 5);
    expect(early.reasons).toEqual([
      expect.objectContaining({ code: 'REASON_REQUIRED', field: 'overrideReason' }),
    ]);
    const started = await transition(api, cookies['agus.salim'], requestId, 'start', 5, {
      overrideReason: 'Peserta siap lebih awal; kapal berikutnya baru dua minggu lagi',
    });
    expect(started).toMatchObject({ state: 'pelaksanaan', version: 6 });
    const event = await api.db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId, action: 'start' },
    });
    expect(event.inputs).toEqual({
      overrideReason: 'Peserta siap lebih awal; kapal berikutnya baru dua minggu lagi',
    });
  });

  it('enrols participants and records attendance and scores', async () => {
    const d = await detail('koordinator');
    const schedule = d.schedules[0];
    if (!schedule) throw new Error('no schedule');
    const participant = {
      nik: '1971011506000001',
      name: 'Andi Saputra',
      birthDate: '2000-06-15',
      sex: 'L',
      education: 'sma',
      address: 'Desa Nibung RT 01',
    };
    const add = (who: string | undefined, input: Record<string, unknown>) =>
      api
        .gql<{
          addParticipant: {
            __typename: string;
            id?: string;
            code?: string;
            issues?: { path: string; code: string }[];
          };
        }>(ADD_PARTICIPANT, { scheduleId: schedule.id, input }, who ? { cookie: cookies[who] } : {})
        // Roles the access policy refuses get a request error; row-level refusals a union member.
        .then(
          (r) =>
            r.data?.addParticipant ?? {
              __typename: 'Error',
              code: r.errors?.[0]?.extensions?.code,
            },
        );
    const first = await add('agus.salim', participant);
    expect(first?.__typename).toBe('Participant');
    expect((await add('koordinator', participant))?.code).toBe('ALREADY_EXISTS');
    expect(
      (await add('instruktur', { ...participant, nik: '1971015506000002', sex: 'P' }))?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await add('petugas', { ...participant, nik: '1971015506000002', sex: 'P' }))?.code,
    ).toBe('FORBIDDEN');
    expect((await add(undefined, participant))?.code).toBe('UNAUTHENTICATED');
    const mismatch = await add('koordinator', {
      ...participant,
      nik: '1971011506000003',
      birthDate: '2000-06-16',
    });
    expect(mismatch?.issues).toEqual([{ path: 'birthDate', code: 'nik.birth_date_mismatch' }]);
    const old = await add('koordinator', {
      ...participant,
      nik: '1971011506850003',
      birthDate: '1985-06-15',
    });
    expect(old?.issues).toEqual([{ path: 'birthDate', code: 'age.too_old' }]);
    const second = await add('koordinator', {
      ...participant,
      nik: '1971015506000002',
      sex: 'P',
      name: 'Sari Dewi',
    });
    expect(second?.__typename).toBe('Participant');

    const session = schedule.sessions[0]?.id;
    const attend = (who: string, entries: unknown) =>
      api
        .gql<{
          recordAttendance: {
            __typename: string;
            code?: string;
            attendance?: { participantId: string; status: string }[];
          };
        }>(
          `mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) {
          __typename ... on TrainingSession { attendance { participantId status } } ... on Error { code } } }`,
          { s: session, e: entries },
          { cookie: cookies[who] },
        )
        .then((r) => r.data?.recordAttendance);
    await attend('agus.salim', [
      { participantId: first?.id, status: 'hadir' },
      { participantId: second?.id, status: 'sakit' },
    ]);
    const corrected = await attend('agus.salim', [{ participantId: second?.id, status: 'izin' }]);
    expect(corrected?.attendance?.map((a) => a.status).sort()).toEqual(['hadir', 'izin']);
    expect((await attend('instruktur', [{ participantId: first?.id, status: 'alpa' }]))?.code).toBe(
      'FORBIDDEN',
    );
    const stranger = await attend('koordinator', [{ participantId: schedule.id, status: 'hadir' }]);
    expect(stranger?.code).toBe('VALIDATION_FAILED');

    const scores = await api.gql<{
      recordTestScores: { preTestScore?: number; postTestScore?: number; code?: string };
    }>(
      `mutation($p: ID!) { recordTestScores(participantId: $p, preTestScore: 55, postTestScore: 85.5) {
        ... on Participant { preTestScore postTestScore } ... on Error { code } } }`,
      { p: first?.id },
      { cookie: cookies['agus.salim'] },
    );
    expect(scores.data?.recordTestScores).toEqual({ preTestScore: 55, postTestScore: 85.5 });
    const badScore = await api.gql<{ recordTestScores: { code?: string } }>(
      `mutation($p: ID!) { recordTestScores(participantId: $p, postTestScore: 120) { ... on Error { code } } }`,
      { p: first?.id },
      { cookie: cookies['agus.salim'] },
    );
    expect(badScore.data?.recordTestScores.code).toBe('VALIDATION_FAILED');

    const removed = await api.gql<{ removeParticipant: { participantCount?: number } }>(
      `mutation($p: ID!) { removeParticipant(participantId: $p) { ... on TrainingSchedule { participantCount } } }`,
      { p: second?.id },
      { cookie: cookies.koordinator },
    );
    expect(removed.data?.removeParticipant.participantCount).toBe(1);

    const view = await api.gql<{
      schedule: {
        participants: { name: string; preTestScore: number; attendance: { status: string }[] }[];
        viewerCanManage: boolean;
      };
    }>(
      `query($id: ID!) { schedule(id: $id) { viewerCanManage participants { name preTestScore attendance { status } } } }`,
      { id: schedule.id },
      { cookie: cookies['agus.salim'] },
    );
    expect(view.data?.schedule).toEqual({
      viewerCanManage: true,
      participants: [{ name: 'Andi Saputra', preTestScore: 55, attendance: [{ status: 'hadir' }] }],
    });
  });

  it('finishes and reports, reaching the satisfaction survey with a full timeline', async () => {
    const early = await transition(api, cookies['agus.salim'], requestId, 'finish', 6);
    expect(early.reasons).toEqual([
      expect.objectContaining({ code: 'REASON_REQUIRED', field: 'overrideReason' }),
    ]);
    expect(
      await transition(api, cookies['agus.salim'], requestId, 'finish', 6, {
        overrideReason: 'Dipadatkan atas permintaan desa',
      }),
    ).toMatchObject({ state: 'pelaporan' });
    // Typed figures (500 completers of a class of one, a made-up file) are not taken: the report
    // records the class's own figures and attaches the generated report document.
    const typed = {
      participantsEnrolled: 500,
      participantCount: 500,
      attendanceSummary: 'Kehadiran 95%',
      preTestAverage: 10,
      postTestAverage: 100,
      reportFile: 'nope',
    };
    expect(
      await transition(api, cookies['agus.salim'], requestId, 'submit_report', 7, typed),
    ).toMatchObject({
      state: 'menunggu_survei',
      version: 8,
    });
    const reported = await api.db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId, action: 'submit_report' },
    });
    expect(reported.inputs).toEqual({
      participantsEnrolled: 1,
      participantCount: 0,
      attendanceSummary: expect.stringMatching(
        /^Rata-rata kehadiran [\d,]+% dari \d+ hari pelatihan; 0 dari 1 peserta/,
      ),
      preTestAverage: 55,
      postTestAverage: 85.5,
    });
    const documents = await api.db.prisma.requestAttachment.findMany({
      where: { requestId, kind: 'laporan_pelaksanaan' },
    });
    expect(documents.map((a) => [a.mimeType, a.fileName])).toEqual([
      ['application/pdf', `laporan-pelaksanaan-${trackingCode}.pdf`],
    ]);
    const d = await detail('kadis');
    expect(d.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(d.events[1]).toMatchObject({
      actorName: 'Siti Aminah',
      actorRoleName: 'Petugas Layanan',
      actionLabel: 'Nyatakan lengkap',
      fromStepName: 'Verifikasi permohonan',
      toStepName: 'Asesmen kebutuhan',
      onTime: true,
    });
    // The steps so far, the current one (waiting for the survey) last.
    expect(d.sla.steps.map((s) => s.stepKey)).toEqual(SEEDED_MAIN_PATH.slice(0, -1));
    expect(
      await api.db.prisma.notificationOutbox.count({
        where: { template: 'request_menunggu_survei', recipient: 'desa.nibung@contoh.id' },
      }),
    ).toBe(1);
    expect(trackingCode).toMatch(/^\w{5}-\w{5}$/);
  });
});
