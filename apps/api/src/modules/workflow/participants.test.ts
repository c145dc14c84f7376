import { testDatabaseKinds } from '@blk/db/testing';
import { formatTrackingCode, MAX_IMPORT_ROWS } from '@blk/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoClassUnderWay, participantInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { transition } from './test-helpers';

const IMPORT = /* GraphQL */ `
  mutation Import($scheduleId: ID!, $rows: [ParticipantImportRowInput!]!, $dryRun: Boolean) {
    importParticipants(scheduleId: $scheduleId, rows: $rows, dryRun: $dryRun) {
      __typename
      ... on ParticipantImportReport {
        dryRun total valid invalid imported
        rows { index rowNumber name status participantId issues { path code message } }
      }
      ... on ValidationError { issues { path code message } }
      ... on Error { code message }
    }
  }
`;

const CLASS = /* GraphQL */ `
  query Class($id: ID!) {
    schedule(id: $id) {
      participantCount
      participants { id name certificateNo }
      sessions { id }
    }
  }
`;

interface Report {
  __typename: string;
  dryRun?: boolean;
  total?: number;
  valid?: number;
  invalid?: number;
  imported?: number;
  rows?: {
    index: number;
    rowNumber: number;
    name: string | null;
    status: 'OK' | 'ERROR';
    participantId: string | null;
    issues: { path: string; code: string; message: string }[];
  }[];
  issues?: { path: string; code: string; message: string }[];
  code?: string;
  message?: string;
}

const person = (nik: string, name: string, birthDate: string, sex: string) =>
  participantInput({ nik, name, birthDate, sex, phone: '0812 7000 1234' });

/** Two good rows, then a duplicate, one too old, a broken NIK and a row with missing cells. */
const ROWS = [
  { rowNumber: 2, ...person('1971011203980001', 'Andi Saputra', '1998-03-12', 'L') },
  { rowNumber: 3, ...person('1971024101000003', 'Citra Lestari', '2000-01-01', 'P') },
  { rowNumber: 4, ...person('1971011203980001', 'Andi Kembar', '1998-03-12', 'L') },
  { rowNumber: 5, ...person('1971011203800002', 'Budi Tua', '1980-03-12', 'L') },
  { rowNumber: 6, ...person('12345', 'Dewi NIK Salah', '1999-05-05', 'P') },
  { rowNumber: 7, nik: '1971020505990004', name: 'Eka Tanpa Data' },
];

