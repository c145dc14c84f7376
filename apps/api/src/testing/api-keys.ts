import type { GqlResponse, TestApi } from './api';

/**
 * The error code of an operation, whether it came back as a member of the mutation's result
 * union (selected as `... on Error { errorCode: code }`, since records have a `code` too) or as
 * a GraphQL error (authorisation, API key refusals).
 */
export function errorCode(res: GqlResponse<Record<string, unknown>>, field: string): unknown {
  const result = res.data?.[field] as { errorCode?: string } | null | undefined;
  return result?.errorCode ?? res.errors?.[0]?.extensions?.code;
}

/** Issues an API key as the seeded admin and returns it with its id. */
export async function issueApiKey(
  api: TestApi,
  scopes: string[] = ['catalog:read', 'requests:read', 'schedules:read'],
  name = 'Dasbor uji',
): Promise<{ id: string; key: string; prefix: string }> {
  const cookie = await api.login('admin@blk.example');
  const res = await api.gql<{
    createApiKey: { key: string; apiKey: { id: string; prefix: string } };
  }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
      ... on CreateApiKeySuccess { key apiKey { id prefix } } ... on Error { code } } }`,
    { input: { name, scopes, mode: 'live' } },
    { cookie },
  );
  const created = res.data?.createApiKey;
  if (!created?.key) throw new Error(`createApiKey failed: ${JSON.stringify(res)}`);
  return { id: created.apiKey.id, key: created.key, prefix: created.apiKey.prefix };
}

/** Request options sending an API key as the bearer token. */
export const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
