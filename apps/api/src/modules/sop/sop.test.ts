import { testDatabaseKinds } from '@blk/db/testing';
import { DEFAULT_SOP, REQUEST_SOP_CODE, type SopDefinition } from '@blk/sop';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../testing/audit-trail';
import { storeApiKey, trainingRequestInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';

const VERSION_FIELDS = /* GraphQL */ `
  id versionNo status changeNote effectiveAt approvedAt
  createdBy { name } approvedBy { name }
  problems { code path message }
  document flowchartSvg diffFromCurrent pdfUrl
`;

const DRAFT = /* GraphQL */ `
  mutation Draft($input: DraftSopVersionInput!) {
    draftSopVersion(input: $input) {
      __typename
      ... on SopVersion { ${VERSION_FIELDS} }
      ... on ValidationError { code issues { path code message } }
      ... on Error { code message }
    }
  }
`;

const step = (name: string) => /* GraphQL */ `
  mutation Step($id: ID!) {
    ${name}(id: $id) {
      __typename
      ... on SopVersion { ${VERSION_FIELDS} }
      ${name === 'approveSopVersion' ? '... on SopProblemsError { problems { code path message } }' : ''}
      ... on Error { code message }
    }
  }
`;

interface Version {
  id: string;
  versionNo: number;
  status: string;
  changeNote: string | null;
  effectiveAt: string | null;
  approvedBy: { name: string } | null;
  createdBy: { name: string } | null;
  problems: { code: string; path: string; message: string }[];
  document: {
    activities: { roleLabel: string }[];
    identity: { key: string; value: unknown }[];
  } | null;
  flowchartSvg: string | null;
  diffFromCurrent: { identical: boolean; stepsChanged: { key: string; fields: string[] }[] } | null;
}
type Result = Partial<Version> & {
  __typename: string;
  code?: string;
  message?: string;
  problems?: { code: string; path: string; message: string }[];
};

/** The default SOP with a shorter verification standard: a real, valid revision. */
function revised(): SopDefinition {
  const def = structuredClone(DEFAULT_SOP) as SopDefinition;
  const first = def.steps.find((s) => s.kind === 'start');
  if (!first) throw new Error('default SOP has no start');
  first.timeStandard = { unit: 'hari_kerja', value: 2 };
  return def;
}

/** A definition whose first step is carried out by a role that does not exist. */
function broken(): SopDefinition {
  const def = revised();
  (def.steps[0] as { role: string }).role = 'juru_kunci';
  return def;
}

describe.each(testDatabaseKinds())('SOP versions on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kasi', 'kadis', 'petugas'] });
  let v1: string;

  /** Submitting needs a consultation or an editorial reason (consultation.test.ts tests that). */
  const editorial = (id: string) =>
    api.gql(
      'mutation($id: ID!, $r: String) { setSopNoConsultationReason(id: $id, reason: $r) { __typename } }',
      { id, r: 'Perubahan redaksional untuk pengujian' },
      { cookie: staff.kasi },
    );
  const run = async (name: string, id: string, cookie?: string) =>
    (await api.gql<Record<string, Result>>(step(name), { id }, { cookie })).data?.[name];
  const draft = async (
    definition: unknown,
    cookie = staff.kasi,
    basedOnVersionId: string | null = v1,
  ) =>
    (
      await api.gql<{ draftSopVersion: Result }>(
        DRAFT,
        { input: { basedOnVersionId, definition, changeNote: 'Verifikasi dipercepat' } },
        { cookie },
      )
    ).data?.draftSopVersion;

  beforeAll(async () => {
    const sop = await api.db.prisma.sopVersion.findFirstOrThrow({
      where: { sop: { code: REQUEST_SOP_CODE }, versionNo: 1 },
    });
    v1 = sop.id;
  });

  it('shows the public how the SOP in force works, with role names from the database', async () => {
    await api.db.prisma.role.update({
      where: { key: 'petugas_layanan' },
      data: { name: 'Petugas Loket Layanan' },
    });
    const res = await api.gql<{
      sopInForce: {
        versionNo: number;
        document: { activities: { roleLabel: string; waktu: string; decisionOf?: string }[] };
        flowchartSvg: string;
        pdfUrl: string;
      };
    }>('{ sopInForce { versionNo document flowchartSvg pdfUrl } }');
    expect(res.errors).toBeUndefined();
    const sop = res.data?.sopInForce;
    expect(sop?.versionNo).toBe(1);
    // One row per step, and one more for the front desk's own "Lengkap?" decision.
    expect(sop?.document.activities.length).toBe(DEFAULT_SOP.steps.length + 1);
    expect(sop?.document.activities.filter((a) => a.decisionOf).map((a) => a.decisionOf)).toEqual([
      'diterima',
    ]);
    expect(sop?.document.activities.map((a) => a.roleLabel)).toContain('Petugas Loket Layanan');
    expect(sop?.flowchartSvg).toMatch(/^<svg[\s\S]*Petugas Loket Layanan[\s\S]*<\/svg>$/);
    expect(sop?.pdfUrl).toBe(`/documents/sop/${v1}.pdf`);
  });

  it('lists versions to staff only', async () => {
    const anon = await api.gql('{ sopVersions { id } }');
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await api.gql<{ sopVersions: Version[] }>(
      `{ sopVersions { ${VERSION_FIELDS} } }`,
      {},
      { cookie: staff.petugas },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.sopVersions[0]).toMatchObject({
      versionNo: 1,
      status: 'published',
      problems: [],
      diffFromCurrent: { identical: true },
    });
  });

  it('checks a definition live without saving it, in the caller’s language', async () => {
    const VALIDATE = `mutation($d: JSON!) { validateSopDefinition(definition: $d) { __typename ... on SopValidation { valid problems { code path message } } ... on Error { code } } }`;
    const before = await api.db.prisma.sopVersion.count();
    const res = await api.gql<{
      validateSopDefinition: {
        valid: boolean;
        problems: { code: string; path: string; message: string }[];
      };
    }>(VALIDATE, { d: broken() }, { cookie: staff.kasi });
    expect(res.data?.validateSopDefinition.valid).toBe(false);
    expect(res.data?.validateSopDefinition.problems).toContainEqual({
      code: 'UNKNOWN_ROLE',
      path: 'steps.0.role',
      message: 'Pelaksana "juru_kunci" tidak dikenal',
    });
    const en = await api.gql<{ validateSopDefinition: { problems: { message: string }[] } }>(
      VALIDATE,
      { d: { steps: 'none' } },
      { cookie: staff.kasi, headers: { 'accept-language': 'en' } },
    );
    expect(en.data?.validateSopDefinition.problems[0]?.message).toMatch(/wrong format/);
    const ok = await api.gql<{ validateSopDefinition: { valid: boolean } }>(
      VALIDATE,
      { d: revised() },
      { cookie: staff.kasi },
    );
    expect(ok.data?.validateSopDefinition.valid).toBe(true);
    expect(await api.db.prisma.sopVersion.count()).toBe(before);
    const denied = await api.gql<{ validateSopDefinition: { code: string } }>(
      VALIDATE,
      { d: revised() },
      { cookie: staff.petugas },
    );
    expect(denied.errors?.[0]?.extensions?.code ?? denied.data?.validateSopDefinition.code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses drafting to the public, to roles without the capability and to API keys', async () => {
    const raw = 'blk_test_integrator_key_0123456789';
    await storeApiKey(api, raw, ['catalog:read', 'reports:read']);
    const before = await api.db.prisma.sopVersion.count();
    const codeOf = async (opts: { cookie?: string; headers?: Record<string, string> }) => {
      const res = await api.gql<{ draftSopVersion: { code?: string } }>(
        DRAFT,
        { input: { definition: revised(), changeNote: 'Coba' } },
        opts,
      );
      return res.errors?.[0]?.extensions?.code ?? res.data?.draftSopVersion.code;
    };
    expect(await codeOf({})).toBe('UNAUTHENTICATED');
    expect(await codeOf({ cookie: staff.petugas })).toBe('FORBIDDEN');
    expect(await codeOf({ headers: { authorization: `Bearer ${raw}` } })).toBe('FORBIDDEN');
    expect(await api.db.prisma.sopVersion.count()).toBe(before);
  });

  it('refuses a malformed draft input field by field', async () => {
    const res = await draft(revised(), staff.kasi, 'not-a-version');
    expect(res?.__typename).toBe('ValidationError');
    const short = await api.gql<{ draftSopVersion: { issues: { path: string }[] } }>(
      DRAFT,
      { input: { definition: revised(), changeNote: '' } },
      { cookie: staff.kasi },
    );
    expect(short.data?.draftSopVersion.issues.map((i) => i.path)).toEqual(['changeNote']);
  });

  it('keeps a broken draft with its problems, and the head of office cannot approve it', async () => {
    const d = await draft(broken());
    expect(d?.__typename).toBe('SopVersion');
    expect(d?.status).toBe('draft');
    expect(d?.problems?.map((p) => p.code)).toContain('UNKNOWN_ROLE');
    const id = d?.id ?? '';
    await editorial(id);
    expect((await run('submitSopVersion', id, staff.kasi))?.status).toBe('submitted');
    const refused = await run('approveSopVersion', id, staff.kadis);
    expect(refused?.__typename).toBe('SopProblemsError');
    expect(refused?.code).toBe('VALIDATION_FAILED');
    expect(refused?.problems).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_ROLE', path: 'steps.0.role' }),
    );
    const stored = await api.db.prisma.sopVersion.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe('submitted');
    expect(stored.approvedById).toBeNull();
  });

  it('refuses to overwrite a draft saved by someone else since the editor loaded it', async () => {
    const d = await draft(revised());
    const id = d?.id ?? '';
    const LOAD = 'query($id: ID!) { sopVersion(id: $id) { updatedAt } }';
    const SAVE = `mutation($id: ID!, $at: DateTime, $input: UpdateSopDraftInput!) { updateSopDraft(id: $id, expectedUpdatedAt: $at, input: $input) { __typename ... on SopVersion { updatedAt changeNote } ... on Error { code } } }`;
    type Saved = { updateSopDraft: { updatedAt?: string; changeNote?: string; code?: string } };
    const loaded = await api.gql<{ sopVersion: { updatedAt: string } }>(
      LOAD,
      { id },
      { cookie: staff.kasi },
    );
    const loadedAt = loaded.data?.sopVersion.updatedAt;
    expect(loadedAt).toEqual(expect.any(String));
    const first = await api.gql<Saved>(
      SAVE,
      { id, at: loadedAt, input: { changeNote: 'Disimpan pertama' } },
      { cookie: staff.kasi },
    );
    expect(first.data?.updateSopDraft.changeNote).toBe('Disimpan pertama');
    expect(first.data?.updateSopDraft.updatedAt).not.toBe(loadedAt);
    const second = await api.gql<Saved>(
      SAVE,
      { id, at: loadedAt, input: { changeNote: 'Menimpa diam-diam' } },
      { cookie: staff.kadis },
    );
    expect(second.data?.updateSopDraft.code).toBe('CONFLICT_STALE_VERSION');
    const stored = await api.db.prisma.sopVersion.findUniqueOrThrow({ where: { id } });
    expect(stored.changeNote).toBe('Disimpan pertama');
  });

  it('takes a valid revision through draft, review, signature and publication', async () => {
    const d = await draft(revised());
    const id = d?.id ?? '';
    expect(d).toMatchObject({
      status: 'draft',
      problems: [],
      createdBy: { name: expect.any(String) },
    });
    expect(d?.diffFromCurrent?.identical).toBe(false);
    expect(d?.diffFromCurrent?.stepsChanged).toContainEqual(
      expect.objectContaining({ key: DEFAULT_SOP.steps[0]?.key, fields: ['timeStandard'] }),
    );

    const UPDATE = `mutation($id: ID!, $input: UpdateSopDraftInput!) { updateSopDraft(id: $id, input: $input) { __typename ... on SopVersion { changeNote } ... on Error { code } } }`;
    const updated = await api.gql<{ updateSopDraft: { changeNote?: string } }>(
      UPDATE,
      { id, input: { changeNote: 'Verifikasi berkas paling lama 2 hari kerja' } },
      { cookie: staff.kasi },
    );
    expect(updated.data?.updateSopDraft.changeNote).toBe(
      'Verifikasi berkas paling lama 2 hari kerja',
    );

    expect((await run('approveSopVersion', id, staff.kadis))?.code).toBe('TRANSITION_NOT_ALLOWED');
    await editorial(id);
    expect((await run('submitSopVersion', id, staff.kasi))?.status).toBe('submitted');
    const afterSubmit = await api.gql<{ updateSopDraft: { code?: string } }>(
      UPDATE,
      { id, input: { changeNote: 'Terlambat' } },
      { cookie: staff.kasi },
    );
    expect(afterSubmit.data?.updateSopDraft.code).toBe('TRANSITION_NOT_ALLOWED');

    const byKasi = await api.gql<{ approveSopVersion: { code?: string } }>(
      step('approveSopVersion'),
      { id },
      { cookie: staff.kasi },
    );
    expect(byKasi.errors?.[0]?.extensions?.code ?? byKasi.data?.approveSopVersion.code).toBe(
      'FORBIDDEN',
    );
    const approved = await run('approveSopVersion', id, staff.kadis);
    expect(approved).toMatchObject({
      status: 'approved',
      approvedBy: { name: expect.any(String) },
    });
    // Disahkan oleh: position, name, NIP (from the signer's staff account) and the signing date.
    const signedBy = approved?.document?.identity.find((r) => r.key === 'approvedBy')?.value;
    expect(signedBy).toContain('Kepala Dinas');
    expect(signedBy).toContain('NIP 19720615 199803 1 004');
    expect((signedBy as string[]).at(-1)).toMatch(/^Tanggal \d{1,2} \p{L}+ \d{4}$/u);

    const publishByKasi = await api.gql<{ publishSopVersion: { code?: string } }>(
      step('publishSopVersion'),
      { id },
      { cookie: staff.kasi },
    );
    expect(
      publishByKasi.errors?.[0]?.extensions?.code ?? publishByKasi.data?.publishSopVersion.code,
    ).toBe('FORBIDDEN');
    const existing = await api.db.prisma.trainingRequest.findFirstOrThrow();
    const published = await run('publishSopVersion', id, staff.kadis);
    expect(published?.status).toBe('published');
    expect(published?.effectiveAt).toBeTruthy();
    // The second version in force is revision 1, revised today; the first had no revision.
    const identity = (key: string) =>
      published?.document?.identity.find((r) => r.key === key)?.value;
    expect(identity('revision')).toBe('1');
    expect(identity('revisedOn')).toBe(identity('effectiveOn'));
    expect(identity('revisedOn')).not.toBe('-');
    expect((await api.db.prisma.sopVersion.findUniqueOrThrow({ where: { id: v1 } })).status).toBe(
      'superseded',
    );
    const inForce = await api.gql<{ sopInForce: { versionId: string } }>(
      '{ sopInForce { versionId } }',
    );
    expect(inForce.data?.sopInForce.versionId).toBe(id);

    // New requests follow the new version; requests already submitted keep theirs.
    const program = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { code: 'GAR-JHT-01' },
    });
    const submitted = await api.gql<{ submitTrainingRequest: { trackingCode: string } }>(
      `mutation($input: SubmitTrainingRequestInput!) { submitTrainingRequest(input: $input) { ... on SubmitTrainingRequestSuccess { trackingCode } } }`,
      {
        input: trainingRequestInput(program.id),
      },
    );
    const code = submitted.data?.submitTrainingRequest.trackingCode.replace('-', '') ?? '';
    const fresh = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { trackingCode: code },
    });
    expect(fresh.sopVersionId).toBe(id);
    expect(
      (await api.db.prisma.trainingRequest.findUniqueOrThrow({ where: { id: existing.id } }))
        .sopVersionId,
    ).toBe(existing.sopVersionId);

    const audit = await auditTrail(api, 'SopVersion', id);
    expect(audit.map((a) => a.action)).toEqual([
      'sop.draft',
      'sop.update_draft',
      'sop.no_consultation_reason',
      'sop.submit',
      'sop.approve',
      'sop.publish',
    ]);
    expect(new Set(audit.map((a) => a.actorStaffId)).size).toBe(2);
  });
});
