import { testDatabaseKinds } from '@blk/db/testing';
import { DEFAULT_SERVICE_STANDARD, DEFAULT_SOP } from '@blk/sop';
import { describe, expect, it } from 'vitest';
import { auditTrail } from '../../testing/audit-trail';
import { apiForSuite } from '../../testing/suite-api';

const FIELDS = /* GraphQL */ `
  id versionNo status maklumat complaintResponseDays sopVersionInForce
  components { key no published items }
  publicPreview { components { key items } completionWorkingDays }
  approvedBy { name }
`;
const DRAFT = /* GraphQL */ `
  mutation($input: DraftServiceStandardInput!) {
    draftServiceStandard(input: $input) {
      __typename
      ... on ServiceStandardVersion { ${FIELDS} }
      ... on ValidationError { code issues { path code } }
      ... on Error { code }
    }
  }
`;
const step = (name: string) => /* GraphQL */ `
  mutation($id: ID!) { ${name}(id: $id) { __typename ... on ServiceStandardVersion { ${FIELDS} } ... on Error { code } } }
`;

interface Standard {
  __typename: string;
  id: string;
  status: string;
  code?: string;
  sopVersionInForce: boolean;
  components: { key: string; no: number; published: boolean; items: string[] }[];
  publicPreview: { components: { key: string; items: string[] }[]; completionWorkingDays: number };
  issues?: { path: string; code: string }[];
}

const FREE = 'Gratis: seluruh biaya ditanggung APBD Provinsi Kepulauan Bangka Belitung.';
const draftInput = (over: Record<string, unknown> = {}) => ({
  components: { ...DEFAULT_SERVICE_STANDARD.components, biaya_tarif: [FREE] },
  maklumat: DEFAULT_SERVICE_STANDARD.maklumat,
  complaintResponseDays: 3,
  ...over,
});

