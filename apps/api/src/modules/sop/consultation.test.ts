import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseKinds } from '@blk/db/testing';
import { DEFAULT_SERVICE_STANDARD, DEFAULT_SOP } from '@blk/sop';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';

// The local attachment folder on PGlite (the database store on PostgreSQL) for this file only.
process.env.BLK_ATTACHMENTS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-consultation-'));

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

const CONSULTATION = /* GraphQL */ `
  id heldOn place
  participants { name organisation category categoryLabel }
  inputs { input decision decisionLabel reason }
  beritaAcara { fileName mimeType sha256 downloadUrl }
`;
const RECORD = /* GraphQL */ `
  mutation($target: ConsultationTargetInput!, $input: ConsultationRecordInput!) {
    recordConsultation(target: $target, input: $input) {
      __typename
      ... on PublicConsultation { ${CONSULTATION} }
      ... on ValidationError { issues { path code message } }
      ... on Error { code message }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: ConsultationRecordInput!) {
    updateConsultation(id: $id, input: $input) {
      __typename
      ... on PublicConsultation { ${CONSULTATION} }
      ... on Error { code }
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation($id: ID!) {
    removeConsultation(id: $id) { __typename ... on ConsultationRemoved { id } ... on Error { code } }
  }
`;
const DRAFT_SOP = /* GraphQL */ `
  mutation($input: DraftSopVersionInput!) {
    draftSopVersion(input: $input) { ... on SopVersion { id consultationMissing } }
  }
`;
const SUBMIT_SOP = /* GraphQL */ `
  mutation($id: ID!) {
    submitSopVersion(id: $id) {
      __typename
      ... on SopVersion { status consultationMissing }
      ... on Error { code message }
    }
  }
`;
const SOP_VERSION = /* GraphQL */ `
  query($id: ID!) {
    sopVersion(id: $id) { status consultationMissing noConsultationReason consultations { ${CONSULTATION} } }
  }
`;

interface Consultation {
  __typename: string;
  id: string;
  heldOn: string;
  participants: { name: string; organisation: string; category: string; categoryLabel: string }[];
  inputs: { decision: string; decisionLabel: string; reason: string | null }[];
  beritaAcara: { fileName: string; mimeType: string; sha256: string; downloadUrl: string } | null;
  code?: string;
  message?: string;
  issues?: { path: string; code: string; message: string }[];
}

const forum = (over: Record<string, unknown> = {}) => ({
  heldOn: '2026-11-20',
  place: 'Aula Disnaker Provinsi Kepulauan Bangka Belitung',
  participants: [
    { name: 'Dr. Rina', organisation: 'Universitas Bangka Belitung', category: 'akademisi' },
    { name: 'Budi', organisation: 'KSPSI Babel', category: 'serikat_pekerja' },
    { name: 'Sari', organisation: 'Apindo Babel', category: 'asosiasi_pengusaha' },
  ],
  inputs: [
    { input: 'Asesmen terlalu lama', decision: 'changed', reason: 'Dipersingkat menjadi 3 hari' },
    { input: 'Tambahkan kelas malam', decision: 'accepted' },
  ],
  ...over,
});

