import { hashToken } from '@blk/db';
import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../graphql/context';
import { bearer, errorCode, issueApiKey } from '../../testing/api-keys';
import { apiForSuite } from '../../testing/suite-api';
import { consume } from '../rate-limit/rate-limit';
import { API_KEY_RATE_LIMIT, apiKeyRateLimitKey } from './api-key-plugin';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on CreateApiKeySuccess { key apiKey { id prefix mode scopes lastUsedAt revokedAt } }
  ... on ValidationError { issues { path code message } } ... on Error { errorCode: code } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } ... on Error { errorCode: code } } }`;
const LIST = `query($all: Boolean) { apiKeys(first: 20, includeRevoked: $all) { edges { node {
  id name prefix scopes lastUsedAt revokedAt createdBy { email }
  usage(first: 5) { edges { node { operationName success } } } } } } }`;
const CATALOGUE = 'query Dashboard_Catalogue { programs(first: 2) { edges { node { code } } } }';

type ApiKeyNode = {
  id: string;
  prefix: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  usage: { edges: { node: { operationName: string | null; success: boolean } }[] };
};
type KeyList = { apiKeys: { edges: { node: ApiKeyNode }[] } };

describe.each(testDatabaseKinds())('integrator API keys on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['admin'] });
  const listed = async (id: string) =>
    (await api.gql<KeyList>(LIST, { all: true }, { cookie: staff.admin })).data?.apiKeys.edges.find(
      (e) => e.node.id === id,
    )?.node;

  it('shows a new key once and stores only its hash and prefix', async () => {
    const res = await api.gql<{
      createApiKey: { key: string; apiKey: { id: string; prefix: string; mode: string } };
    }>(
      CREATE,
      { input: { name: 'Dasbor Bappeda', scopes: ['catalog:read'], mode: 'test' } },
      { cookie: staff.admin },
    );
    const created = res.data?.createApiKey;
    expect(created?.key).toMatch(/^blk_test_[A-Za-z0-9_-]{43}$/);
    expect(created?.apiKey.prefix).toBe(created?.key.slice(0, 17));
    const row = await api.db.prisma.apiKey.findUniqueOrThrow({ where: { id: created?.apiKey.id } });
    expect(row.keyHash).toBe(hashToken(created?.key ?? ''));
    expect(JSON.stringify(row)).not.toContain(created?.key);
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'api_key.create', entityId: row.id },
    });
    expect(JSON.stringify(audit.data)).not.toContain(created?.key);
    expect((await listed(row.id))?.prefix).toBe(created?.apiKey.prefix);
  });

  it('works as a Bearer token, logging each request and the last use', async () => {
    const { id, key } = await issueApiKey(api, ['catalog:read']);
    const viewer = await api.gql<{ viewer: { kind: string } }>(
      '{ viewer { kind } }',
      {},
      bearer(key),
    );
    expect(viewer.data?.viewer.kind).toBe('integrator');
    const res = await api.gql<{ programs: { edges: unknown[] } }>(CATALOGUE, {}, bearer(key));
    expect(res.data?.programs.edges).toHaveLength(2);
    const node = await listed(id);
    expect(node?.lastUsedAt).not.toBeNull();
    expect(node?.usage.edges.map((e) => e.node)).toEqual([
      { operationName: 'Dashboard_Catalogue', success: true },
      { operationName: 'viewer', success: true },
    ]);
  });

  it('is read-only: mutations are refused, even public ones, and logged as failures', async () => {
    const { id, key } = await issueApiKey(api, ['catalog:read', 'requests:read']);
    const res = await api.gql('mutation SignOut { logout }', {}, bearer(key));
    expect(res.status).toBe(403);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Anda tidak berwenang melakukan tindakan ini.',
      extensions: { code: 'FORBIDDEN' },
    });
    const usage = await api.db.prisma.apiKeyUsage.findMany({ where: { apiKeyId: id } });
    expect(usage.map((u) => [u.operationName, u.success])).toEqual([['SignOut', false]]);
  });

  it('only reaches what its scopes allow', async () => {
    const { key } = await issueApiKey(api, ['catalog:read'], 'Katalog saja');
    const res = await api.gql('{ instructors(first: 1) { edges { cursor } } }', {}, bearer(key));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('stops working once revoked', async () => {
    const { id, key } = await issueApiKey(api);
    const revoked = await api.gql<{ revokeApiKey: { revokedAt: string } }>(
      REVOKE,
      { id },
      { cookie: staff.admin },
    );
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();
    const viewer = await api.gql<{ viewer: { kind: string } }>(
      '{ viewer { kind } }',
      {},
      bearer(key),
    );
    expect(viewer.data?.viewer.kind).toBe('anonymous');
    const active = await api.gql<KeyList>(LIST, {}, { cookie: staff.admin });
    expect(active.data?.apiKeys.edges.map((e) => e.node.id)).not.toContain(id);
    expect((await listed(id))?.revokedAt).toBeTruthy();
    expect(
      await api.db.prisma.auditLog.count({ where: { action: 'api_key.revoke', entityId: id } }),
    ).toBe(1);
  });

  it('limits the requests of each key separately', async () => {
    const busy = await issueApiKey(api, ['catalog:read'], 'Sibuk');
    const calm = await issueApiKey(api, ['catalog:read'], 'Tenang');
    const ctx = createContext(api.db);
    for (let i = 0; i < API_KEY_RATE_LIMIT.limit; i++)
      await consume(ctx, apiKeyRateLimitKey(busy.id), API_KEY_RATE_LIMIT);
    const limited = await api.gql(CATALOGUE, {}, bearer(busy.key));
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api.gql(CATALOGUE, {}, bearer(calm.key))).errors).toBeUndefined();
  });

  it('validates the input and refuses write scopes', async () => {
    const write = await api.gql<{ createApiKey: { issues: { path: string; message: string }[] } }>(
      CREATE,
      { input: { name: 'Penulis', scopes: ['catalog:read', 'requests:write'], mode: 'live' } },
      { cookie: staff.admin },
    );
    expect(write.data?.createApiKey.issues).toEqual([
      {
        path: 'scopes.1',
        code: 'api_key.read_only',
        message: 'Kunci API hanya dapat diberi izin baca',
      },
    ]);
    const bad = await api.gql<{ createApiKey: { issues: { path: string; code: string }[] } }>(
      CREATE,
      { input: { name: 'X', scopes: ['admin'], mode: 'live' } },
      { cookie: staff.admin },
    );
    expect(bad.data?.createApiKey.issues.map((i) => [i.path, i.code])).toEqual([
      ['name', 'too_small'],
      ['scopes.0', 'invalid_value'],
    ]);
  });

  it('is managed by the system admin only', async () => {
    const input = { input: { name: 'Dasbor', scopes: ['catalog:read'], mode: 'live' } };
    expect(errorCode(await api.gql(CREATE, input), 'createApiKey')).toBe('UNAUTHENTICATED');
    const kadis = await api.login('kadis@blk.example');
    expect(errorCode(await api.gql(CREATE, input, { cookie: kadis }), 'createApiKey')).toBe(
      'FORBIDDEN',
    );
    expect((await api.gql(LIST, {}, { cookie: kadis })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
