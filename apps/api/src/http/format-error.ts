import { unwrapResolverError } from '@apollo/server/errors';
import type { Lang } from '@blk/domain';
import { errorMessage } from '@blk/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, InputValidationError } from '../graphql/errors';
import { localizeRequestError } from './graphql-messages';

/** GraphQL's own request errors (bad syntax, unknown field) keep Apollo's codes. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Every error leaves with a stable `extensions.code`, a localised message and the request's trace
 * id (`extensions.requestId`, the `X-Request-Id` header and `reqId` in the logs); internal errors
 * never show their message, stack or SQL (they are logged with the request id instead).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  lang: Lang,
  requestId: string | undefined,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const result = formatWithoutTrace(formatted, error, lang, log);
  return requestId ? { ...result, extensions: { ...result.extensions, requestId } } : result;
}

function formatWithoutTrace(
  formatted: GraphQLFormattedError,
  error: unknown,
  lang: Lang,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.userMessage(lang),
      extensions: {
        code: original.code,
        ...(original instanceof InputValidationError ? { issues: original.issues } : {}),
        ...original.extra,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const text = localizeRequestError(formatted.message, code, lang, formatted.locations?.[0]);
    return { ...base, message: text, extensions: { code } };
  }
  // Apollo's own refusals of a malformed request carry an HTTP 4xx but sometimes no code.
  const http = error instanceof GraphQLError ? error.extensions?.http : undefined;
  const status = (http as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const text = localizeRequestError(formatted.message, 'BAD_REQUEST', lang);
    return { ...base, message: text, extensions: { code: 'BAD_REQUEST' } };
  }
  log(original);
  return { ...base, message: errorMessage('INTERNAL', lang), extensions: { code: 'INTERNAL' } };
}
