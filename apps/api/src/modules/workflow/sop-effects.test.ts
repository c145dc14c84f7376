import { testDatabaseKinds } from '@blk/db/testing';
import { type AttendanceStatus, summarizeClass } from '@blk/domain';
import { DEFAULT_SOP, REQUEST_SOP_CODE, type SopAction, type SopDefinition } from '@blk/sop';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentInput, scheduleInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { transition } from './test-helpers';

const START = '2027-02-01';
const END = '2027-03-05';

/** A copy of the default SOP in which every step and every action has another key. */
function renamedSop(): SopDefinition {
  const def = structuredClone(DEFAULT_SOP) as SopDefinition;
  const step = (k: string) => `tahap_${k}`;
  const rename = (a: SopAction) => {
    a.key = `aksi_${a.key}`;
    a.to = step(a.to);
  };
  for (const s of def.steps) {
    s.key = step(s.key);
    s.actions.forEach(rename);
  }
  for (const g of def.globalActions ?? []) {
    rename(g);
    g.from = g.from.map(step);
  }
  return def;
}

/** The default SOP as stored before effects existed: no effects, a schedule block, a report file. */
function legacySop(): SopDefinition {
  const def = structuredClone(DEFAULT_SOP) as SopDefinition;
  def.schedule = { step: 'penjadwalan', startDateInput: 'startDate', endDateInput: 'endDate' };
  for (const a of [...def.steps.flatMap((s) => s.actions), ...(def.globalActions ?? [])]) {
    delete a.effects;
    a.inputs = a.inputs?.filter((i) => i.key !== 'overrideReason');
    if (!a.inputs?.length) delete a.inputs;
  }
  // The report step as it was: four typed figures and a file.
  const report = def.steps.find((s) => s.key === 'pelaporan');
  if (report)
    report.requiredInputs = report.requiredInputs.filter(
      (i) => !['participantsEnrolled', 'note'].includes(i.key),
    );
  report?.requiredInputs.push({
    key: 'reportFile',
    label: { id: 'Berkas laporan' },
    type: 'file',
    required: true,
  });
  return def;
}

const SUBMIT = /* GraphQL */ `
  mutation($input: SubmitTrainingRequestInput!) { submitTrainingRequest(input: $input) {
    ... on SubmitTrainingRequestSuccess { trackingCode accessToken } ... on Error { code message } } }
`;

const TRACK = /* GraphQL */ `
  query($code: String!, $token: String) {
    trackTrainingRequest(trackingCode: $code, accessToken: $token) {
      stepKey viewerCanCancel viewerCanAnswerSurvey requesterTask { actionKey fileInput { key } }
    }
  }
`;

const ACTIONS = /* GraphQL */ `
  query($id: ID!) { trainingRequest(id: $id) { state version availableActions {
    key inputs { key required computed value } warnings { code reasonInput message } } } }
`;

type Actions = {
  trainingRequest: {
    state: string;
    version: number;
    availableActions: {
      key: string;
      inputs: { key: string; required: boolean; computed: boolean; value: unknown }[];
      warnings: { code: string; reasonInput: string; message: string }[];
    }[];
  };
};

