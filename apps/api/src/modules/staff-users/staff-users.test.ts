import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { bearer, errorCode, issueApiKey } from '../../testing/api-keys';
import { apiForSuite } from '../../testing/suite-api';

const USER = 'id name email active role { key } instructor { name }';
const RESULT = `__typename ... on StaffUser { ${USER} }
  ... on ValidationError { issues { path code message } } ... on Error { errorCode: code message }`;
const CREATE = `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStaffUserInput!) { updateStaffUser(id: $id, input: $input) { ${RESULT} } }`;
const RESET = `mutation($id: ID!, $password: String!) { resetStaffPassword(id: $id, password: $password) { ${RESULT} } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ${RESULT} } }`;
const VIEWER = '{ viewer { kind } }';

type User = { id: string; email: string; active: boolean; role: { key: string } };
type Issues = { issues: { path: string; code: string; message: string }[] };

describe.each(testDatabaseKinds())('staff accounts on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['admin'] });
  /** The stored account behind an e-mail address. */
  const account = (email: string) =>
    api.db.prisma.staffUser.findUniqueOrThrow({ where: { email } });
  const viewerKind = async (cookie: string) =>
    (await api.gql<{ viewer: { kind: string } }>(VIEWER, {}, { cookie })).data?.viewer.kind;
  const newUser = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    name: 'Dewi Lestari',
    roleKey: 'petugas_layanan',
    password: 'Pangkal-Pinang7',
    ...extra,
  });

  it('lists roles and accounts for the admin', async () => {
    const res = await api.gql<{
      roles: { key: string }[];
      staffUsers: { edges: { node: User }[] };
    }>(
      `{ roles { key } staffUsers(first: 50, roleKey: "kepala_dinas") { edges { node { ${USER} } } } }`,
      {},
      { cookie: staff.admin },
    );
    expect(res.data?.roles.map((r) => r.key)).toContain('koordinator_instruktur');
    expect(res.data?.staffUsers.edges.map((e) => e.node.email)).toEqual(['kadis@blk.example']);
  });

  it('opens an account whose password works for sign-in, and audits it without the password', async () => {
    const res = await api.gql<{ createStaffUser: User }>(
      CREATE,
      { input: newUser('Dewi@BLK.example') },
      { cookie: staff.admin },
    );
    expect(res.data?.createStaffUser).toMatchObject({
      email: 'dewi@blk.example',
      active: true,
      role: { key: 'petugas_layanan' },
    });
    const stored = await account('dewi@blk.example');
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(await viewerKind(await api.login('dewi@blk.example', 'Pangkal-Pinang7'))).toBe('staff');
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'staff_user.create', entityId: stored.id },
    });
    expect(JSON.stringify(audit.data)).not.toMatch(/Pangkal|scrypt/);
  });

  it('links an instruktur account to its instructor, one account per instructor', async () => {
    const instructor = await api.db.prisma.instructor.create({
      data: { name: 'Bayu Saputra', phone: '+6281373001199', homeIsland: 'Bangka' },
    });
    const res = await api.gql<{ createStaffUser: { instructor: { name: string } } }>(
      CREATE,
      {
        input: newUser('bayu@blk.example', { roleKey: 'instruktur', instructorId: instructor.id }),
      },
      { cookie: staff.admin },
    );
    expect(res.data?.createStaffUser.instructor).toEqual({ name: 'Bayu Saputra' });
    const again = await api.gql(
      CREATE,
      {
        input: newUser('bayu2@blk.example', { roleKey: 'instruktur', instructorId: instructor.id }),
      },
      { cookie: staff.admin },
    );
    expect(errorCode(again, 'createStaffUser')).toBe('ALREADY_EXISTS');
    const unknown = await api.gql<{ createStaffUser: Issues }>(
      CREATE,
      { input: newUser('bayu3@blk.example', { roleKey: 'instruktur', instructorId: 'x' }) },
      { cookie: staff.admin },
    );
    expect(unknown.data?.createStaffUser.issues[0]?.path).toBe('instructorId');
  });

  it('refuses a taken e-mail, an unknown role and a weak password', async () => {
    expect(
      errorCode(
        await api.gql(CREATE, { input: newUser('petugas@blk.example') }, { cookie: staff.admin }),
        'createStaffUser',
      ),
    ).toBe('ALREADY_EXISTS');
    const role = await api.gql<{ createStaffUser: Issues }>(
      CREATE,
      { input: newUser('baru@blk.example', { roleKey: 'bupati' }) },
      { cookie: staff.admin },
    );
    expect(role.data?.createStaffUser.issues).toEqual([
      { path: 'roleKey', code: 'role.unknown', message: 'Peran tidak ditemukan' },
    ]);
    const weak = await api.gql<{ createStaffUser: Issues }>(
      CREATE,
      { input: newUser('baru@blk.example', { password: 'pangkalpinang' }) },
      { cookie: staff.admin },
    );
    expect(weak.data?.createStaffUser.issues[0]).toMatchObject({
      path: 'password',
      code: 'password.too_weak',
    });
    expect(weak.data?.createStaffUser.issues[0]?.message).toMatch(/^Kata sandi harus/);
  });

  it('is for the system admin only', async () => {
    const input = { input: newUser('x@blk.example') };
    expect(errorCode(await api.gql(CREATE, input), 'createStaffUser')).toBe('UNAUTHENTICATED');
    const kadis = await api.login('kadis@blk.example');
    expect(errorCode(await api.gql(CREATE, input, { cookie: kadis }), 'createStaffUser')).toBe(
      'FORBIDDEN',
    );
    const list = await api.gql(
      '{ staffUsers(first: 1) { edges { cursor } } }',
      {},
      { cookie: kadis },
    );
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { key } = await issueApiKey(api);
    expect(errorCode(await api.gql(CREATE, input, bearer(key)), 'createStaffUser')).toBe(
      'FORBIDDEN',
    );
  });

  it('deactivating ends the sessions and blocks sign-in', async () => {
    const cookie = await api.login('kasi@blk.example');
    const kasi = await account('kasi@blk.example');
    const res = await api.gql<{ updateStaffUser: User }>(
      UPDATE,
      { id: kasi.id, input: { active: false } },
      { cookie: staff.admin },
    );
    expect(res.data?.updateStaffUser.active).toBe(false);
    expect(await viewerKind(cookie)).toBe('anonymous');
    expect(
      await api.db.prisma.staffSession.count({ where: { userId: kasi.id, revokedAt: null } }),
    ).toBe(0);
    await expect(api.login('kasi@blk.example')).rejects.toThrow(/INVALID_CREDENTIALS/);
    await api.gql(UPDATE, { id: kasi.id, input: { active: true } }, { cookie: staff.admin });
    expect(await viewerKind(await api.login('kasi@blk.example'))).toBe('staff');
  });

  it('changes name and role, but not the admin’s own role or activity', async () => {
    const kabid = await account('kabid@blk.example');
    const res = await api.gql<{ updateStaffUser: User & { name: string } }>(
      UPDATE,
      { id: kabid.id, input: { name: 'Herlina Wati, S.E.', roleKey: 'kepala_seksi' } },
      { cookie: staff.admin },
    );
    expect(res.data?.updateStaffUser).toMatchObject({
      name: 'Herlina Wati, S.E.',
      role: { key: 'kepala_seksi' },
    });
    const me = await account('admin@blk.example');
    const self = await api.gql<{ updateStaffUser: Issues }>(
      UPDATE,
      { id: me.id, input: { active: false } },
      { cookie: staff.admin },
    );
    expect(self.data?.updateStaffUser.issues[0]).toMatchObject({
      path: 'active',
      code: 'staff.own_account',
    });
    expect(
      errorCode(
        await api.gql(UPDATE, { id: 'x', input: {} }, { cookie: staff.admin }),
        'updateStaffUser',
      ),
    ).toBe('NOT_FOUND');
  });

  it('keeps a NIP: typed with spaces, checked by the domain rule, unique, cleared when emptied', async () => {
    type Result = {
      updateStaffUser: { nip?: string | null; errorCode?: string } & Partial<Issues>;
    };
    const NIP_UPDATE = `mutation($id: ID!, $input: UpdateStaffUserInput!) { updateStaffUser(id: $id, input: $input) { __typename ... on StaffUser { nip } ... on ValidationError { issues { path code message } } ... on Error { errorCode: code } } }`;
    const created = await api.gql<{ createStaffUser: User & { nip: string | null } }>(
      `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { ... on StaffUser { id nip } } }`,
      { input: newUser('nip@blk.example', { nip: '19880214 201503 2 006' }) },
      { cookie: staff.admin },
    );
    const id = created.data?.createStaffUser.id ?? '';
    expect(created.data?.createStaffUser.nip).toBe('198802142015032006');
    const set = (nip: string | null) =>
      api.gql<Result>(NIP_UPDATE, { id, input: { nip } }, { cookie: staff.admin });

    const wrong = await set('19880214 201513 2 006');
    expect(wrong.data?.updateStaffUser.issues).toEqual([
      {
        path: 'nip',
        code: 'nip.invalid_appointment',
        message: 'Bulan pengangkatan pada NIP (digit 9-14) tidak valid',
      },
    ]);
    // The kepala dinas of the demo data holds this one.
    expect((await set('197206151998031004')).data?.updateStaffUser.errorCode).toBe(
      'ALREADY_EXISTS',
    );
    expect((await set('')).data?.updateStaffUser.nip).toBeNull();
    expect((await api.db.prisma.staffUser.findUniqueOrThrow({ where: { id } })).nip).toBeNull();
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const cookie = await api.login('petugas@blk.example');
    const petugas = await account('petugas@blk.example');
    const res = await api.gql<{ resetStaffPassword: User }>(
      RESET,
      { id: petugas.id, password: 'Sementara#2027' },
      { cookie: staff.admin },
    );
    expect(res.data?.resetStaffPassword.email).toBe('petugas@blk.example');
    expect(await viewerKind(cookie)).toBe('anonymous');
    await expect(api.login('petugas@blk.example')).rejects.toThrow(/INVALID_CREDENTIALS/);
    expect(await viewerKind(await api.login('petugas@blk.example', 'Sementara#2027'))).toBe(
      'staff',
    );
    const weak = await api.gql<{ resetStaffPassword: Issues }>(
      RESET,
      { id: petugas.id, password: 'pendek' },
      { cookie: staff.admin },
    );
    expect(weak.data?.resetStaffPassword.issues[0]?.path).toBe('password');
  });

  it('changing one’s own password keeps this session and ends the others', async () => {
    const here = await api.login('koordinator@blk.example');
    const elsewhere = await api.login('koordinator@blk.example');
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: 'salah-sekali', newPassword: 'Koordinasi#2027' } },
      { cookie: here },
    );
    expect(errorCode(wrong, 'changePassword')).toBe('INVALID_CREDENTIALS');
    const same = await api.gql<{ changePassword: Issues }>(
      CHANGE,
      { input: { currentPassword: 'BlkDemo#2026', newPassword: 'BlkDemo#2026' } },
      { cookie: here },
    );
    expect(same.data?.changePassword.issues).toEqual([
      {
        path: 'newPassword',
        code: 'password.same_as_current',
        message: 'Kata sandi baru harus berbeda dari kata sandi lama',
      },
    ]);
    const ok = await api.gql<{ changePassword: { __typename: string } }>(
      CHANGE,
      { input: { currentPassword: 'BlkDemo#2026', newPassword: 'Koordinasi#2027' } },
      { cookie: here },
    );
    expect(ok.data?.changePassword.__typename).toBe('StaffUser');
    expect(await viewerKind(here)).toBe('staff');
    expect(await viewerKind(elsewhere)).toBe('anonymous');
    expect(await viewerKind(await api.login('koordinator@blk.example', 'Koordinasi#2027'))).toBe(
      'staff',
    );
    const anonymous = await api.gql(CHANGE, {
      input: { currentPassword: 'a', newPassword: 'Koordinasi#2028' },
    });
    expect(errorCode(anonymous, 'changePassword')).toBe('UNAUTHENTICATED');
  });
});
