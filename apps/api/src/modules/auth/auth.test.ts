import { testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/api';

const VIEWER =
  '{ viewer { kind user { email role { key } } can { approveSop manageUsers viewRequests } } }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on StaffUser { name } ... on Error { code message } } }`;

describe.each(testDatabaseKinds())('staff sign-in on %s', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(async () => {
    await api?.close();
  });

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

  it('locks the account after five failures, even for the right password', async () => {
    const email = 'koordinator@blk.example';
    for (let i = 0; i < 5; i++) await api.gql(LOGIN, { input: { email, password: `wrong-${i}` } });
    const res = await api.gql<{ login: { code: string } }>(LOGIN, {
      input: { email, password: 'BlkDemo#2026' },
    });
    expect(res.data?.login.code).toBe('ACCOUNT_LOCKED');
  });

  it('validates the input with the shared schema', async () => {
    const res = await api.gql<{ login: { __typename: string } }>(LOGIN, {
      input: { email: 'not-an-email', password: 'x' },
    });
    expect(res.data?.login.__typename).toBe('ValidationError');
  });
});