describe.each(testDatabaseKinds())('SOP effects through the GraphQL server on %s', (kind) => {
  const { api } = apiForSuite(kind);
  const cookies: Record<string, string> = {};
  let programId: string;
  let agus: string;

  /**
   * Publishes `def` as the newest version of the request SOP (so new requests follow it), in
   * place of the version in force (one is: SopVersion_one_published_per_sop).
   */
  async function putInForce(def: SopDefinition) {
    const sop = await api.db.prisma.sopDefinition.findFirstOrThrow({
      where: { code: REQUEST_SOP_CODE },
      include: { versions: { orderBy: { versionNo: 'desc' }, take: 1 } },
    });
    await api.db.prisma.sopVersion.updateMany({
      where: { sopId: sop.id, status: 'published' },
      data: { status: 'superseded' },
    });
    await api.db.prisma.sopVersion.create({
      data: {
        sopId: sop.id,
        versionNo: (sop.versions[0]?.versionNo ?? 0) + 1,
        status: 'published',
        definition: def as never,
        effectiveAt: new Date(),
      },
    });
  }

  async function submit(name: string) {
    const res = await api.gql<{
      submitTrainingRequest: { trackingCode?: string; accessToken?: string; message?: string };
    }>(SUBMIT, {
      input: {
        requesterType: 'desa',
        organizationName: name,
        contactName: 'Sekretaris Desa',
        contactPhone: '0812-3456-7890',
        regionCode: '19.04.01.2003',
        address: 'Jl. Raya No. 1',
        programId,
        participantsExpected: 10,
        preferredStart: START,
        preferredEnd: '2027-03-31',
        privacyConsent: true,
      },
    });
    const { trackingCode, accessToken } = res.data?.submitTrainingRequest ?? {};
    if (!trackingCode || !accessToken) throw new Error(JSON.stringify(res));
    const row = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { trackingCode: trackingCode.replace('-', '') },
      select: { id: true },
    });
    return { id: row.id, trackingCode, accessToken };
  }

  const actions = async (id: string, who: string) => {
    const res = await api.gql<Actions>(ACTIONS, { id }, { cookie: cookies[who] });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.trainingRequest;
  };
  const track = async (code: string, token: string) =>
    (
      await api.gql<{
        trackTrainingRequest: {
          stepKey: string;
          viewerCanCancel: boolean;
          viewerCanAnswerSurvey: boolean;
          requesterTask: { actionKey: string; fileInput: { key: string } | null } | null;
        };
      }>(TRACK, { code, token })
    ).data?.trackTrainingRequest;

  beforeAll(async () => {
    for (const who of ['petugas', 'kasi', 'kabid', 'koordinator', 'agus.salim'])
      cookies[who] = await api.login(`${who}@blk.example`);
    programId = (
      await api.db.prisma.trainingProgram.findFirstOrThrow({ where: { code: 'OTO-INJ-01' } })
    ).id;
    agus = (await api.db.prisma.instructor.findFirstOrThrow({ where: { name: 'Agus Salim' } })).id;
  });

  it('runs the whole life of a request under an SOP with every step and action renamed', async () => {
    await putInForce(renamedSop());
    const r = await submit('Pemerintah Desa Berganti Nama');
    const request = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: r.id },
    });
    expect(request.state).toBe('tahap_diterima');
    const step = (who: string, action: string, v: number, input: Record<string, unknown> = {}) =>
      transition(api, cookies[who], r.id, action, v, input);

    // The requester's task after a return is the action that files documents (its effect).
    expect(
      await step('petugas', 'aksi_return_for_completion', 1, {
        missingItems: 'Surat bertanda tangan',
      }),
    ).toMatchObject({ state: 'tahap_menunggu_kelengkapan' });
    expect((await track(r.trackingCode, r.accessToken))?.requesterTask).toEqual({
      actionKey: 'aksi_complete',
      fileInput: { key: 'documents' },
    });
    const form = new FormData();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'surat.pdf');
    const uploaded = (await (
      await fetch(`${api.url}/uploads`, { method: 'POST', body: form })
    ).json()) as {
      uploadId: string;
    };
    const answered = await api.gql<{ answerRequesterTask: { stepKey?: string } }>(
      `mutation($code: String!, $token: String!, $ids: [ID!]!) {
        answerRequesterTask(trackingCode: $code, accessToken: $token, uploadIds: $ids) {
          ... on TrackedTrainingRequest { stepKey } ... on Error { code message } } }`,
      { code: r.trackingCode, token: r.accessToken, ids: [uploaded.uploadId] },
    );
    expect(answered.data?.answerRequesterTask.stepKey).toBe('tahap_diterima');
    expect(
      await api.db.prisma.requestAttachment.count({
        where: { requestId: r.id, kind: 'berkas_pelengkap' },
      }),
    ).toBe(1);
    expect(await step('petugas', 'aksi_verify', 3)).toMatchObject({
      state: 'tahap_asesmen_kebutuhan',
    });
    expect(await step('kasi', 'aksi_submit_assessment', 4, assessmentInput())).toMatchObject({
      state: 'tahap_persetujuan',
    });
    expect(await api.db.prisma.siteAssessment.count({ where: { requestId: r.id } })).toBe(1);
    expect(await step('kabid', 'aksi_approve', 5)).toMatchObject({ state: 'tahap_penjadwalan' });
    expect(
      await step(
        'koordinator',
        'aksi_schedule',
        6,
        scheduleInput([agus], { startDate: START, endDate: END, venue: 'Balai Desa' }),
      ),
    ).toMatchObject({ state: 'tahap_terjadwal' });
    const schedule = await api.db.prisma.trainingSchedule.findFirstOrThrow({
      where: { requestId: r.id, cancelledAt: null },
      include: { sessions: { orderBy: { date: 'asc' } } },
    });
    expect(schedule.venue).toBe('Balai Desa');

    // Guard rail: not before the first scheduled day without a reason.
    expect((await step('agus.salim', 'aksi_start', 7)).reasons?.map((x) => x.code)).toEqual([
      'REASON_REQUIRED',
    ]);
    expect(
      await step('agus.salim', 'aksi_start', 7, { overrideReason: 'Kapal berangkat lebih awal' }),
    ).toMatchObject({ state: 'tahap_pelaksanaan' });

    // The class's days have passed; two participants, attendance missing on three days.
    const days = schedule.sessions.length;
    for (const s of schedule.sessions)
      await api.db.prisma.trainingSession.update({
        where: { id: s.id },
        data: { date: new Date(s.date.getTime() - 140 * 86_400_000) },
      });
    const people = await Promise.all(
      ['Andi Saputra', 'Sari Dewi'].map((name, i) =>
        api.db.prisma.participant.create({
          data: {
            scheduleId: schedule.id,
            name,
            nik: `197101150600000${i + 1}`,
            sex: i ? 'P' : 'L',
            birthDate: new Date(`200${i}-06-15T00:00:00Z`),
            preTestScore: 50 + i * 10,
            postTestScore: 80 + i * 5,
          },
        }),
      ),
    );
    const status = (i: number): AttendanceStatus => (i % 7 === 3 ? 'izin' : 'hadir');
    await api.db.prisma.attendance.createMany({
      data: schedule.sessions
        .slice(3)
        .flatMap((s, i) =>
          people.map((p) => ({ participantId: p.id, sessionId: s.id, status: status(i) })),
        ),
    });
    const atFinish = await actions(r.id, 'agus.salim');
    expect(atFinish.availableActions[0]?.warnings).toEqual([
      {
        code: 'ATTENDANCE_MISSING',
        reasonInput: 'overrideReason',
        message: `Kehadiran belum lengkap untuk 3 dari ${days} hari pelatihan`,
      },
    ]);
    const refused = await step('agus.salim', 'aksi_finish', 8);
    expect(refused.reasons).toEqual([
      expect.objectContaining({ code: 'REASON_REQUIRED', field: 'overrideReason' }),
    ]);
    expect(
      await step('agus.salim', 'aksi_finish', 8, {
        overrideReason: 'Daftar hadir tiga hari pertama hilang terbawa banjir',
      }),
    ).toMatchObject({ state: 'tahap_pelaporan' });
    const certified = await api.db.prisma.participant.count({
      where: { scheduleId: schedule.id, certificateNo: { not: null } },
    });

    // The report: figures from the class records, offered read-only, recorded as computed.
    const rows = await api.db.prisma.participant.findMany({
      where: { scheduleId: schedule.id },
      include: { attendance: true },
    });
    const summary = summarizeClass(
      days,
      rows.map((p) => ({
        attendance: p.attendance.map((a) => ({ status: a.status as AttendanceStatus })),
        preTestScore: Number(p.preTestScore),
        postTestScore: Number(p.postTestScore),
      })),
    );
    expect(summary.completed).toBe(certified);
    const reportForm = await actions(r.id, 'agus.salim');
    const values = Object.fromEntries(
      (reportForm.availableActions[0]?.inputs ?? [])
        .filter((i) => i.computed)
        .map((i) => [i.key, i.value]),
    );
    expect(values).toMatchObject({
      participantsEnrolled: 2,
      participantCount: summary.completed,
      preTestAverage: 55,
      postTestAverage: 82.5,
    });
    expect(
      await step('agus.salim', 'aksi_submit_report', 9, { participantCount: 16 }),
    ).toMatchObject({ state: 'tahap_menunggu_survei' });
    const event = await api.db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: r.id, action: 'aksi_submit_report' },
    });
    expect(event.inputs).toEqual(values);
    expect(
      await api.db.prisma.requestAttachment.count({
        where: { requestId: r.id, kind: 'laporan_pelaksanaan', mimeType: 'application/pdf' },
      }),
    ).toBe(1);

    // The requester answers the survey: the SOP's recordSurvey action, whatever its key.
    expect(await track(r.trackingCode, r.accessToken)).toMatchObject({
      viewerCanAnswerSurvey: true,
      viewerCanCancel: false,
    });
    const survey = await api.gql<{ submitSatisfactionSurvey: { stepKey?: string } }>(
      `mutation($code: String!, $token: String!, $input: SatisfactionSurveyInput!) {
        submitSatisfactionSurvey(trackingCode: $code, accessToken: $token, input: $input) {
          ... on TrackedTrainingRequest { stepKey } } }`,
      {
        code: r.trackingCode,
        token: r.accessToken,
        input: { answers: { u1: 4, u2: 3, u3: 4, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 } },
      },
    );
    expect(survey.data?.submitSatisfactionSurvey.stepKey).toBe('tahap_selesai');

    // Another request under the same SOP is withdrawn by its requester (withdrawRequest).
    const other = await submit('Pemerintah Desa Batal');
    expect(await track(other.trackingCode, other.accessToken)).toMatchObject({
      viewerCanCancel: true,
    });
    const cancelled = await api.gql<{ cancelTrainingRequest: { stepKey?: string } }>(
      `mutation($code: String!, $token: String!) { cancelTrainingRequest(trackingCode: $code, accessToken: $token) {
        ... on TrackedTrainingRequest { stepKey } } }`,
      { code: other.trackingCode, token: other.accessToken },
    );
    expect(cancelled.data?.cancelTrainingRequest.stepKey).toBe('tahap_dibatalkan');
  });

  it('gives a version stored without effects the default behaviour, refusing a made-up file', async () => {
    await putInForce(legacySop());
    const r = await submit('Pemerintah Desa Versi Lama');
    const go = async (who: string, action: string, input: Record<string, unknown> = {}) => {
      const { version } = await api.db.prisma.trainingRequest.findUniqueOrThrow({
        where: { id: r.id },
      });
      const result = await transition(api, cookies[who], r.id, action, version, input);
      return result;
    };
    const ok = async (...args: Parameters<typeof go>) => {
      const result = await go(...args);
      expect(result, JSON.stringify(result)).toMatchObject({ __typename: 'TrainingRequest' });
    };
    await ok('petugas', 'verify');
    await ok('kasi', 'submit_assessment', assessmentInput());
    expect(await api.db.prisma.siteAssessment.count({ where: { requestId: r.id } })).toBe(1);
    await ok('kabid', 'approve');
    await ok('koordinator', 'schedule', scheduleInput([agus], { venue: 'Balai Desa Lama' }));
    expect(await api.db.prisma.trainingSchedule.count({ where: { requestId: r.id } })).toBe(1);
    // The guard rails of the default SOP apply to old versions too.
    expect((await go('agus.salim', 'start')).reasons?.map((x) => x.code)).toEqual([
      'REASON_REQUIRED',
    ]);
    await ok('agus.salim', 'start', { overrideReason: 'Jadwal kapal' });
    await ok('agus.salim', 'finish', { overrideReason: 'Belum ada peserta terdaftar' });
    const garbage = await go('agus.salim', 'submit_report', {
      participantCount: 500,
      attendanceSummary: 'Semua hadir',
      preTestAverage: 50,
      postTestAverage: 90,
      reportFile: 'nope',
    });
    expect(garbage, JSON.stringify(garbage)).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
    });
    expect(garbage.issues).toEqual([
      expect.objectContaining({ path: 'input.reportFile', code: 'upload.not_found' }),
    ]);
    const { state } = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: r.id },
    });
    expect(state).toBe('pelaporan');
  });
});
