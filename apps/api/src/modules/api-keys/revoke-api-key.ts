import type { Context } from '../../graphql/context';
import { revokeOnce } from '../shared/revoke-once';

/** Revokes an API key for good: the next request with it is anonymous. Revoking twice is a no-op. */
export function revokeApiKey(ctx: Context, id: string) {
  return revokeOnce(ctx, id, {
    noun: 'API key',
    revoke: (tx, revokedAt) =>
      tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt } }),
    find: (tx) => tx.apiKey.findUnique({ where: { id } }),
    audit: (key) => ({
      action: 'api_key.revoke',
      entityType: 'ApiKey',
      entityId: id,
      data: { name: key.name, prefix: key.prefix },
    }),
  });
}
