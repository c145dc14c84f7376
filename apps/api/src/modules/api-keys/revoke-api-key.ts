import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

/** Revokes an API key for good: the next request with it is anonymous. Revoking twice is a no-op. */
export async function revokeApiKey(ctx: Context, id: string) {
  if (!isUuid(id)) throw notFound('API key');
  return ctx.prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key) throw notFound('API key');
    if (key.revokedAt) return key;
    const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: ctx.now() } });
    await recordAudit(tx, ctx, {
      action: 'api_key.revoke',
      entityType: 'ApiKey',
      entityId: id,
      data: { name: key.name, prefix: key.prefix },
    });
    return revoked;
  });
}
