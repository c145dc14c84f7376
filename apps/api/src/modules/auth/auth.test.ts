import { DEMO_PASSWORD } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it, vi } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';

// Every password hash the server checks, in order: a refusal must cost one scrypt of the real
// cost whether the account exists, is unknown or is throttled (no timing measured in a test).
const hashesChecked = vi.hoisted((): string[] => []);
vi.mock('@blk/db', async (importOriginal) => {
  const original = await importOriginal<typeof import('@blk/db')>();
  return {
    ...original,
    verifyPassword: (password: string, stored: string) => {
      hashesChecked.push(stored);
      return original.verifyPassword(password, stored);
    },
  };
});

const VIEWER =
  '{ viewer { kind user { email role { key } } can { approveSop manageUsers viewRequests } } }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on StaffUser { name } ... on Error { code message } } }`;

describe.each(testDatabaseKinds())('staff sign-in on %s', (kind) => {
  const { api } = apiForSuite(kind);

  it('starts an httpOnly SameSite session and reports the viewer with its capabilities', async () => {
    const cookie = await api.login('kadis@blk.example');
    const res = await api.gql<{
      viewer: { kind: string; user: { role: { key: string } }; can: Record<string, boolean> };
    }>(VIEWER, {}, { cookie });
    expect(res.data?.viewer.kind).toBe('staff');
    expect(res.data?.viewer.user.role.key).toBe('kepala_dinas');
    expect(res.data?.viewer.can).toEqual({
      approveSop: true,
      manageUsers: false,
      viewRequests: true,
    });
  });

  it('sets the cookie httpOnly and SameSite=Strict', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: 'admin@blk.example', password: 'BlkDemo#2026' } },
      }),
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
  });

  it('is anonymous without a cookie, and with a forged or logged-out one', async () => {
    expect((await api.gql<{ viewer: { kind: string } }>(VIEWER)).data?.viewer.kind).toBe(
      'anonymous',
    );
    expect(
      (await api.gql<{ viewer: { kind: string } }>(VIEWER, {}, { cookie: 'blk_session=forged' }))
        .data?.viewer.kind,
    ).toBe('anonymous');
    const cookie = await api.login('kasi@blk.example');
    await api.gql('mutation { logout }', {}, { cookie });
    expect(
      (await api.gql<{ viewer: { kind: string } }>(VIEWER, {}, { cookie })).data?.viewer.kind,
    ).toBe('anonymous');
  });

  it('refuses a wrong password with the same message as an unknown e-mail', async () => {
    const wrong = await api.gql<{ login: { code: string; message: string } }>(LOGIN, {
      input: { email: 'petugas@blk.example', password: 'salah-sekali' },
    });
    const unknown = await api.gql<{ login: { code: string; message: string } }>(LOGIN, {
      input: { email: 'tidakada@blk.example', password: 'salah-sekali' },
    });
    expect(wrong.data?.login).toEqual({
      __typename: 'OperationError',
      code: 'INVALID_CREDENTIALS',
      message: 'E-mail atau kata sandi salah.',
    });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
  });

  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  type LoginAnswer = { login: { __typename: string; code?: string; message?: string } };
  const attempt = async (email: string, password: string, ip: string) => {
    const res = await api.gql<LoginAnswer>(LOGIN, { input: { email, password } }, from(ip));
    return res.data?.login;
  };

  it('answers an unknown, a wrong and a throttled account the same, with a retry-after', async () => {
    const answers = async (email: string, ip: string) => {
      const seen = [];
      for (let i = 0; i < 8; i++) seen.push(await attempt(email, `salah-${i}`, ip));
      return seen;
    };
    const real = await answers('kabid@blk.example', '10.20.0.1');
    const unknown = await answers('bukan.pegawai@blk.example', '10.20.0.2');
    expect(real).toEqual(unknown);
    expect(real.slice(0, 5).map((a) => a?.code)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(real.at(-1)?.code).toBe('RATE_LIMITED');
    // The throttled address is refused even with the right password (no oracle), with a wait.
    const right = await api.gql<LoginAnswer>(
      LOGIN,
      { input: { email: 'kabid@blk.example', password: DEMO_PASSWORD } },
      from('10.20.0.1'),
    );
    expect(right.data?.login.code).toBe('RATE_LIMITED');
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 120_000);

  it('does not let strangers lock the owner out', async () => {
    const email = 'kadis@blk.example';
    // The owner signed in from their office before.
    expect(await attempt(email, DEMO_PASSWORD, '10.21.9.9')).toMatchObject({
      __typename: 'StaffUser',
    });
    // Five wrong guesses from five addresses, then many more from many more.
    await Promise.all([0, 1, 2, 3, 4].map((i) => attempt(email, `tebakan-${i}`, `10.21.0.${i}`)));
    expect(await attempt(email, DEMO_PASSWORD, '10.21.0.6')).toMatchObject({
      __typename: 'StaffUser',
    });
    const strangers = Array.from({ length: 16 }, (_, i) => i);
    await Promise.all(strangers.map((i) => attempt(email, `tebakan-${i}`, `10.21.1.${i}`)));
    // From their usual address the owner still signs in at once.
    expect(await attempt(email, DEMO_PASSWORD, '10.21.9.9')).toMatchObject({
      __typename: 'StaffUser',
    });
    // A new address now has to wait: the account as a whole is under attack.
    expect((await attempt(email, DEMO_PASSWORD, '10.21.2.1'))?.code).toBe('RATE_LIMITED');
  }, 120_000);

  it('limits failures per client address across accounts', async () => {
    const codes = [];
    for (let i = 0; i < 12; i++)
      codes.push((await attempt(`orang${i}@blk.example`, 'salah', '10.22.0.1'))?.code);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // The same address cannot sign in to a real account meanwhile either.
    expect((await attempt('petugas@blk.example', DEMO_PASSWORD, '10.22.0.1'))?.code).toBe(
      'RATE_LIMITED',
    );
    expect(await attempt('petugas@blk.example', DEMO_PASSWORD, '10.22.0.2')).toMatchObject({
      __typename: 'StaffUser',
    });
  }, 120_000);

  it('checks one password hash of the real cost for unknown, existing and throttled accounts', async () => {
    // Throttle one account from one address first.
    for (let i = 0; i < 6; i++) await attempt('kasi@blk.example', `x-${i}`, '10.23.0.3');
    const refusal = async (email: string, ip: string) => {
      hashesChecked.length = 0;
      const answer = await attempt(email, 'bukan-sandinya', ip);
      return { code: answer?.code, hashes: [...hashesChecked] };
    };
    const unknown = await refusal('siapa.saja@blk.example', '10.23.0.1');
    const existing = await refusal('koordinator@blk.example', '10.23.0.2');
    const throttled = await refusal('kasi@blk.example', '10.23.0.3');
    expect([unknown.code, existing.code, throttled.code]).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'RATE_LIMITED',
    ]);
    // scrypt$N$r$p$salt$hash: the same N, r and p as a stored password, so each refusal takes as
    // long as a wrong password; a refusal without the check would take a tenth of the time.
    const cost = (hash: string) => hash.split('$').slice(0, 4).join('$');
    const stored = await api.db.prisma.staffUser.findUniqueOrThrow({
      where: { email: 'koordinator@blk.example' },
    });
    for (const { hashes } of [unknown, existing, throttled]) {
      expect(hashes).toHaveLength(1);
      expect(cost(hashes[0] ?? '')).toBe(cost(stored.passwordHash));
    }
    expect(cost(stored.passwordHash)).toMatch(/^scrypt\$\d{5,}\$\d+\$\d+$/);
  });

  it('lets the admin lift a throttle, and records who did', async () => {
    const email = 'instruktur@blk.example';
    for (let i = 0; i < 6; i++) await attempt(email, `x-${i}`, '10.24.0.1');
    expect((await attempt(email, DEMO_PASSWORD, '10.24.0.1'))?.code).toBe('RATE_LIMITED');
    const user = await api.db.prisma.staffUser.findUniqueOrThrow({ where: { email } });
    const UNLOCK = `mutation($id: ID!) { unlockStaffSignIn(id: $id) { __typename ... on StaffUser { email } ... on Error { code } } }`;
    const kasi = await api.login('kasi@blk.example');
    const refused = await api.gql<{ unlockStaffSignIn: unknown }>(
      UNLOCK,
      { id: user.id },
      { cookie: kasi },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.login('admin@blk.example');
    const res = await api.gql<{ unlockStaffSignIn: { email: string } }>(
      UNLOCK,
      { id: user.id },
      { cookie: admin },
    );
    expect(res.data?.unlockStaffSignIn).toEqual({ __typename: 'StaffUser', email });
    expect(await attempt(email, DEMO_PASSWORD, '10.24.0.1')).toMatchObject({
      __typename: 'StaffUser',
    });
    const audit = await api.db.prisma.auditLog.findFirst({
      where: { action: 'staff_user.unlock_sign_in', entityId: user.id },
      include: { actorStaff: true },
    });
    expect(audit?.actorStaff?.email).toBe('admin@blk.example');
  }, 120_000);

  it('lifts the throttles when the admin resets the password', async () => {
    const email = 'koordinator@blk.example';
    for (let i = 0; i < 6; i++) await attempt(email, `y-${i}`, '10.25.0.1');
    expect((await attempt(email, DEMO_PASSWORD, '10.25.0.1'))?.code).toBe('RATE_LIMITED');
    const user = await api.db.prisma.staffUser.findUniqueOrThrow({ where: { email } });
    const admin = await api.login('admin@blk.example');
    const res = await api.gql<{ resetStaffPassword: { __typename: string } }>(
      `mutation($id: ID!, $p: String!) { resetStaffPassword(id: $id, password: $p) { __typename ... on Error { code } } }`,
      { id: user.id, p: 'Sementara#2026x' },
      { cookie: admin },
    );
    expect(res.data?.resetStaffPassword.__typename).toBe('StaffUser');
    expect(await attempt(email, 'Sementara#2026x', '10.25.0.1')).toMatchObject({
      __typename: 'StaffUser',
    });
  }, 120_000);

  it('validates the input with the shared schema', async () => {
    const res = await api.gql<{ login: { __typename: string } }>(LOGIN, {
      input: { email: 'not-an-email', password: 'x' },
    });
    expect(res.data?.login.__typename).toBe('ValidationError');
  });
});
