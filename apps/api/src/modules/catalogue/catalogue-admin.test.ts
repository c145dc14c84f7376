import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { bearer, errorCode, issueApiKey } from '../../testing/api-keys';
import { apiForSuite } from '../../testing/suite-api';

const PROGRAM_FIELDS = `id code name active archivedAt updatedAt minAge maxAge kejuruan { code } units { code jp }`;
const CREATE = `mutation($input: ProgramInput!) { createProgram(input: $input) {
  __typename ... on TrainingProgram { ${PROGRAM_FIELDS} }
  ... on ValidationError { issues { path code message } } ... on Error { errorCode: code message } } }`;
const UPDATE = `mutation($id: ID!, $at: DateTime!, $input: ProgramInput!) {
  updateProgram(id: $id, expectedUpdatedAt: $at, input: $input) {
  __typename ... on TrainingProgram { ${PROGRAM_FIELDS} } ... on Error { errorCode: code } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveProgram(id: $id) { __typename ... on TrainingProgram { active archivedAt } ... on Error { errorCode: code } } }`;
const RESTORE = `mutation($id: ID!) { restoreProgram(id: $id) { __typename ... on TrainingProgram { active archivedAt } ... on Error { errorCode: code } } }`;
const PUBLIC_CODES = '{ programs(first: 100) { edges { node { code } } } }';

type Program = {
  id: string;
  code: string;
  active: boolean;
  updatedAt: string;
  minAge: number | null;
  units: { code: string; jp: number }[];
};
type Issues = { issues: { path: string; code: string; message: string }[] };

const programInput = (code: string) => ({
  code,
  name: 'Menjahit Busana Muslim',
  kejuruan: 'GAR',
  description: 'Membuat busana muslim dengan mesin jahit.',
  durationDays: 12,
  durationJp: 96,
  classSizeMin: 10,
  classSizeDefault: 16,
  classSizeMax: 16,
  ageMin: 17,
  ageMax: 40,
  requirements: ['Memiliki KTP'],
  siteRequirements: ['Ruangan 6×8 m', 'Listrik 2.200 VA'],
  competencyUnits: [
    { code: 'gar-bm-u1', title: 'Membuat pola busana', jp: 30 },
    { code: 'GAR-BM-U2', title: 'Menjahit busana', jp: 50 },
  ],
});

