import {
  API_KEY_MODE_LABELS,
  API_KEY_MODES,
  API_KEY_SCOPES,
  apiKeyCreateSchema,
} from '@blk/domain';
import { builder } from '../../graphql/builder';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import { validated } from '../../graphql/validate';
import { requireCapability } from '../auth/capability';
import { createApiKey } from './create-api-key';
import { revokeApiKey } from './revoke-api-key';

const ApiKeyModeEnum = builder.enumType('ApiKeyMode', {
  description: 'Test or live key. Both currently read the same data; keys are read-only anyway.',
  values: enumValues(API_KEY_MODES, (m) => API_KEY_MODE_LABELS[m].en),
});

builder.prismaObject('ApiKeyUsage', {
  description: 'One request made with an API key.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    operationName: t.exposeString('operationName', { nullable: true }),
    success: t.exposeBoolean('success'),
  }),
});

export const ApiKey = builder.prismaObject('ApiKey', {
  description: 'An integrator’s API key. The key itself is shown only once, when it is created.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', {
      description: 'The first characters of the key, to recognise it (e.g. blk_live_AbCd1234).',
    }),
    mode: t.field({ type: ApiKeyModeEnum, description: 'Test or live.', resolve: (k) => k.mode }),
    scopes: t.exposeStringList('scopes'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.relation('createdBy'),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    usage: t.relatedConnection('usage', {
      cursor: 'id',
      description: 'Requests made with the key, newest first.',
      query: { orderBy: [{ at: 'desc' }, { id: 'desc' }] },
    }),
  }),
});

const CreateApiKeySuccess = builder
  .objectRef<{ apiKey: { id: string }; key: string }>('CreateApiKeySuccess')
  .implement({
    description: 'The new key. Copy `key` now: it is not stored and cannot be shown again.',
    fields: (t) => ({
      apiKey: t.prismaField({
        type: 'ApiKey',
        description: 'The key’s record.',
        resolve: (query, r, _args, ctx) =>
          ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: r.apiKey.id } }),
      }),
      key: t.exposeString('key', {
        description: 'The secret to send as `Authorization: Bearer <key>`.',
      }),
    }),
  });

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new integrator key, validated with the shared API key schema.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for (3-100 characters).' }),
    scopes: t.stringList({
      required: true,
      description: `Read scopes to grant: ${API_KEY_SCOPES.filter((s) => s.endsWith(':read')).join(', ')}.`,
    }),
    mode: t.field({ type: ApiKeyModeEnum, required: true, description: 'Test or live.' }),
  }),
});

const manageApiKeys = requireCapability('manageApiKeys');

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    description: 'Integrator API keys, newest first (capability manageApiKeys).',
    authScopes: manageApiKeys,
    args: {
      includeRevoked: t.arg.boolean({
        required: false,
        description: 'Include revoked keys (default false).',
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where: args.includeRevoked ? {} : { revokedAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeySuccess,
    description:
      'Issue a read-only API key for an integrator (capability manageApiKeys); the key is returned only here.',
    authScopes: manageApiKeys,
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key to issue.' }),
    },
    resolve: (_root, args, ctx) =>
      createApiKey(ctx, validated(apiKeyCreateSchema, args.input, ctx)),
  }),
  revokeApiKey: t.prismaField({
    type: 'ApiKey',
    description: 'Revoke an API key for good (capability manageApiKeys).',
    authScopes: manageApiKeys,
    errors: mutationErrors(),
    args: { id: t.arg.id({ required: true, description: 'Key id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const key = await revokeApiKey(ctx, String(args.id));
      return ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: key.id } });
    },
  }),
}));
