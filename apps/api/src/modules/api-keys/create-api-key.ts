import { hashToken, randomToken } from '@blk/db';
import type { ApiKeyCreateInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { invalidField } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';

/** Characters of the random part kept in the prefix, enough to tell keys apart in a list. */
const PREFIX_RANDOM_CHARS = 8;

/**
 * Issues an integrator API key `blk_<mode>_<random>` (256 random bits). Only its SHA-256 hash
 * and a short prefix are stored: the key itself is returned this once and cannot be shown again.
 * Integrators are read-only, so write scopes are refused.
 */
export async function createApiKey(ctx: Context, input: ApiKeyCreateInput) {
  if (ctx.viewer.kind !== 'staff') throw new AppError('FORBIDDEN');
  const writeScope = input.scopes.findIndex((s) => !s.endsWith(':read'));
  if (writeScope >= 0) invalidField(ctx, 'api_key.read_only', ['scopes', String(writeScope)]);
  const head = `blk_${input.mode}_`;
  const key = `${head}${randomToken(32)}`;
  const createdById = ctx.viewer.user.id;
  const apiKey = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        name: input.name,
        prefix: key.slice(0, head.length + PREFIX_RANDOM_CHARS),
        keyHash: hashToken(key),
        mode: input.mode,
        scopes: input.scopes,
        createdById,
        createdAt: ctx.now(),
      },
    });
    await recordAudit(tx, ctx, {
      action: 'api_key.create',
      entityType: 'ApiKey',
      entityId: row.id,
      data: { name: row.name, prefix: row.prefix, mode: row.mode, scopes: row.scopes },
    });
    return row;
  });
  return { apiKey, key };
}