describe.each(testDatabaseKinds())('service standard versions on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kabid', 'kadis', 'kasi'] });

  const codeOf = (
    res: { errors?: { extensions?: { code?: string } }[]; data?: unknown },
    field: string,
  ) =>
    res.errors?.[0]?.extensions?.code ??
    (res.data as Record<string, { code?: string }> | undefined)?.[field]?.code;
  const draft = async (input: unknown, cookie = staff.kabid) =>
    api.gql<{ draftServiceStandard: Standard }>(DRAFT, { input }, { cookie });
  /** Submitting needs a consultation or an editorial reason (consultation.test.ts tests that). */
  const editorial = (id: string) =>
    api.gql(
      'mutation($id: ID!, $r: String) { setServiceStandardNoConsultationReason(id: $id, reason: $r) { __typename } }',
      { id, r: 'Perubahan redaksional untuk pengujian' },
      { cookie: staff.kabid },
    );
  const run = async (name: string, id: string, cookie: string) =>
    api.gql<Record<string, Standard>>(step(name), { id }, { cookie });
  /** What a lifecycle step answers: the status it moved the version to, or its error code. */
  const outcome = async (name: string, id: string, cookie: string) => {
    const res = await run(name, id, cookie);
    return res.data?.[name]?.status ?? codeOf(res, name);
  };

  it('shows staff all 14 components and the public page preview; not the public', async () => {
    const anon = await api.gql('{ serviceStandardVersions { id } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await api.gql<{ serviceStandardVersions: Standard[] }>(
      `{ serviceStandardVersions { ${FIELDS} } }`,
      {},
      { cookie: staff.kasi },
    );
    const [v1] = res.data?.serviceStandardVersions ?? [];
    expect(v1?.status).toBe('published');
    expect(v1?.components).toHaveLength(14);
    expect(v1?.components.filter((c) => c.published)).toHaveLength(6);
    expect(v1?.components.map((c) => c.no)).toEqual([...Array(14).keys()].map((i) => i + 1));
    expect(v1?.sopVersionInForce).toBe(true);
    const pub = await api.gql<{
      serviceStandard: {
        components: { key: string; items: string[] }[];
        completionWorkingDays: number;
      };
    }>('{ serviceStandard { components { key items } completionWorkingDays } }');
    expect(v1?.publicPreview).toEqual(pub.data?.serviceStandard);
  });

  it('refuses drafts from roles without the capability and incomplete standards', async () => {
    const before = await api.db.prisma.serviceStandardVersion.count();
    expect(codeOf(await draft(draftInput(), staff.kasi), 'draftServiceStandard')).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(DRAFT, { input: draftInput() }), 'draftServiceStandard')).toBe(
      'UNAUTHENTICATED',
    );
    const { dasar_hukum: _missing, ...incomplete } = DEFAULT_SERVICE_STANDARD.components;
    const res = await draft(draftInput({ components: incomplete, complaintResponseDays: 0 }));
    expect(res.data?.draftServiceStandard.__typename).toBe('ValidationError');
    expect(res.data?.draftServiceStandard.issues?.map((i) => i.path).sort()).toEqual([
      'complaintResponseDays',
      'components.dasar_hukum',
    ]);
    expect(await api.db.prisma.serviceStandardVersion.count()).toBe(before);
  });

  it('drafts, signs and publishes a new standard, which the public page then shows', async () => {
    const d = (await draft(draftInput())).data?.draftServiceStandard;
    expect(d?.status).toBe('draft');
    const id = d?.id ?? '';
    expect(d?.publicPreview.components.find((c) => c.key === 'biaya_tarif')?.items).toEqual([FREE]);
    await editorial(id);
    expect(await outcome('submitServiceStandard', id, staff.kabid)).toBe('submitted');
    expect(await outcome('approveServiceStandard', id, staff.kabid)).toBe('FORBIDDEN');
    expect(await outcome('approveServiceStandard', id, staff.kadis)).toBe('approved');
    expect(await outcome('publishServiceStandard', id, staff.kabid)).toBe('FORBIDDEN');
    expect(await outcome('publishServiceStandard', id, staff.kadis)).toBe('published');
    const pub = await api.gql<{
      serviceStandard: { versionNo: number; components: { key: string; items: string[] }[] };
    }>('{ serviceStandard { versionNo components { key items } } }');
    expect(pub.data?.serviceStandard.versionNo).toBe(2);
    expect(
      pub.data?.serviceStandard.components.find((c) => c.key === 'biaya_tarif')?.items,
    ).toEqual([FREE]);
    const statuses = await api.db.prisma.serviceStandardVersion.findMany({
      orderBy: { versionNo: 'asc' },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(['superseded', 'published']);
    const audit = await auditTrail(api, 'ServiceStandardVersion', id);
    expect(audit.map((a) => a.action)).toEqual([
      'service_standard.draft',
      'service_standard.no_consultation_reason',
      'service_standard.submit',
      'service_standard.approve',
      'service_standard.publish',
    ]);
  });

  it('refuses to overwrite a draft saved by someone else since the editor loaded it', async () => {
    const id = (await draft(draftInput())).data?.draftServiceStandard?.id ?? '';
    const LOAD = 'query($id: ID!) { serviceStandardVersion(id: $id) { updatedAt } }';
    const SAVE = `mutation($id: ID!, $at: DateTime, $input: UpdateServiceStandardDraftInput!) { updateServiceStandardDraft(id: $id, expectedUpdatedAt: $at, input: $input) { __typename ... on ServiceStandardVersion { updatedAt complaintResponseDays } ... on Error { code } } }`;
    type Saved = {
      updateServiceStandardDraft: {
        updatedAt?: string;
        complaintResponseDays?: number;
        code?: string;
      };
    };
    const loaded = await api.gql<{ serviceStandardVersion: { updatedAt: string } }>(
      LOAD,
      { id },
      { cookie: staff.kabid },
    );
    const loadedAt = loaded.data?.serviceStandardVersion.updatedAt;
    expect(loadedAt).toEqual(expect.any(String));
    const first = await api.gql<Saved>(
      SAVE,
      { id, at: loadedAt, input: { complaintResponseDays: 4 } },
      { cookie: staff.kabid },
    );
    expect(first.data?.updateServiceStandardDraft.complaintResponseDays).toBe(4);
    expect(first.data?.updateServiceStandardDraft.updatedAt).not.toBe(loadedAt);
    // A second editor, who loaded the draft before that save, would overwrite it unseen.
    const second = await api.gql<Saved>(
      SAVE,
      { id, at: loadedAt, input: { complaintResponseDays: 7 } },
      { cookie: staff.kabid },
    );
    expect(second.data?.updateServiceStandardDraft.code).toBe('CONFLICT_STALE_VERSION');
    const stored = await api.db.prisma.serviceStandardVersion.findUniqueOrThrow({ where: { id } });
    expect(stored.complaintResponseDays).toBe(4);
  });

  it('only changes drafts, and refuses to publish a standard whose SOP is not in force', async () => {
    const sop = await api.db.prisma.sopVersion.findFirstOrThrow({ where: { status: 'published' } });
    const signed = await api.db.prisma.sopVersion.create({
      data: {
        sopId: sop.sopId,
        versionNo: 2,
        status: 'approved',
        definition: DEFAULT_SOP as object,
      },
    });
    const d = (await draft(draftInput())).data?.draftServiceStandard;
    const id = d?.id ?? '';
    const UPDATE = `mutation($id: ID!, $input: UpdateServiceStandardDraftInput!) { updateServiceStandardDraft(id: $id, input: $input) { __typename ... on ServiceStandardVersion { sopVersionInForce complaintResponseDays } ... on Error { code } } }`;
    const updated = await api.gql<{
      updateServiceStandardDraft: { sopVersionInForce: boolean; complaintResponseDays: number };
    }>(
      UPDATE,
      { id, input: { sopVersionId: signed.id, complaintResponseDays: 4 } },
      { cookie: staff.kabid },
    );
    expect(updated.data?.updateServiceStandardDraft).toEqual({
      __typename: 'ServiceStandardVersion',
      sopVersionInForce: false,
      complaintResponseDays: 4,
    });
    await editorial(id);
    await run('submitServiceStandard', id, staff.kabid);
    const again = await api.gql(
      UPDATE,
      { id, input: { complaintResponseDays: 2 } },
      { cookie: staff.kabid },
    );
    expect(codeOf(again, 'updateServiceStandardDraft')).toBe('TRANSITION_NOT_ALLOWED');
    await run('approveServiceStandard', id, staff.kadis);
    expect(await outcome('publishServiceStandard', id, staff.kadis)).toBe('TRANSITION_NOT_ALLOWED');
    expect(
      (await api.db.prisma.serviceStandardVersion.findUniqueOrThrow({ where: { id } })).status,
    ).toBe('approved');
  });

  it('takes jangka waktu from the SOP in force and the complaint answer time from its setting', async () => {
    type Public = {
      serviceStandard: {
        components: { key: string; items: string[] }[];
        completionWorkingDays: number;
        complaintResponseDays: number;
      };
    };
    const read = async () =>
      (
        await api.gql<Public>(
          '{ serviceStandard { components { key items } completionWorkingDays complaintResponseDays } }',
        )
      ).data?.serviceStandard;
    const before = await read();
    const items = (key: string, s = before) => s?.components.find((c) => c.key === key)?.items;
    expect(items('penanganan_pengaduan')).toContain(
      `Setiap pengaduan dicatat, diberi nomor, dan ditanggapi paling lama ${before?.complaintResponseDays} hari kerja`,
    );

    // A new SOP version is put in force with verification taking 3 working days instead of 1;
    // the published standard, still the same signed version, promises the new total.
    const current = await api.db.prisma.sopVersion.findFirstOrThrow({
      where: { status: 'published' },
    });
    const slower = structuredClone(DEFAULT_SOP);
    const first = slower.steps[0];
    if (first) first.timeStandard = { unit: 'hari_kerja', value: 3 };
    await api.db.prisma.sopVersion.update({
      where: { id: current.id },
      data: { status: 'superseded' },
    });
    await api.db.prisma.sopVersion.create({
      data: {
        sopId: current.sopId,
        versionNo: 90,
        status: 'published',
        definition: slower as object,
        effectiveAt: new Date(),
      },
    });
    // The setting that drives complaint deadlines changes the standard's text too.
    const std = await api.db.prisma.serviceStandardVersion.findFirstOrThrow({
      where: { status: 'published' },
    });
    await api.db.prisma.serviceStandardVersion.update({
      where: { id: std.id },
      data: { complaintResponseDays: 7 },
    });
    const after = await read();
    expect(after?.completionWorkingDays).toBe((before?.completionWorkingDays ?? 0) + 2);
    expect(items('jangka_waktu', after)?.[0]).toContain(
      `${after?.completionWorkingDays} hari kerja`,
    );
    expect(after?.complaintResponseDays).toBe(7);
    const complaints = items('penanganan_pengaduan', after) ?? [];
    expect(complaints).toContain(
      'Setiap pengaduan dicatat, diberi nomor, dan ditanggapi paling lama 7 hari kerja',
    );
    expect(complaints.join(' ')).not.toMatch(/\b5 hari kerja/);
  });
});
