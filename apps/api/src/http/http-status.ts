import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from './request-scope';

/** Request errors Apollo answers with 200 that are the client's fault (we support no APQ). */
const BAD_REQUEST_CODES = new Set([
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

/**
 * Gives refusals their HTTP form: RATE_LIMITED (thrown, or returned as a union member) is a 429
 * with `Retry-After`, so proxies and clients back off; request errors that Apollo would send as
 * 200 are 400. Everything else keeps Apollo's status. Every answer is `Cache-Control: no-store`
 * (Apollo's cache-control plugin, which said the same, is off: no field has a cache hint).
 */
export function httpStatusPlugin(): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          response.http.headers.set('cache-control', 'no-store');
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          let retryAfter = contextValue.retryAfterSeconds;
          for (const error of errors) {
            const seconds = error.extensions?.retryAfterSeconds;
            if (error.extensions?.code === 'RATE_LIMITED' && typeof seconds === 'number')
              retryAfter = Math.max(retryAfter ?? 0, seconds);
          }
          if (retryAfter !== undefined) {
            response.http.status = 429;
            response.http.headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
            return;
          }
          const code = errors[0]?.extensions?.code;
          const requestError = body.kind === 'single' && body.singleResult.data === undefined;
          if (requestError && typeof code === 'string' && BAD_REQUEST_CODES.has(code))
            response.http.status = 400;
        },
      };
    },
  };
}