describe.each(testDatabaseKinds())('public consultation on drafts on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kasi', 'kabid'] });

  const draftSop = async () => {
    const res = await api.gql<{ draftSopVersion: { id: string; consultationMissing: boolean } }>(
      DRAFT_SOP,
      { input: { definition: DEFAULT_SOP, changeNote: 'Perubahan untuk konsultasi' } },
      { cookie: staff.kasi },
    );
    const draft = res.data?.draftSopVersion;
    if (!draft?.id) throw new Error(`no draft: ${JSON.stringify(res)}`);
    return draft;
  };
  const record = async (target: Record<string, string>, input: unknown, cookie = staff.kasi) =>
    (await api.gql<{ recordConsultation: Consultation }>(RECORD, { target, input }, { cookie }))
      .data?.recordConsultation;
  const submitSop = async (id: string, lang = 'id') =>
    (
      await api.gql<{
        submitSopVersion: { __typename: string; status?: string; code?: string; message?: string };
      }>(SUBMIT_SOP, { id }, { cookie: staff.kasi, headers: { 'accept-language': lang } })
    ).data?.submitSopVersion;
  const upload = async () => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'berita-acara.pdf');
    const res = await fetch(`${api.url}/uploads`, { method: 'POST', body: form });
    return ((await res.json()) as { uploadId: string }).uploadId;
  };

  it('refuses to submit an SOP draft without a consultation, then submits it with one', async () => {
    const draft = await draftSop();
    expect(draft.consultationMissing).toBe(true);
    const refused = await submitSop(draft.id);
    expect(refused).toMatchObject({ __typename: 'OperationError', code: 'CONSULTATION_REQUIRED' });
    expect(refused?.message).toMatch(/belum dikonsultasikan kepada publik/);
    expect((await submitSop(draft.id, 'en'))?.message).toMatch(/not been through public/);
    expect(
      (await api.db.prisma.sopVersion.findUniqueOrThrow({ where: { id: draft.id } })).status,
    ).toBe('draft');

    const recorded = await record(
      { sopVersionId: draft.id },
      { ...forum(), beritaAcaraUploadId: await upload() },
    );
    expect(recorded?.__typename).toBe('PublicConsultation');
    expect(recorded?.heldOn).toBe('2026-11-20');
    expect(recorded?.participants.map((p) => p.category)).toEqual([
      'akademisi',
      'serikat_pekerja',
      'asosiasi_pengusaha',
    ]);
    expect(recorded?.participants[1]?.categoryLabel).toBe('Serikat pekerja (mis. KSPSI)');
    expect(recorded?.inputs.map((i) => i.decisionLabel)).toEqual([
      'Diterima dengan perubahan',
      'Diterima',
    ]);
    expect(recorded?.beritaAcara?.mimeType).toBe('application/pdf');

    // The berita acara downloads for staff only.
    const url = `${api.url}${recorded?.beritaAcara?.downloadUrl}`;
    expect((await fetch(url)).status).toBe(404);
    const download = await fetch(url, { headers: { cookie: staff.kabid } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const submitted = await submitSop(draft.id);
    expect(submitted).toMatchObject({ __typename: 'SopVersion', status: 'submitted' });
    const audit = await api.db.prisma.auditLog.findMany({
      where: { entityId: recorded?.id ?? '' },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(['consultation.record']);

    // Once submitted, the consultation is part of what is reviewed: it no longer changes.
    const late = await api.gql<{ updateConsultation: Consultation }>(
      UPDATE,
      { id: recorded?.id, input: forum({ place: 'Zoom' }) },
      { cookie: staff.kasi },
    );
    expect(late.data?.updateConsultation.code).toBe('TRANSITION_NOT_ALLOWED');
    const gone = await api.gql<{ removeConsultation: { code?: string } }>(
      REMOVE,
      { id: recorded?.id },
      { cookie: staff.kasi },
    );
    expect(gone.data?.removeConsultation.code).toBe('TRANSITION_NOT_ALLOWED');
    // The database refuses it too, whatever the application does.
    await expect(
      api.db.prisma.publicConsultation.delete({ where: { id: recorded?.id ?? '' } }),
    ).rejects.toThrow(/PublicConsultation_draft_only/);
  });

  it('checks the consultation with the shared schema and the draft kind with the role', async () => {
    const draft = await draftSop();
    const invalid = await record(
      { sopVersionId: draft.id },
      forum({ inputs: [{ input: 'Biaya dipungut', decision: 'rejected' }], participants: [] }),
    );
    expect(invalid?.__typename).toBe('ValidationError');
    expect(invalid?.issues?.map((i) => i.path).sort()).toEqual(['inputs.0.reason', 'participants']);
    expect(invalid?.issues?.find((i) => i.path === 'inputs.0.reason')?.message).toBe(
      'Tuliskan alasan keputusan atas masukan yang diubah atau ditolak',
    );
    expect((await record({}, forum()))?.__typename).toBe('ValidationError');

    // The kepala seksi drafts SOPs but not the service standard.
    const std = await api.db.prisma.serviceStandardVersion.create({
      data: {
        versionNo: 50,
        status: 'draft',
        components: DEFAULT_SERVICE_STANDARD.components as object,
        maklumat: DEFAULT_SERVICE_STANDARD.maklumat,
        sopVersionId: (
          await api.db.prisma.sopVersion.findFirstOrThrow({
            where: { status: 'published' },
          })
        ).id,
      },
    });
    expect((await record({ serviceStandardVersionId: std.id }, forum()))?.code).toBe('FORBIDDEN');
    const byKabid = await record({ serviceStandardVersionId: std.id }, forum(), staff.kabid);
    expect(byKabid?.__typename).toBe('PublicConsultation');
    expect(
      (await api.gql(RECORD, { target: { sopVersionId: draft.id }, input: forum() })).errors?.[0]
        ?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    // An edit replaces participants and inputs; removal takes the berita acara with it.
    const first = await record(
      { sopVersionId: draft.id },
      { ...forum(), beritaAcaraUploadId: await upload() },
    );
    const edited = await api.gql<{ updateConsultation: Consultation }>(
      UPDATE,
      {
        id: first?.id,
        input: forum({
          place: 'Zoom',
          participants: [{ name: 'Ani', organisation: 'Bappeda Babel', category: 'instansi' }],
          inputs: [],
        }),
      },
      { cookie: staff.kasi },
    );
    expect(edited.data?.updateConsultation.participants).toEqual([
      expect.objectContaining({ organisation: 'Bappeda Babel', category: 'instansi' }),
    ]);
    expect(edited.data?.updateConsultation.beritaAcara?.sha256).toBe(first?.beritaAcara?.sha256);
    const removed = await api.gql<{ removeConsultation: { id?: string } }>(
      REMOVE,
      { id: first?.id },
      { cookie: staff.kasi },
    );
    expect(removed.data?.removeConsultation.id).toBe(first?.id);
    expect(
      await api.db.prisma.beritaAcaraFile.count({ where: { consultationId: first?.id } }),
    ).toBe(0);
    const after = await api.gql<{ sopVersion: { consultationMissing: boolean } }>(
      SOP_VERSION,
      { id: draft.id },
      { cookie: staff.kasi },
    );
    expect(after.data?.sopVersion.consultationMissing).toBe(true);
  });

  it('submits an editorial change with its recorded reason instead of a consultation', async () => {
    const SET = /* GraphQL */ `
      mutation($id: ID!, $reason: String) {
        setServiceStandardNoConsultationReason(id: $id, reason: $reason) {
          __typename
          ... on ServiceStandardVersion { noConsultationReason consultationMissing }
          ... on ValidationError { issues { path } }
          ... on Error { code }
        }
      }
    `;
    const STD_DRAFT = /* GraphQL */ `
      mutation($input: DraftServiceStandardInput!) {
        draftServiceStandard(input: $input) { ... on ServiceStandardVersion { id consultationMissing } }
      }
    `;
    const draft = await api.gql<{
      draftServiceStandard: { id: string; consultationMissing: boolean };
    }>(
      STD_DRAFT,
      {
        input: {
          components: DEFAULT_SERVICE_STANDARD.components,
          maklumat: DEFAULT_SERVICE_STANDARD.maklumat,
          complaintResponseDays: 5,
        },
      },
      { cookie: staff.kabid },
    );
    const id = draft.data?.draftServiceStandard.id ?? '';
    expect(draft.data?.draftServiceStandard.consultationMissing).toBe(true);
    const SUBMIT = `mutation($id: ID!) { submitServiceStandard(id: $id) { __typename ... on ServiceStandardVersion { status } ... on Error { code } } }`;
    const submit = async () =>
      (
        await api.gql<{ submitServiceStandard: { status?: string; code?: string } }>(
          SUBMIT,
          { id },
          { cookie: staff.kabid },
        )
      ).data?.submitServiceStandard;
    expect((await submit())?.code).toBe('CONSULTATION_REQUIRED');

    const short = await api.gql<{ setServiceStandardNoConsultationReason: Consultation }>(
      SET,
      { id, reason: 'typo' },
      { cookie: staff.kabid },
    );
    expect(short.data?.setServiceStandardNoConsultationReason.issues?.[0]?.path).toBe('reason');
    const reason = 'Perubahan redaksional: salah ketik pada Maklumat, isi layanan tidak berubah.';
    const set = await api.gql<{
      setServiceStandardNoConsultationReason: {
        noConsultationReason: string;
        consultationMissing: boolean;
      };
    }>(SET, { id, reason }, { cookie: staff.kabid });
    expect(set.data?.setServiceStandardNoConsultationReason).toMatchObject({
      noConsultationReason: reason,
      consultationMissing: false,
    });
    // Cleared again, it is refused again; set, it goes through.
    await api.gql(SET, { id, reason: null }, { cookie: staff.kabid });
    expect((await submit())?.code).toBe('CONSULTATION_REQUIRED');
    await api.gql(SET, { id, reason }, { cookie: staff.kabid });
    expect((await submit())?.status).toBe('submitted');
    // Signed and published, the editorial change shows its reason, and the public still sees the
    // consultation the standard went through (version 1's, in the demo data).
    const kadis = await api.login('kadis@blk.example');
    for (const name of ['approveServiceStandard', 'publishServiceStandard'])
      await api.gql(
        `mutation($id: ID!) { ${name}(id: $id) { __typename } }`,
        { id },
        { cookie: kadis },
      );
    const pub = await api.gql<{
      serviceStandard: { noConsultationReason: string; consultations: { versionNo: number }[] };
    }>('{ serviceStandard { noConsultationReason consultations { versionNo } } }');
    expect(pub.data?.serviceStandard).toEqual({
      noConsultationReason: reason,
      consultations: [{ versionNo: 1 }],
    });
    expect(
      (
        await api.gql<{ setServiceStandardNoConsultationReason: { code?: string } }>(
          SET,
          { id, reason: null },
          { cookie: staff.kabid },
        )
      ).data?.setServiceStandardNoConsultationReason.code,
    ).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('shows the public when and with which organisations the standard was consulted', async () => {
    const res = await api.gql<{
      serviceStandard: {
        consultations: {
          heldOn: string;
          place: string;
          organisations: { organisation: string; category: string; categoryLabel: string }[];
          inputsReceived: number;
          inputsAccepted: number;
        }[];
      };
    }>(
      '{ serviceStandard { consultations { heldOn place organisations { organisation category categoryLabel } inputsReceived inputsAccepted } } }',
    );
    const [seeded] = res.data?.serviceStandard.consultations ?? [];
    expect(seeded?.heldOn).toBe('2025-11-20');
    expect(seeded?.organisations.map((o) => o.category)).toEqual([
      'akademisi',
      'serikat_pekerja',
      'asosiasi_pengusaha',
      'instansi',
      'masyarakat',
    ]);
    expect(seeded).toMatchObject({ inputsReceived: 3, inputsAccepted: 2 });
    // Names are personal data: the public type has no field for them.
    const names = await api.gql('{ serviceStandard { consultations { participants { name } } } }');
    expect(names.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('never lets a submission count a consultation removed at the same moment', async () => {
    // Race a submission against the removal of the draft's only consultation: either the removal
    // goes first and the submission is refused, or the submission goes first and the removal is.
    for (let round = 0; round < 6; round++) {
      const draft = await draftSop();
      const c = await record({ sopVersionId: draft.id }, forum());
      const [submitted, removed] = await Promise.all([
        submitSop(draft.id),
        api.gql<{ removeConsultation: { __typename: string; code?: string } }>(
          REMOVE,
          { id: c?.id },
          { cookie: staff.kasi },
        ),
      ]);
      const version = await api.db.prisma.sopVersion.findUniqueOrThrow({
        where: { id: draft.id },
        include: { _count: { select: { consultations: true } } },
      });
      if (submitted?.__typename === 'SopVersion') {
        expect(removed.data?.removeConsultation.code).toBe('TRANSITION_NOT_ALLOWED');
        expect(version).toMatchObject({ status: 'submitted', _count: { consultations: 1 } });
      } else {
        expect(submitted?.code).toBe('CONSULTATION_REQUIRED');
        expect(removed.data?.removeConsultation.__typename).toBe('ConsultationRemoved');
        expect(version).toMatchObject({ status: 'draft', _count: { consultations: 0 } });
      }
    }
  });
});