describe.each(testDatabaseKinds())('participant import and certificates on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let instructor: string;
  let coordinator: string;
  let frontDesk: string;
  let scheduleId: string;
  let requestId: string;
  let other: string;

  const run = async (rows: unknown[], dryRun: boolean | null, cookie = instructor) => {
    const res = await api.gql<{ importParticipants: Report }>(
      IMPORT,
      { scheduleId, rows, dryRun },
      { cookie, headers: { 'accept-language': 'id' } },
    );
    // Roles the access policy refuses get a request error; row-level refusals a union member.
    const refused = res.errors?.[0]?.extensions?.code;
    if (refused) return { __typename: 'RequestError', code: refused } as Report;
    return res.data?.importParticipants as Report;
  };
  const roster = async () => {
    const res = await api.gql<{
      schedule: {
        participantCount: number;
        participants: { id: string; name: string; certificateNo: string | null }[];
        sessions: { id: string }[];
      };
    }>(CLASS, { id: scheduleId }, { cookie: coordinator });
    return res.data?.schedule as NonNullable<typeof res.data>['schedule'];
  };

  beforeAll(async () => {
    // The demo request under way (pelaksanaan): its class and its assigned instructor's login.
    const { request, schedule, instructorEmail: email } = await demoClassUnderWay(api);
    requestId = request.id;
    scheduleId = schedule.id;
    instructor = await api.login(email);
    coordinator = await api.login('koordinator@blk.example');
    frontDesk = await api.login('petugas@blk.example');
    const others = await api.db.prisma.staffUser.findFirstOrThrow({
      where: { roleKey: 'instruktur', email: { not: email } },
    });
    other = await api.login(others.email);
  });

  it('reports every problem of every row on a dry run and saves nothing', async () => {
    const report = await run(ROWS, true);
    expect(report).toMatchObject({
      __typename: 'ParticipantImportReport',
      dryRun: true,
      total: 6,
      valid: 2,
      invalid: 4,
      imported: 0,
    });
    const rows = report.rows ?? [];
    expect(rows.map((r) => [r.rowNumber, r.status, r.issues.map((i) => i.code)])).toEqual([
      [2, 'OK', []],
      [3, 'OK', []],
      [4, 'ERROR', ['participant.duplicate_in_file']],
      [5, 'ERROR', ['age.too_old']],
      [6, 'ERROR', ['nik.invalid_length', 'nik.birth_date_mismatch']],
      [7, 'ERROR', ['invalid_type', 'invalid_value', 'invalid_value', 'invalid_type']],
    ]);
    expect(rows[2]?.issues[0]?.message).toBe('NIK sama dengan baris 2 pada berkas ini');
    expect(rows[5]?.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'birthDate: Wajib diisi',
      'sex: Wajib diisi',
      'education: Wajib diisi',
      'address: Wajib diisi',
    ]);
    expect(rows.every((r) => r.participantId === null)).toBe(true);
    expect((await roster()).participantCount).toBe(0);
    expect(await api.db.prisma.auditLog.count({ where: { action: 'participant.import' } })).toBe(0);
  });

  it('refuses other roles, unassigned instructors and oversized files', async () => {
    expect(await run(ROWS, true, frontDesk)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await run(ROWS, false, other)).toMatchObject({
      __typename: 'OperationError',
      code: 'FORBIDDEN',
    });
    const res = await api.gql<{ importParticipants: Report }>(IMPORT, {
      scheduleId,
      rows: ROWS,
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ROWS[0]);
    expect(await run(tooMany, true)).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'rows', code: 'import.too_many_rows' }],
    });
    expect((await run(tooMany, true)).issues?.[0]?.message).toBe(
      `Berkas berisi ${MAX_IMPORT_ROWS + 1} baris; maksimal ${MAX_IMPORT_ROWS} baris sekali impor`,
    );
    expect(await run([], true)).toMatchObject({ issues: [{ code: 'import.no_rows' }] });
    expect((await roster()).participantCount).toBe(0);
  });

  it('enrols only the valid rows, in one go, with one audit entry', async () => {
    const report = await run(ROWS, false);
    expect(report).toMatchObject({ dryRun: false, valid: 2, invalid: 4, imported: 2 });
    const created = (report.rows ?? []).filter((r) => r.participantId);
    expect(created.map((r) => r.name)).toEqual(['Andi Saputra', 'Citra Lestari']);
    const { participants } = await roster();
    expect(participants.map((p) => p.id).sort()).toEqual(
      created.map((r) => r.participantId).sort(),
    );
    const audit = await api.db.prisma.auditLog.findMany({
      where: { action: 'participant.import' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'TrainingSchedule', entityId: scheduleId });
    // The log names the new participants, never a NIK.
    expect(JSON.stringify(audit[0]?.data)).not.toContain('1971011203980001');
    // The same file again: both are enrolled already, nothing is added.
    const again = await run(ROWS.slice(0, 2), false, coordinator);
    expect(again.imported).toBe(0);
    expect(again.rows?.map((r) => r.issues.map((i) => i.code))).toEqual([
      ['participant.already_enrolled'],
      ['participant.already_enrolled'],
    ]);
  });

  it('issues certificates to those who completed when the training is finished', async () => {
    const { participants, sessions } = await roster();
    const andi = participants.find((p) => p.name === 'Andi Saputra');
    const citra = participants.find((p) => p.name === 'Citra Lestari');
    if (!andi || !citra) throw new Error('import missing');
    // Andi attends every day; Citra is sick for more than a fifth of them.
    for (const [i, s] of sessions.entries()) {
      const res = await api.gql<{ recordAttendance: { __typename: string } }>(
        `mutation($s: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $s, entries: $e) { __typename } }`,
        {
          s: s.id,
          e: [
            { participantId: andi.id, status: 'hadir' },
            { participantId: citra.id, status: i < sessions.length / 2 ? 'hadir' : 'sakit' },
          ],
        },
        { cookie: instructor },
      );
      expect(res.data?.recordAttendance.__typename).toBe('TrainingSession');
    }
    for (const p of [andi, citra]) {
      const res = await api.gql<{ recordTestScores: { __typename: string } }>(
        `mutation($p: ID!) { recordTestScores(participantId: $p, preTestScore: 45, postTestScore: 82.5) { __typename } }`,
        { p: p.id },
        { cookie: instructor },
      );
      expect(res.data?.recordTestScores.__typename).toBe('Participant');
    }
    const { version, trackingCode } = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: requestId },
    });
    expect(await transition(api, instructor, requestId, 'finish', version)).toMatchObject({
      __typename: 'TrainingRequest',
      state: 'pelaporan',
    });
    const after = await roster();
    const certified = after.participants.filter((p) => p.certificateNo);
    expect(certified.map((p) => [p.name, p.certificateNo])).toEqual([
      [
        'Andi Saputra',
        expect.stringMatching(
          new RegExp(`^BLK-OTS/\\d{4}/${formatTrackingCode(trackingCode)}/01$`),
        ),
      ],
    ]);
    const pdf = await fetch(`${api.url}/documents/certificates/${andi.id}.pdf`, {
      headers: { cookie: instructor },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const none = await fetch(`${api.url}/documents/certificates/${citra.id}.pdf`, {
      headers: { cookie: instructor },
    });
    expect(none.status).toBe(404);
  });
});