describe.each(testDatabaseKinds())('catalogue administration on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['koordinator'] });

  const publicCodes = async () =>
    (
      await api.gql<{ programs: { edges: { node: { code: string } }[] } }>(PUBLIC_CODES)
    ).data?.programs.edges.map((e) => e.node.code);

  it('creates a program with its units, offered to the public and audited', async () => {
    const res = await api.gql<{ createProgram: Program }>(
      CREATE,
      { input: programInput('gar-bm-01') },
      { cookie: staff.koordinator },
    );
    const program = res.data?.createProgram;
    expect(program).toMatchObject({ code: 'GAR-BM-01', active: true, minAge: 17 });
    expect(program?.units).toEqual([
      { code: 'GAR-BM-U1', jp: 30 },
      { code: 'GAR-BM-U2', jp: 50 },
    ]);
    expect(await publicCodes()).toContain('GAR-BM-01');
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'program.create', entityId: program?.id },
      include: { actorStaff: true },
    });
    expect([audit.actorType, audit.actorStaff?.email]).toEqual([
      'staff',
      'koordinator@blk.example',
    ]);
  });

  it('accepts programs without age limits (correctional classes)', async () => {
    const res = await api.gql<{ createProgram: Program }>(
      CREATE,
      { input: { ...programInput('LAS-LP-01'), kejuruan: 'LAS', ageMin: null, ageMax: null } },
      { cookie: staff.koordinator },
    );
    expect(res.data?.createProgram).toMatchObject({ code: 'LAS-LP-01', minAge: null });
  });

  it('refuses the public, other roles and API keys', async () => {
    const input = { input: programInput('GAR-X-01') };
    expect(errorCode(await api.gql(CREATE, input), 'createProgram')).toBe('UNAUTHENTICATED');
    const petugas = await api.login('petugas@blk.example');
    expect(errorCode(await api.gql(CREATE, input, { cookie: petugas }), 'createProgram')).toBe(
      'FORBIDDEN',
    );
    const { key } = await issueApiKey(api, ['catalog:read']);
    const res = await api.gql(CREATE, input, bearer(key));
    expect(res.status).toBe(403);
    expect(errorCode(res, 'createProgram')).toBe('FORBIDDEN');
    expect(await api.db.prisma.trainingProgram.count({ where: { code: 'GAR-X-01' } })).toBe(0);
  });

  it('validates with the shared schema and answers in Indonesian', async () => {
    const res = await api.gql<{ createProgram: Issues & { __typename: string } }>(
      CREATE,
      { input: { ...programInput('GAR-Y-01'), classSizeDefault: 20, durationJp: 60 } },
      { cookie: staff.koordinator },
    );
    expect(res.data?.createProgram.__typename).toBe('ValidationError');
    expect(res.data?.createProgram.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'classSizeDefault',
          code: 'program.class_size_order',
          message: 'Ukuran kelas harus memenuhi minimal ≤ standar ≤ maksimal',
        },
        expect.objectContaining({ path: 'competencyUnits', code: 'program.units_exceed_jp' }),
      ]),
    );
    const unknown = await api.gql<{ createProgram: Issues }>(
      CREATE,
      { input: { ...programInput('GAR-Y-02'), kejuruan: 'XYZ' } },
      { cookie: staff.koordinator },
    );
    expect(unknown.data?.createProgram.issues).toEqual([
      { path: 'kejuruan', code: 'program.unknown_kejuruan', message: 'Kejuruan tidak ditemukan' },
    ]);
  });

  it('refuses a code already in the catalogue', async () => {
    const res = await api.gql(
      CREATE,
      { input: programInput('GAR-JHT-01') },
      { cookie: staff.koordinator },
    );
    expect(errorCode(res, 'createProgram')).toBe('ALREADY_EXISTS');
  });

  it('updates with the version the editor saw and refuses a stale edit', async () => {
    const created = await api.gql<{ createProgram: Program }>(
      CREATE,
      { input: programInput('GAR-BM-02') },
      { cookie: staff.koordinator },
    );
    const { id, updatedAt } = created.data?.createProgram ?? { id: '', updatedAt: '' };
    const input = {
      ...programInput('GAR-BM-02'),
      name: 'Menjahit Busana Muslim Lanjutan',
      competencyUnits: [{ code: 'GAR-BM-U3', title: 'Menyelesaikan busana', jp: 40 }],
    };
    const first = await api.gql<{ updateProgram: Program }>(
      UPDATE,
      { id, at: updatedAt, input },
      { cookie: staff.koordinator },
    );
    expect(first.data?.updateProgram.units).toEqual([{ code: 'GAR-BM-U3', jp: 40 }]);
    expect(first.data?.updateProgram.updatedAt).not.toBe(updatedAt);
    const stale = await api.gql(
      UPDATE,
      { id, at: updatedAt, input },
      { cookie: staff.koordinator },
    );
    expect(errorCode(stale, 'updateProgram')).toBe('CONFLICT_STALE_VERSION');
    const missing = await api.gql(
      UPDATE,
      { id: 'no-such-id', at: updatedAt, input },
      { cookie: staff.koordinator },
    );
    expect(errorCode(missing, 'updateProgram')).toBe('NOT_FOUND');
    const taken = await api.gql(
      UPDATE,
      {
        id,
        at: first.data?.updateProgram.updatedAt,
        input: { ...input, code: 'GAR-JHT-01' },
      },
      { cookie: staff.koordinator },
    );
    expect(errorCode(taken, 'updateProgram')).toBe('ALREADY_EXISTS');
  });

  it('archives a program out of the public catalogue but keeps it for its requests', async () => {
    const request = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { programId: { not: null } },
      include: { program: true },
    });
    const id = request.programId as string;
    const code = request.program?.code;
    const archived = await api.gql<{ archiveProgram: { active: boolean; archivedAt: string } }>(
      ARCHIVE,
      { id },
      { cookie: staff.koordinator },
    );
    expect(archived.data?.archiveProgram.active).toBe(false);
    expect(await publicCodes()).not.toContain(code);
    const stillThere = await api.gql<{ program: { code: string } }>(
      'query($id: ID!) { program(id: $id) { code } }',
      { id },
    );
    expect(stillThere.data?.program.code).toBe(code);
    const staffList = await api.gql<{ allPrograms: { edges: { node: { code: string } }[] } }>(
      '{ allPrograms(first: 100, archived: true) { edges { node { code } } } }',
      {},
      { cookie: staff.koordinator },
    );
    expect(staffList.data?.allPrograms.edges.map((e) => e.node.code)).toEqual([code]);
    const restored = await api.gql<{ restoreProgram: { active: boolean; archivedAt: null } }>(
      RESTORE,
      { id },
      { cookie: staff.koordinator },
    );
    expect(restored.data?.restoreProgram).toMatchObject({ active: true, archivedAt: null });
    expect(await publicCodes()).toContain(code);
    expect(
      await api.db.prisma.auditLog.count({
        where: { entityId: id, action: { in: ['program.archive', 'program.restore'] } },
      }),
    ).toBe(2);
  });

  it('keeps allPrograms for staff only', async () => {
    const res = await api.gql('{ allPrograms(first: 1) { edges { cursor } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds and renames a kejuruan; a taken code is refused', async () => {
    const CREATE_K = `mutation($input: KejuruanInput!) { createKejuruan(input: $input) {
      __typename ... on Kejuruan { code name } ... on Error { errorCode: code } } }`;
    const UPDATE_K = `mutation($input: KejuruanInput!) { updateKejuruan(input: $input) {
      __typename ... on Kejuruan { code name } ... on Error { errorCode: code } } }`;
    const created = await api.gql<{ createKejuruan: { code: string } }>(
      CREATE_K,
      { input: { code: 'bgn', name: 'Bangunan' } },
      { cookie: staff.koordinator },
    );
    expect(created.data?.createKejuruan).toEqual({
      __typename: 'Kejuruan',
      code: 'BGN',
      name: 'Bangunan',
    });
    const renamed = await api.gql<{ updateKejuruan: { name: string } }>(
      UPDATE_K,
      { input: { code: 'BGN', name: 'Konstruksi Bangunan' } },
      { cookie: staff.koordinator },
    );
    expect(renamed.data?.updateKejuruan.name).toBe('Konstruksi Bangunan');
    const dup = await api.gql(
      CREATE_K,
      { input: { code: 'LAS', name: 'Las Lagi' } },
      { cookie: staff.koordinator },
    );
    expect(errorCode(dup, 'createKejuruan')).toBe('ALREADY_EXISTS');
    const bad = await api.gql<{ createKejuruan: { __typename: string } }>(
      CREATE_K,
      { input: { code: 'B G', name: 'x' } },
      { cookie: staff.koordinator },
    );
    expect(bad.data?.createKejuruan.__typename).toBe('ValidationError');
    const instruktur = await api.login('instruktur@blk.example');
    expect(
      errorCode(
        await api.gql(CREATE_K, { input: { code: 'ABC', name: 'Abc' } }, { cookie: instruktur }),
        'createKejuruan',
      ),
    ).toBe('FORBIDDEN');
  });
});
