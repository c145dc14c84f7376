import {
  type ApolloServerPlugin,
  type GraphQLRequestContext,
  type GraphQLResponse,
  HeaderMap,
} from '@apollo/server';
import { errorMessage } from '@blk/domain';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { consume, type RateLimit } from '../rate-limit/rate-limit';

/** Requests each API key may make per minute; the window is shared by all API processes. */
export const API_KEY_RATE_LIMIT = { limit: 120, windowMs: 60_000 } as const satisfies RateLimit;

/** The rate-limit bucket of one API key. */
export const apiKeyRateLimitKey = (apiKeyId: string) => `api-key:${apiKeyId}`;

/** What usage logs name an operation: its name, or its top-level fields when it has none. */
function operationLabel(name: string | null | undefined, operation?: OperationDefinitionNode) {
  if (name) return name.slice(0, 200);
  const fields = operation?.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
  return fields?.length ? fields.join(',').slice(0, 200) : null;
}

/** A refusal sent without executing the operation, with its HTTP status. */
function refusal(ctx: Context, error: AppError, status: number): GraphQLResponse {
  const headers = new HeaderMap();
  const retryAfter = error.extra.retryAfterSeconds;
  if (retryAfter !== undefined) headers.set('retry-after', String(retryAfter));
  return {
    http: { status, headers },
    body: {
      kind: 'single',
      singleResult: {
        errors: [
          {
            message: errorMessage(error.code, ctx.lang),
            extensions: { code: error.code, ...error.extra },
          },
        ],
      },
    },
  };
}

/**
 * Apollo plugin for requests made with an integrator's API key: counts each operation against
 * the key's rate limit, refuses mutations (integrators are read-only, whatever a resolver would
 * allow the public), and logs one ApiKeyUsage row per request and the key's `lastUsedAt`.
 * Requests from staff and the public pass through untouched.
 */
export function apiKeyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue: ctx }) {
      if (ctx.viewer.kind !== 'integrator') return;
      const apiKeyId = ctx.viewer.apiKey.id;
      return {
        async responseForOperation({ operation }) {
          try {
            await consume(ctx, apiKeyRateLimitKey(apiKeyId), API_KEY_RATE_LIMIT);
          } catch (error) {
            if (error instanceof AppError && error.code === 'RATE_LIMITED')
              return refusal(ctx, error, 429);
            throw error;
          }
          if (operation.operation !== 'query')
            return refusal(ctx, new AppError('FORBIDDEN', 'API keys are read-only'), 403);
          return null;
        },
        async willSendResponse(request: GraphQLRequestContext<Context>) {
          const { body } = request.response;
          const success = body?.kind === 'single' && !body.singleResult.errors?.length;
          const at = ctx.now();
          try {
            await ctx.prisma.$transaction([
              ctx.prisma.apiKeyUsage.create({
                data: {
                  apiKeyId,
                  at,
                  operationName: operationLabel(request.operationName, request.operation),
                  success,
                },
              }),
              ctx.prisma.apiKey.update({ where: { id: apiKeyId }, data: { lastUsedAt: at } }),
            ]);
          } catch (error) {
            // A lost usage row must not cost the integrator the answer they already have.
            request.logger.warn(`API key usage not recorded: ${String(error)}`);
          }
        },
      };
    },
  };
}
